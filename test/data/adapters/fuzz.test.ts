/**
 * API responses are untrusted: whatever OpenAlex, ORCID or a .bib file sends — fields missing,
 * of the wrong type, null, renamed — an adapter either gives a profile that the validator accepts
 * or throws a ProfileLoadError with a message; never a TypeError from deep inside the mapping.
 * The samples are small ones written for the project, in each source's real shape.
 */
import { expect } from '@open-wc/testing';
import fc from '../../helpers/fc.js';
import { parseOpenAlex } from '../../../src/data/adapters/openalex-map.js';
import { parseOrcid } from '../../../src/data/adapters/orcid-map.js';
import { parseBibtex } from '../../../src/data/adapters/bibtex-map.js';
import { ProfileLoadError } from '../../../src/data/errors.js';
import { validateProfile } from '../../../src/data/validate.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const openAlex: Json = {
  author: {
    id: 'https://openalex.org/A5000000001',
    orcid: 'https://orcid.org/0000-0002-1825-0097',
    display_name: 'Ada Example',
    works_count: 2,
    cited_by_count: 30,
    summary_stats: { h_index: 2 },
    last_known_institutions: [{ id: 'https://openalex.org/I1', display_name: 'Uni A', country_code: 'GB', ror: 'https://ror.org/01' }],
    topics: [{ id: 'https://openalex.org/T1', display_name: 'Hydrology', count: 2 }],
  },
  works: [
    {
      id: 'https://openalex.org/W1',
      doi: 'https://doi.org/10.1/one',
      title: 'Floods <i>and</i> droughts',
      publication_year: 2021,
      type: 'article',
      cited_by_count: 20,
      primary_location: { landing_page_url: 'https://example.org/w1', source: { display_name: 'J. Hydrology' } },
      abstract_inverted_index: { Rivers: [0], rise: [1] },
      is_authors_truncated: false,
      authorships: [
        { author: { id: 'https://openalex.org/A5000000001', display_name: 'Ada Example', orcid: null }, institutions: [{ id: 'https://openalex.org/I1', display_name: 'Uni A' }] },
        { author: { id: 'https://openalex.org/A2', display_name: 'Bo Ng', orcid: 'https://orcid.org/0000-0001-0000-0002' }, institutions: [] },
      ],
      topics: [{ id: 'https://openalex.org/T1', display_name: 'Hydrology' }],
    },
  ],
};

const orcid: Json = {
  'orcid-identifier': { path: '0000-0002-1825-0097' },
  person: {
    name: { 'given-names': { value: 'Josiah' }, 'family-name': { value: 'Carberry' }, 'credit-name': null },
    biography: { content: 'Psychoceramics.\n\nMore.' },
    keywords: { keyword: [{ content: 'ceramics, cracks' }] },
  },
  'activities-summary': {
    employments: {
      'affiliation-group': [
        { summaries: [{ 'employment-summary': { organization: { name: 'Brown University', address: { country: 'us' } }, 'start-date': { year: { value: '2001' } }, 'end-date': null } }] },
      ],
    },
    works: {
      group: [
        {
          'external-ids': { 'external-id': [{ 'external-id-type': 'doi', 'external-id-value': '10.1/cracked' }] },
          'work-summary': [
            {
              'put-code': 1,
              title: { title: { value: 'Cracked pots' } },
              'publication-date': { year: { value: '2020' } },
              type: 'journal-article',
              'journal-title': { value: 'J. Ceramics' },
              'external-ids': { 'external-id': [{ 'external-id-type': 'doi', 'external-id-value': '10.1/cracked' }] },
            },
          ],
        },
      ],
    },
  },
};

/** Every path to a value inside `v`, the root excluded. */
function paths(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(v)) v.forEach((x, i) => (out.push([...at, i]), paths(x, [...at, i], out)));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push([...at, k]), paths(x, [...at, k], out);
  return out;
}

type Edit = { at: number; how: 'delete' | 'null' | 'replace'; value: Json };

/** `sample` with the edits applied, each at one of its paths (a path an earlier edit removed is skipped). */
function mutate(sample: Json, edits: Edit[]): Json {
  const copy = structuredClone(sample) as Json;
  const all = paths(sample);
  for (const e of edits) {
    const path = all[e.at % all.length]!;
    let parent: any = copy;
    for (const k of path.slice(0, -1)) {
      parent = parent?.[k];
      if (parent === null || typeof parent !== 'object') break;
    }
    if (parent === null || typeof parent !== 'object') continue;
    const last = path[path.length - 1]!;
    if (e.how === 'delete') Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last];
    // A copy: a later edit may reach inside it, and must not change (or loop) fast-check's value.
    else parent[last] = e.how === 'null' ? null : structuredClone(e.value);
  }
  return copy;
}

const edits = fc.array(
  fc.record({
    at: fc.nat(),
    how: fc.constantFrom('delete' as const, 'null' as const, 'replace' as const),
    value: fc.oneof(fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, fc.constantFrom<Json>('', 0, -1, 1e308, [], {}, 'javascript:alert(1)', '<img src=x onerror=alert(1)>')),
  }),
  { minLength: 1, maxLength: 6 },
);

/** A profile the validator accepts, or a ProfileLoadError: nothing else. */
function mapsOrRefuses(parse: () => unknown): void {
  let profile: unknown;
  try {
    profile = (parse() as { profile: unknown }).profile;
  } catch (err) {
    expect(err, String((err as Error)?.stack ?? err)).to.be.instanceOf(ProfileLoadError);
    expect((err as Error).message).to.be.a('string').and.not.equal('');
    return;
  }
  const r = validateProfile(profile);
  expect(r.ok, r.ok ? '' : r.errors.join('; ')).to.be.true;
}

describe('source adapters: any damaged response', function () {
  // Hundreds of generated cases: a slow CI machine needs more than the default 15 s.
  this.timeout(90000);
  // The adapters warn about what they drop; hundreds of damaged inputs would flood the log.
  const warn = console.warn;
  before(() => (console.warn = () => {}));
  after(() => (console.warn = warn));

  it('the samples themselves map cleanly', () => {
    const a = validateProfile(parseOpenAlex(JSON.stringify(openAlex)).profile);
    expect(a.ok && a.profile.works.length).to.equal(1);
    const o = validateProfile(parseOrcid(JSON.stringify(orcid)).profile);
    expect(o.ok && o.profile.name).to.equal('Josiah Carberry');
  });

  it('OpenAlex: an author and works with fields missing, null or of another type', () => {
    fc.assert(fc.property(edits, (e) => mapsOrRefuses(() => parseOpenAlex(JSON.stringify(mutate(openAlex, e))))), { numRuns: 400 });
  });

  it('ORCID: a record with fields missing, null or of another type', () => {
    fc.assert(fc.property(edits, (e) => mapsOrRefuses(() => parseOrcid(JSON.stringify(mutate(orcid, e))))), { numRuns: 400 });
  });

  it('OpenAlex and ORCID: any JSON at all, and text that is not JSON', () => {
    const anything = fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), fc.string({ maxLength: 40 }));
    fc.assert(
      fc.property(anything, (text) => {
        mapsOrRefuses(() => parseOpenAlex(text));
        mapsOrRefuses(() => parseOrcid(text));
      }),
      { numRuns: 300 },
    );
  });

  it('BibTeX: any text, and entries cut or garbled anywhere', () => {
    const bib = `@string{j = "J. Hydrology"}\n@article{a1, author = {Str{\\"o}m, {\\AA}sa and Ng, Bo}, title = {Floods {and} droughts}, journal = j, year = 2021, doi = {10.1/x}}\n@book{b2, title = {B}, year = {19x9}}`;
    const garbled = fc.tuple(fc.nat(bib.length), fc.nat(bib.length), fc.string({ maxLength: 6 })).map(([i, j, s]) => bib.slice(0, Math.min(i, j)) + s + bib.slice(Math.max(i, j)));
    // Made of what BibTeX syntax is made of, `%` comments included (one reaching the end of the text
    // used to hang the parser).
    const syntax = fc.string({ unit: fc.constantFrom('@', 'b', '{', '}', '%', ',', '=', '"', '\n', ' ', 'x', '#', '(', ')', '\\'), maxLength: 40 });
    fc.assert(fc.property(fc.oneof(garbled, syntax, fc.string({ maxLength: 60 })), (text) => mapsOrRefuses(() => parseBibtex(text))), { numRuns: 500 });
  });
});
