// A synthetic department for the group benchmark: 60 members, about 5,000 distinct works of which
// several hundred are shared between members (same OpenAlex id, same DOI, or the same title with
// different case and punctuation), and some preprints with their published versions. Generated
// from a fixed seed; the profiles are validated before timing, as the loader hands them over.
import { buildGroup, type MemberResult } from '../../src/data/group/model.js';
import { validateGroup } from '../../src/data/group/validate.js';
import { mergeWorks } from '../../src/data/merge/works.js';
import { validateProfile } from '../../src/data/validate.js';
import type { Profile } from '../../src/data/schema.js';

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'adaptive bayesian change clustering data detection distributed ensemble fusion graph kernel learning model multivariate network neural online privacy robust scalable selection sparse stream systems visual'.split(' ');

export function department(members = 60, distinct = 5000, shared = 400, preprints = 150) {
  const r = rng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const people = Array.from({ length: 2000 }, (_, i) => ({ name: `Person${i} ${pick(['Smith', 'Chen', 'García', 'Müller', 'Okafor', 'Ivanova'])}${i}`, id: `A9${i}` }));
  const ids = Array.from({ length: members }, (_, i) => `A1${String(i).padStart(3, '0')}`);
  const lists: Record<string, unknown>[][] = ids.map(() => []);
  for (let w = 0; w < distinct; w++) {
    const owner = w % members;
    const title = Array.from({ length: 6 + Math.floor(r() * 6) }, () => pick(WORDS)).join(' ') + ` ${w}`;
    const year = 1995 + Math.floor(r() * 30);
    const authors = [{ name: `Member ${ids[owner]}`, id: ids[owner] }, ...Array.from({ length: 2 + Math.floor(r() * 6) }, () => pick(people))];
    const work = { id: `W${w + 1}`, title, year, type: 'article', venue: 'Journal', doi: r() < 0.8 ? `10.1000/j.${w}` : null, citations: Math.floor(r() * 200), authors };
    lists[owner]!.push(work);
    if (w < shared) {
      // The same work in another member's list: by id, by DOI, or by title alone.
      const other = (owner + 1 + Math.floor(r() * (members - 1))) % members;
      const kind = w % 3;
      const copy =
        kind === 0
          ? { ...work }
          : kind === 1
            ? { ...work, id: `bib:${w}`, doi: work.doi ? `https://doi.org/${work.doi!.toUpperCase()}` : null }
            : { ...work, id: `bib:${w}`, doi: null, title: title.toUpperCase() + '.', year: year + 1 };
      copy.authors = [...authors, { name: `Member ${ids[other]}`, id: ids[other] }];
      lists[other]!.push(copy);
    } else if (w < shared + preprints) {
      lists[owner]!.push({ ...work, id: `W9${w}`, type: 'preprint', venue: 'arXiv', doi: `10.48550/arxiv.${w}`, year: year - 1 });
    }
  }
  const profiles: Profile[] = ids.map((id, i) => {
    const v = validateProfile({ version: 1, id, name: `Member ${id}`, works: lists[i] });
    if (!v.ok) throw new Error(v.errors.join('; '));
    return v.profile;
  });
  const roster = validateGroup({ version: 1, kind: 'group', id: 'dept', name: 'Department', members: ids.map((id) => ({ src: `https://api.openalex.org/authors/${id}` })) });
  if (!roster.ok) throw new Error(roster.errors.join('; '));
  const results: MemberResult[] = profiles.map((p) => ({ status: 'fulfilled', value: { src: null, profile: p, warnings: [] } }));
  return { group: roster.group, results, profiles };
}

const data = department();
(window as any).groupBench = {
  ready: true,
  inputWorks: data.profiles.reduce((n, p) => n + p.works.length, 0),
  build() {
    const t0 = performance.now();
    const g = buildGroup(data.group, data.results);
    return { ms: performance.now() - t0, works: g.works.length, links: g.links.length, coauthors: g.coauthors.length };
  },
  merge() {
    const t0 = performance.now();
    const out = mergeWorks(data.profiles.map((p) => ({ id: p.id, works: p.works, owner: { name: p.name, id: p.id } })), { field: 'members' });
    return { ms: performance.now() - t0, works: out.length };
  },
};
