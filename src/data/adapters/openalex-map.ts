/**
 * OpenAlex → profile, loaded on demand by `openalex.ts`.
 *
 * Requests: `GET /authors/{id}`, then `GET /works?filter=author.id:{id}&select=…&per_page=100
 * &cursor=…` (cursor paging, newest first) until `maxWorks` (default 500) works or the last page.
 * `apiKey` (an option) is sent with every request as `api_key=`, as OpenAlex documents it (since
 * 13 February 2026 OpenAlex wants a key: single-entity lookups are free, list calls such as the
 * works pages are metered, keyless use gets a very small daily allowance). `mailto` (an option)
 * is sent too; it no longer changes OpenAlex's limits (the "polite pool" is gone).
 *
 * Partial data: when the author loaded but a works page then fails (after the HTTP layer's own
 * retries), the profile keeps the works loaded so far and a warning says so (see `warn`). A
 * failing author request is an error: there is nothing to show.
 *
 * Trust: an OpenAlex author is an open, algorithmically disambiguated record that nobody has
 * claimed, so it maps to `{claimed: false, level: 1}` with a score out of 100:
 *   10  a public OpenAlex author record
 *  +15  linked to an ORCID iD (an identifier the researcher controls)
 *  +10  a last known institution with a ROR id
 *  + 5  at least 5 works
 * (so at most 40: level 1 stays "unverified" whatever the record holds). See docs/data-sources.md.
 */
import { ProfileLoadError, isAbort } from '../errors.js';
import type { SourceContext, SourceResult } from '../formats.js';
import { parseJson } from '../http.js';
import type { ProfileInput } from '../schema.js';
import { openAlexAuthorKey } from './ids.js';
import { Tally, bareDoi, bareOrcid, doiLink, int, isObject, lastSegment, list, numberOption, result as adapted, scored, str, warning } from './shared.js';
import { sourceError, throwIfErrorBody } from './source-error.js';

type Json = Record<string, unknown>;
type Work = NonNullable<ProfileInput['works']>[number];
type Person = NonNullable<ProfileInput['people']>[number];
type Institution = NonNullable<ProfileInput['institutions']>[number];
type Topic = NonNullable<ProfileInput['topics']>[number];

const API = 'https://api.openalex.org';
export const DEFAULT_MAX_WORKS = 500;
/** Works per list page: OpenAlex's maximum, `per_page` 1–100 (see `PAGE_SIZE` in ../group/openalex-batch.ts). */
const PAGE_SIZE = 100;
/** The work fields the mapping reads: everything else stays on OpenAlex's side. */
export const WORK_FIELDS = [
  'id',
  'doi',
  'title',
  'publication_year',
  'type',
  'primary_location',
  'authorships',
  'is_authors_truncated',
  'cited_by_count',
  'abstract_inverted_index',
  'topics',
].join(',');

/** OpenAlex's list endpoints cut `authorships` at 100 (flagged by `is_authors_truncated`). */
const AUTHORSHIP_CAP = 100;

const TYPES: Record<string, string> = { 'book-chapter': 'chapter', 'peer-review': 'review', 'reference-entry': 'entry' };

/** The abstract in reading order from OpenAlex's `{word: [positions]}` inverted index. */
export function rebuildAbstract(index: unknown): string | null {
  if (!isObject(index)) return null;
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index)) {
    for (const p of list(positions)) if (typeof p === 'number' && Number.isInteger(p) && p >= 0 && p < 100_000) words[p] = word;
  }
  const text = words.filter((w) => w !== undefined).join(' ').trim();
  return text || null;
}

/**
 * Adds the API key (`api_key=`, as OpenAlex documents it) and `mailto` to a request URL. The key
 * goes only into the request: messages never carry URLs, and `sourceError` removes the key from
 * any server text it quotes.
 */
function withAuth(url: string, ctx: SourceContext): string {
  const params: string[] = [];
  const key = apiKeyOf(ctx);
  const mailto = str(ctx.options.mailto);
  if (key) params.push(`api_key=${encodeURIComponent(key)}`);
  if (mailto) params.push(`mailto=${encodeURIComponent(mailto)}`);
  return params.length ? `${url}${url.includes('?') ? '&' : '?'}${params.join('&')}` : url;
}

const apiKeyOf = (ctx: SourceContext): string | undefined => str(ctx.options.apiKey);

/** Loads an author and their works from the OpenAlex API (or a saved author object elsewhere). */
export async function loadOpenAlex(url: URL, ctx: SourceContext): Promise<SourceResult<ProfileInput>> {
  const key = openAlexAuthorKey(url);
  if (!key) {
    // format="openalex" on a file of our own: a saved author object, no further requests.
    const { text } = await ctx.fetchText(url.href, { what: 'The OpenAlex author file' });
    return parseOpenAlex(text, url);
  }
  const label = `author ${key}`;
  const apiKey = apiKeyOf(ctx);
  let author: unknown;
  try {
    author = await ctx.fetchJson(withAuth(`${API}/authors/${encodeURIComponent(key)}`, ctx), { what: `The OpenAlex ${label}` });
    throwIfErrorBody(author, label, apiKey);
  } catch (err) {
    throw sourceError(err, 'OpenAlex', label, url.href, apiKey);
  }
  const profile = mapAuthor(author, key);
  const maxWorks = numberOption(ctx.options.maxWorks, DEFAULT_MAX_WORKS, 0, 100_000);
  if (maxWorks === 0) return adapted(profile);

  const authorId = profile.id;
  const works: unknown[] = [];
  const ids = new Set<string>();
  const cursors = new Set<string>();
  let cursor: string | null = '*';
  let page = 0;
  let total: number | undefined;
  // Stops at max-works, at the last page (no cursor), on an empty page, on a page with nothing
  // new, on a cursor seen before, and after max-works / 25 pages (OpenAlex sends up to 200 a
  // page; 25 is its own default): a server that keeps answering can never make this loop run on.
  const maxPages = Math.ceil(maxWorks / 25) + 1;
  while (cursor && works.length < maxWorks && page < maxPages) {
    cursors.add(cursor);
    page++;
    const perPage = Math.min(PAGE_SIZE, maxWorks - works.length);
    const query = `filter=author.id:${authorId}&select=${WORK_FIELDS}&sort=publication_date:desc&per_page=${perPage}&cursor=${encodeURIComponent(cursor)}`;
    const thing = `page ${page} of the works of ${label}`;
    let body: unknown;
    try {
      body = await ctx.fetchJson(withAuth(`${API}/works?${query}`, ctx), { what: `Page ${page} of the works of OpenAlex ${label}` });
      throwIfErrorBody(body, thing, apiKey, true);
    } catch (err) {
      if (isAbort(err)) throw err;
      const e = sourceError(err, 'OpenAlex', thing, undefined, apiKey);
      const why = (e as Error)?.message ?? String(err);
      // The author is there: show it with the works loaded so far rather than nothing, and say
      // (as a structured issue, which the list shows with a Retry) that the works are incomplete.
      const result = finish(profile, works);
      const of = total ?? profile.counts?.works;
      return adapted(result, [warning(`${why} The profile shows ${works.length} of ${of ?? '?'} works.`)], [
        {
          part: 'works',
          message: why,
          loaded: result.works?.length ?? 0,
          ...(of !== undefined && { total: of }),
          ...(e instanceof ProfileLoadError && e.status !== undefined && { status: e.status }),
        },
      ]);
    }
    const { meta: m, results } = body as { meta?: unknown; results: unknown[] };
    const meta: Json = isObject(m) ? m : {};
    total ??= int(meta.count);
    let added = 0;
    for (const w of results) {
      if (works.length >= maxWorks) break;
      const id = isObject(w) ? lastSegment(w.id) : undefined;
      if (id && ids.has(id)) continue;
      if (id) ids.add(id);
      works.push(w);
      added++;
    }
    ctx.onProgress?.(`OpenAlex ${label}: ${works.length} of ${Math.min(total ?? works.length, maxWorks)} works`);
    const next = str(meta.next_cursor);
    cursor = next && added > 0 && !cursors.has(next) && (total === undefined || works.length < total) ? next : null;
  }
  return adapted(finish(profile, works));
}

/** A saved OpenAlex author object, or `{author, works}` with a list of work objects → profile. */
export function parseOpenAlex(text: string, url?: URL): SourceResult<ProfileInput> {
  const value = parseJson(text, 'The OpenAlex author');
  const wrapped = isObject(value) && isObject(value.author);
  const author = wrapped ? value.author : value;
  const key = lastSegment(isObject(author) ? author.id : undefined) ?? (url ? openAlexAuthorKey(url) : undefined) ?? 'in the file';
  return adapted(finish(mapAuthor(author, key), wrapped ? list(value.works) : []));
}

/** The author object → a profile without works. Throws when it has no id or no name. */
export function mapAuthor(author: unknown, key: string): ProfileInput {
  if (!isObject(author)) throw new ProfileLoadError(`OpenAlex sent something other than an author object for ${key}.`);
  const id = lastSegment(author.id);
  const name = str(author.display_name);
  if (!id || !/^A\d+$/i.test(id)) throw new ProfileLoadError(`The OpenAlex author ${key} has no OpenAlex id.`);
  if (!name) throw new ProfileLoadError(`The OpenAlex author ${key} has no name.`);

  // `last_known_institutions` (current); `last_known_institution` (before 2024).
  const lastKnown = list(author.last_known_institutions ?? (author.last_known_institution ? [author.last_known_institution] : [])).filter(isObject);
  const institution = lastKnown.find((i) => str(i.display_name));
  const orcid = bareOrcid(author.orcid ?? (isObject(author.ids) ? author.ids.orcid : undefined));
  const stats = isObject(author.summary_stats) ? author.summary_stats : {};
  const worksCount = int(author.works_count);

  const topics: Topic[] = [];
  for (const t of list(author.topics ?? author.x_concepts)) {
    if (!isObject(t)) continue;
    const tid = lastSegment(t.id);
    const tname = str(t.display_name);
    if (tid && tname) topics.push({ id: tid, name: tname });
  }

  const hasRor = !!(institution && str(institution.ror));
  // The evidence and its points (the badge's explanation lists them; they sum to the score).
  const { score, signals } = scored('OpenAlex', [
    ['openalex-record', 10, 1],
    ['openalex-orcid', 15, orcid],
    ['openalex-ror', 10, hasRor],
    ['openalex-works', 5, (worksCount ?? 0) >= 5],
  ]);

  return {
    version: 1,
    id,
    name,
    affiliation: institution ? { name: str(institution.display_name)!, ...(str(institution.ror) ? { url: str(institution.ror) } : {}) } : null,
    ...(orcid ? { orcid } : {}),
    trust: { score, level: 1, claimed: false, label: 'Unclaimed', signals },
    counts: {
      ...(worksCount !== undefined && worksCount >= 0 ? { works: worksCount } : {}),
      ...(int(author.cited_by_count) !== undefined ? { citations: Math.max(0, int(author.cited_by_count)!) } : {}),
      ...(int(stats.h_index) !== undefined ? { hIndex: Math.max(0, int(stats.h_index)!) } : {}),
    },
    links: { profile: `https://openalex.org/${id}` },
    topics,
    works: [],
    people: [],
    institutions: institution && lastSegment(institution.id) ? [toInstitution(institution)!] : [],
  };
}

function toInstitution(i: Json): Institution | undefined {
  const id = lastSegment(i.id);
  const name = str(i.display_name);
  if (!id || !name) return undefined;
  const country = str(i.country_code);
  const ror = str(i.ror);
  return { id, name, ...(country ? { country: country.toUpperCase() } : {}), ...(ror ? { url: ror } : {}) };
}

/**
 * Adds the works to the profile; their co-authors become `people` (most shared works first)
 * and the co-authors' institutions `institutions`, so a collaboration graph needs nothing else.
 */
function finish(profile: ProfileInput, rawWorks: unknown[]): ProfileInput {
  const self = profile.id;
  const people = new Tally<Person & { institutions: string[] }>();
  const institutions = new Map<string, Institution>((profile.institutions ?? []).map((i) => [i.id, i]));
  const topics = new Map<string, Topic>((profile.topics ?? []).map((t) => [t.id, t]));
  const works: Work[] = [];
  const seen = new Set<string>();

  for (const w of rawWorks) {
    if (!isObject(w)) continue;
    const id = lastSegment(w.id);
    if (!id || seen.has(id)) continue;
    seen.add(id);

    const authors: NonNullable<Work['authors']> = [];
    const authorships = list(w.authorships).filter(isObject);
    for (const a of authorships) {
      const who = isObject(a.author) ? a.author : {};
      const aid = lastSegment(who.id);
      const name = str(who.display_name) ?? str(a.raw_author_name);
      if (!name) continue;
      const orcid = bareOrcid(who.orcid);
      const insts = list(a.institutions).filter(isObject).map(toInstitution).filter((i): i is Institution => !!i);
      for (const i of insts) if (!institutions.has(i.id)) institutions.set(i.id, i);
      if (aid === self) {
        authors.push({ name, id: self, ...(orcid ? { orcid } : {}) });
        continue;
      }
      if (!aid) {
        authors.push({ name, ...(orcid ? { orcid } : {}) });
        continue;
      }
      const person = people.add(aid, { id: aid, name, url: `https://openalex.org/${aid}`, institutions: [], ...(orcid ? { orcid } : {}) });
      if (orcid && !person.orcid) person.orcid = orcid;
      for (const i of insts) if (!person.institutions.includes(i.id)) person.institutions.push(i.id);
      authors.push({ name, id: aid, ...(orcid ? { orcid } : {}) });
    }

    const workTopics: string[] = [];
    for (const t of list(w.topics)) {
      if (!isObject(t)) continue;
      const tid = lastSegment(t.id);
      const tname = str(t.display_name);
      if (!tid || !tname) continue;
      if (!topics.has(tid)) topics.set(tid, { id: tid, name: tname });
      workTopics.push(tid);
    }

    const location = isObject(w.primary_location) ? w.primary_location : {};
    const source = isObject(location.source) ? location.source : {};
    const doi = bareDoi(w.doi);
    const type = str(w.type)?.toLowerCase();
    const citations = int(w.cited_by_count);
    works.push({
      id,
      title: str(w.title) ?? str(w.display_name) ?? null,
      year: int(w.publication_year) ?? null,
      type: type ? (TYPES[type] ?? type) : null,
      venue: str(source.display_name) ?? null,
      doi,
      url: str(location.landing_page_url) ?? (doi ? doiLink(doi) : `https://openalex.org/${id}`),
      abstract: rebuildAbstract(w.abstract_inverted_index),
      citations: citations !== undefined && citations >= 0 ? citations : null,
      authors,
      ...(w.is_authors_truncated === true || authorships.length >= AUTHORSHIP_CAP ? { authorsTruncated: true } : {}),
      topics: workTopics,
    });
  }

  return {
    ...profile,
    works,
    topics: [...topics.values()],
    people: people.sorted().map(({ institutions: ids, ...p }) => (ids.length ? { ...p, institutions: ids } : p)),
    institutions: [...institutions.values()],
  };
}

/** Adds raw OpenAlex works to an author's profile (as `loadOpenAlex` does): the group loader's batched works use it. */
export { finish as addOpenAlexWorks };
