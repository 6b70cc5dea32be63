/**
 * Normalization and length caps applied before validation (see `TEXT_LIMITS` in `schema.ts`).
 * First each field is normalized once (`normalize/`): text becomes plain text (character
 * references and TeX resolved; tags stripped from titles, venues and abstracts, where JATS/HTML
 * markup arrives), DOIs their bare form, ORCID iDs their bare upper-case form (a DOI or iD that is
 * not one is dropped with a warning). Then the normalized length is measured: over-long text is
 * cut with "…", over-long URLs, DOIs and ORCID iDs are dropped, each with a warning naming the
 * field. Objects are copied only when something changes; the input is never modified.
 */
import { TEXT_LIMITS, type TextLimit } from './schema.js';
import { cleanLabel, cleanText } from './normalize/text.js';
import { normalizeDoi } from './normalize/doi.js';
import { orcidForm } from './normalize/orcid.js';

type Path = (string | number)[];
/** Field → the limit that applies to it. */
type Spec = Record<string, TextLimit>;

/** Limits whose values are dropped, not cut, when too long: a cut one would point elsewhere. */
const DROPPED: ReadonlySet<TextLimit> = new Set(['url', 'doi', 'orcid', 'id', 'date']);

export const PROFILE_FIELDS: Spec = { name: 'name', headline: 'headline', avatar: 'url', orcid: 'orcid', retrieved: 'date' };
export const AFFILIATION_FIELDS: Spec = { name: 'name', url: 'url' };
export const TRUST_FIELDS: Spec = { label: 'label' };
export const LINK_FIELDS: Spec = { profile: 'url', follow: 'url', claim: 'url', contact: 'url', explorer: 'url' };
export const WORK_FIELDS: Spec = { title: 'title', venue: 'venue', abstract: 'abstract', type: 'type', doi: 'doi', url: 'url' };
export const WORK_LISTS: Spec = { topics: 'topic' };
export const AUTHOR_FIELDS: Spec = { name: 'name', orcid: 'orcid' };
export const TOPIC_FIELDS: Spec = { name: 'topic' };
export const PERSON_FIELDS: Spec = { name: 'name', orcid: 'orcid', url: 'url' };
export const PERSON_LISTS: Spec = { institutions: 'id' };
export const INSTITUTION_FIELDS: Spec = { name: 'name', country: 'country', url: 'url' };

/** `text` cut to at most `max` characters, ending in "…" (never splitting a surrogate pair). */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** Limits whose values are identifiers or URLs: never text-cleaned. */
const RAW: ReadonlySet<TextLimit> = new Set(['url', 'id']);
/** Limits whose values arrive with markup (JATS/HTML tags) to strip; other text keeps its `<`. */
const MARKUP: ReadonlySet<TextLimit> = new Set(['title', 'venue', 'abstract']);
/** Field sets whose every text field is stripped of tags: a work's authors, as bibliographic APIs send them. */
const MARKUP_SPECS: ReadonlySet<Spec> = new Set([AUTHOR_FIELDS]);

/** The normalized form of `value` for its kind of field, or `null` when it is not one (DOI, iD). */
export function normalizeField(value: string, limit: TextLimit, markup = MARKUP.has(limit)): string | null {
  if (limit === 'doi') return normalizeDoi(value);
  if (limit === 'orcid') return orcidForm(value) ?? null;
  return RAW.has(limit) ? value : markup ? cleanText(value) : cleanLabel(value);
}

const where = (path: Path, key: string | number) =>
  [...path, key].reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : out ? `${out}.${k}` : k), '');

/**
 * `obj` with its over-long fields cut or dropped (a copy when any was), warnings added. Lists of
 * strings named in `lists` (a work's `topics`) are capped item by item.
 */
export function capFields<T>(obj: T, spec: Spec, path: Path, warnings: string[], lists: Spec = {}): T {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return obj;
  let out: Record<string, unknown> | null = null;
  const src = obj as Record<string, unknown>;
  for (const key in spec) {
    const raw = src[key];
    if (typeof raw !== 'string') continue;
    const limit = spec[key]!;
    // An identifier too long to be one is dropped for its length; text is measured once clean.
    const value = DROPPED.has(limit) && raw.length > TEXT_LIMITS[limit] ? raw : normalizeField(raw, limit, MARKUP.has(limit) || MARKUP_SPECS.has(spec));
    if (value === null) {
      out ??= { ...src };
      delete out[key];
      warnings.push(`${where(path, key)}: not ${limit === 'doi' ? 'a DOI' : 'a valid ORCID iD'} ("${raw.slice(0, 80)}"), dropped`);
      continue;
    }
    if (value !== raw) {
      out ??= { ...src };
      out[key] = value;
    }
    const max = TEXT_LIMITS[limit];
    if (value.length <= max) continue;
    out ??= { ...src };
    const n = max.toLocaleString('en');
    if (!DROPPED.has(limit)) {
      out[key] = truncate(value, max);
      warnings.push(`${where(path, key)}: longer than ${n} characters (${value.length.toLocaleString('en')}), cut`);
    } else {
      delete out[key];
      warnings.push(`${where(path, key)}: longer than ${n} characters, dropped`);
    }
  }
  for (const key in lists) {
    let value = src[key];
    if (!Array.isArray(value)) continue;
    const limit = lists[key]!;
    const max = TEXT_LIMITS[limit];
    const cut = !DROPPED.has(limit);
    if (!RAW.has(limit) && value.some((x) => typeof x === 'string' && cleanLabel(x) !== x)) {
      out ??= { ...src };
      value = out[key] = value.map((x) => (typeof x === 'string' ? cleanLabel(x) : x));
    }
    const items = value as unknown[];
    if (!items.some((x) => typeof x === 'string' && x.length > max)) continue;
    out ??= { ...src };
    const kept: unknown[] = [];
    items.forEach((x, i) => {
      if (typeof x !== 'string' || x.length <= max) kept.push(x);
      else if (cut) kept.push(truncate(x, max));
      if (typeof x === 'string' && x.length > max) warnings.push(`${where(path, key)}[${i}]: longer than ${max.toLocaleString('en')} characters, ${cut ? 'cut' : 'dropped'}`);
    });
    out[key] = kept;
  }
  return (out ?? obj) as T;
}
