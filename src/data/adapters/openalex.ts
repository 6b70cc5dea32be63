/**
 * OpenAlex (https://api.openalex.org): an author, then their works. Only the matchers live here;
 * the requests and the mapping are in `openalex-map.ts`, loaded on first use.
 *
 * Detection: `api.openalex.org/authors/A…` (or `/people/A…`, or `/authors/orcid:…`),
 * `openalex.org/A…` and `openalex.org/authors/A…`; content: an OpenAlex author object.
 */
import type { SourceFormat } from '../formats.js';

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

export const openAlexFormat: SourceFormat = {
  name: 'openalex',
  matchesUrl: (url) => openAlexAuthorKey(url) !== undefined,
  matchesContent: (text) => /^\s*\{/.test(text) && /"id"\s*:\s*"https:\/\/openalex\.org\/A\d+"/.test(text) && /"works_count"\s*:/.test(text),
  async load(url, ctx) {
    const { loadOpenAlex } = await import('./openalex-map.js');
    return loadOpenAlex(url, ctx);
  },
  async parse(text, url) {
    const { parseOpenAlex } = await import('./openalex-map.js');
    return parseOpenAlex(text, url);
  },
};
