/**
 * `./profile-source-controller.ts` as `./source-controller.ts` imports it on demand: only ever
 * imported dynamically, so in the CDN build it is a chunk whose exports are exactly this (no
 * module-namespace helper in the chunk that holds the controller).
 */
export { ProfileSourceController } from './profile-source-controller.js';
