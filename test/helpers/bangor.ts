/**
 * A real department (Bangor University) from the recorded OpenAlex responses in
 * ../shared/fixtures/openalex: Ludmila Kuncheva, Joseph Mearman and William Faithfull (Faithfull
 * and Kuncheva co-wrote four of Faithfull's six works), a roster of the three, and a fake
 * `api.openalex.org` that answers `/authors/A…` lookups and batched `/works?filter=author.id:A1|A2`
 * list calls from the recordings (cursor-paged). Skipped with a message when the fixtures are absent.
 */
import { fixturesOrSkip } from '../data/adapters/fixtures.js';
import { fakeFetch, type FakeFetch, type FakeRoute } from './fake-fetch.js';

type Json = Record<string, any>;

export const KUNCHEVA = 'A5039168231';
export const MEARMAN = 'A5017898742';
export const FAITHFULL = 'A5017572309';

/** The three as a roster (a sample written for the project). */
export const bangorRoster = {
  version: 1,
  kind: 'group',
  id: 'bangor-cs',
  name: 'Machine learning and visualisation, Bangor (sample roster)',
  members: [
    { src: `https://api.openalex.org/authors/${MEARMAN}`, role: 'member' },
    { src: `https://api.openalex.org/authors/${FAITHFULL}`, role: 'alumni', name: 'Will Faithfull' },
    { src: `https://api.openalex.org/authors/${KUNCHEVA}`, role: 'lead' },
  ],
};

/** The OpenAlex author ids of a recorded work's authors. */
export const authorIds = (w: Json): string[] => (w.authorships ?? []).map((a: Json) => String(a.author?.id ?? '').split('/').pop());

export interface Department {
  authors: Map<string, Json>;
  works: Json[];
}

/** The recorded author records and their works (each once); skips the test when absent. */
export async function loadDepartment(ctx: Mocha.Context): Promise<Department> {
  const texts = await fixturesOrSkip(
    ctx,
    `openalex/author-${KUNCHEVA}-ludmila-kuncheva.json`,
    `openalex/author-${MEARMAN}-joseph-mearman.json`,
    `openalex/author-${FAITHFULL}-william-faithfull.json`,
    `openalex/works-author-${KUNCHEVA}-ludmila-kuncheva-page1-results.json`,
    `openalex/works-author-${MEARMAN}-joseph-mearman-full-envelope.json`,
    `openalex/works-author-${FAITHFULL}-william-faithfull-page1-results.json`,
  );
  const [k, m, f, kw, mw, fw] = texts.map((t) => JSON.parse(t));
  const authors = new Map<string, Json>();
  for (const a of [k, m, f]) authors.set(String(a.id).split('/').pop()!, a);
  const seen = new Set<string>();
  const works = [...kw, ...mw.results, ...fw].filter((w: Json) => !seen.has(w.id) && seen.add(w.id));
  return { authors, works };
}

/**
 * The fake API and the roster at `rosterUrl`: author lookups (`missing` ones answer 404), list
 * calls filtered by author.id and paged by a cursor (`pageCap` works a page at most), or `works`
 * as every list call's answer.
 */
export function serveDepartment(dept: Department, rosterUrl: string, opts: { pageCap?: number; missing?: string[]; works?: FakeRoute } = {}): FakeFetch {
  const author = (url: string): FakeRoute => {
    const id = new URL(url).pathname.split('/').pop()!.toUpperCase();
    const a = dept.authors.get(id);
    return a && !opts.missing?.includes(id) ? { body: a } : { status: 404, body: { error: 'Not found', message: `Author ${id} not found` } };
  };
  const list = (url: string): FakeRoute => {
    if (opts.works) return opts.works;
    const q = new URL(url).searchParams;
    const filter = /^author\.id:(.+)$/.exec(q.get('filter') ?? '');
    if (!filter) return { status: 400, body: { error: 'unexpected filter' } };
    const ids = new Set(filter[1]!.split('|').map((s) => s.toUpperCase()));
    const matching = dept.works.filter((w) => authorIds(w).some((a) => ids.has(a)));
    const perPage = Math.min(Number(q.get('per_page') ?? 25), opts.pageCap ?? 200);
    const start = q.get('cursor') === '*' ? 0 : Number(q.get('cursor'));
    const end = start + perPage;
    return { body: { meta: { count: matching.length, per_page: perPage, next_cursor: end < matching.length ? String(end) : null }, results: matching.slice(start, end) } };
  };
  return fakeFetch({ [rosterUrl]: { body: bangorRoster }, 'https://api.openalex.org/authors/': author, 'https://api.openalex.org/works?': list });
}
