export * from './schema.js';
export * from './validate.js';
export * from './errors.js';
export * from './http-errors.js';
export * from './http.js';
export * from './formats.js';
export * from './load.js';
