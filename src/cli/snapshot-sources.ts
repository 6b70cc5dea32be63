/// <reference types="node" />
/**
 * `snapshot --also … [--no-link-sources]`: the profile merged from several sources for the same
 * person, and cross-linked (an ORCID record → the OpenAlex author with that iD through OpenAlex's
 * free single-entity lookup; an OpenAlex author → its ORCID record), exactly as the elements'
 * `also` and `link-sources` do: the data layer's `combineSources` with the command's own loader
 * (local files from disk, everything else over HTTP).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { combineSources, isOrcidId, loadFromUrl, openAlexAuthorKey, orcidIdOf, orcidUrl, toProfile, type LoadedProfile, type SourceContext } from '../data/index.js';
import { UsageError, type SnapshotArgs } from './args.js';
import type { Source } from './snapshot.js';

/** An `--also` value as a URL: an http(s) address, a file, an ORCID iD or an OpenAlex author id. */
export function alsoUrl(value: string): URL {
  const v = value.trim();
  if (/^https?:\/\//i.test(v)) {
    try {
      return new URL(v);
    } catch {
      throw new UsageError(`--also "${value}" is not a valid address`, 'snapshot');
    }
  }
  if (existsSync(v)) return pathToFileURL(resolve(v));
  if (isOrcidId(v.toUpperCase())) return new URL(orcidUrl(v.toUpperCase()));
  if (/^A\d+$/i.test(v)) return new URL(`https://api.openalex.org/authors/${v.toUpperCase()}`);
  throw new UsageError(`--also "${value}" is neither an http(s) address, a file, an ORCID iD nor an OpenAlex author id`, 'snapshot');
}

/** True when the merged snapshot is needed: other sources, or links from an ORCID or OpenAlex source. */
export function combines(args: SnapshotArgs, source: Source): boolean {
  if (args.also?.length) return true;
  if (!args.linkSources) return false;
  const f = source.format;
  return f === 'orcid' || f === 'openalex' || (!f && (!!openAlexAuthorKey(source.url) || !!orcidIdOf(source.url)));
}

/** True when the sources (or their links) call the OpenAlex API, where the key matters. */
export function combinedCallsOpenAlex(args: SnapshotArgs, source: Source): boolean {
  const urls = [source.url, ...(args.also ?? []).map(alsoUrl)];
  if (urls.some((u) => /^https?:$/.test(u.protocol) && openAlexAuthorKey(u))) return true;
  // An ORCID record is linked to its OpenAlex author: a free lookup, then the works list calls.
  return !!args.linkSources && urls.some((u, i) => (i === 0 && source.format === 'orcid') || !!orcidIdOf(u));
}

/** The merged profile, validated source by source as in the browser. */
export async function loadCombined(args: SnapshotArgs, source: Source, ctx: SourceContext): Promise<LoadedProfile> {
  const also = (args.also ?? []).map((a) => alsoUrl(a).href);
  return combineSources(source.url.href, { format: source.format, also, linkSources: args.linkSources }, async (src, format) => {
    const url = new URL(src);
    const { profile, warnings } = await loadFromUrl(url, format, ctx);
    return toProfile(profile, url.href, warnings);
  });
}
