/**
 * Limits and slicing for BibTeX, used by `bibtex-map.ts`:
 *
 * - A file over {@link MAX_BIBTEX_CHARS} is not read (a clear error, before any parsing).
 * - The text is cut into chunks of whole entries (about {@link CHUNK_CHARS} each) and each chunk
 *   is parsed on its own, `@string` macros carrying over, so no single step of a big file takes
 *   long and the caller can yield to the page between chunks.
 * - Every value is capped at {@link MAX_BIBTEX_FIELD} characters while it is expanded: a field
 *   that concatenates macros is cut with a warning, and an `@string` macro that would grow past
 *   the cap (macros that double each other, a "macro bomb") stops the parse with an error before
 *   the text is ever built.
 */
import type * as bcc from 'biblatex-csl-converter';
import { ProfileLoadError } from '../errors.js';

/** Largest `.bib` text read, in characters (10 million, about 10 MB). */
export const MAX_BIBTEX_CHARS = 10_000_000;
/** Longest value a field or `@string` macro may expand to, in characters. */
export const MAX_BIBTEX_FIELD = 100_000;
/** Size of the chunks parsed in one step. */
export const CHUNK_CHARS = 24_000;

type Result = ReturnType<InstanceType<typeof bcc.BibLatexParser>['parse']>;
type Entry = Result['entries'][number];
type ParseError = Result['errors'][number];

/** The parser's members the chunked driver uses (all public in biblatex-csl-converter 3.2 and 3.6, with the same code). */
interface ParserInternals {
  strings: Record<string, string>;
  currentType: string;
  currentKey: string | false;
  currentEntry?: { entry_key?: string };
  replaceTeXChars(): void;
  skipToNext(): boolean;
  parseNext(): void;
  parsed(): Result;
  singleValue(): string;
  tryMatch(s: string): boolean;
  match(s: string): void;
  value(this: ParserInternals, asis?: boolean): string;
}

/** The index just after the entry that starts at the first `@` at or after `from` (brace-matched). */
export function entryEnd(text: string, from: number): number {
  const at = text.indexOf('@', from);
  if (at < 0) return text.length;
  let i = at + 1;
  while (i < text.length && /[\w \t\r\n-]/.test(text[i]!)) i++;
  const open = text[i];
  if (open !== '{' && open !== '(') return i; // a stray @: the parser skips it too
  const close = open === '{' ? '}' : ')';
  let depth = 1;
  for (i++; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{' || c === open) depth++;
    else if (c === '}' || c === close) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

/** Cuts `text` into chunks of whole entries, each at least `size` characters (but the last). */
export function* chunksOf(text: string, size = CHUNK_CHARS): Generator<{ text: string; line: number }> {
  let start = 0;
  let pos = 0;
  let line = 0;
  while (pos < text.length) {
    pos = entryEnd(text, pos);
    if (pos - start >= size || pos >= text.length) {
      const chunk = text.slice(start, pos);
      yield { text: chunk, line };
      for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) line++;
      start = pos;
    }
  }
}

export interface ChunkedResult {
  entries: Entry[];
  errors: ParseError[];
  /** Fields cut at {@link MAX_BIBTEX_FIELD}, as `entry.field`. */
  cut: string[];
}

const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

/**
 * Parses `text` chunk by chunk; yields (`true`) after each chunk. Throws a ProfileLoadError for a
 * file over the size limit or a macro that expands past the field limit. `what` names the file.
 */
export function* parseChunks(text: string, Parser: typeof bcc.BibLatexParser, what: string): Generator<boolean, ChunkedResult, void> {
  if (text.length > MAX_BIBTEX_CHARS) {
    throw new ProfileLoadError(`${what} is ${mb(text.length)}; files over ${mb(MAX_BIBTEX_CHARS)} are not read. Split it, or publish the profile as JSON.`);
  }
  const strings: Record<string, string> = {};
  const out: ChunkedResult = { entries: [], errors: [], cut: [] };
  for (const chunk of chunksOf(text)) {
    const p = new Parser(chunk.text, { processUnexpected: true }) as unknown as ParserInternals;
    p.strings = strings; // macros defined in earlier chunks
    const cut = { field: '' }; // the field that went over the limit in the current step
    // The parser's own `value()`, with a running length check while `#` joins the parts.
    p.value = function value(asis = false): string {
      const parts = [this.singleValue()];
      let length = parts[0]!.length;
      while (this.tryMatch('#')) {
        this.match('#');
        const part = this.singleValue();
        length += part.length;
        if (length > MAX_BIBTEX_FIELD) cut.field ||= this.currentKey || '?';
        else parts.push(part);
      }
      let joined = parts.join('');
      if (joined.length > MAX_BIBTEX_FIELD) {
        joined = joined.slice(0, MAX_BIBTEX_FIELD);
        cut.field ||= this.currentKey || '?';
      }
      return asis ? joined : joined.replace(/[\t ]+/g, ' ').trim();
    };
    p.replaceTeXChars();
    while (p.skipToNext()) {
      cut.field = '';
      p.parseNext();
      if (!cut.field) continue;
      const name = cut.field;
      if (p.currentType === 'string') {
        throw new ProfileLoadError(
          `${what} is not read: its @string macro "${name.slice(0, 40)}" expands to more than ${MAX_BIBTEX_FIELD.toLocaleString('en')} characters (macros that repeat each other).`,
        );
      }
      out.cut.push(`${p.currentEntry?.entry_key ?? '?'}.${name}`.slice(0, 120));
    }
    const r = p.parsed();
    out.entries.push(...Object.values(r.entries ?? {}));
    for (const e of r.errors ?? []) out.errors.push(typeof e.line === 'number' ? { ...e, line: e.line + chunk.line } : e);
    yield true;
  }
  return out;
}
