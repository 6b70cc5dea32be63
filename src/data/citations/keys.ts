/**
 * The small part of citations a list needs before any citation code loads: stable, unique BibTeX
 * keys and the display labels of work types. Kept apart from `bibtex.ts` so `<publication-list>`
 * can import it up front while writing entries stays in a lazily loaded chunk.
 */
import type { Work } from '../schema.js';
import { asciiSlug } from '../normalize/slug.js';
import { splitName } from './split-name.js';

// ---------------------------------------------------------------------------------------------
// Keys

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
// Type labels (the list's type filter and groups, a `misc` entry's note)

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
