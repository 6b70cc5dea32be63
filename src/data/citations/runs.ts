/**
 * citeproc-js writes HTML. Elements never put it into `innerHTML`: they render either the text
 * output or these runs — text with italic/bold/small-caps/superscript/subscript flags — through
 * Lit templates (`<i>${run.text}</i>`). The parser reads only the markup citeproc-js's HTML
 * output format writes (user text in it is escaped: `&#38;`, `&#60;`, `&#62;`); any other tag is
 * dropped and its text kept, so nothing in the result is markup.
 */

export interface CitationRun {
  text: string;
  italic?: true;
  bold?: true;
  smallCaps?: true;
  sup?: true;
  sub?: true;
  underline?: true;
}

type Flag = 'italic' | 'bold' | 'smallCaps' | 'sup' | 'sub' | 'underline';
type Flags = Partial<Record<Flag, boolean>>;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function decode(entity: string): string {
  if (entity[0] === '#') {
    const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  }
  return NAMED[entity] ?? `&${entity};`;
}

/** What a tag sets: `<i>` italic, `<span style="font-style:normal;">` not italic, … */
function flagsOf(tag: string, attrs: string): Flags {
  switch (tag) {
    case 'i':
    case 'em':
      return { italic: true };
    case 'b':
    case 'strong':
      return { bold: true };
    case 'sup':
      return { sup: true };
    case 'sub':
      return { sub: true };
    case 'u':
      return { underline: true };
  }
  const style = /style\s*=\s*"([^"]*)"/i.exec(attrs)?.[1]?.replace(/\s+/g, '').toLowerCase() ?? '';
  const f: Flags = {};
  if (style.includes('font-style:italic')) f.italic = true;
  if (style.includes('font-style:normal')) f.italic = false;
  if (style.includes('font-weight:bold')) f.bold = true;
  if (style.includes('font-weight:normal')) f.bold = false;
  if (style.includes('font-variant:small-caps')) f.smallCaps = true;
  if (style.includes('font-variant:normal')) f.smallCaps = false;
  if (style.includes('text-decoration:underline')) f.underline = true;
  if (style.includes('text-decoration:none')) f.underline = false;
  if (style.includes('vertical-align:sup')) f.sup = true;
  if (style.includes('vertical-align:sub')) f.sub = true;
  return f;
}

const VOID = new Set(['br', 'img', 'hr', 'wbr']);

/** One citeproc-js HTML bibliography entry as runs of text; adjacent runs with the same flags merged. */
export function htmlToRuns(html: string): CitationRun[] {
  const runs: CitationRun[] = [];
  const stack: Array<{ tag: string; flags: Flags }> = [];
  const current = (): Flags => {
    const f: Flags = {};
    for (const s of stack) Object.assign(f, s.flags);
    return f;
  };
  const push = (text: string) => {
    if (!text) return;
    const f = current();
    const run: CitationRun = { text };
    for (const k of ['italic', 'bold', 'smallCaps', 'sup', 'sub', 'underline'] as const) if (f[k]) run[k] = true;
    const last = runs[runs.length - 1];
    if (last && (['italic', 'bold', 'smallCaps', 'sup', 'sub', 'underline'] as const).every((k) => last[k] === run[k])) last.text += text;
    else runs.push(run);
  };
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);|[^<&]+|[<&]/g;
  for (const m of html.matchAll(re)) {
    const [all, close, rawTag, attrs, entity] = m;
    if (rawTag) {
      const tag = rawTag.toLowerCase();
      if (close) {
        const at = stack.map((s) => s.tag).lastIndexOf(tag);
        if (at >= 0) stack.length = at;
        // The number of an IEEE or Vancouver entry stands in its own block: keep a space after it.
        if (tag === 'div' && runs.length && !/\s$/.test(runs[runs.length - 1]!.text)) push(' ');
      } else if (tag === 'br') push(' ');
      else if (!VOID.has(tag) && !attrs.trim().endsWith('/')) stack.push({ tag, flags: flagsOf(tag, attrs) });
    } else if (entity) push(decode(entity));
    else push(all);
  }
  // Trim the whole: no leading or trailing space, no doubled spaces from block boundaries.
  const out = runs.map((r) => ({ ...r, text: r.text.replace(/[ \t\n\r]+/g, ' ') }));
  if (out[0]) out[0].text = out[0].text.replace(/^ +/, '');
  if (out.length) out[out.length - 1]!.text = out[out.length - 1]!.text.replace(/ +$/, '');
  return out.filter((r) => r.text);
}

/** The plain text of runs. */
export function runsText(runs: readonly CitationRun[]): string {
  return runs.map((r) => r.text).join('');
}
