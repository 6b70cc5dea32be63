/**
 * The word index behind search in big lists (issue 13, item 7) must match exactly what
 * `key.includes(term)` for every term matches, whatever the keys and the query.
 */
import { expect } from '@open-wc/testing';
import fc from '../../helpers/fc.js';
import { SearchIndex, type Searchable } from '../../../src/elements/publication-list/search-index.js';
import { filterEntries, prepareSteps, sortedEntries, terms } from '../../../src/elements/publication-list/model.js';
import { runNow } from '../../../src/data/slices.js';
import { validateProfile } from '../../../src/data/validate.js';
import { generateProfile } from '../../../demo/data/generate.js';

/** Letters, punctuation and every kind of white space the query splitter knows. */
const char = fc.constantFrom('a', 'b', 'c', 'é', '-', '.', ';', '0', ' ', '\n', '\t', '\u00a0', '\u2003', 'x', 'y');
const key = fc.string({ unit: char, maxLength: 40 });
const query = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '-', '.', '0', 'x', 'y', ' '), maxLength: 6 });

const naive = (list: readonly Searchable[], ts: readonly string[]) => list.filter((e) => ts.every((t) => e.key.includes(t)));

describe('search index', () => {
  it('matches exactly what includes() matches, for random keys, lists and queries', () => {
    fc.assert(
      fc.property(
        fc.array(key, { minLength: 1, maxLength: 60 }),
        fc.array(query, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 3 }),
        (keys, queries, limit, stride) => {
          const entries = keys.map((k, index) => ({ index, key: k }));
          const index = runNow(SearchIndex.build(entries));
          // A sub-list, as when typing narrows the previous matches.
          const list = entries.filter((e) => e.index % stride === 0);
          for (const q of queries) {
            const ts = terms(q);
            if (!ts.length) continue;
            // The index for every term (a high limit), terms left to includes() (a low one), and the default.
            for (const lim of [1e9, limit, undefined]) {
              expect(list.filter(index.matcher(list, ts, lim)), `${JSON.stringify(q)} over ${JSON.stringify(keys)}`).to.deep.equal(naive(list, ts));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('filterEntries on a list prepared in slices uses the index and shows the same works as includes()', async function () {
    this.timeout(60000);
    const r = validateProfile(generateProfile({ works: 1500, seed: 11 }));
    if (!r.ok) throw new Error('bad profile');
    const p = runNow(prepareSteps(r.profile, 'newest'));
    const all = sortedEntries(p, 'newest');
    // Before the index is there, search checks every key.
    const before = filterEntries(all, { query: 'a', types: [], yearFrom: null, yearTo: null });
    expect(before.map((e) => e.index)).to.deep.equal(naive(all, ['a']).map((e) => e.index));
    await p.indexing;
    expect(p.search, 'index built after preparing').to.be.instanceOf(SearchIndex);
    // Queries from words of the data (a sample of keys), so that many match.
    const words = [...new Set(all.slice(0, 50).flatMap((e) => e.key.split(/\s+/)))].filter(Boolean);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 2 }), fc.nat(), fc.nat(), (ws, a, b) => {
        const q = ws.map((w) => w.slice(a % w.length, a % w.length + 1 + (b % w.length))).join(' ');
        const got = filterEntries(all, { query: q, types: [], yearFrom: null, yearTo: null });
        expect(got.map((e) => e.index)).to.deep.equal(naive(all, terms(q)).map((e) => e.index));
        const narrowed = filterEntries(got, { query: q + 'e', types: [], yearFrom: null, yearTo: null });
        expect(narrowed.map((e) => e.index)).to.deep.equal(naive(got, terms(q + 'e')).map((e) => e.index));
      }),
      { numRuns: 200 },
    );
  });
});
