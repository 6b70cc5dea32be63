/**
 * Citation export: BibTeX entries and one plain-text style (APA-like). Loaded on first use (a
 * "Cite" panel opened, "Download BibTeX", `bibtex()`), so pages that only list works never
 * download it. Input text is already cleaned (see `text.ts`); BibTeX escapes what TeX would read
 * as markup.
 */
import type { Author, Work } from '../../data/schema.js';
import { doiUrl } from '../../data/normalize/doi.js';
import { initialsOf, splitName, typeLabel } from './cite.js';

const TEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes text for a BibTeX field: TeX specials become commands, so braces always balance. */
export function escapeBibtex(s: string): string {
  return s.replace(/[\\{}&%$#_~^]/g, (c) => TEX_SPECIAL[c]!).replace(/\s+/g, ' ').trim();
}

/** As {@link escapeBibtex}, and protects words with inner capitals ("ChatGPT", "DNA") from lower-casing. */
export function escapeBibtexTitle(s: string): string {
  return escapeBibtex(s)
    .split(' ')
    .map((w) => (/^\P{Lu}*\p{L}[^\s]*\p{Lu}/u.test(w) && !w.includes('\\') ? `{${w}}` : w))
    .join(' ');
}

/** A URL or DOI in a BibTeX field: kept verbatim (links must not change), braces and spaces encoded. */
function verbatim(s: string): string {
  return s.replace(/[{}\\\s]/g, (c) => encodeURIComponent(c));
}

/** An author as BibTeX writes it; '' when nothing of the name is left once cleaned (e.g. only tags). */
function bibAuthor(a: Author): string {
  const name = a.name;
  if (!name) return '';
  // A name with " and " in it would be read as two authors: brace it as one.
  if (/\band\b/i.test(name)) return `{${escapeBibtex(name)}}`;
  const { given, family, suffix } = splitName(name);
  if (!given) return escapeBibtex(family);
  return escapeBibtex(suffix ? `${family}, ${suffix}, ${given}` : `${family}, ${given}`);
}

export interface BibtexOptions {
  key: string;
  /** The cleaned title (computed from the work when absent). */
  title?: string;
  /** The link for `url` (already checked by safeUrl). */
  url?: string | null;
}

/** The BibTeX entry type and the field the venue goes into. */
export function bibType(type: string | null | undefined): [string, string | null] {
  const t = (type ?? '').toLowerCase().replace(/[\s_]+/g, '-');
  if (/^(article|journal-article|review|letter|editorial|erratum|journal)$/.test(t)) return ['article', 'journal'];
  if (/proceedings|conference|paper-conference|inproceedings/.test(t)) return ['inproceedings', 'booktitle'];
  if (/chapter|incollection|book-section|book-part/.test(t)) return ['incollection', 'booktitle'];
  if (/^(book|monograph|edited-book|reference-book)$/.test(t)) return ['book', 'publisher'];
  if (/thesis|dissertation/.test(t)) return ['phdthesis', 'school'];
  if (/report|techreport/.test(t)) return ['techreport', 'institution'];
  return ['misc', 'howpublished'];
}

/** One BibTeX entry, fields in a fixed order, two-space indent, one field a line. */
export function toBibtex(work: Work, opts: BibtexOptions): string {
  const title = opts.title ?? (work.title ?? '');
  const [type, venueField] = bibType(work.type);
  const fields: [string, string][] = [];
  const authors = (work.authors ?? []).map(bibAuthor).filter(Boolean);
  if (work.authorsTruncated && authors.length) authors.push('others');
  if (authors.length) fields.push(['author', authors.join(' and ')]);
  if (title) fields.push(['title', escapeBibtexTitle(title)]);
  const venue = (work.venue ?? '');
  if (venue && venueField) fields.push([venueField, escapeBibtex(venue)]);
  if (typeof work.year === 'number') fields.push(['year', String(work.year)]);
  const doi = work.doi ?? null;
  if (doi) fields.push(['doi', verbatim(doi)]);
  const arxiv = doi && /^10\.48550\/arxiv\.(.+)$/i.exec(doi);
  if (arxiv) fields.push(['eprint', verbatim(arxiv[1]!)], ['archiveprefix', 'arXiv']);
  if (opts.url) fields.push(['url', verbatim(opts.url)]);
  if (type === 'misc' && work.type && !venue) fields.push(['note', escapeBibtex(typeLabel(work.type))]);
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@${type}{${opts.key}${body ? `,\n${body}` : ''}\n}`;
}

// ---------------------------------------------------------------------------------------------
// Plain text (APA-like)

function apaAuthor(a: Author): string {
  const { given, family, suffix } = splitName(a.name);
  const initials = initialsOf(given);
  return [family, initials, suffix].filter(Boolean).join(', ');
}

function apaAuthors(authors: readonly Author[], truncated: boolean): string {
  const names = authors.map(apaAuthor).filter(Boolean);
  if (!names.length) return '';
  // APA 7: up to 20 names; beyond that the first 19, an ellipsis and the last.
  if (names.length > 20) return `${names.slice(0, 19).join(', ')}, … ${names[names.length - 1]}${truncated ? ', et al.' : ''}`;
  if (truncated) return `${names.join(', ')}, et al.`;
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
}

const endsWithStop = (s: string) => /[.?!]["”’)]?$/.test(s);

/**
 * "Zhou, J., Chen, Y., & Yu, Y. (2024). Title. Venue. https://doi.org/…" — APA 7 in plain text
 * (no italics), title as given (no forced sentence case: it would mangle names and acronyms).
 */
export function toPlainCitation(work: Work, opts: { title?: string; url?: string | null } = {}): string {
  const title = opts.title ?? (work.title ?? '');
  const parts: string[] = [];
  const authors = apaAuthors(work.authors ?? [], !!work.authorsTruncated);
  const year = typeof work.year === 'number' ? `(${work.year}).` : '(n.d.).';
  const t = title || '[Untitled]';
  if (authors) parts.push(endsWithStop(authors) ? authors : `${authors}.`, year, endsWithStop(t) ? t : `${t}.`);
  else parts.push(endsWithStop(t) ? t : `${t}.`, year);
  const venue = (work.venue ?? '');
  if (venue) parts.push(endsWithStop(venue) ? venue : `${venue}.`);
  const doi = work.doi ?? null;
  const link = doi ? doiUrl(doi) : opts.url;
  if (link) parts.push(link);
  return parts.join(' ');
}
