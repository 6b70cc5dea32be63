/**
 * Loading profiles: one request per URL however many elements ask (in-flight de-duplication and
 * an in-memory cache keyed by absolute URL and format), failures never cached, each caller with
 * its own AbortSignal (the request itself is aborted when every caller has gone).
 */
import { registerAdapters } from './adapters/index.js';
import { openAlexAuthorKey, orcidIdOf } from './adapters/ids.js';
import { ProfileLoadError, isAbort, type LoadIssue } from './errors.js';
import { contextFor, loadFromUrl, type SourceResult } from './formats.js';
import { saneTimeout } from './http.js';
import { toProfileAsync, type LoadedProfile } from './from-object.js';

export {
  toProfile,
  toProfileAsync,
  profileFromObject,
  profileFromObjectAsync,
  needsSlicedValidation,
  LARGE_PROFILE_WORKS,
  type LoadedProfile,
} from './from-object.js';

export type { LoadIssue };

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds per request attempt, headers and body (default 10 000, at most 300 000). */
  timeout?: number;
  /** `profile`, `openalex`, `orcid`, `bibtex`, …; detected when absent. */
  format?: string;
  /**
   * Format options, e.g. `{ maxWorks: 500, apiKey: '…' }` (OpenAlex: `apiKey`, sent as `api_key=`
   * and never written into messages; `mailto`). Part of the in-memory cache key.
   */
  options?: Record<string, unknown>;
  onProgress?: (message: string) => void;
  /**
   * More sources for the same person (URLs: OpenAlex, ORCID, BibTeX, our JSON), merged with `src`
   * into one profile (issue 14, `sources/`): the `also` attribute.
   */
  also?: readonly string[];
  /**
   * Look up the OpenAlex author of an ORCID record (`/authors/orcid:<iD>`, free) and the ORCID
   * record of an OpenAlex author with an iD, and merge them: the `link-sources` attribute.
   */
  linkSources?: boolean;
}

interface Entry {
  promise: Promise<LoadedProfile>;
  controller: AbortController;
  waiters: number;
  settled: boolean;
  partial?: boolean;
  /** The profile, once loaded. */
  value?: LoadedProfile;
}

const cache = new Map<string, Entry>();

// OpenAlex, ORCID and BibTeX: only their matchers load now; their code loads on first use.
registerAdapters();

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/** Resolves `src` against the page into an absolute URL; throws a clear error when it is not one. */
export function absoluteUrl(src: string): URL {
  try {
    const base = typeof document !== 'undefined' ? document.baseURI : undefined;
    const url = base ? new URL(src, base) : new URL(src);
    if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== 'file:') throw new Error();
    return url;
  } catch {
    throw new ProfileLoadError(`"${src.slice(0, 100)}" is not a web address a profile can be loaded from.`, { src });
  }
}

function keyOf(url: URL, opts: LoadOptions): string {
  return `${opts.format ?? 'auto'} ${url.href} ${opts.options ? JSON.stringify(opts.options) : ''}`;
}

/** Loads, adapts and validates the profile at `src`. Rejects with ProfileLoadError or AbortError. */
export function loadProfile(src: string, opts: LoadOptions = {}): Promise<LoadedProfile> {
  if (opts.also?.length || (opts.linkSources && linkable(src, opts.format))) return loadCombined(src, opts);
  let url: URL;
  try {
    url = absoluteUrl(src);
  } catch (err) {
    return Promise.reject(err);
  }
  if (opts.signal?.aborted) return Promise.reject(abortError());
  const key = keyOf(url, opts);
  let entry = cache.get(key);
  if (!entry) {
    const controller = new AbortController();
    const e: Entry = { controller, waiters: 0, settled: false, promise: undefined! };
    e.promise = (async () => {
      const ctx = contextFor({ signal: controller.signal, timeout: saneTimeout(opts.timeout), options: opts.options, onProgress: opts.onProgress });
      let result: SourceResult;
      try {
        result = await loadFromUrl(url, opts.format, ctx);
      } catch (err) {
        if (isAbort(err) || err instanceof ProfileLoadError) throw err;
        throw new ProfileLoadError((err as Error)?.message || 'The profile could not be loaded.', { src: url.href });
      }
      const { profile: value, warnings: partial, issues = [] } = result;
      e.partial = partial.length > 0 || issues.length > 0;
      const loaded = await toProfileAsync(value, url.href, partial, controller.signal);
      return issues.length ? { ...loaded, issues } : loaded;
    })();
    e.promise.then(
      (value) => {
        e.settled = true;
        e.value = value;
        // A source that answered only in part (a failed page of works) is served to the callers
        // waiting now, but not cached: the next load asks again.
        if (e.partial && cache.get(key) === e) cache.delete(key);
      },
      () => {
        e.settled = true;
        if (cache.get(key) === e) cache.delete(key); // failures are not cached
      },
    );
    cache.set(key, e);
    entry = e;
  }
  const current = entry;
  current.waiters++;
  const signal = opts.signal;
  if (!signal) return current.promise;
  return new Promise<LoadedProfile>((resolve, reject) => {
    const onAbort = () => {
      current.waiters--;
      if (current.waiters <= 0 && !current.settled) {
        current.controller.abort();
        if (cache.get(key) === current) cache.delete(key);
      }
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    current.promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (err) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

/**
 * The profile at `src` when it is in the cache already (loaded, complete, same options), else
 * `undefined`: an element mounted after it loaded shows it in its first render, with no loading
 * state in between (200 cards of one department source). Sources merged with `also` or linked
 * are not cached as one and always load.
 */
export function peekProfile(src: string, opts: LoadOptions = {}): LoadedProfile | undefined {
  if (opts.also?.length || opts.linkSources) return undefined;
  let url: URL;
  try {
    url = absoluteUrl(src);
  } catch {
    return undefined;
  }
  const entry = cache.get(keyOf(url, opts));
  return entry?.settled && !entry.partial ? entry.value : undefined;
}

/** True when `src` is an ORCID record or an OpenAlex author, the sources `linkSources` links. */
function linkable(src: string, format?: string): boolean {
  if (format === 'orcid' || format === 'openalex') return true;
  if (format) return false;
  try {
    const url = absoluteUrl(src);
    return !!(openAlexAuthorKey(url) || orcidIdOf(url));
  } catch {
    return false;
  }
}

/**
 * `src` merged with its other sources (`also`) and cross-links (`linkSources`): the merging code
 * is a lazy chunk of its own, loaded only then; each source loads (and is cached) as a lone `src`.
 */
async function loadCombined(src: string, opts: LoadOptions): Promise<LoadedProfile> {
  const { also, linkSources, ...one } = opts;
  const { combineSources } = await import('./sources/index.js');
  return combineSources(src, { format: opts.format, also, linkSources, signal: opts.signal }, (s, format, signal) => loadProfile(s, { ...one, format, ...(signal && { signal }) }));
}

/** Forgets cached profiles: one URL's (every format), or all. */
export function clearProfileCache(src?: string): void {
  if (!src) return cache.clear();
  let href: string;
  try {
    href = absoluteUrl(src).href;
  } catch {
    return;
  }
  for (const key of cache.keys()) if (key.split(' ')[1] === href) cache.delete(key);
}
