/**
 * ORCID public API (https://pub.orcid.org/v3.0, which sends CORS headers). Only the matchers live
 * here; the requests and the mapping are in `orcid-map.ts`, loaded on first use.
 *
 * Detection: an `orcid.org` / `pub.orcid.org` URL holding an iD, or any URL whose last path
 * segment is a bare ORCID iD with a valid check digit (so `src="0000-0003-0902-4386"` works);
 * content: an ORCID record or person object (JSON).
 */
import type { SourceFormat } from '../formats.js';
import { ORCID_ID, isOrcidId } from '../normalize/orcid.js';

const ORCID_HOSTS = /^(?:www\.|pub\.|api\.)?(?:sandbox\.)?orcid\.org$/i;

/** The ORCID iD a URL points at, or undefined. */
export function orcidIdOf(url: URL): string | undefined {
  const path = decodeURIComponent(url.pathname);
  if (ORCID_HOSTS.test(url.hostname)) {
    const m = ORCID_ID.exec(path);
    return m && isOrcidId(m[1]!.toUpperCase()) ? m[1]!.toUpperCase() : undefined;
  }
  if (/(^|\.)openalex\.org$/i.test(url.hostname)) return undefined;
  const last = path.replace(/\/+$/, '').split('/').pop() ?? '';
  return isOrcidId(last.toUpperCase()) ? last.toUpperCase() : undefined;
}

export const orcidFormat: SourceFormat = {
  name: 'orcid',
  matchesUrl: (url) => orcidIdOf(url) !== undefined,
  matchesContent: (text) =>
    /^\s*\{/.test(text) && (/"orcid-identifier"\s*:/.test(text) || (/"given-names"\s*:/.test(text) && /"path"\s*:\s*"\/?\d{4}-\d{4}-\d{4}-\d{3}[\dX]/i.test(text))),
  async load(url, ctx) {
    const { loadOrcid } = await import('./orcid-map.js');
    return loadOrcid(url, ctx);
  },
  async parse(text, url) {
    const { parseOrcid } = await import('./orcid-map.js');
    return parseOrcid(text, url);
  },
};
