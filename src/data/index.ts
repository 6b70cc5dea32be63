export * from './schema.js';
export * from './validate.js';
export * from './errors.js';
export * from './http-errors.js';
export * from './http.js';
export * from './formats.js';
export * from './load.js';
// Where a source URL points (the snapshot command checks its arguments with these).
export { openAlexAuthorKey, orcidIdOf } from './adapters/index.js';
// Citations: CSL-JSON, BibTeX / RIS / CSL-JSON exports, formatted citations (engine and styles load lazily).
export * from './citations/index.js';
