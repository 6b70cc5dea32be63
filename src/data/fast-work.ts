/**
 * Works and authors, the bulk of a profile (5,000 works are about 35,000 objects), checked,
 * normalized and copied by hand in the common case: what `capFields` and the compiled schema
 * check (`fast-check.ts`) give for them, in one pass with plain property reads and object
 * literals, and no call per field. This matters most before the engine has compiled anything
 * (a visitor's first page), where the general code, shared by every kind of object, is slowest.
 *
 * Anything out of the ordinary (a field of the wrong type, text over its limit, a DOI or ORCID iD
 * that is not one, a key that is there with the value `undefined`, a work merged before, with
 * `versions`, `members` or `sources`) returns `null`, and the
 * general code checks that item instead, with its warnings: the result is always the general
 * code's (test/data/fast-work.test.ts compares them on generated works).
 */
import { TEXT_LIMITS, type Author } from './schema.js';
import { FAIL } from './fast-check.js';
import { cleanLabel, cleanText } from './normalize/text.js';
import { normalizeDoi } from './normalize/doi.js';
import { orcidForm } from './normalize/orcid.js';

type Obj = Record<string, unknown>;

/** An author as validation makes it (`{name, id?, orcid?}`), or null for the general code. */
export function fastAuthor(a: unknown): Author | null {
  // (Tests written out, not called: this runs for every author, most of all on a cold page.)
  if (typeof a !== 'object' || a === null || Array.isArray(a)) return null;
  const x = a as Obj;
  const raw = x.name;
  if (typeof raw !== 'string') return null;
  const name = cleanText(raw); // a work's authors arrive with markup from bibliographic APIs
  if (name.length > TEXT_LIMITS.name) return null;
  const id = x.id;
  const orcid = x.orcid;
  if (id === undefined && orcid === undefined) return 'id' in x || 'orcid' in x ? null : { name };
  let bare: string | undefined;
  if (orcid !== undefined) {
    if (typeof orcid !== 'string' || orcid.length > TEXT_LIMITS.orcid) return null;
    bare = orcidForm(orcid);
    if (bare === undefined) return null;
  } else if ('orcid' in x) return null;
  if (id !== undefined) {
    if (typeof id !== 'string' || id.length === 0 || id.length > TEXT_LIMITS.id) return null;
    return bare === undefined ? { name, id } : { name, id, orcid: bare };
  }
  if ('id' in x) return null;
  return { name, orcid: bare! };
}

/** What a text field holds once checked: its value, `undefined` when absent, or FAIL. */
function text(w: Obj, key: string, value: unknown, max: number, clean: ((s: string) => string) | null): unknown {
  if (value === undefined) return key in w ? FAIL : undefined;
  if (value === null) return null;
  if (typeof value !== 'string') return FAIL;
  const s = clean ? clean(value) : value;
  return s.length > max ? FAIL : s;
}

/** An integer (or null) field; `min` 0 for counts. */
function integer(w: Obj, key: string, value: unknown, min: number): unknown {
  if (value === undefined) return key in w ? FAIL : undefined;
  if (value === null) return null;
  return typeof value === 'number' && Number.isInteger(value) && value >= min ? value : FAIL;
}

/**
 * A work as validation makes it, its authors replaced by `authors` (checked by the caller), or
 * null for the general code. The keys are in the schema's order, present when they were given.
 */
export function fastWork(w: unknown): { work: Obj; authors: unknown[] } | null {
  if (typeof w !== 'object' || w === null || Array.isArray(w)) return null;
  const x = w as Obj;
  const id = x.id;
  if (typeof id !== 'string' || id.length === 0 || id.length > TEXT_LIMITS.id) return null;
  const type = text(x, 'type', x.type, TEXT_LIMITS.type, cleanLabel);
  const year = integer(x, 'year', x.year, -Infinity);
  const venue = text(x, 'venue', x.venue, TEXT_LIMITS.venue, cleanText);
  const title = text(x, 'title', x.title, TEXT_LIMITS.title, cleanText);
  const abstract = text(x, 'abstract', x.abstract, TEXT_LIMITS.abstract, cleanText);
  const rawDoi = x.doi;
  // A DOI over its limit, or that is not one, is dropped with a warning: the general code's case.
  const doi = typeof rawDoi === 'string' ? (rawDoi.length > TEXT_LIMITS.doi ? FAIL : (normalizeDoi(rawDoi) ?? FAIL)) : text(x, 'doi', rawDoi, TEXT_LIMITS.doi, null);
  const url = text(x, 'url', x.url, TEXT_LIMITS.url, null);
  const citations = integer(x, 'citations', x.citations, 0);
  if (type === FAIL || year === FAIL || venue === FAIL || title === FAIL || abstract === FAIL || doi === FAIL || url === FAIL || citations === FAIL) return null;
  const authors = x.authors;
  if (authors !== undefined && !Array.isArray(authors)) return null;
  const truncated = x.authorsTruncated;
  if (truncated !== undefined ? typeof truncated !== 'boolean' : 'authorsTruncated' in x) return null;
  let topics = x.topics;
  if (topics !== undefined) {
    if (!Array.isArray(topics)) return null;
    const out: string[] = new Array(topics.length);
    for (let i = 0; i < topics.length; i++) {
      const t = topics[i];
      if (typeof t !== 'string') return null;
      const c = cleanLabel(t);
      if (c.length > TEXT_LIMITS.topic) return null;
      out[i] = c;
    }
    topics = out;
  } else if ('topics' in x) return null;
  // Linked versions and the lists a work came from (works merged before): the general code's.
  if ('versions' in x || 'members' in x || 'sources' in x) return null;
  const work: Obj = { id };
  if (type !== undefined) work.type = type;
  if (year !== undefined) work.year = year;
  if (venue !== undefined) work.venue = venue;
  if (title !== undefined) work.title = title;
  if (abstract !== undefined) work.abstract = abstract;
  if (doi !== undefined) work.doi = doi;
  if (url !== undefined) work.url = url;
  if (citations !== undefined) work.citations = citations;
  work.authors = [];
  if (truncated !== undefined) work.authorsTruncated = truncated;
  if (topics !== undefined) work.topics = topics;
  return { work, authors: authors ?? [] };
}
