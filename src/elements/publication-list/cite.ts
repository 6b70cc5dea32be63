/**
 * Citations, the part the list needs to show works: DOIs, names, stable unique BibTeX keys, type
 * labels. Writing BibTeX entries and APA references (`citation-export.ts`) is loaded the first
 * time a reader opens "Cite" or downloads BibTeX.
 */
import type { Work } from '../../data/schema.js';
import { asciiSlug } from '../../data/normalize/slug.js';

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


// ---------------------------------------------------------------------------------------------
// BibTeX

const STOP = new Set('a an the on of in for and to with from by at as is are via towards toward using de la le el der die das un une'.split(' '));

/** The key before de-duplication: family name of the first author + year + first title word. */
export function baseKey(work: Work, title = (work.title ?? '')): string {
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
