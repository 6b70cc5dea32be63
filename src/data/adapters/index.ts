/**
 * Registers the source adapters: OpenAlex, ORCID and BibTeX. Importing this module adds three
 * small formats (names and matchers); each loads its mapping code (and, for BibTeX, its parser)
 * the first time it is used.
 *
 * Detection order in `loadFromUrl`: the `format` attribute; else the first format whose URL
 * matcher accepts the URL (OpenAlex, ORCID, BibTeX); else the response's content.
 */
import { registerFormat } from '../formats.js';
import { bibtexFormat } from './bibtex.js';
import { openAlexFormat } from './openalex.js';
import { orcidFormat } from './orcid.js';

/**
 * Registers the three formats (idempotent). Importing this module does it too; an explicit call
 * survives bundlers that drop side-effect-only imports of modules not listed in `sideEffects`.
 */
export function registerAdapters(): void {
  registerFormat(openAlexFormat);
  registerFormat(orcidFormat);
  registerFormat(bibtexFormat);
}

registerAdapters();

export { openAlexFormat, openAlexAuthorKey } from './openalex.js';
export { orcidFormat, orcidIdOf } from './orcid.js';
export { bibtexFormat } from './bibtex.js';
export { isOrcidId } from '../normalize/orcid.js';
export type { SourceResult } from '../formats.js';
