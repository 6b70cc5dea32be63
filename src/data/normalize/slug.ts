/**
 * Slugs and keys made from names and titles: one place for every id, anchor and citation key.
 */

/** Lower case without diacritics, for search keys and queries ("Tomás" matches "tomas"). */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  // eslint-disable-next-line no-control-regex
  return /[^\u0000-\u007F]/.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
}

/** A lower-case, dash-separated key made of letters and digits (accents dropped, other letters kept). */
export function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Lower-case, ASCII-only words joined by `-`, safe for an HTML id; `x` when nothing is left. */
export function idSlug(s: string): string {
  return (
    fold(s)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
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
