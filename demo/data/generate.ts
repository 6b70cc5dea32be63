/**
 * Deterministic generated profiles for the demo, the benchmarks and the tests: a lab with
 * thousands of works, or a network with thousands of people. Same seed, same profile.
 */
import type { ProfileInput } from '../../src/data/schema.js';

/** mulberry32: a small, fast, seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = ['Ada', 'Bo', 'Chiara', 'Dmitri', 'Esi', 'Farah', 'Goran', 'Hana', 'Ines', 'Jun', 'Kwame', 'Lena', 'Mateo', 'Nadia', 'Oren', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tomás', 'Uma', 'Viktor', 'Wen', 'Ximena', 'Yusuf', 'Zofia'];
const FAMILY = ['Okafor', 'Lindqvist', 'Moretti', 'Ivanov', 'Mensah', 'Haddad', 'Petrović', 'Sato', 'García', 'Chen', 'Asante', 'Fischer', 'Rossi', 'Kowalski', 'Levi', 'Raman', 'Dubois', 'Silva', 'Berg', 'Núñez', 'Iyer', 'Novak', 'Zhang', 'López', 'Demir', 'Wiśniewska'];
const WORDS = ['graph', 'learning', 'protein', 'folding', 'scalable', 'inference', 'climate', 'model', 'citation', 'network', 'bayesian', 'survey', 'genome', 'assembly', 'distributed', 'training', 'sparse', 'attention', 'ocean', 'sensor', 'causal', 'discovery', 'open', 'science', 'metadata', 'robust', 'federated', 'privacy', 'quantum', 'chemistry'];
const TOPICS = ['Machine learning', 'Bioinformatics', 'Climate science', 'Scientometrics', 'Distributed systems', 'Statistics', 'Oceanography', 'Quantum chemistry', 'Privacy', 'Open science', 'Genomics', 'Computer vision'];
const VENUES = ['Nature', 'PLOS ONE', 'arXiv', 'NeurIPS', 'Bioinformatics', 'Scientometrics', 'Journal of Climate', 'ICML', 'eLife', 'ACM Computing Surveys'];
const TYPES = ['article', 'article', 'article', 'preprint', 'proceedings-article', 'book-chapter', 'dataset', 'review'];
const COUNTRIES = ['GB', 'DE', 'NG', 'JP', 'BR', 'US', 'IN', 'SE', 'GH', 'CN', 'FR', 'PL'];

export interface GenerateOptions {
  works?: number;
  people?: number;
  topics?: number;
  institutions?: number;
  /** Co-authors per work: [min, max]. */
  authorsPerWork?: [number, number];
  seed?: number;
}

/** A lab profile: `works` works by the researcher and `people` co-authors. */
export function generateProfile(opts: GenerateOptions = {}): ProfileInput {
  const { works = 100, people = Math.max(4, Math.round(works / 2)), topics = 12, institutions = 10, authorsPerWork = [1, 6], seed = 1 } = opts;
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const insts = Array.from({ length: institutions }, (_, i) => ({
    id: `inst-${i}`,
    name: `${pick(['University of', 'Institute for', 'Centre for'])} ${pick(WORDS).replace(/^./, (c) => c.toUpperCase())} ${i}`,
    country: pick(COUNTRIES),
  }));
  const topicList = Array.from({ length: topics }, (_, i) => ({ id: `topic-${i}`, name: TOPICS[i % TOPICS.length]! + (i >= TOPICS.length ? ` ${i}` : '') }));
  const peopleList = Array.from({ length: people }, (_, i) => ({
    id: `person-${i}`,
    name: `${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]}${i >= GIVEN.length * FAMILY.length ? ` ${i}` : ''}`,
    institutions: [insts[Math.floor(r() * insts.length)]!.id],
  }));
  const workList = Array.from({ length: works }, (_, i) => {
    const n = authorsPerWork[0] + Math.floor(r() * (authorsPerWork[1] - authorsPerWork[0] + 1));
    // Co-authors cluster: most papers draw from a neighbourhood of people, a few from anywhere.
    const centre = Math.floor(r() * people);
    const coauthors = new Set<number>();
    while (coauthors.size < Math.min(n, people)) {
      const near = r() < 0.8;
      coauthors.add(near ? (centre + Math.floor(r() * 8)) % people : Math.floor(r() * people));
    }
    const authors = [...coauthors].map((p) => ({ name: peopleList[p]!.name, id: peopleList[p]!.id }));
    authors.splice(Math.floor(r() * (authors.length + 1)), 0, { name: 'Ada Okafor', id: 'ada-okafor' });
    const title = Array.from({ length: 4 + Math.floor(r() * 6) }, () => pick(WORDS)).join(' ');
    return {
      id: `work-${i}`,
      type: pick(TYPES),
      year: 2000 + Math.floor(r() * 26),
      venue: pick(VENUES),
      title: title.charAt(0).toUpperCase() + title.slice(1),
      abstract: Array.from({ length: 30 + Math.floor(r() * 60) }, () => pick(WORDS)).join(' ') + '.',
      doi: `10.5555/gen.${seed}.${i}`,
      citations: Math.floor(r() ** 3 * 400),
      authors,
      topics: [pick(topicList).id, pick(topicList).id].filter((t, j, a) => a.indexOf(t) === j),
    };
  });
  return {
    version: 1,
    id: 'ada-okafor',
    name: 'Ada Okafor',
    headline: 'Generated profile for demos and benchmarks.',
    affiliation: { name: insts[0]!.name },
    openToCollaborate: true,
    trust: { score: 72, label: 'Verified', level: 2, claimed: true },
    counts: { followers: 128 },
    links: {},
    works: workList,
    topics: topicList,
    people: peopleList,
    institutions: insts,
  };
}
