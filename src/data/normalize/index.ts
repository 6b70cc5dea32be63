/**
 * Normalization, done once at validation (`../validate.ts`): text, DOIs, ORCID iDs, slugs. One
 * module per kind; elements import the identifier helpers (`doiUrl`, `orcidUrl`) from here.
 */
export { cleanText, cleanLabel, decodeEntities, stripTags, texToUnicode } from './text.js';
export { normalizeDoi, doiUrl, doiKey } from './doi.js';
export { ORCID_ID, isOrcidId, bareOrcid, orcidUrl } from './orcid.js';
export { fold, slug, idSlug, asciiSlug } from './slug.js';
