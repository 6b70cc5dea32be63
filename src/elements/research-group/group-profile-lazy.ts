/**
 * `./group-profile.ts` as the on-demand imports reach it (`./group-code.ts`, the element's load):
 * only ever imported dynamically, so in the CDN build it is a chunk whose exports are exactly
 * these, and the chunk that holds the group code needs no module-namespace helper.
 */
export { groupFromValue, groupFromValueAsync, groupProfile } from './group-profile.js';
