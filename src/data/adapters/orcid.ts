/**
 * ORCID public API (https://pub.orcid.org/v3.0, which sends CORS headers). Only the matchers live
 * here; the requests and the mapping are in `orcid-map.ts`, loaded on first use.
 *
 * Detection: an `orcid.org` / `pub.orcid.org` URL holding an iD, or any URL whose last path
 * segment is a bare ORCID iD with a valid check digit (so `src="0000-0003-0902-4386"` works);
 * content: an ORCID record or person object (JSON).
 */
import type { SourceFormat } from '../formats.js';
import { orcidIdOf } from './ids.js';

export { orcidIdOf };

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
