/**
 * One researcher from several sources (issue 14): `src` plus the `also` URLs (the same person in
 * other sources), and, with `linkSources`, the free cross-links:
 *
 * - an ORCID record with no OpenAlex source beside it looks up the OpenAlex author with that iD
 *   through OpenAlex's single-entity lookup `/authors/orcid:<iD>` (free; the author's works are
 *   then the list calls any OpenAlex profile needs, nothing more);
 * - an OpenAlex author with an ORCID iD and no ORCID source beside it loads that ORCID record.
 *
 * A lookup that finds nothing (404), fails, or finds a record whose ORCID iD differs is a warning
 * (in `warnings`, and an issue `{part: 'sources'}` the elements show discreetly), never an error;
 * so is an `also` source that fails, or an OpenAlex source whose ORCID iD is not the ORCID
 * record's. Only `src` failing is an error.
 *
 * The merged profile (`../merge/profiles.ts`): identity, name and claim state from the strongest
 * source (an ORCID record its owner controls > an OpenAlex author > a `.bib` file); works merged
 * by the groups' rules, each recording the sources it came from (`works[].sources`, their URLs);
 * citations and topics from OpenAlex; co-authors and institutions from wherever they exist; the
 * trust with cross-source signals (`trust.ts`). This module is a lazy chunk of its own, loaded
 * only when `also` or `link-sources` is used.
 */
import { ProfileLoadError, isAbort, type LoadIssue } from '../errors.js';
import type { LoadedProfile } from '../from-object.js';
import { mergeProfiles } from '../merge/profiles.js';
import { kindOf, openAlexByOrcid, orcidOf, orcidRecord, sourceName } from './kinds.js';
import { mergedTrust, type MergedPart } from './trust.js';

export { kindOf, kindOfUrl, sourceName, type SourceKind } from './kinds.js';
export { mergedTrust } from './trust.js';

/** Loads one source: a URL and, for `src`, its format. */
/** Loads one source (`signal`: stops it early, e.g. when `src` failed). */
export type SourceLoader = (src: string, format?: string, signal?: AbortSignal) => Promise<LoadedProfile>;

export interface CombineOptions {
  /** `src`'s format (`profile`, `openalex`, `orcid`, `bibtex`), detected when absent. */
  format?: string;
  /** More sources for the same person (URLs; the format of each is detected). */
  also?: readonly string[];
  /** Look up the OpenAlex author of an ORCID iD, and the ORCID record of an OpenAlex author. */
  linkSources?: boolean;
  signal?: AbortSignal;
}

/** `also` as given in an attribute or a list: URLs split at white space, empty ones dropped. */
export function splitSources(also: string | readonly string[] | null | undefined): string[] {
  if (!also) return [];
  const list = typeof also === 'string' ? also.split(/\s+/) : also.flatMap((s) => (typeof s === 'string' ? s.split(/\s+/) : []));
  return list.filter(Boolean);
}

interface Loaded extends MergedPart {
  loaded: LoadedProfile;
}

function say(message: string): string {
  console.warn(`researcher-elements: ${message}`);
  return message;
}
const why = (err: unknown): string => (err as Error)?.message ?? String(err);
const notFound = (err: unknown): boolean => err instanceof ProfileLoadError && (err.status === 404 || err.status === 410);

/**
 * Loads `src` and its other sources with `load`, links them when asked, and merges them into one
 * profile. Rejects when `src` cannot be had (or on abort).
 */
export async function combineSources(src: string, opts: CombineOptions, load: SourceLoader): Promise<LoadedProfile> {
  const notes: string[] = [];
  const wanted = [src, ...splitSources(opts.also).filter((u) => u !== src)];
  const seen = new Set<string>();
  const urls = wanted.filter((u) => !seen.has(u) && seen.add(u));
  const link = opts.linkSources === true;
  // The other sources load beside `src`, and stop as soon as it fails: a profile that is not
  // shown must not go on to an OpenAlex author's metered works list calls.
  const others = new AbortController();
  const stop = () => others.abort();
  opts.signal?.addEventListener('abort', stop, { once: true });
  const loads = urls.map((u, i) => (i === 0 ? load(u, opts.format) : load(u, undefined, others.signal)));
  loads[0]!.catch(stop);
  const settled = await Promise.allSettled(loads);
  opts.signal?.removeEventListener('abort', stop);
  const parts: Loaded[] = [];
  const issues: LoadIssue[] = [];
  settled.forEach((r, i) => {
    const url = urls[i]!;
    if (r.status === 'fulfilled') {
      const loaded = r.value;
      parts.push(part(loaded, url, i === 0 ? opts.format : undefined));
      return;
    }
    if (i === 0 || isAbort(r.reason)) throw r.reason;
    note(notes, `The source ${url} could not be loaded (${why(r.reason)}); the profile is shown without it.`);
  });
  opts.signal?.throwIfAborted();

  // Lookups start once the sources are in, not beside them: an ORCID record that fails must not
  // have started an OpenAlex author's metered works list calls for nothing.
  if (link) await addLinks(parts, load, notes);
  checkOrcids(parts, notes);

  if (parts.length === 1) {
    // Nothing to merge with (a link that found nothing): the source as it loaded, with the notes.
    const only = parts[0]!.loaded;
    const issues = [...(only.issues ?? []), ...notes.map((message): LoadIssue => ({ part: 'sources', message, loaded: 1 }))];
    return { ...only, warnings: [...notes, ...only.warnings], ...(issues.length ? { issues } : {}) };
  }
  const merged = mergeProfiles(parts.map((p) => ({ id: p.src, profile: p.profile })));
  const identity = parts.find((p) => p.profile.id === merged.id && p.profile.name === merged.name) ?? parts[0]!;
  const trust = mergedTrust(identity, parts, merged.works);
  const profile = trust ? { ...merged, trust } : merged;

  const warnings = [...notes];
  for (const p of parts) {
    warnings.push(...p.loaded.warnings);
    if (p.loaded.issues) issues.push(...p.loaded.issues);
  }
  for (const message of notes) issues.push({ part: 'sources', message, loaded: parts.length });
  return { src: parts[0]!.src, profile, warnings, ...(issues.length ? { issues } : {}) };
}

/** A warning about the sources (as opposed to a source's own): logged, and shown discreetly as an issue. */
const note = (notes: string[], message: string) => {
  notes.push(say(message));
};

/**
 * A loaded source, named (in `works[].sources`) by its public record: `https://orcid.org/<iD>`
 * for an ORCID record, `https://openalex.org/A…` for an OpenAlex author (however they were
 * addressed: a bare iD, the API, a lookup by iD), its URL otherwise.
 */
function part(loaded: LoadedProfile, url: string, format: string | undefined): Loaded {
  const src = loaded.src ?? url;
  const kind = kindOf(src, format, loaded.profile);
  const p = loaded.profile;
  const named = kind === 'orcid' && orcidOf(p) ? orcidRecord(orcidOf(p)!) : kind === 'openalex' && /^A\d+$/i.test(p.id) ? `https://openalex.org/${p.id}` : src;
  return { src: named, kind, profile: p, loaded };
}

async function addLinks(parts: Loaded[], lookup: (url: string, format: string) => Promise<LoadedProfile>, notes: string[]): Promise<void> {
  const orcid = parts.find((p) => p.kind === 'orcid');
  const openalex = parts.find((p) => p.kind === 'openalex');
  if (orcid && !openalex) {
    const iD = orcidOf(orcid.profile);
    if (!iD) return;
    try {
      const loaded = await lookup(openAlexByOrcid(iD), 'openalex');
      const found = orcidOf(loaded.profile);
      if (found !== iD) {
        note(notes, `OpenAlex answered the ORCID iD ${iD} with the author ${loaded.profile.id}, whose ORCID iD is ${found ?? 'missing'}: it is not merged.`);
        return;
      }
      parts.push(part(loaded, openAlexByOrcid(iD), 'openalex'));
    } catch (err) {
      if (isAbort(err)) throw err;
      note(
        notes,
        notFound(err)
          ? `No OpenAlex author has the ORCID iD ${iD}: the profile shows the ORCID record without OpenAlex's citations and co-authors.`
          : `The OpenAlex author with the ORCID iD ${iD} could not be loaded (${why(err)}).`,
      );
    }
  } else if (openalex && !orcid) {
    const iD = orcidOf(openalex.profile);
    if (!iD) return;
    try {
      const loaded = await lookup(orcidRecord(iD), 'orcid');
      parts.push(part(loaded, orcidRecord(iD), 'orcid'));
    } catch (err) {
      if (isAbort(err)) throw err;
      note(
        notes,
        notFound(err)
          ? `The ORCID record ${iD} named by the OpenAlex author ${openalex.profile.id} does not exist.`
          : `The ORCID record ${iD} named by the OpenAlex author ${openalex.profile.id} could not be loaded (${why(err)}).`,
      );
    }
  }
}

/** An OpenAlex (or other) source whose ORCID iD is not the ORCID record's: said, still merged (the page said they are one person). */
function checkOrcids(parts: readonly Loaded[], notes: string[]): void {
  const record = parts.find((p) => p.kind === 'orcid');
  const iD = record && orcidOf(record.profile);
  if (!iD) return;
  for (const p of parts) {
    if (p === record) continue;
    const other = orcidOf(p.profile);
    if (other && other !== iD) {
      note(notes, `The ${sourceName(p.kind, p.src)} source ${p.profile.id} has the ORCID iD ${other}, not ${iD} (the ORCID record's): check that both are the same person.`);
    }
  }
}
