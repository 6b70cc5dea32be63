/**
 * The merge as rewritten for a visitor's cold page (issue 10 "Speed") against a straightforward
 * implementation of the same rules (`reference-merge.ts`, `../group/reference-model.ts`: the code
 * as it was before), on generated data with a fixed seed: lists that share works by DOI (written
 * in every way), by work id, by title (case, punctuation, accents, markup; authors by ORCID iD,
 * OpenAlex id or name; years apart or not), preprints and published versions, linked versions,
 * generic titles, topics, truncated author lists, ids that repeat. The outputs must be equal,
 * work for work and field for field, and the inputs unchanged.
 */
import { expect } from '@open-wc/testing';
import { mergeWorks, type WorkList } from '../../../src/data/merge/works.js';
import { buildGroup, type MemberResult } from '../../../src/data/group/model.js';
import { validateGroup } from '../../../src/data/group/validate.js';
import { validateProfile } from '../../../src/data/validate.js';
import type { Author, Work } from '../../../src/data/schema.js';
import { referenceMergeWorks } from './reference-merge.js';
import { referenceBuildGroup } from '../group/reference-model.js';
import { rng } from '../../helpers/rng.js';

const WORDS = ['graph', 'Über', 'große', 'learning', 'streams', 'ensemble', 'kernel', 'privacy', 'Łódź', 'change', 'detection', 'online'];
const GENERIC = ['Editorial', 'Introduction.', 'Reply', 'Erratum'];
const FAMILIES = ['Kuncheva', 'Müller', 'García', 'Chen', 'Ødegaard', 'Smith'];
const GIVEN = ['Ludmila', 'Anna', 'José', 'Wei', 'Bjørn', 'John'];

/** Generated lists of works sharing some works in many ways (fixed seed per case). */
function generate(seed: number): WorkList[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const people: Author[] = Array.from({ length: 30 }, (_, i) => {
    const family = pick(FAMILIES);
    const given = pick(GIVEN);
    const a: Author = { name: r() < 0.3 ? `${family}, ${given}` : r() < 0.5 ? `${given.charAt(0)}. ${family}` : `${given} ${family}` };
    if (r() < 0.6) a.id = r() < 0.9 ? `A${100 + i}` : `person-${i}`;
    if (r() < 0.3) a.orcid = `0000-0002-${String(1000 + i).padStart(4, '0')}-000${i % 10}`;
    return a;
  });
  const base: Work[] = Array.from({ length: 60 }, (_, w) => {
    const title = r() < 0.08 ? pick(GENERIC) : Array.from({ length: 2 + Math.floor(r() * 4) }, () => pick(WORDS)).join(' ') + (r() < 0.7 ? ` ${w}` : '');
    const work: Work = { id: r() < 0.5 ? `W${w + 1}` : r() < 0.5 ? `${900000 + w}` : `key${w % 20}`, title, year: r() < 0.1 ? null : 2000 + Math.floor(r() * 5), authors: Array.from({ length: Math.floor(r() * 4) }, () => pick(people)) } as Work;
    if (r() < 0.6) work.doi = `10.1000/j.${w}${r() < 0.1 ? '.' : ''}`;
    if (r() < 0.2) Object.assign(work, r() < 0.5 ? { type: 'preprint' } : { venue: r() < 0.5 ? 'arXiv' : 'bioRxiv' });
    if (r() < 0.1) work.doi = `10.48550/arxiv.${w}`;
    if (r() < 0.3) work.citations = Math.floor(r() * 50);
    if (r() < 0.2) work.topics = [pick(['t1', 't2', 't3']), pick(['t1', 't4'])];
    if (r() < 0.1) work.authorsTruncated = true;
    if (r() < 0.1) work.url = `https://example.org/w/${w}`;
    if (r() < 0.08) work.versions = [{ kind: 'preprint', id: `W8${w}`, year: 2001, venue: 'arXiv', doi: r() < 0.5 ? `10.48550/arxiv.v${w % 7}` : null, url: null }];
    return work;
  });
  const lists: WorkList[] = [];
  const nLists = 2 + Math.floor(r() * 5);
  for (let l = 0; l < nLists; l++) {
    const works: Work[] = [];
    for (let k = 0; k < 25; k++) {
      const w = structuredClone(pick(base));
      // The same work written differently in another list.
      const form = r();
      if (form < 0.15 && w.doi) w.doi = r() < 0.5 ? `https://doi.org/${w.doi.toUpperCase()}` : ` doi:${w.doi} `;
      else if (form < 0.25) w.id = r() < 0.5 ? `https://openalex.org/${w.id}` : ` ${w.id}`;
      else if (form < 0.4 && w.title) w.title = r() < 0.5 ? `${w.title.toUpperCase()}.` : `<i>${w.title}</i>`;
      if (r() < 0.3 && w.year != null) w.year += r() < 0.5 ? 1 : 2;
      if (r() < 0.3) w.authors = [...w.authors, pick(people)];
      if (r() < 0.15) w.id = `bib${k}`;
      if (r() < 0.1) w.sources = [`earlier-${l}`, 'shared'];
      if (r() < 0.1) w.members = [`m${l}`];
      works.push(w);
    }
    lists.push({ id: r() < 0.1 ? 'dup' : `list-${l}`, works, ...(r() < 0.6 ? { owner: pick(people) } : {}) });
  }
  return lists;
}

describe('mergeWorks: the same output as a straightforward implementation of the rules', () => {
  for (const field of ['sources', 'members'] as const) {
    it(`on 200 generated cases (field ${field})`, () => {
      let merged = 0;
      for (let seed = 1; seed <= 200; seed++) {
        const lists = generate(seed);
        const before = structuredClone(lists);
        const expected = referenceMergeWorks(structuredClone(lists), { field });
        const actual = mergeWorks(lists, { field });
        expect(actual, `seed ${seed}`).to.deep.equal(expected);
        expect(lists, `seed ${seed}: the input is not changed`).to.deep.equal(before);
        merged += lists.reduce((n, l) => n + l.works.length, 0) - actual.length;
      }
      // The generated data exercises the rules: many works merge.
      expect(merged).to.be.greaterThan(2000);
    });
  }

  it('merges by title, keeps preprints as versions and generic titles apart, as the reference does', () => {
    let titled = 0;
    let versions = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const out = mergeWorks(generate(seed));
      titled += out.filter((w) => (w.sources ?? []).length > 1 && w.title && /[A-Z]{4}|<i>/.test(w.title)).length;
      versions += out.filter((w) => w.versions?.some((v) => v.kind === 'preprint')).length;
    }
    expect(titled).to.be.greaterThan(0);
    expect(versions).to.be.greaterThan(100);
  });
});

describe('mergeWorks: titles are told apart by their keys, not only their hashes', () => {
  it('keeps two titles whose hashes are equal apart, and merges each with its own', () => {
    // "urbanurbanstudy485" and "studymodelstudy3150" have the same 32-bit FNV-1a hash.
    const ann: Author = { name: 'Ann Lee', id: 'A1' };
    const w = (id: string, title: string): Work => ({ id, title, year: 2020, authors: [ann] }) as Work;
    const lists: WorkList[] = [
      { id: 'a', works: [w('k1', 'Urban urban study 485'), w('k2', 'Study model study 3150')] },
      { id: 'b', works: [w('k3', 'STUDY MODEL STUDY 3150.'), w('k4', 'Urban, urban study (485)')] },
    ];
    const out = mergeWorks(lists);
    expect(out.map((x) => [x.title, x.sources])).to.deep.equal([
      ['Urban urban study 485', ['a', 'b']],
      ['Study model study 3150', ['a', 'b']],
    ]);
    expect(out).to.deep.equal(referenceMergeWorks(structuredClone(lists)));
  });
});

describe('buildGroup: the same group as a straightforward implementation', () => {
  it('on 50 generated groups (members, merged works, links, co-authors)', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const lists = generate(1000 + seed);
      const profiles = lists.map((l, i) => {
        const v = validateProfile({ version: 1, id: `A${100 + i}`, name: l.owner?.name ?? `Member ${i}`, works: l.works });
        if (!v.ok) throw new Error(v.errors.join('; '));
        return v.profile;
      });
      const roster = validateGroup(
        { version: 1, kind: 'group', id: 'g', name: 'G', members: profiles.map((p, i) => ({ src: `https://lab.example.org/${p.id}.json`, role: i === 0 ? 'lead' : 'member' })) },
        { base: 'https://lab.example.org/' },
      );
      if (!roster.ok) throw new Error(roster.errors.join('; '));
      const results = (): MemberResult[] => profiles.map((p) => ({ status: 'fulfilled', value: { src: null, profile: structuredClone(p), warnings: [] } }));
      const extraWorks = seed % 3 === 0 ? structuredClone(lists[0]!.works.slice(0, 5)) : undefined;
      const expected = referenceBuildGroup(roster.group, results(), { extraWorks });
      const actual = buildGroup(roster.group, results(), { extraWorks });
      expect(actual.works, `seed ${seed}`).to.deep.equal(expected.works);
      expect(actual.links, `seed ${seed}`).to.deep.equal(expected.links);
      expect(actual.coauthors, `seed ${seed}`).to.deep.equal(expected.coauthors);
      expect(actual.counts, `seed ${seed}`).to.deep.equal(expected.counts);
      expect(actual.links.length + actual.coauthors.length, `seed ${seed}`).to.be.greaterThan(0);
    }
  });
});
