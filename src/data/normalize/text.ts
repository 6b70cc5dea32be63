/**
 * Text from the wild, made legible as plain text: titles and abstracts arrive with HTML or JATS
 * tags (`<jats:p>`, `<i>`), character references (`&amp;`, `&#x3B1;`) and inline TeX
 * (`PanGu-$Σ$`, `$\alpha$-helix`, `$^{13}$C`, `\textit{x}`). {@link cleanText} strips the tags,
 * decodes the references with its own small table (no `innerHTML`, no `DOMParser`) and maps common
 * TeX to Unicode. The result is only ever rendered as text.
 *
 * The one text cleaner: validation (`validate.ts`) applies it to every text field, so a validated
 * `Profile` holds plain text and elements, JSON-LD, citations and the graph never clean again.
 */

// ---------------------------------------------------------------------------------------------
// Character references

const COMBINING: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030A',
  cedil: '\u0327',
  caron: '\u030C',
  ogon: '\u0328',
  macr: '\u0304',
  breve: '\u0306',
  dot: '\u0307',
  dblac: '\u030B',
};

const GREEK =
  'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho _ Sigma Tau Upsilon Phi Chi Psi Omega'.split(
    ' ',
  );

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', shy: '', zwj: '', zwnj: '', lrm: '', rlm: '', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»',
  lsaquo: '‹', rsaquo: '›', copy: '©', reg: '®', trade: '™', deg: '°', plusmn: '±', times: '×',
  divide: '÷', micro: 'µ', middot: '·', bull: '•', prime: '′', Prime: '″', larr: '←', rarr: '→',
  uarr: '↑', darr: '↓', harr: '↔', rArr: '⇒', lArr: '⇐', hArr: '⇔', le: '≤', ge: '≥', ne: '≠',
  asymp: '≈', sim: '∼', equiv: '≡', infin: '∞', sum: '∑', prod: '∏', minus: '−', radic: '√',
  part: '∂', nabla: '∇', isin: '∈', notin: '∉', sub: '⊂', sup: '⊃', cup: '∪', cap: '∩', and: '∧',
  or: '∨', not: '¬', forall: '∀', exist: '∃', empty: '∅', prop: '∝', ang: '∠', int: '∫',
  there4: '∴', sdot: '⋅', lowast: '∗', dagger: '†', Dagger: '‡', permil: '‰', euro: '€',
  pound: '£', yen: '¥', cent: '¢', curren: '¤', sect: '§', para: '¶', ordf: 'ª', ordm: 'º',
  sup1: '¹', sup2: '²', sup3: '³', frac12: '½', frac14: '¼', frac34: '¾', iexcl: '¡', iquest: '¿',
  szlig: 'ß', aelig: 'æ', AElig: 'Æ', oelig: 'œ', OElig: 'Œ', oslash: 'ø', Oslash: 'Ø', eth: 'ð',
  ETH: 'Ð', thorn: 'þ', THORN: 'Þ', dstrok: 'đ', Dstrok: 'Đ', lstrok: 'ł', Lstrok: 'Ł',
  thetasym: 'ϑ', upsih: 'ϒ', piv: 'ϖ', sigmaf: 'ς', ell: 'ℓ', hbar: 'ℏ', angst: 'Å',
  alefsym: 'ℵ', weierp: '℘', image: 'ℑ', real: 'ℜ', loz: '◊', spades: '♠', clubs: '♣',
  hearts: '♥', diams: '♦', oline: '‾', frasl: '⁄', brvbar: '¦', macr: '¯', acute: '´',
  cedil: '¸', uml: '¨', circ: 'ˆ', tilde: '˜', num: '#', dollar: '$', percnt: '%', lpar: '(',
  rpar: ')', ast: '*', plus: '+', comma: ',', period: '.', sol: '/', colon: ':', semi: ';',
  equals: '=', quest: '?', commat: '@', lsqb: '[', rsqb: ']', bsol: '\\', lowbar: '_',
  lcub: '{', rcub: '}', verbar: '|', excl: '!', hyphen: '‐', dash: '‐',
};
GREEK.forEach((name, i) => {
  if (name === '_') return;
  NAMED[name] = String.fromCodePoint(0x391 + i);
  NAMED[name.toLowerCase()] = String.fromCodePoint(0x3b1 + i);
});
NAMED.epsiv = 'ϵ';
NAMED.phiv = 'ϕ';

function named(name: string): string | undefined {
  const hit = NAMED[name];
  if (hit !== undefined) return hit;
  // eacute, Ouml, ccedil, scaron, …: a base letter and a combining mark.
  const m = /^([A-Za-z])([a-z]+)$/.exec(name);
  const mark = m && COMBINING[m[2]!];
  if (!m || !mark) return undefined;
  const composed = (m[1]! + mark).normalize('NFC');
  return composed.length === 1 ? composed : undefined;
}

function codePoint(n: number): string {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\uFFFD';
  // C0/C1 controls other than whitespace are not text.
  if ((n < 0x20 && n !== 0x09 && n !== 0x0a && n !== 0x0d) || (n >= 0x7f && n <= 0x9f)) return '';
  return String.fromCodePoint(n);
}

const ENTITY = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

/** Decodes named and numeric character references, once (`&amp;lt;` becomes `&lt;`). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec) return codePoint(parseInt(dec, 10));
    if (hex) return codePoint(parseInt(hex, 16));
    // A named reference needs its semicolon, except the few HTML allows without (`&amp`).
    if (!whole.endsWith(';') && !/^(amp|lt|gt|quot|nbsp)$/.test(name!)) return whole;
    return named(name!) ?? whole;
  });
}

// ---------------------------------------------------------------------------------------------
// Tags

const BLOCK = /^(p|br|div|li|ul|ol|tr|td|th|table|h[1-6]|blockquote|section|sec|title|list|list-item|disp-quote|caption|label)$/i;

/** Removes HTML/XML tags and comments; block tags become a space so words stay apart. */
export function stripTags(s: string): string {
  if (!s.includes('<')) return s;
  return (
    s
      .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
      // Content that is never prose.
      .replace(/<(script|style|mml:annotation|annotation)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
      // A JATS abstract often opens with a heading that just says "Abstract".
      .replace(/<(jats:)?title\b[^>]*>\s*(abstract|summary|background)\s*<\/(jats:)?title\s*>/gi, ' ')
      .replace(/<\/?([A-Za-z][\w.-]*:)?([A-Za-z][\w.-]*)(?:\s[^<>]*)?\/?>/g, (_tag, _ns, name: string) => (BLOCK.test(name) ? ' ' : ''))
  );
}

// ---------------------------------------------------------------------------------------------
// TeX

const TEX_SYMBOLS: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ϵ', varepsilon: 'ε', zeta: 'ζ', eta: 'η',
  theta: 'θ', vartheta: 'ϑ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ',
  omicron: 'ο', pi: 'π', varpi: 'ϖ', rho: 'ρ', varrho: 'ϱ', sigma: 'σ', varsigma: 'ς', tau: 'τ',
  upsilon: 'υ', phi: 'ϕ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ',
  Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Upsilon: 'Υ', Phi: 'Φ', Psi: 'Ψ',
  Omega: 'Ω', pm: '±', mp: '∓', times: '×', div: '÷', cdot: '·', ast: '∗', star: '⋆', circ: '∘',
  bullet: '•', leq: '≤', le: '≤', geq: '≥', ge: '≥', neq: '≠', ne: '≠', approx: '≈', sim: '∼',
  simeq: '≃', equiv: '≡', propto: '∝', ll: '≪', gg: '≫', infty: '∞', partial: '∂', nabla: '∇',
  sum: '∑', prod: '∏', int: '∫', oint: '∮', sqrt: '√', in: '∈', notin: '∉', subset: '⊂',
  subseteq: '⊆', supset: '⊃', cup: '∪', cap: '∩', emptyset: '∅', varnothing: '∅', forall: '∀',
  exists: '∃', neg: '¬', lnot: '¬', wedge: '∧', land: '∧', vee: '∨', lor: '∨', to: '→',
  rightarrow: '→', leftarrow: '←', leftrightarrow: '↔', Rightarrow: '⇒', Leftarrow: '⇐',
  Leftrightarrow: '⇔', longrightarrow: '⟶', mapsto: '↦', uparrow: '↑', downarrow: '↓',
  rightleftharpoons: '⇌', ell: 'ℓ', hbar: 'ℏ', Re: 'ℜ', Im: 'ℑ', aleph: 'ℵ', prime: '′',
  degree: '°', textdegree: '°', AA: 'Å', aa: 'å', AE: 'Æ', ae: 'æ', OE: 'Œ', oe: 'œ', O: 'Ø',
  o: 'ø', ss: 'ß', L: 'Ł', l: 'ł', i: 'ı', j: 'ȷ', dag: '†', ddag: '‡', S: '§', P: '¶',
  copyright: '©', pounds: '£', euro: '€', textmu: 'µ', micro: 'µ', ldots: '…', dots: '…',
  cdots: '⋯', textellipsis: '…', textendash: '–', textemdash: '—', textasciitilde: '~',
  textasciicircum: '^', textbackslash: '\\', textbar: '|', textless: '<', textgreater: '>',
  textquoteleft: '‘', textquoteright: '’', textquotedblleft: '“', textquotedblright: '”',
  langle: '⟨', rangle: '⟩', lceil: '⌈', rceil: '⌉', lfloor: '⌊', rfloor: '⌋', mid: '|',
  vert: '|', Vert: '‖', parallel: '∥', perp: '⊥', angle: '∠', triangle: '△', square: '□',
  checkmark: '✓', quad: ' ', qquad: ' ', colon: ':', lbrace: '{', rbrace: '}', backslash: '\\',
  cdotp: '·', odot: '⊙', oplus: '⊕', otimes: '⊗', sharp: '♯', flat: '♭', natural: '♮',
  LaTeX: 'LaTeX', TeX: 'TeX', left: '', right: '', big: '', Big: '', bigg: '', Bigg: '',
  displaystyle: '', textstyle: '', limits: '', nolimits: '', noindent: '', par: ' ', newline: ' ',
  log: 'log', ln: 'ln', exp: 'exp', sin: 'sin', cos: 'cos', tan: 'tan', max: 'max', min: 'min',
  lim: 'lim', det: 'det', arg: 'arg',
};

/** Commands whose one argument is kept as it is (font and text commands). */
const KEEP_ARGUMENT = new Set(
  'textit emph textbf textsc texttt textrm textsf textup textsl textnormal text mathrm mathbf mathit mathsf mathtt mathcal mathbb mathfrak mathscr mathnormal boldsymbol bm operatorname mbox hbox url underline overline hat bar vec tilde widetilde widehat dot ddot acute grave check breve uline ensuremath textsuperscript textsubscript ce mathring'.split(
    ' ',
  ),
);

const ACCENTS: Record<string, string> = {
  "'": '\u0301', '`': '\u0300', '^': '\u0302', '~': '\u0303', '"': '\u0308', '=': '\u0304',
  '.': '\u0307', u: '\u0306', v: '\u030C', H: '\u030B', c: '\u0327', k: '\u0328', r: '\u030A',
  d: '\u0323', b: '\u0331',
};

const SUPER: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '−': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', a: 'ᵃ', b: 'ᵇ', c: 'ᶜ', d: 'ᵈ', e: 'ᵉ',
  f: 'ᶠ', g: 'ᵍ', h: 'ʰ', i: 'ⁱ', j: 'ʲ', k: 'ᵏ', l: 'ˡ', m: 'ᵐ', n: 'ⁿ', o: 'ᵒ', p: 'ᵖ', r: 'ʳ',
  s: 'ˢ', t: 'ᵗ', u: 'ᵘ', v: 'ᵛ', w: 'ʷ', x: 'ˣ', y: 'ʸ', z: 'ᶻ', A: 'ᴬ', B: 'ᴮ', D: 'ᴰ', E: 'ᴱ',
  G: 'ᴳ', H: 'ᴴ', I: 'ᴵ', J: 'ᴶ', K: 'ᴷ', L: 'ᴸ', M: 'ᴹ', N: 'ᴺ', O: 'ᴼ', P: 'ᴾ', R: 'ᴿ', T: 'ᵀ',
  U: 'ᵁ', V: 'ⱽ', W: 'ᵂ', '∘': '°', '°': '°', '′': '′', '*': '*', '†': '†', '‡': '‡', ' ': '',
  'α': 'ᵅ', 'β': 'ᵝ', 'γ': 'ᵞ', 'δ': 'ᵟ', 'θ': 'ᶿ', 'φ': 'ᵠ', 'χ': 'ᵡ',
};

const SUB: Record<string, string> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉',
  '+': '₊', '-': '₋', '−': '₋', '=': '₌', '(': '₍', ')': '₎', a: 'ₐ', e: 'ₑ', h: 'ₕ', i: 'ᵢ', j: 'ⱼ',
  k: 'ₖ', l: 'ₗ', m: 'ₘ', n: 'ₙ', o: 'ₒ', p: 'ₚ', r: 'ᵣ', s: 'ₛ', t: 'ₜ', u: 'ᵤ', v: 'ᵥ', x: 'ₓ',
  'β': 'ᵦ', 'γ': 'ᵧ', 'ρ': 'ᵨ', 'φ': 'ᵩ', 'χ': 'ᵪ', ' ': '',
};

function script(content: string, table: Record<string, string>, mark: string): string {
  const chars = [...content];
  if (chars.length && chars.every((c) => table[c] !== undefined)) return chars.map((c) => table[c]).join('');
  // Not every character has a Unicode super/subscript: keep it readable instead.
  return chars.length === 1 ? `${mark}${content}` : `${mark}(${content})`;
}

/** Reads one TeX argument at `i`: `{…}` (balanced), a `\command`, or one character. */
function argument(s: string, i: number): [string, number] {
  while (s[i] === ' ') i++;
  if (s[i] === '{') {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      if (s[j] === '\\') {
        j++;
        continue;
      }
      if (s[j] === '{') depth++;
      else if (s[j] === '}' && --depth === 0) return [s.slice(i + 1, j), j + 1];
    }
    return [s.slice(i + 1), s.length];
  }
  if (s[i] === '\\') {
    const m = /^\\([A-Za-z]+|.)/.exec(s.slice(i));
    if (m) return [m[0], i + m[0].length];
  }
  const cp = s.codePointAt(i);
  if (cp === undefined) return ['', i];
  const ch = String.fromCodePoint(cp);
  return [ch, i + ch.length];
}

/** Converts TeX (commands, groups, scripts) to text. `math` turns on ^ and _ handling. */
function texToText(s: string, math: boolean, depth = 0): string {
  if (depth > 20) return s.replace(/[\\{}]/g, '');
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\\') {
      const m = /^\\([A-Za-z]+)\s*|^\\(.)/.exec(s.slice(i, i + 40));
      if (!m) {
        i++;
        continue;
      }
      i += m[0].length;
      const name = m[1];
      const sym = m[2];
      if (sym !== undefined) {
        if (ACCENTS[sym] && !math) {
          const [arg, next] = argument(s, i);
          i = next;
          const base = texToText(arg, math, depth + 1);
          out += base ? (base[0]! + ACCENTS[sym]).normalize('NFC') + base.slice(1) : '';
        } else if (sym === ',' || sym === ';' || sym === ':' || sym === '>') out += '\u2009';
        else if (sym === '!' || sym === '/' || sym === '-') out += '';
        else if (sym === '\\' || sym === ' ') out += ' ';
        else out += sym; // \& \% \$ \# \_ \{ \}
        continue;
      }
      if (name === 'frac' || name === 'dfrac' || name === 'tfrac') {
        const [a, n1] = argument(s, i);
        const [b, n2] = argument(s, n1);
        i = n2;
        const ta = texToText(a, true, depth + 1);
        const tb = texToText(b, true, depth + 1);
        out += `${ta.length > 1 ? `(${ta})` : ta}/${tb.length > 1 ? `(${tb})` : tb}`;
        continue;
      }
      if (name === 'sqrt') {
        const [a, n1] = argument(s, i);
        i = n1;
        const ta = texToText(a, true, depth + 1);
        out += ta.length > 1 ? `√(${ta})` : `√${ta}`;
        continue;
      }
      if (ACCENTS[name!] && !math && name!.length === 1) {
        const [arg, next] = argument(s, i);
        i = next;
        const base = texToText(arg, math, depth + 1);
        out += base ? (base[0]! + ACCENTS[name!]).normalize('NFC') + base.slice(1) : '';
        continue;
      }
      if (KEEP_ARGUMENT.has(name!)) {
        const [arg, next] = argument(s, i);
        i = next;
        if (name === 'textsuperscript') out += script(texToText(arg, math, depth + 1), SUPER, '^');
        else if (name === 'textsubscript') out += script(texToText(arg, math, depth + 1), SUB, '_');
        else out += texToText(arg, math || name!.startsWith('math'), depth + 1);
        continue;
      }
      const symbol = TEX_SYMBOLS[name!];
      if (symbol !== undefined) {
        out += symbol;
        // The space after a command word ends the word; the author's spacing is kept as one space.
        if (m[0].length > name!.length + 1 && i < s.length && !/^[\s{}^_]/.test(s.slice(i, i + 1))) out += ' ';
        continue;
      }
      // An unknown command: keep its name readable, drop the backslash.
      out += name;
      continue;
    }
    if (c === '{' || c === '}') {
      i++;
      continue;
    }
    if (math && (c === '^' || c === '_')) {
      const [arg, next] = argument(s, i + 1);
      i = next;
      const inner = texToText(arg, true, depth + 1);
      out += script(inner, c === '^' ? SUPER : SUB, c);
      continue;
    }
    if (c === '~' && !math) {
      out += '\u00A0';
      i++;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

const ESCAPED_DOLLAR = '\uE000';

/**
 * Finds inline math: `$…$`, `$$…$$`, `\(…\)`, `\[…\]`. A `$` opens math only when a non-space
 * follows it, and closes it only after a non-space and when no digit follows (so "costs $5 and
 * $10" stays prose, as in Pandoc).
 */
const MATH = /\$\$([\s\S]{1,400}?)\$\$|\$(?!\s)((?:[^$\\\n]|\\.){1,200}?)(?<!\s)\$(?!\d)|\\\(([\s\S]{1,400}?)\\\)|\\\[([\s\S]{1,400}?)\\\]/g;

/** Inline TeX to readable Unicode text. */
export function texToUnicode(s: string): string {
  if (!/[\\$^_{}~]/.test(s)) return s;
  let t = s.replace(/\\\$/g, ESCAPED_DOLLAR);
  t = t.replace(MATH, (_m, a?: string, b?: string, c?: string, d?: string) => texToText(a ?? b ?? c ?? d ?? '', true));
  // Outside math only commands and protective braces are TeX; `^`, `_` and `~` are literal there
  // unless the string is clearly TeX.
  if (/\\[A-Za-z'`^"~=.&%#_{}\\]|[{}]/.test(t)) t = texToText(t, false);
  return t.replace(/\uE000/g, '$');
}

// ---------------------------------------------------------------------------------------------

const NEEDS_WORK = /[<&$\\{}~^_]/;
/**
 * One scan that finds anything that may need work: markup, references, TeX, control characters,
 * or a run of white space. Validation runs every text field through {@link cleanText}, so the
 * common case (a clean title or abstract) costs this one test and two character checks.
 */
// eslint-disable-next-line no-control-regex
const SUSPECT = /[<&$\\{}~^_\u0000-\u001F\u007F-\u009F]|\s\s/;
/** White space at either end (the characters `\s` matches below U+3001 that text may start with). */
const edgeSpace = (c: number) => c === 32 || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x1680;

/**
 * Plain, legible text from a title or abstract as it arrives from an API: tags stripped,
 * character references decoded, inline TeX turned into Unicode, whitespace collapsed.
 * `null`/`undefined` become `''`.
 */
export function cleanText(value: string | null | undefined): string {
  return clean(value, true);
}

/**
 * {@link cleanText} for names, headlines and labels: references and TeX resolved (`Erd\H{o}s` →
 * Erdős, `&amp;` → &), white space collapsed, but angle brackets kept as the text they are: a
 * researcher's name or affiliation is not a document, so `<` in one is shown, not taken for a tag.
 */
export function cleanLabel(value: string | null | undefined): string {
  return clean(value, false);
}

function clean(value: string | null | undefined, tags: boolean): string {
  if (!value) return '';
  let s = value;
  // Most titles need nothing: return them as they are, without allocating.
  if (!SUSPECT.test(s) && !edgeSpace(s.charCodeAt(0)) && !edgeSpace(s.charCodeAt(s.length - 1))) return s;
  if (NEEDS_WORK.test(s)) {
    if (tags) s = stripTags(s);
    s = decodeEntities(s);
    s = texToUnicode(s);
  }
  // Control characters are not text (keep tab and newline, which collapse below).
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '');
  return s.replace(/\s+/g, ' ').trim();
}
