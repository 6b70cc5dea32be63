/**
 * The profile validator as a module of its own, for core's on-demand load (`core/validator.ts`):
 * in the CDN build it is a chunk whose exports are exactly this, so importing it needs no
 * module-namespace helper in the chunk that holds the validation code (which every element that
 * always shows a profile loads statically).
 */
export { profileValidator } from './from-object.js';
