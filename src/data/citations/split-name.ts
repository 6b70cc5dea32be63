/**
 * Splitting a display name into given and family name: the one part of names the list needs up
 * front (for BibTeX keys, `keys.ts`), kept apart from `names.ts` so its CSL names and
 * organisation patterns stay in the lazily loaded citation code.
 */

/** Lower-case name particles that belong to the family name ("van Beethoven", "de la Cruz"). */
export const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'le', 'la', 'ten', 'ter', 'zu', 'af', 'al', 'el', 'bin', 'ibn', 'st.']);
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
