/**
 * A word index over the search keys of a big list, so a keystroke does not scan every key (at
 * 100,000 works, ~100 MB of text, mostly abstracts).
 *
 * Matching stays exactly `key.includes(term)`: a term never contains white space (the query is
 * split on `\s+`), so wherever it occurs in a key it lies inside one maximal run of non-white
 * characters — a *word* here. The index keeps the distinct words of all keys, joined by `\n`
 * into one string, and for each word the works whose key has it. A term's works are then the
 * union over the words that contain it: one `indexOf` walk over the (much shorter) vocabulary
 * plus the postings of the words it hits. A term found in so many works that walking postings
 * would cost more than checking keys (`includes` finds it early in most keys) is left to
 * `includes`, as is everything when the list to filter is short.
 */

/** What the index needs of a list entry: its position in the profile and its search key. */
export interface Searchable {
  readonly index: number;
  readonly key: string;
}

import { nextTask, runSliced } from '../../data/slices.js';

const WHITE = /\s+/;

/** Terms found in more (work, word) pairs than this many per work in the list go to `includes`. */
const POSTINGS_PER_ENTRY = 2;

export class SearchIndex {
  /** @param vocab the distinct words, each followed by `\n`; @param starts word i starts at starts[i] (plus a sentinel). */
  private constructor(
    private readonly vocab: string,
    private readonly starts: Int32Array,
    /** Word i's works are postings[postStart[i] .. postStart[i + 1]), ascending. */
    private readonly postStart: Int32Array,
    private readonly postings: Int32Array,
    /** Number of works indexed. */
    readonly size: number,
    /** Mean key length, to tell when checking keys is cheaper than the index. */
    private readonly meanKey: number,
  ) {}

  /** Builds the index over `entries` (indexed by `entry.index`, 0 … n − 1), a slice at a time. */
  static *build(entries: readonly Searchable[]): Generator<void, SearchIndex, void> {
    const n = entries.length;
    const ids = new Map<string, number>();
    const df: number[] = [];
    const lastSeen: number[] = [];
    let words = new Int32Array(1 << 16);
    let used = 0;
    const wordStart = new Int32Array(n + 1);
    let keyChars = 0;
    for (let i = 0; i < n; i++) {
      if ((i & 127) === 127) yield;
      const e = entries[i]!;
      const key = e.key;
      keyChars += key.length;
      wordStart[i] = used;
      for (const w of key.split(WHITE)) {
        if (!w) continue;
        let id = ids.get(w);
        if (id === undefined) {
          id = df.length;
          ids.set(w, id);
          df.push(0);
          lastSeen.push(-1);
        }
        if (lastSeen[id] === e.index) continue;
        lastSeen[id] = e.index;
        df[id]!++;
        if (used === words.length) {
          const grown = new Int32Array(words.length * 2);
          grown.set(words);
          words = grown;
        }
        words[used++] = id;
      }
    }
    wordStart[n] = used;
    yield;
    // Word-major postings from the work-major lists (a counting sort: ascending works per word).
    const postStart = new Int32Array(df.length + 1);
    for (let w = 0; w < df.length; w++) postStart[w + 1] = postStart[w]! + df[w]!;
    const fill = postStart.slice(0, df.length);
    const postings = new Int32Array(used);
    const order = entries.map((e, i) => [e.index, i] as const).sort((a, b) => a[0] - b[0]);
    for (let k = 0; k < n; k++) {
      if ((k & 4095) === 4095) yield;
      const [index, i] = order[k]!;
      for (let j = wordStart[i]!; j < wordStart[i + 1]!; j++) postings[fill[words[j]!]!++] = index;
    }
    yield;
    const starts = new Int32Array(df.length + 1);
    let at = 0;
    let w = 0;
    for (const word of ids.keys()) {
      starts[w++] = at;
      at += word.length + 1;
    }
    starts[w] = at;
    const vocab = [...ids.keys()].join('\n') + '\n';
    let size = 0;
    for (const e of entries) size = Math.max(size, e.index + 1);
    return new SearchIndex(vocab, starts, postStart, postings, size, n ? keyChars / n : 0);
  }

  /** The word whose text holds position `pos` of the vocabulary. */
  private wordAt(pos: number): number {
    let lo = 0;
    let hi = this.starts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The words containing `term`, or null when their postings would exceed `limit`. */
  private wordsWith(term: string, limit: number): number[] | null {
    const out: number[] = [];
    let total = 0;
    for (let pos = this.vocab.indexOf(term); pos >= 0; ) {
      const w = this.wordAt(pos);
      total += this.postStart[w + 1]! - this.postStart[w]!;
      if (total > limit) return null;
      out.push(w);
      pos = this.vocab.indexOf(term, this.starts[w + 1]!);
    }
    return out;
  }

  /**
   * True when {@link matcher} answers for `terms` over `list` from the index alone, checking no
   * key (false when a term is so common, or the list so short, that keys would be scanned).
   */
  covers(list: readonly Searchable[], terms: readonly string[]): boolean {
    if (list.length * this.meanKey < this.vocab.length * terms.length || terms.length > 255) return false;
    const max = Math.max(1024, list.length * POSTINGS_PER_ENTRY);
    return terms.every((t) => this.wordsWith(t, max));
  }

  /**
   * A test equal to "every term is in `e.key`" for the entries of `list`; `terms` are non-empty
   * and free of white space (see `terms()` in model.ts). `limit` (tests) overrides the postings
   * above which a term is left to `includes`, and makes the index used however short the list.
   */
  matcher(list: readonly Searchable[], terms: readonly string[], limit?: number): (e: Searchable) => boolean {
    const naive = (rest: readonly string[]) => (e: Searchable) => rest.every((t) => e.key.includes(t));
    // A short list: checking its keys costs less than walking the vocabulary.
    if (limit === undefined && list.length * this.meanKey < this.vocab.length * terms.length) return naive(terms);
    const max = limit ?? Math.max(1024, list.length * POSTINGS_PER_ENTRY);
    const counts = new Uint8Array(this.size);
    let indexed = 0;
    const rest: string[] = [];
    for (const term of terms) {
      const words: number[] | null = indexed < 255 ? this.wordsWith(term, max) : null;
      if (!words) {
        rest.push(term);
        continue;
      }
      for (const w of words) {
        for (let j = this.postStart[w]!; j < this.postStart[w + 1]!; j++) {
          const e = this.postings[j]!;
          if (counts[e] === indexed) counts[e] = indexed + 1;
        }
      }
      indexed++;
    }
    if (!indexed) return naive(rest);
    const need = indexed;
    const others = naive(rest);
    return (e) => counts[e.index] === need && (!rest.length || others(e));
  }
}

/** Builds the index in slices from the next task on (not in the caller's task). */
export async function buildLater(entries: readonly Searchable[]): Promise<SearchIndex> {
  await nextTask();
  return runSliced(SearchIndex.build(entries));
}
