/**
 * ORCID iDs: the checksum-validated bare form a validated `Profile` holds
 * (`0000-0002-1825-0097`, a final `X` upper case) and its `https://orcid.org/` URL. Every place
 * that reads an iD from a URL, an attribute, an API record or the command line uses these.
 */

/** An ORCID iD, bare, anywhere in a string (the last character may be X). */
export const ORCID_ID = /\b(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\b/i;

/** True when `id` is a well-formed ORCID iD whose check digit is right (ISO 7064 MOD 11-2). */
export function isOrcidId(id: string): boolean {
  if (!/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/i.test(id)) return false;
  const digits = id.replace(/-/g, '');
  let total = 0;
  for (let i = 0; i < 15; i++) total = (total + Number(digits[i])) * 2;
  const check = (12 - (total % 11)) % 11;
  return digits[15]!.toUpperCase() === (check === 10 ? 'X' : String(check));
}

/**
 * The bare iD in an ORCID iD or URL (`https://orcid.org/0000-…` → `0000-…`) when its check digit
 * is right, else undefined.
 */
export function bareOrcid(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ORCID_ID.exec(value);
  const id = m?.[1]!.toUpperCase();
  return id && isOrcidId(id) ? id : undefined;
}

/**
 * The bare iD written in an ORCID iD or URL (upper-case `X`), whether or not its check digit is
 * right: the form validation stores. Use {@link bareOrcid} where an iD decides what to load.
 */
export function orcidForm(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(value)) return value; // already bare
  return ORCID_ID.exec(value)?.[1]!.toUpperCase();
}

/** `https://orcid.org/<iD>` for a bare iD. */
export function orcidUrl(id: string): string {
  return `https://orcid.org/${id}`;
}
