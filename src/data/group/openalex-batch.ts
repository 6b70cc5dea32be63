/**
 * OpenAlex works for many authors in shared list calls. Since 13 February 2026 OpenAlex meters
 * list calls (single-entity lookups such as `/authors/A…` are free), so instead of one cursor
 * walk per author, the works of every author asked for in the same tick — by one group or by
 * several elements on the page — come from `GET /works?filter=author.id:A1|A2|…` (at most
 * `MAX_IDS_PER_CALL` ids OR-ed in one filter, as OpenAlex documents), cursor-paged at
 * `PAGE_SIZE` a page, and each work is given to the requested authors among its authorships.
 * A 60-member department then costs about ⌈total works ÷ page size⌉ list calls, not 60 or more.
 *
 * Results are kept for the page (per author, key and `maxWorks`); failures are not. A page that
 * fails after the HTTP layer's retries ends the walk: each author gets the works loaded so far
 * and an `issue` saying what is missing (as the single-author adapter does). An author's request
 * is aborted by its own signal; the shared calls stop when every author waiting on them has gone.
 */
import { ProfileLoadError, isAbort, type LoadIssue } from '../errors.js';
import { fetchJson } from '../http.js';
import { isObject, lastSegment, list, str } from '../adapters/shared.js';

const API = 'https://api.openalex.org';
/**
 * Values OR-ed with `|` in one OpenAlex filter. OpenAlex's filtering guide
 * (https://developers.openalex.org/guides/filtering, "Addition (OR)"): "OR limit: You can combine
 * up to 100 values with | in a single filter." (The old docs.openalex.org said 50.)
 */
export const MAX_IDS_PER_CALL = 100;
/**
 * Works per list page: the most OpenAlex sends. Its paging guide
 * (https://developers.openalex.org/guides/page-through-results) gives `per_page` the range 1–100
 * (default 25), for basic and cursor paging alike; the old docs.openalex.org paging page said
 * 1–200, which the current API no longer documents.
 */
export const PAGE_SIZE = 100;
export const DEFAULT_MAX_WORKS = 500;

export interface BatchOptions {
  /** OpenAlex API key, sent as `api_key=` and never written into messages. */
  apiKey?: string;
  mailto?: string;
  /** Works kept per author, newest first (default 500). */
  maxWorks?: number;
  /** Milliseconds per request attempt. */
  timeout?: number;
  signal?: AbortSignal;
}

export interface BatchedWorks {
  /** Raw OpenAlex work objects in which the author appears, newest first. */
  works: unknown[];
  /** Set when the works could not all be loaded. */
  issue?: LoadIssue;
}

interface Entry {
  id: string;
  maxWorks: number;
  promise: Promise<BatchedWorks>;
  resolve(v: BatchedWorks): void;
  reject(e: unknown): void;
  waiters: number;
  /** The shared walk this author's works come from, once the batch is sent. */
  controller?: AbortController;
  chunk?: Entry[];
}

interface Queue {
  apiKey?: string;
  mailto?: string;
  timeout?: number;
  pending: Entry[];
  scheduled: boolean;
}

const cache = new Map<string, Entry>();
const queues = new Map<string, Queue>();
/** List calls made by the batcher, for diagnostics and tests. */
export const batchStats = { listCalls: 0 };

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * The raw works of OpenAlex author `authorId` (`A…`), fetched together with those of every other
 * author requested in the same tick with the same key. Resolves with the works (and an issue when
 * a page failed); rejects only with an AbortError.
 */
export function openAlexWorksBatched(authorId: string, opts: BatchOptions = {}): Promise<BatchedWorks> {
  const id = authorId.toUpperCase();
  if (!/^A\d+$/.test(id)) return Promise.reject(new ProfileLoadError(`"${authorId.slice(0, 40)}" is not an OpenAlex author id.`));
  if (opts.signal?.aborted) return Promise.reject(abortError());
  const maxWorks = Math.max(0, Math.min(100_000, Math.floor(opts.maxWorks ?? DEFAULT_MAX_WORKS))) || 0;
  if (maxWorks === 0) return Promise.resolve({ works: [] });
  const qkey = `${opts.apiKey ?? ''}\u0000${opts.mailto ?? ''}\u0000${opts.timeout ?? ''}`;
  const key = `${qkey}\u0000${id}\u0000${maxWorks}`;
  let entry = cache.get(key);
  if (!entry) {
    let resolve!: (v: BatchedWorks) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<BatchedWorks>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const e: Entry = { id, maxWorks, promise, resolve, reject, waiters: 0 };
    cache.set(key, e);
    // Failures, partial results and aborts are not kept: the next request asks again.
    promise.then(
      (v) => v.issue && cache.get(key) === e && cache.delete(key),
      () => cache.get(key) === e && cache.delete(key),
    );
    let q = queues.get(qkey);
    if (!q) queues.set(qkey, (q = { apiKey: opts.apiKey, mailto: opts.mailto, timeout: opts.timeout, pending: [], scheduled: false }));
    q.pending.push(e);
    if (!q.scheduled) {
      q.scheduled = true;
      const queue = q;
      // Everything requested in this tick (microtasks included) shares the calls.
      setTimeout(() => flush(queue), 0);
    }
    entry = e;
  }
  const current = entry;
  current.waiters++;
  const signal = opts.signal;
  if (!signal) return current.promise;
  return new Promise<BatchedWorks>((resolve, reject) => {
    const onAbort = () => {
      current.waiters--;
      if (current.waiters <= 0) {
        current.reject(abortError());
        // The shared calls stop when no author in them is still wanted.
        if (current.chunk && !current.chunk.some((e) => e.waiters > 0)) current.controller?.abort();
      }
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    current.promise.then(
      (v) => (signal.removeEventListener('abort', onAbort), resolve(v)),
      (err) => (signal.removeEventListener('abort', onAbort), reject(err)),
    );
  });
}

function flush(q: Queue): void {
  q.scheduled = false;
  // Authors whose every caller has gone before the call was made are dropped.
  const live = q.pending.filter((e) => e.waiters > 0);
  q.pending = [];
  for (let i = 0; i < live.length; i += MAX_IDS_PER_CALL) void walk(q, live.slice(i, i + MAX_IDS_PER_CALL));
}

/** Adds the API key and mailto to a request URL (the key never reaches a message). */
function withAuth(url: string, q: Queue): string {
  const params: string[] = [];
  if (q.apiKey) params.push(`api_key=${encodeURIComponent(q.apiKey)}`);
  if (q.mailto) params.push(`mailto=${encodeURIComponent(q.mailto)}`);
  return params.length ? `${url}&${params.join('&')}` : url;
}

/** One cursor walk over the works of up to MAX_IDS_PER_CALL authors. */
async function walk(q: Queue, entries: Entry[]): Promise<void> {
  // The mapping code and the failure sentences load with the first batch (as the adapter's do).
  const [{ WORK_FIELDS }, { sourceError }] = await Promise.all([import('../adapters/openalex-map.js'), import('../adapters/source-error.js')]);
  const controller = new AbortController();
  for (const e of entries) {
    e.controller = controller;
    e.chunk = entries;
  }
  const wanted = new Map<string, Entry[]>();
  for (const e of entries) wanted.set(e.id, [...(wanted.get(e.id) ?? []), e]);
  const limit = new Map<string, number>([...wanted].map(([id, es]) => [id, Math.max(...es.map((e) => e.maxWorks))]));
  const got = new Map<string, unknown[]>([...wanted.keys()].map((id) => [id, []]));
  const seen = new Set<string>();
  const cursors = new Set<string>();
  const ids = [...wanted.keys()];
  const label = ids.length === 1 ? `the works of OpenAlex author ${ids[0]}` : `the works of ${ids.length} OpenAlex authors`;
  const maxPages = Math.ceil([...limit.values()].reduce((a, b) => a + b, 0) / 25) + 1;
  const full = () => ids.every((id) => got.get(id)!.length >= limit.get(id)!);
  let cursor: string | null = '*';
  let page = 0;
  let issue: Omit<LoadIssue, 'loaded'> | undefined;
  const alive = () => entries.some((e) => e.waiters > 0);
  try {
    while (cursor && !full() && page < maxPages) {
      if (!alive()) throw abortError();
      cursors.add(cursor);
      page++;
      const query = `filter=author.id:${ids.join('|')}&select=${WORK_FIELDS}&sort=publication_date:desc&per_page=${PAGE_SIZE}&cursor=${encodeURIComponent(cursor)}`;
      let body: unknown;
      try {
        batchStats.listCalls++;
        body = await fetchJson(withAuth(`${API}/works?${query}`, q), { signal: controller.signal, timeout: q.timeout, what: `Page ${page} of ${label}` });
        if (!isObject(body) || !Array.isArray(body.results)) {
          const said = isObject(body) ? (str(body.message) ?? str(body.error)) : undefined;
          throw new ProfileLoadError(said ? `OpenAlex answered with an error instead of page ${page} of ${label}.` : `Page ${page} of ${label} has no "results" list.`);
        }
      } catch (err) {
        if (isAbort(err) || controller.signal.aborted) throw abortError();
        const e = sourceError(err, 'OpenAlex', `page ${page} of ${label}`, undefined, q.apiKey);
        const message = (e as Error)?.message ?? String(err);
        issue = { part: 'works', message, ...(e instanceof ProfileLoadError && e.status !== undefined && { status: e.status }) };
        break;
      }
      let added = 0;
      for (const w of body.results as unknown[]) {
        if (!isObject(w)) continue;
        const wid = lastSegment(w.id);
        if (wid) {
          if (seen.has(wid)) continue;
          seen.add(wid);
        }
        added++;
        const authors = new Set<string>();
        for (const a of list(w.authorships)) {
          const aid = isObject(a) && isObject(a.author) ? lastSegment(a.author.id)?.toUpperCase() : undefined;
          if (aid && got.has(aid)) authors.add(aid);
        }
        for (const aid of authors) {
          const mine = got.get(aid)!;
          if (mine.length < limit.get(aid)!) mine.push(w);
        }
      }
      const meta = isObject(body.meta) ? body.meta : {};
      const next = str(meta.next_cursor);
      cursor = next && added > 0 && !cursors.has(next) ? next : null;
    }
  } catch (err) {
    for (const e of entries) e.reject(isAbort(err) ? abortError() : err);
    return;
  }
  for (const e of entries) {
    const works = got.get(e.id)!.slice(0, e.maxWorks);
    e.resolve(issue ? { works, issue: { ...issue, loaded: works.length } } : { works });
  }
}

/** Forgets the works kept for the page. */
export function clearBatchCache(): void {
  cache.clear();
}
