// A synthetic department for the group benchmarks, as plain data (no library code): 60 members,
// about 5,000 distinct works of which several hundred are shared between members (same OpenAlex
// id, same DOI, or the same title with different case and punctuation), and some preprints with
// their published versions; co-authors drawn from a pool of 2,000 people. Fixed seed.

function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'adaptive bayesian change clustering data detection distributed ensemble fusion graph kernel learning model multivariate network neural online privacy robust scalable selection sparse stream systems visual'.split(' ');

/** Raw member profiles (profile format v1) and a roster whose members point at `base + id + .json`. */
export function department(members = 60, distinct = 5000, shared = 400, preprints = 150, base = 'https://lab.example.org/people/') {
  const r = rng(42);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const people = Array.from({ length: 2000 }, (_, i) => ({ name: `Person${i} ${pick(['Smith', 'Chen', 'García', 'Müller', 'Okafor', 'Ivanova'])}${i}`, id: `A9${i}` }));
  const ids = Array.from({ length: members }, (_, i) => `A1${String(i).padStart(3, '0')}`);
  const lists = ids.map(() => []);
  for (let w = 0; w < distinct; w++) {
    const owner = w % members;
    const title = Array.from({ length: 6 + Math.floor(r() * 6) }, () => pick(WORDS)).join(' ') + ` ${w}`;
    const year = 1995 + Math.floor(r() * 30);
    const authors = [{ name: `Member ${ids[owner]}`, id: ids[owner] }, ...Array.from({ length: 2 + Math.floor(r() * 6) }, () => pick(people))];
    const work = { id: `W${w + 1}`, title, year, type: 'article', venue: 'Journal', doi: r() < 0.8 ? `10.1000/j.${w}` : null, citations: Math.floor(r() * 200), authors };
    lists[owner].push(work);
    if (w < shared) {
      // The same work in another member's list: by id, by DOI, or by title alone.
      const other = (owner + 1 + Math.floor(r() * (members - 1))) % members;
      const kind = w % 3;
      const copy =
        kind === 0
          ? { ...work }
          : kind === 1
            ? { ...work, id: `bib:${w}`, doi: work.doi ? `https://doi.org/${work.doi.toUpperCase()}` : null }
            : { ...work, id: `bib:${w}`, doi: null, title: title.toUpperCase() + '.', year: year + 1 };
      copy.authors = [...authors, { name: `Member ${ids[other]}`, id: ids[other] }];
      lists[other].push(copy);
    } else if (w < shared + preprints) {
      lists[owner].push({ ...work, id: `W9${w}`, type: 'preprint', venue: 'arXiv', doi: `10.48550/arxiv.${w}`, year: year - 1 });
    }
  }
  const profiles = ids.map((id, i) => ({ version: 1, id, name: `Member ${id}`, links: { profile: `${base}${id}` }, works: lists[i] }));
  const roster = {
    version: 1,
    kind: 'group',
    id: 'dept',
    name: 'Department of Examples',
    members: ids.map((id, i) => ({ src: `${base}${id}.json`, role: i === 0 ? 'lead' : 'member' })),
  };
  return { roster, profiles, inputWorks: profiles.reduce((n, p) => n + p.works.length, 0) };
}
