/**
 * BibTeX entries with stable, unique keys (`keys.ts`), one work at a time ({@link toBibtex}, what
 * `<publication-list>` shows and downloads) or a whole list ({@link toBibtexList}). TeX specials
 * are escaped, so braces always balance.
 */
import type { Author, Work } from '../schema.js';
import { bibKeys, typeLabel } from './keys.js';
import { httpUrl, normalizeDoi, splitName } from './names.js';

export { baseKey, bibKeys, typeLabel } from './keys.js';

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


/**
 * A whole list as one BibTeX file: entries separated by a blank line, with a final newline.
 * `keys` are the works' keys (pass `bibKeys(profile.works)` picked for the shown works, so a key
 * does not change with filtering; default: `bibKeys(works)`). Each work's `http(s)` URL is
 * written unless it is only its DOI's link.
 */
export function toBibtexList(works: readonly Work[], keys: readonly string[] = bibKeys(works)): string {
  const entries = works.map((w, i) => {
    const doi = w.doi ?? null;
    const url = httpUrl(w.url);
    return toBibtex(w, { key: keys[i] ?? `work${i + 1}`, url: url && !(doi && normalizeDoi(url) === doi) ? url : null });
  });
  return entries.length ? `${entries.join('\n\n')}\n` : '';
}
