/**
 * DOIs: the bare form a validated `Profile` holds (`10.1234/abc`, no resolver, no `doi:`), its
 * `https://doi.org/` URL, and its lower-case key. DOIs are case-insensitive (DOI Handbook 2.4):
 * the bare form keeps the case it was given (citations print `10.48550/arXiv.2401.02643` as the
 * registrant wrote it), and `doiKey` is what works are compared and merged by.
 */

const BARE = /^10\.\d{4,9}\/[^\s%]+$/;

/**
 * The bare DOI (`10.1234/x`) from `10.1234/x`, `doi:10.1234/x` or a doi.org URL
 * (percent-escapes decoded); else `null`.
 */
export function normalizeDoi(value: unknown): string | null {
  if (typeof value !== 'string' || !value) return null;
  // Already bare (every DOI of a validated profile): nothing to strip or decode.
  if (BARE.test(value)) return value;
  let d = value.trim();
  d = d.replace(/^doi:\s*/i, '').replace(/^https?:\/\/(?:dx\.|www\.)?doi\.org\//i, '');
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

/**
 * The key two DOIs are compared by (DOIs are case-insensitive): the bare form, lower case, without
 * trailing punctuation picked up from prose (`https://doi.org/10.1/ABC.` → `10.1/abc`); else null.
 */
export function doiKey(value: unknown): string | null {
  return normalizeDoi(typeof value === 'string' ? value.trim().replace(/[\s.,;]+$/, '') : value)?.toLowerCase() ?? null;
}
