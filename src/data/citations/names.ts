/**
 * Personal names as citations need them (`splitName`, kept in `split-name.ts`, `initialsOf`,
 * `cslName`). DOIs and slugs come from `../normalize/`.
 */
import type { CslName } from './csl-types.js';
import { PARTICLES, splitName } from './split-name.js';
export { PARTICLES, splitName, type NameParts } from './split-name.js';
export { normalizeDoi, doiUrl } from '../normalize/doi.js';
export { asciiSlug } from '../normalize/slug.js';

/** An absolute `https:` or `http:` URL as given (normalised by the URL parser), else `null`. */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value || value.length > 4096) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Names

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


/** Words that make a name an organisation's, written as given ("Smith and Sons Consortium"). */
const ORGANISATION =
  /\b(and|consortium|collaboration|group|team|laborator(y|ies)|lab|institut(e|o)?|universit(y|ät|é|à|ad)|college|committee|association|society|project|initiative|network|council|foundation|agency|ministry|department|center|centre|inc\.?|ltd\.?|gmbh|corporation|organi[sz]ation)\b/i;
/** Scripts written without spaces between family and given name (Chinese, Japanese, Korean). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * A display name as a CSL name: `{family, given, non-dropping-particle?, suffix?}`, or
 * `{literal}` when the name cannot be split safely — a single word ("Madonna"), a name written in
 * Chinese, Japanese or Korean ("陈武辉": no space tells where the family name ends), or an
 * organisation ("Smith and Sons Consortium"). "Last, First" is read as written. `''` gives `null`.
 */
export function cslName(name: string): CslName | null {
  const n = name.replace(/\s+/g, ' ').trim();
  if (!n) return null;
  if (CJK.test(n) || (ORGANISATION.test(n) && !n.includes(','))) return { literal: n };
  const { given, family, suffix } = splitName(n);
  if (!given || !family) return { literal: n };
  const out: CslName = {};
  const words = family.split(' ');
  let i = 0;
  while (i < words.length - 1 && PARTICLES.has(words[i]!.toLowerCase()) && words[i] === words[i]!.toLowerCase()) i++;
  out.family = words.slice(i).join(' ');
  out.given = given;
  if (i > 0) out['non-dropping-particle'] = words.slice(0, i).join(' ');
  if (suffix) out.suffix = suffix;
  return out;
}
