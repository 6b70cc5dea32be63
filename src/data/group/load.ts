/**
 * Loading a group: its roster, then each member's profile, planned by cost. OpenAlex members'
 * author records come from the free single-entity lookups, one by one; their works from the
 * shared, batched list calls of `openalex-batch.ts`. Other sources load as an element's `src`
 * does (ORCID at most 4 requests in flight per page, see `../limiter.ts`). A member that fails
 * never fails the group: its result is a rejection that `buildGroup` lists as unavailable.
 */
import { openAlexAuthorKey } from '../adapters/openalex.js';
import { ProfileLoadError, isAbort } from '../errors.js';
import type { GroupMemberEntry } from './schema.js';
import { fetchText, parseJson, saneTimeout } from '../http.js';
import { absoluteUrl, loadProfile, toProfile, type LoadOptions, type LoadedProfile } from '../load.js';
import { buildGroupSteps, type LoadedGroup } from './model.js';
import { runSliced } from '../slices.js';
import { openAlexWorksBatched } from './openalex-batch.js';
import type { Group } from './schema.js';
import { validateGroup } from './validate.js';

export interface LoadedRoster {
  /** The roster's absolute URL, or null for a roster given as an object. */
  src: string | null;
  group: Group;
  warnings: string[];
}

/** Validates a roster value, or throws a ProfileLoadError naming the first problem. */
export function toGroup(value: unknown, src: string | null, base?: string): LoadedRoster {
  const r = validateGroup(value, { base: base ?? src ?? undefined });
  if (r.warnings.length) console.warn(`researcher-elements: parts of the group${src ? ` from ${src}` : ''} were dropped:\n  ${r.warnings.join('\n  ')}`);
  if (!r.ok) {
    throw new ProfileLoadError(`The group data is not in the expected format: ${r.errors[0]}${r.errors.length > 1 ? ` (and ${r.errors.length - 1} more)` : ''}.`, {
      src,
    });
  }
  return { src, group: r.group, warnings: r.warnings };
}

/** Fetches and validates the roster at `src` (relative member URLs resolve against it). */
export async function loadGroupRoster(src: string, opts: Pick<LoadOptions, 'signal' | 'timeout'> = {}): Promise<LoadedRoster> {
  const url = absoluteUrl(src);
  const { text } = await fetchText(url.href, { signal: opts.signal, timeout: saneTimeout(opts.timeout), what: 'The group' });
  return toGroup(parseJson(text, 'The group'), url.href);
}

/**
 * A researcher's record without their works: for cards and badges, which need only counts (they
 * come from the record). For an OpenAlex author this is one free lookup and no list call; other
 * sources load as usual.
 */
export function loadAuthorRecord(src: string, opts: LoadOptions = {}): Promise<LoadedProfile> {
  if (!isOpenAlexAuthor(src, opts.format)) return loadProfile(src, opts);
  return loadProfile(src, { ...opts, format: opts.format ?? 'openalex', options: { ...opts.options, maxWorks: 0 } });
}

function isOpenAlexAuthor(src: string, format?: string): boolean {
  if (format && format !== 'openalex') return false;
  try {
    return openAlexAuthorKey(absoluteUrl(src)) !== undefined;
  } catch {
    return false;
  }
}

/**
 * A member's (or any researcher's) profile with works, at the lowest metered cost: an OpenAlex
 * author's record by the free lookup and their works through the shared batched list calls
 * (authors asked for in the same tick share them); any other source as `loadProfile` does.
 */
export async function loadMember(src: string, opts: LoadOptions = {}, onRecord?: (record: LoadedProfile) => void): Promise<LoadedProfile> {
  const { also, linkSources, ...one } = opts;
  if (!also?.length && !linkSources) return loadMemberAlone(src, one, onRecord);
  // Other sources for the member (`also` in the roster): merged as the elements' `also` does,
  // the member's own source still loaded at the lowest cost.
  const { combineSources } = await import('../sources/index.js');
  return combineSources(src, { format: one.format, also, linkSources, signal: one.signal }, (s, format, signal) =>
    s === src ? loadMemberAlone(src, one, onRecord) : loadProfile(s, { ...one, format, ...(signal && { signal }) }),
  );
}

async function loadMemberAlone(src: string, opts: LoadOptions, onRecord?: (record: LoadedProfile) => void): Promise<LoadedProfile> {
  if (!isOpenAlexAuthor(src, opts.format)) return loadProfile(src, opts);
  const o = opts.options ?? {};
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const works = (id: string) =>
    openAlexWorksBatched(id, {
      apiKey: typeof o.apiKey === 'string' && o.apiKey ? o.apiKey : undefined,
      mailto: typeof o.mailto === 'string' && o.mailto ? o.mailto : undefined,
      maxWorks: typeof o.maxWorks === 'number' || (typeof o.maxWorks === 'string' && o.maxWorks.trim()) ? Number(o.maxWorks) : undefined,
      timeout: opts.timeout,
      signal: controller.signal,
    });
  try {
    // The id is in the URL (A…): ask for the works now, in the same tick as the other members,
    // so that they share list calls; an ORCID-keyed OpenAlex URL waits for the record's id.
    const key = openAlexAuthorKey(absoluteUrl(src))!;
    let early = /^A\d+$/.test(key) ? works(key) : undefined;
    early?.catch(() => undefined);
    let record: LoadedProfile;
    try {
      record = await loadAuthorRecord(src, opts);
    } catch (err) {
      controller.abort();
      throw err;
    }
    onRecord?.(record);
    // A merged OpenAlex author answers with its new id: the works are asked for by that id.
    if (early && record.profile.id.toUpperCase() !== key) {
      controller.abort();
      early = undefined;
    }
    const batch = await (early ?? works(record.profile.id));
    const { addOpenAlexWorks } = await import('../adapters/openalex-map.js');
    const loaded = toProfile(addOpenAlexWorks(record.profile, batch.works), record.src, record.warnings);
    if (!batch.issue) return loaded;
    const total = record.profile.counts.works;
    const issue = { ...batch.issue, ...(total !== undefined && { total }) };
    return { ...loaded, warnings: [...loaded.warnings, `${issue.message} The profile shows ${issue.loaded} of ${total ?? '?'} works.`], issues: [issue] };
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/** A member's load outcome: `fallback` when it is the saved copy at the member's `fallbackSrc`. */
export type LoadedMember = LoadedProfile & { fallback?: boolean };

/**
 * A roster member: `src`, and when that fails with a `ProfileLoadError` (not an abort) and the
 * member has a `fallbackSrc`, the saved copy there, marked `fallback: true` — the semantics of an
 * element's `fallback-src`. The copy is requested only then, in the format its URL says; when it
 * fails too, the member fails with `src`'s reason (the one the roster's author needs to hear).
 */
export async function loadRosterMember(m: GroupMemberEntry, opts: LoadOptions = {}, onRecord?: (record: LoadedProfile) => void): Promise<LoadedMember> {
  try {
    return await loadMember(m.src, { ...opts, ...(m.format && { format: m.format }), ...(m.also?.length && { also: m.also }) }, onRecord);
  } catch (err) {
    if (!m.fallbackSrc || isAbort(err) || opts.signal?.aborted || !(err instanceof ProfileLoadError)) throw err;
    let copy: LoadedProfile;
    try {
      copy = await loadProfile(m.fallbackSrc, opts);
    } catch (fallbackErr) {
      if (isAbort(fallbackErr) || opts.signal?.aborted) throw fallbackErr;
      throw err;
    }
    return { ...copy, fallback: true };
  }
}

export interface LoadGroupOptions extends Pick<LoadOptions, 'signal' | 'timeout' | 'options'> {
  /** Called as each member's author record arrives, before their works (cards can render then). */
  onRecord?: (index: number, record: LoadedProfile) => void;
  /** Called as each member settles, works included. */
  onMember?: (index: number, result: PromiseSettledResult<LoadedProfile>) => void;
}

/**
 * Loads a whole group: the roster (a URL, or a roster object), every member in parallel, the
 * roster's extra `works` source, then `buildGroup` (in slices). Rejects only when the roster
 * itself cannot be had (or on abort); failed members are listed as unavailable.
 */
export async function loadGroup(roster: string | LoadedRoster, opts: LoadGroupOptions = {}): Promise<LoadedGroup> {
  const r = typeof roster === 'string' ? await loadGroupRoster(roster, opts) : roster;
  const base = { signal: opts.signal, timeout: opts.timeout, options: opts.options };
  const extra = r.group.works ? loadProfile(r.group.works, base) : undefined;
  extra?.catch(() => undefined);
  const results = await Promise.all(
    r.group.members.map(async (m, i) => {
      let result: PromiseSettledResult<LoadedProfile>;
      try {
        const onRecord = opts.onRecord && ((rec: LoadedProfile) => opts.onRecord!(i, rec));
        result = { status: 'fulfilled', value: await loadRosterMember(m, base, onRecord) };
      } catch (reason) {
        if (isAbort(reason)) throw reason;
        result = { status: 'rejected', reason };
      }
      opts.onMember?.(i, result);
      return result;
    }),
  );
  let extraWorks: LoadedProfile['profile']['works'] | undefined;
  const warnings = [...r.warnings];
  if (extra) {
    try {
      extraWorks = (await extra).profile.works;
    } catch (err) {
      if (isAbort(err)) throw err;
      warnings.push(`works: the group's extra works could not be loaded: ${(err as Error)?.message ?? err}`);
    }
  }
  // Merged in slices: a big group never blocks the page for long once its members are in.
  const built = await runSliced(buildGroupSteps(r.group, results, { extraWorks }), opts.signal);
  return { ...built, warnings: [...warnings, ...built.warnings] };
}
