/**
 * A big body is never made into one string (issue 13, item 7): `fetchText` hands the pieces it
 * read, the format is sniffed from the first piece(s) only, and the JSON parser reads the pieces
 * through a sliding window. Joining ~100 MB is itself a task of over 100 ms.
 */
import { expect } from '@open-wc/testing';
import { parseJsonSteps, SLICED_JSON_CHARS, type ChunkText } from '../../src/data/json-slices.js';
import { runNow } from '../../src/data/slices.js';
import { contextFor, loadFromUrl, profileFormat, sniffFormat } from '../../src/data/formats.js';
import { bibtexFormat } from '../../src/data/adapters/bibtex.js';
import '../../src/data/adapters/index.js';
import { generateProfile } from '../../demo/data/generate.js';
// A seeded random source (mulberry32), so every run splits the same way.
import { rng as random } from '../helpers/rng.js';

/** `text` cut at `cuts` random places, plus a cut after every backslash and quote in the first 20,000 characters. */
function split(text: string, seed: number, cuts = 400): string[] {
  const rnd = random(seed);
  const at = new Set<number>();
  for (let i = 0; i < cuts; i++) at.add(1 + Math.floor(rnd() * (text.length - 1)));
  for (let i = 0; i < 20_000; i++) if (text[i] === '\\' || text[i] === '"') at.add(i + 1);
  const points = [0, ...[...at].sort((a, b) => a - b), text.length];
  const out: string[] = [];
  for (let i = 1; i < points.length; i++) if (points[i]! > points[i - 1]!) out.push(text.slice(points[i - 1], points[i]));
  return out;
}

/** A big profile JSON text with strings that end in backslashes, hold quotes and brackets. */
function bigText(seed: number): string {
  const p = generateProfile({ works: 6000, seed });
  p.works![0]!.title = 'ends in a backslash \\';
  p.works![1]!.title = 'a "quoted" }]{[ title \\\\';
  return JSON.stringify({ ...p, extra: { nested: [1, 2, { a: '"}]' }], tricky: 'a\\"b}]' }, '__proto__': { polluted: true } }, null, seed % 2);
}

/** A `fetch` answering with `text` as a stream of 64 KB chunks, as a network gives a big body. */
function streamingFetch(text: string) {
  const original = window.fetch;
  const bytes = new TextEncoder().encode(text);
  window.fetch = (async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(c) {
          for (let i = 0; i < bytes.length; i += 65_536) c.enqueue(bytes.subarray(i, i + 65_536));
          c.close();
        },
      }),
      { status: 200, headers: { 'content-type': 'application/json' } },
    )) as typeof fetch;
  return { restore: () => (window.fetch = original) };
}

describe('big JSON bodies in pieces (item 7)', () => {
  for (const seed of [1, 2, 3]) {
    it(`parses a text cut anywhere (inside strings, after backslashes) into what JSON.parse gives (seed ${seed})`, () => {
      const text = bigText(seed);
      expect(text.length).to.be.above(SLICED_JSON_CHARS);
      const chunks = split(text, seed);
      // The longest the reader's window got.
      let longest = 0;
      const watch = (t: ChunkText) => {
        const reach = t.reach.bind(t);
        t.reach = (i) => {
          const more = reach(i);
          longest = Math.max(longest, t.buf.length);
          return more;
        };
      };
      const value = runNow(parseJsonSteps(chunks, watch));
      expect(value).to.deep.equal(JSON.parse(text));
      expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
      expect(({} as { polluted?: boolean }).polluted).to.equal(undefined);
      // The whole text was never one string: the window stayed a small part of it.
      expect(longest, 'longest window in characters').to.be.below(text.length / 4);
    });
  }

  it('a malformed text in pieces fails as JSON.parse fails', () => {
    const text = bigText(4);
    expect(() => runNow(parseJsonSteps(split(text.slice(0, -10), 4)))).to.throw(SyntaxError);
    expect(() => runNow(parseJsonSteps(split(`${text} x`, 5)))).to.throw(SyntaxError);
    expect(() => runNow(parseJsonSteps(split(text.replace('"works"', '"works" 1'), 6)))).to.throw(SyntaxError);
  });

  it('sniffs the format from the first piece only: later pieces are never read', () => {
    const trap = (first: string) => {
      const chunks = [first];
      for (let i = 1; i < 4; i++) {
        Object.defineProperty(chunks, i, {
          get() {
            throw new Error(`piece ${i} was read`);
          },
        });
      }
      return chunks;
    };
    const profileHead = `{"version": 1, "name": "A", "works": [${'{"title":"x"},'.repeat(20_000)}`;
    expect(sniffFormat(trap(profileHead), 'application/json')).to.equal(profileFormat);
    const bibHead = `@article{key1, title={A}}\n${'@misc{k, note={x}}\n'.repeat(15_000)}`;
    expect(sniffFormat(trap(bibHead), 'text/plain')).to.equal(bibtexFormat);
    // A small first piece: the matchers see the next pieces up to their limit, no further.
    const reads: number[] = [];
    const chunks = new Proxy(['@article{k1,', ' title={A}}', 'x'.repeat(300_000), 'never'], {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads.push(Number(key));
        return Reflect.get(target, key, receiver);
      },
    });
    expect(sniffFormat(chunks, 'text/plain')).to.equal(bibtexFormat);
    expect(Math.max(...reads)).to.equal(2);
  });

  it('loads a big profile from a URL without ever joining its body', async () => {
    const text = bigText(7);
    const net = streamingFetch(text);
    let joined = 0;
    let pieces = 0;
    const base = contextFor({});
    const ctx = {
      ...base,
      fetchText: async (url: string) => {
        const body = await base.fetchText(url);
        pieces = body.chunks?.length ?? 0;
        return {
          contentType: body.contentType,
          chunks: body.chunks,
          get text() {
            joined++;
            return body.text;
          },
        };
      },
    };
    try {
      const { profile } = await loadFromUrl(new URL('https://lab.example/big.json'), undefined, ctx);
      expect(profile).to.deep.equal(JSON.parse(text));
      expect(pieces, 'pieces the body was read in').to.be.above(1);
      expect(joined, 'times the whole body was made into one string').to.equal(0);
    } finally {
      net.restore();
    }
  });
});
