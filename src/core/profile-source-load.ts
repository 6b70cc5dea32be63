/**
 * How {@link ProfileSourceController} loads: the data layer's loader imported on first use, the
 * `fallback-src` snapshot when the live source fails, the context root for late providers, and
 * the errors users see for a value that cannot be shown.
 */
import { ContextRoot } from '@lit/context';
import type { LoadedProfile } from '../data/from-object.js';
import type { LoadOptions } from '../data/load.js';
import { ProfileLoadError, isAbort } from '../data/errors.js';
import type { ProfileResult, ProfileStatus } from './context.js';
import { finiteIn } from './numeric-attribute.js';
import type { ProfileSourceSpec } from './profile-source-types.js';

/**
 * Loads the profile at `src` through the data layer's loader (fetching, formats, adapters, the
 * cache), which is imported the first time a profile comes from a URL: a page whose elements get
 * their profile as an object, inline JSON, attributes or a provider downloads none of it.
 */
export function loadFromUrl(src: string, opts: LoadOptions): Promise<LoadedProfile> {
  // Kept once imported: an `import()` settles in a task of its own, and 200 cards mounted at once
  // would each wait for one.
  if (dataModule) return dataModule.loadProfile(src, opts);
  return import('../data/load.js').then((data) => (dataModule = data).loadProfile(src, opts));
}

let dataModule: typeof import('../data/load.js') | undefined;

/** The profile at `src` if the data layer holds it already (see `peekProfile`), else undefined. */
export function cachedProfile(src: string, opts: LoadOptions): LoadedProfile | undefined {
  return dataModule?.peekProfile(src, opts);
}

let contextRoot: ContextRoot | undefined;

/**
 * Replays context requests for providers that upgrade after their consumers (a page that loads
 * `researcher-card.define.js` before `researcher-profile.define.js`). Attached once, lazily.
 */
export function ensureContextRoot(): void {
  if (contextRoot || typeof document === 'undefined') return;
  contextRoot = new ContextRoot();
  contextRoot.attach(document.documentElement);
}

export const NOTHING: readonly never[] = [];

/** A load's outcome, marked when it came from the snapshot at `fallback-src`. */
export type Loaded = LoadedProfile & { fallback?: boolean };
export const notValidJson = () => new ProfileLoadError('The profile written into the page is not valid JSON.');
/** An unexpected failure (a bug, not bad data or network) in the words users see. */
export const asLoadError = (err: unknown): ProfileLoadError => (err instanceof ProfileLoadError ? err : new ProfileLoadError('The profile could not be shown.'));

/**
 * Loads `src`; when that fails with a `ProfileLoadError` (not an abort) and there is a
 * `fallbackSrc`, loads the snapshot there with the same options, marked `fallback: true`. The
 * snapshot is requested only then. When the snapshot fails too, the live failure is what is
 * reported (it is the one the page's author needs to hear about).
 */
export async function loadWithFallback(
load: (src: string, opts: LoadOptions) => Promise<LoadedProfile>,
src: string,
fallbackSrc: string | null,
opts: LoadOptions,
): Promise<Loaded> {
  try {
    return await load(src, opts);
  } catch (err) {
    if (!fallbackSrc || isAbort(err) || opts.signal?.aborted || !(err instanceof ProfileLoadError)) throw err;
    let snapshot: LoadedProfile;
    try {
      // The snapshot is the merged profile already: no other sources, no links.
      snapshot = await load(fallbackSrc, { ...opts, also: undefined, linkSources: undefined });
    } catch (fallbackErr) {
      if (isAbort(fallbackErr) || opts.signal?.aborted) throw fallbackErr;
      throw err;
    }
    return { ...snapshot, fallback: true };
  }
}

/** Keys for profile objects validated in slices (one per object, whatever holds it). */
const valueIds = new WeakMap<object, number>();
let lastValueId = 0;

/** A number naming a profile object for as long as it lives. */
export function valueKey(value: object): number {
  let id = valueIds.get(value);
  if (id === undefined) valueIds.set(value, (id = ++lastValueId));
  return id;
}

/**
 * The result for an outcome: `current` itself when nothing a host renders changed (so hosts and
 * providers see no change), else a new frozen {@link ProfileResult}. `src` is the source an error
 * belongs to when the outcome has none.
 */
export function makeResult(
  current: ProfileResult | undefined,
  next: { status: ProfileStatus; loaded: Loaded | null; error: Error | null; src: string | null; kind: ProfileResult['kind']; retry: () => void },
): ProfileResult {
  const { status, loaded, error, retry } = next;
  if (
    current &&
    current.status === status &&
    current.profile === (loaded?.profile ?? null) &&
    current.error === error &&
    current.retry === retry &&
    current.issues === (loaded?.issues ?? NOTHING) &&
    current.fallback === (loaded?.fallback === true)
  ) {
    return current;
  }
  return Object.freeze({
    status,
    profile: loaded?.profile ?? null,
    error,
    warnings: loaded?.warnings ?? NOTHING,
    issues: loaded?.issues ?? NOTHING,
    src: loaded?.src ?? next.src,
    kind: next.kind,
    fallback: loaded?.fallback === true,
    retrieved: loaded?.fallback ? (loaded.profile.retrieved ?? null) : null,
    retry,
  });
}

/** `text` parsed as JSON, reusing `last` when it was this text; `value` undefined when not JSON. */
export function parseOnce(last: { text: string; value: unknown } | null, text: string): { text: string; value: unknown } {
  if (last?.text === text) return last;
  try {
    return { text, value: JSON.parse(text) };
  } catch {
    return { text, value: undefined }; // reported by the synchronous path
  }
}

/** A load the controller makes: `key` changes with anything that changes the request. */
export interface SourceRequest {
  key: string;
  src: string | null;
  fallbackSrc?: string | null;
  opts: LoadOptions;
  value?: object;
}

/** The request for a `src` (attempt `attempt`: a Retry makes a new one). */
export function requestFor(spec: ProfileSourceSpec, attempt: number): SourceRequest {
  // A timeout set as a property (not through the attribute) may be anything: keep it sane.
  const timeout = finiteIn(spec.timeout ?? 10_000, 10_000, 50, 300_000);
  const also = spec.also?.length ? [...spec.also] : undefined;
  const linkSources = spec.linkSources === true || undefined;
  const opts: LoadOptions = { timeout, format: spec.format ?? undefined, options: spec.options, ...(also && { also }), ...(linkSources && { linkSources }) };
  const fallbackSrc = spec.fallbackSrc || null;
  const key = JSON.stringify([spec.src, spec.format ?? null, timeout, spec.options ?? null, fallbackSrc, attempt, also ?? null, linkSources ?? false]);
  return { key, src: spec.src!, fallbackSrc, opts };
}

/** A value (or the inline JSON `inline`, parsed here) read by `reader`: the profile, or the error to show. */
export function readValue(source: unknown, inline: { text: string } | null, reader: (value: unknown) => LoadedProfile): LoadedProfile | Error {
  try {
    let value = source;
    if (inline) {
      try {
        value = JSON.parse(inline.text);
      } catch {
        throw notValidJson();
      }
    }
    return reader(value);
  } catch (err) {
    return asLoadError(err);
  }
}
