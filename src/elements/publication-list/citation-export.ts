/**
 * Citation export for the list: BibTeX entries (the data layer's `toBibtex`) and one plain-text
 * style (APA-like), the fallback when a formatted citation fails. Loaded on first use (a "Cite"
 * panel opened, "Download BibTeX", `bibtex()`), so pages that only list works never download it.
 * Input text is already cleaned (see `text.ts`).
 */
import type { Author, Work } from '../../data/schema.js';
import { doiUrl } from '../../data/normalize/doi.js';
import { initialsOf, splitName } from '../../data/citations/names.js';

export { toBibtex } from '../../data/citations/bibtex.js';

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
