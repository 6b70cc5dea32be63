export * from './schema.js';
export * from './validate.js';
export * from './errors.js';
export * from './http-errors.js';
export * from './http.js';
export * from './formats.js';
export * from './load.js';
// Where a source URL points (the snapshot command checks its arguments with these).
export { openAlexAuthorKey, orcidIdOf } from './adapters/index.js';
// Registers the OpenAlex, ORCID and BibTeX formats for `loadFromUrl` (idempotent). `loadProfile`
// does it by itself; a bundler that trusts the package's `sideEffects` list may drop the
// registration that importing the adapters performs, so code that calls `loadFromUrl` directly
// calls this first.
export { registerAdapters } from './adapters/index.js';
// Citations (CSL-JSON, BibTeX / RIS / CSL-JSON exports, formatted citations): the types here, the
// code on first use, so the all-in-one CDN file does not grow (`src/data/citations/index.ts`;
// bundlers may import that module directly).
export type {
  CslItem,
  CslName,
  CslDate,
  CslType,
  BibtexOptions,
  ExportFormat,
  ExportFile,
  ExportOptions,
  NameParts,
  CitationFormat,
  FormatCitationOptions,
  CitationRun,
  CiteStyle,
  CiteLocale,
  CiteStyleInfo,
} from './citations/index.js';
/** Loads the citations module (a lazy chunk): `const { formatCitations } = await loadCitations()`. */
export const loadCitations = (): Promise<typeof import('./citations/index.js')> => import('./citations/index.js');
// Groups and merging (issues 10 and 14).
export * from './group/index.js';
export * from './merge/index.js';
// One researcher from several sources, with the free cross-links (issue 14).
export { combineSources, splitSources, type CombineOptions, type SourceLoader, type SourceKind } from './sources/index.js';
export { ORCID_IN_FLIGHT } from './limiter.js';
// Normalization (done once by validation): the same helpers for code that handles identifiers.
export { cleanText, normalizeDoi, doiUrl, doiKey, bareOrcid, isOrcidId, orcidUrl } from './normalize/index.js';
