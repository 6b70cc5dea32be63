/**
 * JSON too big to parse in one go without freezing the page (a profile with 100,000 works is
 * tens of megabytes): the top-level object is split into its members, and each big array into
 * batches of elements, each parsed by the native `JSON.parse` between which the page gets the
 * main thread back. Anything the splitter does not understand is left to `JSON.parse` on the
 * whole text, so errors read as they always did.
 *
 * The text may come as the list of chunks a response body arrived in (`http.ts`): it is read
 * through a window that slides over the chunks, so the whole body is never made into one string
 * (joining ~100 MB is itself a task of over 100 ms).
 */
import { SLICED_JSON_CHARS, type Steps } from './slices.js';

export { SLICED_JSON_CHARS };
/** About this many characters of array elements per `JSON.parse`. */
const BATCH_CHARS = 100_000;
/** The window forgets what it has read once that is longer than this. */
const KEEP_CHARS = 256_000;

const QUOTE = 34;
const BACKSLASH = 92;

const isWs = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

class Malformed extends Error {}

/**
 * The text of a list of chunks, seen through a window (`buf`, starting at absolute index
 * `start`) that grows by whole chunks as the reader goes forward and forgets what lies behind
 * the point the reader says it is done with. Indices are absolute.
 */
export class ChunkText {
  buf = '';
  start = 0;
  readonly length: number;
  private next = 0;

  constructor(private readonly chunks: readonly string[]) {
    let n = 0;
    for (const c of chunks) n += c.length;
    this.length = n;
  }

  /** Makes the window reach index `i`; false when `i` is past the end. */
  reach(i: number): boolean {
    while (this.start + this.buf.length <= i) {
      if (this.next >= this.chunks.length) return false;
      this.buf += this.chunks[this.next++]!;
    }
    return true;
  }

  /** The code unit at `i`, or NaN past the end. */
  code(i: number): number {
    const k = i - this.start;
    if (k < this.buf.length || this.reach(i)) return this.buf.charCodeAt(k);
    return NaN;
  }

  /** The text from `a` to `b` (both at or after the window's start). */
  slice(a: number, b: number): string {
    if (b > a) this.reach(b - 1);
    return this.buf.slice(a - this.start, b - this.start);
  }

  /** The next `"` at or after `from`, or -1. */
  quote(from: number): number {
    for (;;) {
      const k = this.buf.indexOf('"', Math.max(0, from - this.start));
      if (k >= 0) return k + this.start;
      from = Math.max(from, this.start + this.buf.length);
      if (!this.reach(from)) return -1;
    }
  }

  /** The reader is done with everything before `i`. */
  done(i: number): void {
    const k = i - this.start;
    if (k > KEEP_CHARS) {
      this.buf = this.buf.slice(k);
      this.start = i;
    }
  }

  /** The whole text (only for texts that are not split, and to report errors). */
  whole(): string {
    return this.chunks.join('');
  }
}

function skipWs(t: ChunkText, i: number): number {
  while (isWs(t.code(i))) i++;
  return i;
}

/** Index just past the string whose opening quote is at `i`. */
function stringEnd(t: ChunkText, i: number): number {
  let j = i;
  for (;;) {
    j = t.quote(j + 1);
    if (j < 0) throw new Malformed();
    let backslashes = 0;
    while (t.code(j - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return j + 1;
  }
}

/** Index just past the value that starts at `i`. */
function valueEnd(t: ChunkText, i: number): number {
  const c = t.code(i);
  if (c === QUOTE) return stringEnd(t, i);
  if (c !== 123 /* { */ && c !== 91 /* [ */) {
    let j = i;
    for (let d = t.code(j); d === d && !isWs(d) && d !== 44 && d !== 125 && d !== 93; d = t.code(++j));
    if (j === i) throw new Malformed();
    return j;
  }
  // The window does not move back while a value is scanned (`done` is called between values),
  // so `start` stays put; `buf` only grows, and is read again after each string.
  const base = t.start;
  let buf = t.buf;
  let depth = 0;
  let k = i - base;
  for (;;) {
    for (; k < buf.length; k++) {
      const ch = buf.charCodeAt(k);
      if (ch === QUOTE) {
        k = stringEnd(t, k + base) - 1 - base;
        buf = t.buf;
      } else if (ch === 123 || ch === 91) depth++;
      else if (ch === 125 || ch === 93) {
        depth--;
        if (depth === 0) return k + base + 1;
      }
    }
    if (!t.reach(k + base)) throw new Malformed();
    buf = t.buf;
  }
}

function* arraySteps(t: ChunkText, open: number): Generator<boolean | void, [unknown[], number], void> {
  const items: unknown[] = [];
  let j = skipWs(t, open + 1);
  if (t.code(j) === 93) return [items, j + 1];
  let start = j;
  for (;;) {
    j = skipWs(t, valueEnd(t, j));
    const c = t.code(j);
    if (c !== 44 && c !== 93) throw new Malformed();
    if (c === 93 || j - start >= BATCH_CHARS) {
      const batch = JSON.parse(`[${t.slice(start, j)}]`) as unknown[];
      for (const x of batch) items.push(x);
      start = j + 1;
      t.done(start);
      yield;
    }
    if (c === 93) return [items, j + 1];
    j = skipWs(t, j + 1);
  }
}

function* objectSteps(t: ChunkText): Steps<unknown> {
  let i = skipWs(t, 0);
  if (t.code(i) !== 123) return JSON.parse(t.whole());
  const out: Record<string, unknown> = {};
  i = skipWs(t, i + 1);
  if (t.code(i) !== 125) {
    for (;;) {
      if (t.code(i) !== QUOTE) throw new Malformed();
      const keyEnd = stringEnd(t, i);
      const key = JSON.parse(t.slice(i, keyEnd)) as string;
      i = skipWs(t, keyEnd);
      if (t.code(i) !== 58 /* : */) throw new Malformed();
      i = skipWs(t, i + 1);
      let value: unknown;
      if (t.code(i) === 91) [value, i] = yield* arraySteps(t, i);
      else {
        const end = valueEnd(t, i);
        value = JSON.parse(t.slice(i, end));
        i = end;
        t.done(i);
        yield;
      }
      // As JSON.parse does: `__proto__` is an own property, never the prototype.
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      i = skipWs(t, i);
      if (t.code(i) === 44) {
        i = skipWs(t, i + 1);
        continue;
      }
      if (t.code(i) === 125) break;
      throw new Malformed();
    }
  }
  if (skipWs(t, i + 1) !== t.length) throw new Malformed();
  return out;
}

/**
 * The value of a JSON text, given whole or as the chunks it arrived in, in steps (see
 * `slices.ts`). Short texts and texts that are not an object are parsed at once; a malformed
 * text throws JSON.parse's own SyntaxError. `seen` (tests) is handed the chunk reader.
 */
export function* parseJsonSteps(text: string | readonly string[], seen?: (t: ChunkText) => void): Steps<unknown> {
  const t = new ChunkText(typeof text === 'string' ? [text] : text);
  seen?.(t);
  if (t.length < SLICED_JSON_CHARS) return JSON.parse(t.whole());
  try {
    return yield* objectSteps(t);
  } catch (err) {
    if (err instanceof Malformed || err instanceof SyntaxError) return JSON.parse(t.whole());
    throw err;
  }
}
