/**
 * Loading profiles: one request per URL however many elements ask (in-flight de-duplication and
 * an in-memory cache keyed by absolute URL and format), failures never cached, each caller with
 * its own AbortSignal (the request itself is aborted when every caller has gone).
 */
import { registerAdapters, sourceWarnings } from './adapters/index.js';
import { ProfileLoadError, isAbort } from './errors.js';
import { contextFor, loadFromUrl } from './formats.js';
import { DEFAULT_TIMEOUT } from './http.js';
import type { Profile } from './schema.js';
import { validateProfile, validateProfileAsync, type ValidationResult } from './validate.js';

export interface LoadedProfile {
  /** The absolute URL, or null for a profile given as an object. */
  src: string | null;
  profile: Profile;
  warnings: string[];
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds per request attempt (default 10 000). */
  timeout?: number;
  /** `profile`, `openalex`, `orcid`, `bibtex`, …; detected when absent. */
  format?: string;
  /** Format options, e.g. `{ maxWorks: 500, mailto: 'lab@uni.edu' }`. Part of the cache key. */
  options?: Record<string, unknown>;
  onProgress?: (message: string) => void;
}

interface Entry {
  promise: Promise<LoadedProfile>;
  controller: AbortController;
  waiters: number;
  settled: boolean;
  partial?: boolean;
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

/** Validates a value as a profile, or throws a ProfileLoadError naming the first problem. */
export function toProfile(value: unknown, src: string | null, earlier: string[] = []): LoadedProfile {
  return loaded(validateProfile(value), src, earlier);
}

/** {@link toProfile} in slices that leave the page responsive (big profiles). */
export async function toProfileAsync(value: unknown, src: string | null, earlier: string[] = [], signal?: AbortSignal): Promise<LoadedProfile> {
  return loaded(await validateProfileAsync(value, signal), src, earlier);
}

function loaded(r: ValidationResult, src: string | null, earlier: string[]): LoadedProfile {
  if (r.warnings.length) console.warn(`researcher-elements: parts of the profile${src ? ` from ${src}` : ''} were dropped or cut:\n  ${r.warnings.join('\n  ')}`);
  r.warnings.unshift(...earlier); // the source's own warnings were logged when they arose
  if (!r.ok) {
    throw new ProfileLoadError(`The profile data is not in the expected format: ${r.errors[0]}${r.errors.length > 1 ? ` (and ${r.errors.length - 1} more)` : ''}.`, {
      src,
    });
  }
  return { src, profile: r.profile, warnings: r.warnings };
}

/**
 * Profiles with more works than this, given as an object, are validated in slices (the element
 * shows its loading state meanwhile); smaller ones at once, so they render with no loading flash.
 */
export const LARGE_PROFILE_WORKS = 5000;

/** True for a profile object big enough to validate in slices, and not validated yet. */
export function needsSlicedValidation(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || objectCache.has(value)) return false;
  const works = (value as { works?: unknown }).works;
  return Array.isArray(works) && works.length > LARGE_PROFILE_WORKS;
}

/** {@link profileFromObject} in slices, cached the same way. */
export async function profileFromObjectAsync(value: object, signal?: AbortSignal): Promise<LoadedProfile> {
  const hit = objectCache.get(value);
  if (hit) return hit;
  const result = await toProfileAsync(value, null, [], signal);
  objectCache.set(value, result);
  return result;
}

const objectCache = new WeakMap<object, LoadedProfile>();

/** Validates a profile given as an object, once per object (it may be shared by many elements). */
export function profileFromObject(value: unknown): LoadedProfile {
  if (typeof value === 'object' && value !== null) {
    const hit = objectCache.get(value);
    if (hit) return hit;
    const loaded = toProfile(value, null);
    objectCache.set(value, loaded);
    return loaded;
  }
  return toProfile(value, null);
}

function keyOf(url: URL, opts: LoadOptions): string {
  return `${opts.format ?? 'auto'} ${url.href} ${opts.options ? JSON.stringify(opts.options) : ''}`;
}

/** Loads, adapts and validates the profile at `src`. Rejects with ProfileLoadError or AbortError. */
export function loadProfile(src: string, opts: LoadOptions = {}): Promise<LoadedProfile> {
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
      const ctx = contextFor({ signal: controller.signal, timeout: opts.timeout ?? DEFAULT_TIMEOUT, options: opts.options, onProgress: opts.onProgress });
      let value: unknown;
      try {
        value = await loadFromUrl(url, opts.format, ctx);
      } catch (err) {
        if (isAbort(err) || err instanceof ProfileLoadError) throw err;
        throw new ProfileLoadError((err as Error)?.message || 'The profile could not be loaded.', { src: url.href });
      }
      const partial = sourceWarnings(value);
      e.partial = partial.length > 0;
      return toProfileAsync(value, url.href, partial, controller.signal);
    })();
    e.promise.then(
      () => {
        e.settled = true;
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
