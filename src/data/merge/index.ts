// Merging works from several lists (issues 10 and 14).
export * from './works.js';
export { doiKey, workIdKey, titleKey, nameKey, authorKeys, isPreprint, preprintVenue } from './keys.js';
export { mergeProfiles, type ProfileSource, type MergeProfilesOptions } from './profiles.js';
