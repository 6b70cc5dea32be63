/**
 * Identifier parsing for the sources, in one module: which OpenAlex author or ORCID iD a URL
 * points at. The format matchers (`openalex.ts`, `orcid.ts`) and the lazily loaded mapping code
 * (`*-map.ts`) both import it, so neither imports the other and there is no import circle.
 */
import { ORCID_ID, isOrcidId } from '../normalize/orcid.js';

const AUTHOR_ID = /^A\d+$/i;

/**
 * The author key OpenAlex accepts at `/authors/{key}` for a URL, or undefined: `A5023888391`, or
 * `orcid:0000-…` for `/authors/orcid:…` and `/authors/https://orcid.org/…`.
 */
export function openAlexAuthorKey(url: URL): string | undefined {
  const host = url.hostname.toLowerCase();
  if (host !== 'api.openalex.org' && host !== 'openalex.org' && host !== 'www.openalex.org') return undefined;
  const path = decodeURIComponent(url.pathname).replace(/\/+$/, '');
  const m = /^\/(?:(?:authors|people)\/)?(.+)$/i.exec(path);
  if (!m) return undefined;
  const rest = m[1]!;
  const last = rest.split('/').pop()!;
  if (AUTHOR_ID.test(last)) return last.toUpperCase();
  if (/^(authors|people)\//i.test(path.slice(1))) {
    const orcid = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$/i.exec(rest);
    if (orcid && /orcid/i.test(rest)) return `orcid:${orcid[1]!.toUpperCase()}`;
  }
  return undefined;
}

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
