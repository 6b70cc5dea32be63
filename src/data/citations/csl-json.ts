/**
 * CSL-JSON, the interchange format of citations inside the data layer: every export and every
 * formatted citation starts from {@link toCslJson}. Text is cleaned once here (tags, character
 * references and inline TeX become plain Unicode; see `text.ts`).
 */
import type { Profile, Work } from '../schema.js';
import type { CslItem, CslName, CslType } from './csl-types.js';
import { cslName, httpUrl, normalizeDoi } from './names.js';

/** Work types as the adapters write them (OpenAlex, ORCID, BibTeX, hand-written) → CSL types. */
const TYPE_RULES: Array<[RegExp, CslType]> = [
  [/^(article|journal-article|journal|review|letter|editorial|erratum|retraction|correction|research-article)$/, 'article-journal'],
  [/^(preprint|posted-content|working-paper|e-print|eprint)$/, 'article'],
  [/^(proceedings-article|conference-paper|paper-conference|inproceedings|conference|conference-abstract|conference-output|conference-poster|poster|conference-presentation)$/, 'paper-conference'],
  [/^(chapter|book-chapter|incollection|book-section|book-part|inbook|reference-entry-chapter)$/, 'chapter'],
  [/^(book|monograph|edited-book|reference-book|mvbook|proceedings|book-set)$/, 'book'],
  [/^(dataset|data-set|data)$/, 'dataset'],
  [/(thesis|dissertation)/, 'thesis'],
  [/^(report|techreport|technical-report|report-component)$/, 'report'],
  [/^(software|computer-program)$/, 'software'],
  [/^patent$/, 'patent'],
  [/^(peer-review|book-review)$/, 'review'],
  [/^(entry|reference-entry|encyclopedia-entry|dictionary-entry)$/, 'entry'],
  [/^(web-page|webpage|website|online-resource|online)$/, 'webpage'],
  [/^magazine-article$/, 'article-magazine'],
  [/^newspaper-article$/, 'article-newspaper'],
  [/^(manuscript|unpublished)$/, 'manuscript'],
  [/^(standard|standards-and-policy)$/, 'standard'],
  [/^(lecture-speech|public-speech|speech|presentation|talk)$/, 'speech'],
  [/^blog-post$/, 'post-weblog'],
  [/^(journal-issue|periodical)$/, 'periodical'],
];

/** The CSL type of a work type (`"conference paper"` → `paper-conference`); `document` when unknown. */
export function cslType(type: string | null | undefined): CslType {
  const t = (type ?? '').trim().toLowerCase().replace(/[\s_]+/g, '-');
  for (const [re, csl] of TYPE_RULES) if (re.test(t)) return csl;
  return 'document';
}

/** Types whose venue is the work that contains them (journal, proceedings, book, site). */
const IN_CONTAINER = new Set<CslType>([
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'chapter',
  'entry',
  'paper-conference',
  'post-weblog',
  'review',
  'webpage',
  'document',
]);

/**
 * One work of a validated profile as CSL-JSON. The venue becomes `container-title` (journal,
 * proceedings, book, site) or `publisher` (a book's publisher, a thesis's university, a
 * dataset's repository, a preprint's server); the DOI is bare (`10.…`; styles print
 * `https://doi.org/…`); the URL is kept only when it is `http(s):` and not the DOI's own link.
 * `profile` gives the item an id unique across profiles (`<profile id>/<work id>`).
 */
export function toCslJson(work: Work, profile?: Pick<Profile, 'id'> | null): CslItem {
  const type = cslType(work.type);
  const item: CslItem = { id: profile?.id ? `${profile.id}/${work.id}` : work.id, type };
  const title = (work.title ?? '');
  if (title) item.title = title;
  const authors = (work.authors ?? []).map((a) => cslName(a.name)).filter((n): n is CslName => n !== null);
  if (authors.length) item.author = authors;
  if (typeof work.year === 'number' && Number.isInteger(work.year)) item.issued = { 'date-parts': [[work.year]] };
  const venue = (work.venue ?? '');
  if (venue) {
    if (IN_CONTAINER.has(type)) item['container-title'] = venue;
    else item.publisher = venue;
  }
  const doi = work.doi ?? null;
  if (doi) item.DOI = doi;
  const url = httpUrl(work.url);
  if (url && !(doi && normalizeDoi(url) === doi)) item.URL = url;
  const abstract = (work.abstract ?? '');
  if (abstract) item.abstract = abstract;
  return item;
}

/** Every work as CSL-JSON, in the order given. */
export function toCslJsonList(works: readonly Work[], profile?: Pick<Profile, 'id'> | null): CslItem[] {
  return works.map((w) => toCslJson(w, profile));
}

/** CSL-JSON text of a list of works (an array, even for one work, as reference managers expect). */
export function cslJsonText(works: readonly Work[], profile?: Pick<Profile, 'id'> | null): string {
  return `${JSON.stringify(toCslJsonList(works, profile), null, 2)}\n`;
}
