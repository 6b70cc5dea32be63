/**
 * OpenAlex and ORCID faked at the network layer (a stubbed `fetch` that counts every request) for
 * the tests of merged sources: Jason Priem's recorded OpenAlex author and works page
 * (../shared/fixtures, served by the test server) and the small ORCID record written for the
 * project (`priem-orcid.ts`).
 */
import { fakeFetch, type FakeFetch, type FakeRoute } from '../../helpers/fake-fetch.js';
import { fixturesOrSkip } from '../adapters/fixtures.js';
import { PRIEM_ORCID, priemOrcidRecord } from './priem-orcid.js';

type Json = Record<string, any>;

export const PRIEM_OPENALEX = 'A5023888391';

export interface Recorded {
  author: Json;
  page: Json;
}

/** The recorded responses, or the test block is skipped saying why. */
export async function recordedPriem(ctx: Mocha.Context): Promise<Recorded> {
  const [a, w] = await fixturesOrSkip(ctx, 'openalex/author-A5023888391-jason-priem.json', 'openalex/works-author-A5023888391-jason-priem-page1.json');
  return { author: JSON.parse(a!), page: JSON.parse(w!) };
}

export interface ServeOptions {
  /** The OpenAlex author answered for any lookup (default: the recorded one); null: 404. */
  author?: Json | null;
  /** The ORCID record (default: the one written for the project); null: 404. */
  orcid?: Json | null;
  /** Other routes (a .bib file, …). */
  extra?: Record<string, FakeRoute>;
}

/**
 * Fakes api.openalex.org (`/authors/A…`, `/authors/orcid:…`, `/works?filter=author.id:…`, one
 * page as recorded: no next cursor) and pub.orcid.org (`/v3.0/{iD}/record`).
 */
export function serveApis(rec: Recorded, opts: ServeOptions = {}): FakeFetch {
  const author = opts.author === undefined ? rec.author : opts.author;
  const orcid = opts.orcid === undefined ? priemOrcidRecord : opts.orcid;
  return fakeFetch({
    ...Object.fromEntries(Object.entries(opts.extra ?? {}).map(([k, v]) => [k, v])),
    'https://api.openalex.org/authors/': () => (author ? { body: author } : { status: 404, body: { error: 'Not Found', message: 'author not found' } }),
    'https://api.openalex.org/works?': (url: string): FakeRoute => {
      const filter = new URL(url).searchParams.get('filter');
      const id = String(author?.id ?? '').split('/').pop();
      return filter === `author.id:${id}` ? { body: { meta: { ...rec.page.meta, next_cursor: null }, results: rec.page.results } } : { status: 400, body: { error: `unexpected ${filter}` } };
    },
    [`https://pub.orcid.org/v3.0/${PRIEM_ORCID}/record`]: () => (orcid ? { body: orcid } : { status: 404, body: { 'developer-message': 'Not found' } }),
  });
}

/** Requests by kind: OpenAlex author lookups (by id or by ORCID iD), works list calls, other list calls, ORCID. */
export function countsOf(fake: FakeFetch) {
  const openalex = fake.calls.filter((c) => c.startsWith('https://api.openalex.org/'));
  return {
    byOrcid: openalex.filter((c) => /\/authors\/orcid(:|%3A)/i.test(c)).length,
    byId: openalex.filter((c) => /\/authors\/A\d+/.test(c)).length,
    works: openalex.filter((c) => /\/works\?/.test(c)).length,
    otherLists: openalex.filter((c) => !/\/authors\/(orcid(:|%3A)|A\d+)/i.test(c) && !/\/works\?/.test(c)).length,
    orcid: fake.calls.filter((c) => c.includes('orcid.org/')).length,
    total: fake.calls.length,
  };
}
