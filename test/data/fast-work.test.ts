/**
 * Works and authors checked by hand (src/data/fast-work.ts) against the general code they stand in
 * for: the field caps and normalization (`capFields`) then valibot itself. Whenever the hand-written
 * check takes an item, the general code must take it too, with no warning, and give the same
 * object (same keys in the same order, `undefined`-valued keys included); otherwise it must leave
 * the item to the general code. Generated works mix valid and invalid values of every field, text
 * with markup, references, TeX and stray white space, DOIs and ORCID iDs in every form, and text
 * just under and over its limit.
 */
import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import fc from '../helpers/fc.js';
import { fastAuthor, fastWork } from '../../src/data/fast-work.js';
import { AUTHOR_FIELDS, WORK_FIELDS, WORK_LISTS, capFields } from '../../src/data/limits.js';
import { AuthorSchema, TEXT_LIMITS, WorkSchema } from '../../src/data/schema.js';
import { validateProfile } from '../../src/data/validate.js';

/** A value with its key order and `undefined`-valued keys made visible (deep.equal ignores both). */
function shape(x: unknown): unknown {
  if (Array.isArray(x)) return ['array', x.length, ...x.map(shape)];
  if (x && typeof x === 'object') return ['object', ...Object.keys(x).map((k) => [k, k in x, shape((x as Record<string, unknown>)[k])])];
  if (typeof x === 'number' && Number.isNaN(x)) return 'NaN';
  return [typeof x, x];
}

const WorkShell = v.object({ ...WorkSchema.entries, authors: v.optional(v.array(v.unknown()), []) });

const texts = fc.constantFrom(
  'Plain title',
  'A &amp; B',
  '<i>Italic</i> and <sub>2</sub>',
  '  spaced   out  ',
  'Erd\\H{o}s and $\\alpha$',
  'Line\u0007break',
  '',
  'x'.repeat(TEXT_LIMITS.name),
  'x'.repeat(TEXT_LIMITS.name + 1),
  'x'.repeat(TEXT_LIMITS.type + 1),
  'x'.repeat(TEXT_LIMITS.topic + 1),
  'x'.repeat(TEXT_LIMITS.venue + 1),
  'x'.repeat(TEXT_LIMITS.title + 1),
  `${'y'.repeat(TEXT_LIMITS.title)}&amp;`,
  'x'.repeat(TEXT_LIMITS.id + 1),
);
const dois = fc.constantFrom('10.1000/j.1', 'https://doi.org/10.1000/ABC', 'doi:10.48550/arXiv.2401.1', ' 10.1000/x ', 'not a doi', `10.1000/${'d'.repeat(TEXT_LIMITS.doi)}`, 'https://doi.org/10.1000/a%20b');
const orcids = fc.constantFrom('0000-0002-1825-0097', `${'x'.repeat(TEXT_LIMITS.orcid)} 0000-0002-1825-0097`, 'https://orcid.org/0000-0002-1825-009x', '0000-0002-1825-009X', 'bad orcid', 'x'.repeat(TEXT_LIMITS.orcid + 1));
const odd = fc.constantFrom(undefined, null, 0, -1, 1.5, Number.NaN, true, [], {});
const string = fc.oneof({ arbitrary: texts, weight: 4 }, { arbitrary: fc.string({ maxLength: 6 }), weight: 2 }, { arbitrary: odd, weight: 1 });

/** A record whose keys are each sometimes missing (and, through `odd`, sometimes `undefined`). */
const some = (fields: Record<string, fc.Arbitrary<unknown>>, required: string[] = []) =>
  fc.oneof({ arbitrary: fc.record(fields, { requiredKeys: required }), weight: 9 }, { arbitrary: fc.record(fields, { requiredKeys: [] }), weight: 1 });

const author = fc.oneof(
  { arbitrary: some({ name: string, id: fc.oneof(fc.constantFrom('A1', 'x', ''), string), orcid: fc.oneof(orcids, odd), extra: fc.constant(1) }, ['name']), weight: 9 },
  { arbitrary: odd, weight: 1 },
);

/** Mostly a good value, sometimes anything. */
const mostly = (good: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: good, weight: 12 }, { arbitrary: fc.oneof(string, odd), weight: 1 });
const fine = fc.constantFrom('Plain title', 'A &amp; B', '<i>Italic</i> and <sub>2</sub>', '  spaced   out  ', 'Erd\\H{o}s', '', 'x'.repeat(TEXT_LIMITS.type));

const work = some(
  {
    id: mostly(fc.constantFrom('W1', 'w-2', '')),
    type: mostly(fc.constantFrom('article', 'Journal Article', ' preprint ', null)),
    year: mostly(fc.oneof(fc.integer({ min: -3, max: 3000 }), fc.constant(null))),
    venue: mostly(fine),
    title: mostly(fine),
    abstract: mostly(fine),
    doi: mostly(dois),
    url: mostly(fc.constantFrom('https://example.org/w', null)),
    citations: mostly(fc.oneof(fc.integer({ min: -1, max: 3000 }), fc.constant(null))),
    authors: mostly(fc.array(author, { maxLength: 4 })),
    authorsTruncated: mostly(fc.boolean()),
    topics: mostly(fc.array(fc.oneof(fine, string), { maxLength: 3 })),
    stray: fc.constant('dropped'),
  },
  ['id', 'title', 'year', 'authors'],
);

/** Works merged before (with `versions`, `members` or `sources`): left to the general code. */
const merged = work.chain((w) =>
  fc
    .record(
      {
        versions: fc.constantFrom([{ kind: 'preprint', id: 'W9', year: 2020, venue: 'arXiv', doi: '10.48550/arxiv.1', url: null }], [{ kind: 7 }], undefined),
        members: fc.constantFrom(['A1', 'A2'], [1]),
        sources: fc.constant(['https://example.org/a.json']),
      },
      { requiredKeys: [] },
    )
    .filter((r) => Object.keys(r).length > 0)
    .map((r) => ({ ...(w as object), ...r })),
);

describe('validation of works and authors by hand (fast-work.ts)', () => {
  it('takes an author only when the general code would, and makes the same one', () => {
    let taken = 0;
    fc.assert(
      fc.property(author, (a) => {
        const fast = fastAuthor(a);
        if (!fast) return;
        taken++;
        const warnings: string[] = [];
        const general = v.safeParse(AuthorSchema, capFields(a, AUTHOR_FIELDS, ['a'], warnings));
        expect(warnings).to.deep.equal([]);
        expect(general.success).to.equal(true);
        expect(shape(fast)).to.deep.equal(shape(general.output));
      }),
      { numRuns: 1500 },
    );
    expect(taken).to.be.greaterThan(100);
  });

  it('takes a work only when the general code would, and makes the same one', () => {
    let taken = 0;
    fc.assert(
      fc.property(work, (w) => {
        const fast = fastWork(w);
        if (!fast) return;
        taken++;
        const warnings: string[] = [];
        const general = v.safeParse(WorkShell, capFields(w, WORK_FIELDS, ['w'], warnings, WORK_LISTS));
        expect(warnings).to.deep.equal([]);
        expect(general.success).to.equal(true);
        if (!general.success) return;
        // The authors are the caller's to check: the same items, in the same place.
        expect(fast.authors).to.deep.equal(general.output.authors);
        fast.authors.forEach((a, i) => expect(Object.is(a, general.output.authors[i])).to.equal(true));
        expect(shape({ ...fast.work })).to.deep.equal(shape({ ...general.output, authors: [] }));
      }),
      { numRuns: 3000 },
    );
    expect(taken).to.be.greaterThan(100);
  });

  it('leaves works merged before to the general code', () => {
    fc.assert(
      fc.property(merged, (w) => {
        expect(fastWork(w)).to.equal(null);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves the rest to the general code, which names the problem', () => {
    const r = validateProfile({
      version: 1,
      id: 'p',
      name: 'P',
      works: [
        { id: 'w1', title: 'A &amp; B', doi: 'https://doi.org/10.1000/X', authors: [{ name: '<b>Ann</b> Lee', orcid: 'https://orcid.org/0000-0002-1825-0097' }, { name: 'Bo', orcid: 'bad' }, { name: 7 }] },
        { id: 'w2', doi: 'not a doi' },
        { id: 'w3', title: 'x'.repeat(TEXT_LIMITS.title + 5) },
      ],
    });
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.profile.works[0]).to.deep.equal({ id: 'w1', title: 'A & B', doi: '10.1000/X', authors: [{ name: 'Ann Lee', orcid: '0000-0002-1825-0097' }, { name: 'Bo' }] });
    expect(r.profile.works.map((w) => w.id)).to.deep.equal(['w1', 'w2', 'w3']);
    expect(r.profile.works[1]).to.deep.equal({ id: 'w2', authors: [] });
    expect(r.profile.works[2]!.title).to.have.length(TEXT_LIMITS.title);
    expect(r.warnings).to.deep.equal([
      'works[0].authors[1].orcid: not a valid ORCID iD ("bad"), dropped',
      'works[0].authors[2].name: expected a string (item dropped)',
      'works[1].doi: not a DOI ("not a doi"), dropped',
      'works[2].title: longer than 1,000 characters (1,005), cut',
    ]);
  });
});
