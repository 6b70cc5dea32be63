/**
 * OpenAlex (https://api.openalex.org): an author, then their works. Only the matchers live here;
 * the requests and the mapping are in `openalex-map.ts`, loaded on first use.
 *
 * Detection: `api.openalex.org/authors/A…` (or `/people/A…`, or `/authors/orcid:…`),
 * `openalex.org/A…` and `openalex.org/authors/A…`; content: an OpenAlex author object.
 */
import type { SourceFormat } from '../formats.js';
import { openAlexAuthorKey } from './ids.js';

export { openAlexAuthorKey };


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
