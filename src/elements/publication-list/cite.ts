/**
 * Citations: BibTeX entries with stable, unique keys, and one plain-text style (APA-like).
 * Input text is already cleaned (see `text.ts`); BibTeX escapes what TeX would read as markup.
 */
import type { Author, Work } from '../../data/schema.js';
import { cleanText } from './text.js';

// ---------------------------------------------------------------------------------------------
// DOI

/** The bare DOI (`10.1234/x`) from `10.1234/x`, `doi:10.1234/x` or a doi.org URL; else `null`. */
export function normalizeDoi(value: string | null | undefined): string | null {
  if (!value) return null;
  let d = value.trim();
  d = d.replace(/^doi:\s*/i, '').replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
  try {
    if (/%[0-9a-f]{2}/i.test(d)) d = decodeURIComponent(d);
  } catch {
    /* keep as is */
  }
  d = d.trim();
  return /^10\.\d{4,9}\/\S+$/.test(d) ? d : null;
}

/** `https://doi.org/<doi>` with the suffix encoded as a URL path (the DOI Handbook's advice). */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/g, (c) => encodeURIComponent(c))}`;
}

// ---------------------------------------------------------------------------------------------
// Names

const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'le', 'la', 'ten', 'ter', 'zu', 'af', 'al', 'el', 'bin', 'ibn', 'st.']);
const SUFFIXES = /^(jr\.?|sr\.?|ii|iii|iv)$/i;

export interface NameParts {
  given: string;
  family: string;
  suffix: string;
}

/** Splits a display name: "Last, First" as written, else the last word (with particles) is the family name. */
export function splitName(name: string): NameParts {
  const n = name.replace(/\s+/g, ' ').trim();
  if (n.includes(',')) {
    const [family, given = '', suffix = ''] = n.split(',').map((p) => p.trim());
    // "Smith, Jr., John" (BibTeX order: von Last, Jr, First)
    if (suffix) return { family: family!, given: suffix, suffix: given };
    return { family: family!, given, suffix: '' };
  }
  const words = n.split(' ');
  let suffix = '';
  if (words.length > 2 && SUFFIXES.test(words[words.length - 1]!)) suffix = words.pop()!;
  if (words.length === 1) return { given: '', family: words[0]!, suffix };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!.toLowerCase())) start--;
  return { given: words.slice(0, start).join(' '), family: words.slice(start).join(' '), suffix };
}

/** "Jean-Paul Marie" → "J.-P. M." */
export function initialsOf(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((w) =>
      w
        .split('-')
        .filter(Boolean)
        .map((p) => {
          const first = [...p][0]!;
          // Already an initial ("J." or "J") or a lower-case word that is not a name part.
          return /\p{L}/u.test(first) ? `${first.toLocaleUpperCase()}.` : first;
        })
        .join('-'),
    )
    .join(' ');
}

/** ASCII letters and digits only, lower case (diacritics folded: "Petrović" → "petrovic"). */
export function asciiSlug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

// ---------------------------------------------------------------------------------------------
// BibTeX

const STOP = new Set('a an the on of in for and to with from by at as is are via towards toward using de la le el der die das un une'.split(' '));

/** The key before de-duplication: family name of the first author + year + first title word. */
export function baseKey(work: Work, title = cleanText(work.title)): string {
  const first = work.authors?.[0];
  const family = first ? asciiSlug(splitName(first.name).family) : '';
  const word = title
    .split(/[\s\-–—:;,./()[\]?!"“”'‘’]+/)
    .map(asciiSlug)
    .find((w) => w && !STOP.has(w));
  return `${family || 'anon'}${work.year ?? 'nd'}${word ?? ''}`.slice(0, 60);
}

/**
 * Stable, unique keys for every work, in the profile's order: the base key, then `a`, `b`, …
 * for later works with the same base (`zhou2024training`, `zhou2024traininga`). The keys do not
 * depend on filtering or sorting.
 */
export function bibKeys(works: readonly Work[], titles?: readonly string[]): string[] {
  const used = new Set<string>();
  const keys: string[] = [];
  works.forEach((w, i) => {
    const base = baseKey(w, titles?.[i]);
    let key = base;
    for (let n = 0; used.has(key); n++) key = base + suffix(n);
    used.add(key);
    keys.push(key);
  });
  return keys;
}

/** a … z, aa, ab, … */
function suffix(n: number): string {
  let s = '';
  n++;
  while (n > 0) {
    n--;
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  }
  return s;
}

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
  const name = cleanText(a.name);
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
  const title = opts.title ?? cleanText(work.title);
  const [type, venueField] = bibType(work.type);
  const fields: [string, string][] = [];
  const authors = (work.authors ?? []).map(bibAuthor).filter(Boolean);
  if (work.authorsTruncated && authors.length) authors.push('others');
  if (authors.length) fields.push(['author', authors.join(' and ')]);
  if (title) fields.push(['title', escapeBibtexTitle(title)]);
  const venue = cleanText(work.venue);
  if (venue && venueField) fields.push([venueField, escapeBibtex(venue)]);
  if (typeof work.year === 'number') fields.push(['year', String(work.year)]);
  const doi = normalizeDoi(work.doi);
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
  const { given, family, suffix } = splitName(cleanText(a.name));
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
  const title = opts.title ?? cleanText(work.title);
  const parts: string[] = [];
  const authors = apaAuthors(work.authors ?? [], !!work.authorsTruncated);
  const year = typeof work.year === 'number' ? `(${work.year}).` : '(n.d.).';
  const t = title || '[Untitled]';
  if (authors) parts.push(endsWithStop(authors) ? authors : `${authors}.`, year, endsWithStop(t) ? t : `${t}.`);
  else parts.push(endsWithStop(t) ? t : `${t}.`, year);
  const venue = cleanText(work.venue);
  if (venue) parts.push(endsWithStop(venue) ? venue : `${venue}.`);
  const doi = normalizeDoi(work.doi);
  const link = doi ? doiUrl(doi) : opts.url;
  if (link) parts.push(link);
  return parts.join(' ');
}

// ---------------------------------------------------------------------------------------------

const TYPE_LABELS: Record<string, string> = {
  article: 'Article',
  'journal-article': 'Article',
  preprint: 'Preprint',
  'posted-content': 'Preprint',
  'proceedings-article': 'Conference paper',
  'paper-conference': 'Conference paper',
  inproceedings: 'Conference paper',
  'book-chapter': 'Book chapter',
  chapter: 'Book chapter',
  incollection: 'Book chapter',
  book: 'Book',
  dataset: 'Dataset',
  review: 'Review',
  dissertation: 'Thesis',
  thesis: 'Thesis',
  phdthesis: 'Thesis',
  report: 'Report',
  techreport: 'Report',
  software: 'Software',
  patent: 'Patent',
  editorial: 'Editorial',
  letter: 'Letter',
  other: 'Other',
};

/** The display label of a work type: known ones by name, others capitalised ("peer-review" → "Peer review"). */
export function typeLabel(type: string | null | undefined): string {
  const t = (type ?? '').trim().toLowerCase();
  if (!t) return 'Other';
  if (TYPE_LABELS[t]) return TYPE_LABELS[t];
  const words = t.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
