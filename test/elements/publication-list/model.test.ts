/**
 * The list's model, for any list of works: every sort is a complete reordering in its order, a
 * filter keeps exactly the works that match it, groups split the list without losing or repeating
 * a work, and group keys make unique, safe ids.
 */
import { expect } from '@open-wc/testing';
import fc from '../../helpers/fc.js';
import { validateProfile } from '../../../src/data/validate.js';
import type { Profile } from '../../../src/data/schema.js';
import { GROUP_MODES, SORT_MODES, filterEntries, groupEntries, prepare, slug, sortedEntries, type Entry } from '../../../src/elements/publication-list/model.js';
import { fold } from '../../../src/data/normalize/slug.js';

const works = fc.uniqueArray(
  fc.record(
    {
      id: fc.string({ minLength: 1, maxLength: 4 }),
      title: fc.oneof(fc.constantFrom('Alpha', 'alpha', 'Ångström', 'Zeta 10', 'Zeta 9', '', '$\\beta$ sheets', '<i>In vivo</i>'), fc.string({ maxLength: 8 })),
      year: fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: undefined }),
      type: fc.constantFrom('article', 'preprint', 'dataset', 'journal-article', 'weird thing', ''),
      citations: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      venue: fc.constantFrom('Nature', 'arXiv', 'Über Journal', ''),
      authors: fc.array(fc.record({ name: fc.constantFrom('Ann Lee', 'Bo Ng', 'José Núñez') }), { maxLength: 3 }),
    },
    { requiredKeys: ['id'] },
  ),
  { selector: (w) => w.id, maxLength: 30 },
);

function prepared(list: unknown[]) {
  const r = validateProfile({ version: 1, id: 'me', name: 'Mia Ek', works: list });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return prepare(r.profile as Profile);
}

const ids = (list: readonly Entry[]) => list.map((e) => e.work.id);

describe('publication-list model: any list of works', function () {
  // Hundreds of generated cases: a slow CI machine needs more than the default 15 s.
  this.timeout(90000);
  it('each sort is a complete reordering, in its order, undated and uncited last', () => {
    fc.assert(
      fc.property(works, (list) => {
        const p = prepared(list);
        for (const mode of SORT_MODES) {
          const s = sortedEntries(p, mode);
          expect([...ids(s)].sort()).to.deep.equal([...ids(p.entries)].sort());
          for (let i = 1; i < s.length; i++) {
            const [a, b] = [s[i - 1]!, s[i]!];
            if (mode === 'newest' && a.year !== null && b.year !== null) expect(a.year).to.be.at.least(b.year);
            if (mode === 'oldest' && a.year !== null && b.year !== null) expect(a.year).to.be.at.most(b.year);
            if ((mode === 'newest' || mode === 'oldest') && a.year === null) expect(b.year, 'undated last').to.equal(null);
            if (mode === 'cited' && a.citations !== null && b.citations !== null) expect(a.citations).to.be.at.least(b.citations);
            if (mode === 'cited' && a.citations === null) expect(b.citations, 'uncited last').to.equal(null);
            if (mode === 'title' && !a.title) expect(b.title, 'untitled last').to.equal('');
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a filter keeps exactly the works of the chosen types, in the year range, matching every search term', () => {
    const filter = fc.record({
      query: fc.constantFrom('', 'alpha', 'ALPHA', 'angstrom', 'ann lee', 'nunez', 'nature', 'zeta 9', 'nothing-matches', 'β'),
      types: fc.subarray(['article', 'preprint', 'dataset', 'other']),
      yearFrom: fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: null }),
      yearTo: fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: null }),
    });
    fc.assert(
      fc.property(works, filter, (list, f) => {
        const p = prepared(list);
        const all = sortedEntries(p, 'newest');
        const kept = filterEntries(all, f);
        const [lo, hi] = f.yearFrom !== null && f.yearTo !== null && f.yearFrom > f.yearTo ? [f.yearTo, f.yearFrom] : [f.yearFrom, f.yearTo];
        const words = fold(f.query).split(/\s+/).filter(Boolean);
        const expected = all.filter(
          (e) =>
            (!f.types.length || f.types.includes(e.type)) &&
            (lo === null || (e.year !== null && e.year >= lo)) &&
            (hi === null || (e.year !== null && e.year <= hi)) &&
            words.every((w) => e.key.includes(w)),
        );
        expect(ids(kept)).to.deep.equal(ids(expected));
        // The search reads titles as shown: "angstrom" finds "Ångström", "β" finds "$\beta$".
        for (const e of kept) for (const w of words) expect(e.key).to.contain(w);
      }),
      { numRuns: 300 },
    );
  });

  it('groups split the list in order, each work exactly once, under unique keys that make safe ids', () => {
    fc.assert(
      fc.property(works, fc.constantFrom(...SORT_MODES), fc.constantFrom(...GROUP_MODES), (list, sort, by) => {
        const s = sortedEntries(prepared(list), sort);
        const groups = groupEntries(s, by, sort);
        const flat = groups.flatMap((g) => g.entries);
        expect([...ids(flat)].sort()).to.deep.equal([...ids(s)].sort());
        for (const g of groups) {
          // Inside a group, the sort order of the list is kept.
          const pos = g.entries.map((e) => s.indexOf(e));
          expect(pos).to.deep.equal([...pos].sort((a, b) => a - b));
          expect(slug(g.key)).to.match(/^[a-z0-9-]*$/);
        }
        expect(new Set(groups.map((g) => g.key)).size).to.equal(groups.length);
        if (by === 'year') {
          const years = groups.map((g) => g.key).filter((k) => k !== 'nd').map(Number);
          expect(years).to.deep.equal([...years].sort((a, b) => (sort === 'oldest' ? a - b : b - a)));
          if (groups.some((g) => g.key === 'nd')) expect(groups[groups.length - 1]!.key).to.equal('nd');
        }
      }),
      { numRuns: 300 },
    );
  });
});
