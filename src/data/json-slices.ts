/**
 * JSON too big to parse in one go without freezing the page (a profile with 100,000 works is
 * tens of megabytes): the top-level object is split into its members, and each big array into
 * batches of elements, each parsed by the native `JSON.parse` between which the page gets the
 * main thread back. Anything the splitter does not understand is left to `JSON.parse` on the
 * whole text, so errors read as they always did.
 */
import type { Steps } from './slices.js';

/** Texts shorter than this are parsed at once. */
export const SLICED_JSON_CHARS = 1_000_000;
/** About this many characters of array elements per `JSON.parse`. */
const BATCH_CHARS = 100_000;

const WS = new Set([' ', '\t', '\n', '\r']);

function skipWs(text: string, i: number): number {
  while (WS.has(text[i]!)) i++;
  return i;
}

class Malformed extends Error {}

/** Index just past the string whose opening quote is at `i`. */
function stringEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    j = text.indexOf('"', j + 1);
    if (j < 0) throw new Malformed();
    let backslashes = 0;
    while (text[j - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return j + 1;
  }
}

/** Index just past the value that starts at `i`. */
function valueEnd(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return stringEnd(text, i);
  if (c !== '{' && c !== '[') {
    let j = i;
    while (j < text.length && !WS.has(text[j]!) && text[j] !== ',' && text[j] !== '}' && text[j] !== ']') j++;
    if (j === i) throw new Malformed();
    return j;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const ch = text.charCodeAt(j);
    if (ch === 34 /* " */) j = stringEnd(text, j) - 1;
    else if (ch === 123 || ch === 91) depth++;
    else if (ch === 125 || ch === 93) {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  throw new Malformed();
}

function* arraySteps(text: string, open: number): Generator<boolean | void, [unknown[], number], void> {
  const items: unknown[] = [];
  let j = skipWs(text, open + 1);
  if (text[j] === ']') return [items, j + 1];
  let start = j;
  for (;;) {
    j = skipWs(text, valueEnd(text, j));
    const c = text[j];
    if (c !== ',' && c !== ']') throw new Malformed();
    if (c === ']' || j - start >= BATCH_CHARS) {
      const batch = JSON.parse(`[${text.slice(start, j)}]`) as unknown[];
      for (const x of batch) items.push(x);
      start = j + 1;
      yield;
    }
    if (c === ']') return [items, j + 1];
    j = skipWs(text, j + 1);
  }
}

function* objectSteps(text: string): Steps<unknown> {
  let i = skipWs(text, 0);
  if (text[i] !== '{') return JSON.parse(text);
  const out: Record<string, unknown> = {};
  i = skipWs(text, i + 1);
  if (text[i] !== '}') {
    for (;;) {
      if (text[i] !== '"') throw new Malformed();
      const keyEnd = stringEnd(text, i);
      const key = JSON.parse(text.slice(i, keyEnd)) as string;
      i = skipWs(text, keyEnd);
      if (text[i] !== ':') throw new Malformed();
      i = skipWs(text, i + 1);
      let value: unknown;
      if (text[i] === '[') [value, i] = yield* arraySteps(text, i);
      else {
        const end = valueEnd(text, i);
        value = JSON.parse(text.slice(i, end));
        i = end;
        yield;
      }
      // As JSON.parse does: `__proto__` is an own property, never the prototype.
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      i = skipWs(text, i);
      if (text[i] === ',') {
        i = skipWs(text, i + 1);
        continue;
      }
      if (text[i] === '}') break;
      throw new Malformed();
    }
  }
  if (skipWs(text, i + 1) !== text.length) throw new Malformed();
  return out;
}

/**
 * The value of a JSON text, in steps (see `slices.ts`). Short texts and texts that are not an
 * object are parsed at once; a malformed text throws JSON.parse's own SyntaxError.
 */
export function* parseJsonSteps(text: string): Steps<unknown> {
  if (text.length < SLICED_JSON_CHARS) return JSON.parse(text);
  try {
    return yield* objectSteps(text);
  } catch (err) {
    if (err instanceof Malformed || err instanceof SyntaxError) return JSON.parse(text);
    throw err;
  }
}
