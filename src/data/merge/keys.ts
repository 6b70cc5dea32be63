/**
 * The keys works are matched by when lists are merged: a bare lower-case DOI, an OpenAlex or
 * ORCID work id, a title with case, punctuation, diacritics and markup removed, and author keys
 * (ORCID iD, OpenAlex author id, family name + first initial). Plus: is this work a preprint?
 */
import type { Author, Work } from '../schema.js';

const DIACRITICS = /[\u0300-\u036f]/g;
const LETTERS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th', ð: 'd' };
const SPECIAL = /[łøđħıæœßþð]/g;
const ASCII = /^[\x20-\x7e]*$/;
/** Printable ASCII without markup (`<`, `&`, `\`): a title with nothing but case and punctuation to remove (one test, hot). */
const PLAIN_ASCII = /^[\x20-\x25\x27-\x3b\x3d-\x5b\x5d-\x7e]*$/;
/** Lower case, no diacritics, and the letters NFKD leaves alone (ł, ø, æ, ß, …) spelled out. */
const plain = (s: string): string => s.normalize('NFKD').replace(DIACRITICS, '').toLowerCase().replace(SPECIAL, (c) => LETTERS[c]!);

export { doiKey } from '../normalize/doi.js';
import { doiKey } from '../normalize/doi.js';

const BARE_DOI = /^10\.\d{4,9}\/[^\s%]+$/;

/**
 * `doiKey` for the DOIs a merge meets most: a validated profile's DOI is bare, with no trailing
 * punctuation, and its key is its lower case (one test instead of a trim, a replace and a test).
 * Anything else goes through `doiKey`; the result is always `doiKey`'s.
 */
export function workDoiKey(doi: unknown): string | null {
  if (typeof doi !== 'string' || !doi) return null;
  const last = doi.charCodeAt(doi.length - 1);
  if (last !== 46 && last !== 44 && last !== 59 && BARE_DOI.test(doi)) return doi.toLowerCase();
  return doiKey(doi);
}

/**
 * A work id that names the same work wherever it is found: an OpenAlex work (`W2741809807`, or
 * its URL) or an ORCID put-code (all digits). Other ids (BibTeX keys, slugs) are local to their
 * list and never matched across lists.
 */
export function workIdKey(id: unknown): string | null {
  if (typeof id !== 'string') return null;
  // The key is the id itself when it is already in its plain form (a string the Map hashes once).
  const c = id.charCodeAt(0);
  if (c === 87 /* W */ ? OPENALEX_WORK.test(id) : c >= 48 && c <= 57 && PUT_CODE.test(id)) return id;
  // Anything else that can be a work id starts with `h` (a URL), `w`, a digit or a space (trimmed).
  if (c > 32 && c < 128 && c !== 72 && c !== 104 && c !== 119 && (c < 48 || c > 57) && c !== 87) return null;
  const s = id.trim();
  const oa = /^(?:https?:\/\/(?:api\.)?openalex\.org\/(?:works\/)?)?(W\d+)$/i.exec(s);
  if (oa) return oa[1]!.toUpperCase();
  return PUT_CODE.test(s) ? s : null;
}

const OPENALEX_WORK = /^W\d+$/;
const PUT_CODE = /^\d{1,15}$/;

/** Generic titles that never identify a work on their own. */
const GENERIC = new Set([
  'introduction',
  'preface',
  'foreword',
  'editorial',
  'erratum',
  'correction',
  'corrigendum',
  'reply',
  'response',
  'comment',
  'commentary',
  'discussion',
  'index',
  'contents',
  'bookreview',
  'review',
  'abstract',
  'abstracts',
  'untitled',
]);

const LONGEST_GENERIC = Math.max(...[...GENERIC].map((g) => g.length));

/**
 * A title with markup (HTML tags, TeX commands and braces, `$`), case, punctuation, spaces and
 * diacritics removed: letters and digits only. Null for no title, a very short one or a generic
 * one ("Editorial"), which must not match works by title.
 */
export function titleKey(title: unknown): string | null {
  if (typeof title !== 'string' || !title) return null;
  let s: string;
  if (PLAIN_ASCII.test(title)) {
    s = title.toLowerCase().replace(/[^a-z0-9]+/g, ''); // the common case, without Unicode work
  } else {
    s = plain(title)
      .replace(/<[^>]{0,200}>/g, ' ')
      .replace(/&[a-z]+;|&#\d+;/gi, ' ')
      .replace(/\\(?:text[a-z]*|emph|math[a-z]*|mbox|it|bf|rm|sc|sf|tt|em)\b\s*/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  }
  if (s.length < 8 || (s.length <= LONGEST_GENERIC && GENERIC.has(s))) return null;
  return s;
}

/**
 * A 32-bit hash of `titleKey(title)` (FNV-1a over its characters), or -1 when that is null. For
 * printable ASCII titles (nearly all) it is worked out without making the key: no string per work
 * when a list is merged. Equal keys give equal hashes; different keys rarely do, so a merge
 * compares the keys themselves when hashes meet (see `works.ts`).
 */
export function titleHash(title: unknown): number {
  if (typeof title !== 'string' || !title) return -1;
  let h = 0x811c9dc5;
  let n = 0;
  for (let i = 0; i < title.length; i++) {
    let c = title.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      // a-z
    } else if (c >= 65 && c <= 90) c += 32;
    else if (c >= 48 && c <= 57) {
      // 0-9
    } else if (c < 32 || c > 126 || c === 38 || c === 60 || c === 92) return keyHash(titleKey(title)); // markup or not ASCII
    else continue;
    h = Math.imul(h ^ c, 0x01000193);
    n++;
  }
  if (n < 8) return -1;
  if (n <= LONGEST_GENERIC && titleKey(title) === null) return -1;
  return h >>> 0;
}

/** The hash {@link titleHash} gives for a key already made. */
function keyHash(key: string | null): number {
  if (key === null) return -1;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A name folded for matching: no diacritics, lower case, letters, commas and single spaces only. */
function fold(name: string): string {
  const s = ASCII.test(name) ? name.toLowerCase().replace(/[^a-z\s,]+/g, ' ') : plain(name).replace(/[^\p{L}\s,]+/gu, ' ');
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * `family given-initial` for a personal name: "Ludmila I. Kuncheva", "L. Kuncheva" and
 * "Kuncheva, Ludmila" all give `kuncheva l`. Null when there is no name.
 */
export function nameKey(name: unknown): string | null {
  if (typeof name !== 'string') return null;
  const hit = names.get(name);
  if (hit !== undefined) return hit;
  if (names.size >= MEMO_SIZE) names.clear();
  const key = computeNameKey(name);
  names.set(name, key);
  return key;
}

// Co-authors' names repeat across works and lists: their keys are remembered (a bounded memo).
const MEMO_SIZE = 50_000;
const names = new Map<string, string | null>();

function computeNameKey(name: string): string | null {
  const quick = asciiNameKey(name);
  return quick !== undefined ? quick : foldedNameKey(name);
}

/**
 * {@link nameKey} for a printable ASCII name (most names), in one pass over its characters with no
 * regular expression: what {@link foldedNameKey} gives, cheaper on a visitor's cold page. Words
 * are runs of letters; with a comma, the family name is every letter before the first one and the
 * initial the first letter after it; without, the family name is the last word and the initial
 * the first word's first letter. Undefined for a name with any other character.
 */
function asciiNameKey(name: string): string | null | undefined {
  const s = name.toLowerCase();
  const n = s.length;
  let family = ''; // the words so far, run together (the family name when a comma follows)
  let lastWord = '';
  let firstInitial = '';
  let words = 0;
  let start = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return undefined;
    if (c >= 97 && c <= 122) {
      if (start < 0) {
        start = i;
        if (!words) firstInitial = s.charAt(i);
      }
      continue;
    }
    if (start >= 0) {
      lastWord = s.slice(start, i);
      family += lastWord;
      words++;
      start = -1;
    }
    if (c === 44) {
      let initial = '';
      for (let j = i + 1; j < n; j++) {
        const d = s.charCodeAt(j);
        if (d < 0x20 || d > 0x7e) return undefined;
        if (!initial && d >= 97 && d <= 122) initial = s.charAt(j);
      }
      if (!family) return null;
      return initial ? `${family} ${initial}` : family;
    }
  }
  if (start >= 0) {
    lastWord = s.slice(start);
    words++;
  }
  if (!words) return null;
  return words > 1 ? `${lastWord} ${firstInitial}` : lastWord;
}

/** {@link nameKey} of any name: folded (no diacritics, lower case), then split into family and given names. */
export function foldedNameKey(name: string): string | null {
  const f = fold(name);
  if (!f) return null;
  let family: string;
  let given: string;
  const comma = f.indexOf(',');
  if (comma >= 0) {
    family = f.slice(0, comma).trim();
    given = f.slice(comma + 1).trim();
  } else {
    const parts = f.split(' ');
    family = parts.pop()!;
    given = parts.join(' ');
  }
  family = family.replace(/[\s,]+/g, '');
  if (!family) return null;
  const initial = given.replace(/[\s,]+/g, '').charAt(0);
  return initial ? `${family} ${initial}` : family;
}

const OPENALEX_AUTHOR = /^A\d+$/i;

/** Keys an author is known by: `orcid:…`, `openalex:A…` and `name:family i`. */
export function authorKeys(a: Author): string[] {
  const keys: string[] = [];
  authorIdKeys(a, keys);
  const n = authorNameKey(a);
  if (n) keys.push(n);
  return keys;
}

/** The keys of {@link authorKeys} that come from identifiers (`orcid:…`, `openalex:A…`), added to `keys`. */
export function authorIdKeys(a: Author, keys: string[]): void {
  const orcid = typeof a.orcid === 'string' ? /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/i.exec(a.orcid)?.[1] : undefined;
  if (orcid) keys.push(`orcid:${orcid.toUpperCase()}`);
  if (a.id) {
    const id = openAlexKey(a.id);
    if (id) keys.push(id);
  }
}

/** The key of {@link authorKeys} that comes from the name (`name:family i`), or null. */
export function authorNameKey(a: Author): string | null {
  return taggedNameKey(a.name);
}

// The same co-authors come back on work after work: their tagged keys are remembered, the same
// string each time (built and hashed once), in bounded memos.
const idKeys = new Map<string, string | null>();
const nameKeys = new Map<string, string | null>();

/** `openalex:A…` for an OpenAlex author id, else null (remembered). */
function openAlexKey(id: string): string | null {
  let k = idKeys.get(id);
  if (k === undefined) {
    if (idKeys.size >= MEMO_SIZE) idKeys.clear();
    k = OPENALEX_AUTHOR.test(id) ? `openalex:${id.toUpperCase()}` : null;
    idKeys.set(id, k);
  }
  return k;
}

/** `name:` and the name's key, or null (remembered). */
function taggedNameKey(name: unknown): string | null {
  if (typeof name !== 'string') return null;
  let k = nameKeys.get(name);
  if (k === undefined) {
    if (nameKeys.size >= MEMO_SIZE) nameKeys.clear();
    const n = nameKey(name);
    k = n ? `name:${n}` : null;
    nameKeys.set(name, k);
  }
  return k;
}

const PREPRINT_TYPES = new Set(['preprint', 'posted-content', 'posted content']);
const PREPRINT_VENUES = /\b(arxiv|biorxiv|medrxiv|ssrn|research ?square|chemrxiv|psyarxiv|osf preprints|preprints\.org)\b/i;

/**
 * True for a preprint: type preprint / posted-content, a preprint server as venue (arXiv,
 * bioRxiv, medRxiv, SSRN, Research Square, …), or a DOI of one (10.48550 arXiv, 10.1101/ followed
 * by a date or a number for bioRxiv and medRxiv, 10.2139 SSRN, 10.21203 Research Square).
 */
export function isPreprint(w: Pick<Work, 'type' | 'venue' | 'doi'>, doi: string | null = doiKey(w.doi)): boolean {
  if (w.type && PREPRINT_TYPES.has(w.type.toLowerCase())) return true;
  if (w.venue && PREPRINT_VENUES.test(w.venue)) return true;
  if (!doi) return false;
  return /^10\.(48550|2139|21203)\//.test(doi) || /^10\.1101\/(\d{4}\.\d{2}\.\d{2}\.)?\d+(v\d+)?$/.test(doi);
}

/** The preprint server's name for a version badge: the venue, else one known from the DOI. */
export function preprintVenue(w: Pick<Work, 'venue' | 'doi'>): string | null {
  const doi = doiKey(w.doi) ?? '';
  if (w.venue) {
    const m = PREPRINT_VENUES.exec(w.venue);
    if (m) return { arxiv: 'arXiv', biorxiv: 'bioRxiv', medrxiv: 'medRxiv', ssrn: 'SSRN' }[m[1]!.toLowerCase()] ?? w.venue;
    return w.venue;
  }
  if (doi.startsWith('10.48550/')) return 'arXiv';
  if (doi.startsWith('10.2139/')) return 'SSRN';
  if (doi.startsWith('10.21203/')) return 'Research Square';
  if (doi.startsWith('10.1101/')) return 'bioRxiv';
  return null;
}
