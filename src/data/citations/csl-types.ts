/**
 * The part of CSL-JSON (the Citation Style Language's data format, schema 1.0.2) that the
 * library writes: https://github.com/citation-style-language/schema (csl-data.json).
 */

/** A CSL name: split (`family`, `given`, particle, suffix) or written as one `literal`. */
export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

/** A CSL date: `{"date-parts": [[2024]]}`. */
export interface CslDate {
  'date-parts': [[number, number?, number?]];
}

/** The CSL item types this library writes (a subset of CSL 1.0.2's). */
export type CslType =
  | 'article'
  | 'article-journal'
  | 'article-magazine'
  | 'article-newspaper'
  | 'book'
  | 'chapter'
  | 'dataset'
  | 'document'
  | 'entry'
  | 'manuscript'
  | 'paper-conference'
  | 'patent'
  | 'periodical'
  | 'post-weblog'
  | 'report'
  | 'review'
  | 'software'
  | 'speech'
  | 'standard'
  | 'thesis'
  | 'webpage';

/** One work as CSL-JSON. */
export interface CslItem {
  id: string;
  type: CslType;
  title?: string;
  author?: CslName[];
  issued?: CslDate;
  'container-title'?: string;
  publisher?: string;
  DOI?: string;
  URL?: string;
  abstract?: string;
  genre?: string;
}
