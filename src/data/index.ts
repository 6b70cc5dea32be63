export * from './schema.js';
export * from './validate.js';
export * from './errors.js';
export * from './http-errors.js';
export * from './http.js';
export * from './formats.js';
export * from './load.js';
// Where a source URL points (the snapshot command checks its arguments with these).
export { openAlexAuthorKey, orcidIdOf } from './adapters/index.js';
// Groups and merging (issues 10 and 14).
export * from './group/index.js';
export * from './merge/index.js';
export { ORCID_IN_FLIGHT } from './limiter.js';
