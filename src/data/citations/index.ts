/**
 * Citations: CSL-JSON as the interchange format, BibTeX / RIS / CSL-JSON exports, and formatted
 * citations (citeproc-js, official CSL styles, loaded lazily). See `format.ts` for which output
 * the UI should render.
 */
export type { CslItem, CslName, CslDate, CslType } from './csl-types.js';
export { toCslJson, toCslJsonList, cslJsonText, cslType } from './csl-json.js';
export { toBibtex, toBibtexList, bibKeys, baseKey, bibType, escapeBibtex, escapeBibtexTitle, type BibtexOptions } from './bibtex.js';
export { toRis, toRisList, risFromCsl, risName, risType } from './ris.js';
export { exportCitations, EXPORT_FORMATS, type ExportFormat, type ExportFile, type ExportOptions } from './exports.js';
export { cslName, splitName, initialsOf, normalizeDoi, doiUrl, type NameParts } from './names.js';
export {
  formatCitations,
  formatCslItems,
  preloadCitations,
  type CitationFormat,
  type FormatCitationOptions,
} from './format.js';
export { htmlToRuns, runsText, type CitationRun } from './runs.js';
export {
  CITE_STYLES,
  CITE_STYLE_INFO,
  parseCiteStyles,
  isCiteStyle,
  citeLocale,
  type CiteStyle,
  type CiteLocale,
  type CiteStyleInfo,
} from './styles.js';
