/**
 * The list behind `<publication-list>`: each work prepared once per profile (cleaned text, a
 * folded search key, its link and BibTeX key), sorted orders computed once per sort mode, and
 * filtering that only walks a presorted array — so a keystroke is one linear pass of
 * `String.includes` over precomputed keys, with no sorting.
 */
import { safeUrl } from '../../core/safe-url.js';
import type { Profile, Work } from '../../data/schema.js';
import { bibKeys, typeLabel } from '../../data/citations/keys.js';
import { doiUrl } from '../../data/normalize/doi.js';
import { fold, idSlug } from '../../data/normalize/slug.js';
import { type SearchIndex, buildLater } from './search-index.js';
import { runNow } from '../../data/slices.js';

export type SortMode = 'newest' | 'oldest' | 'cited' | 'title';
export type GroupMode = 'year' | 'type' | 'none';
export const SORT_MODES: readonly SortMode[] = ['newest', 'oldest', 'cited', 'title'];
export const GROUP_MODES: readonly GroupMode[] = ['none', 'year', 'type'];

const ALIASES: Record<string, string> = {
  'journal-article': 'article',
  journal: 'article',
  'posted-content': 'preprint',
  'paper-conference': 'proceedings-article',
  inproceedings: 'proceedings-article',
  conference: 'proceedings-article',
  'conference-paper': 'proceedings-article',
  chapter: 'book-chapter',
  incollection: 'book-chapter',
  'book-section': 'book-chapter',
  thesis: 'dissertation',
  phdthesis: 'dissertation',
  mastersthesis: 'dissertation',
  techreport: 'report',
};

const canonical = new Map<string, string>();

/** `Journal Article` → `article`; `''` for none. Memoised: a profile has a handful of types. */
export function canonicalType(type: string | null | undefined): string {
  const raw = type ?? '';
  let c = canonical.get(raw);
  if (c === undefined) {
    const t = raw.trim().toLowerCase().replace(/[\s_]+/g, '-');
    c = ALIASES[t] ?? t;
    if (canonical.size < 1000) canonical.set(raw, c);
  }
  return c;
}

/** The work's link: its DOI at doi.org, else its URL; only http(s). */
export function workLinks(work: Work): { href: string | null; url: string | null; doi: string | null } {
  const doi = work.doi ?? null;
  const url = work.url ? safeUrl(work.url) : null;
  const httpUrl = url && /^https?:/.test(url) ? url : null;
  const doiHref = doi ? safeUrl(doiUrl(doi)) : null;
  return { href: doiHref ?? httpUrl, url: httpUrl, doi };
}

/**
 * One work, prepared for display, search and citation. Only what the first render needs (type,
 * year, citations) is computed up front; cleaned text, links, the search key and the BibTeX key
 * are computed on first use and kept.
 */
export class Entry {
  /** Canonical type key (`article`, `preprint`, …); `''` when unknown. */
  readonly type: string;
  readonly year: number | null;
  readonly citations: number | null;
  private _title?: string;
  private _venue?: string;
  private _abstract?: string;
  private _key?: string;
  private _links?: { href: string | null; url: string | null; doi: string | null };
  private _topics?: string[];

  constructor(
    readonly work: Work,
    /** Position in the profile's `works` (the stable order). */
    readonly index: number,
    /** The list this entry belongs to. */
    readonly owner: Prepared,
  ) {
    this.type = canonicalType(work.type);
    this.year = typeof work.year === 'number' ? work.year : null;
    this.citations = typeof work.citations === 'number' ? work.citations : null;
  }

  /** Cleaned title; `''` when the work has none. */
  get title(): string {
    return (this._title ??= (this.work.title ?? ''));
  }

  get venue(): string {
    return (this._venue ??= (this.work.venue ?? ''));
  }

  /** Cleaned abstract; `''` when none. */
  get abstract(): string {
    return (this._abstract ??= (this.work.abstract ?? ''));
  }

  /** Title, venue, authors and abstract, lower case without diacritics, for search. */
  get key(): string {
    if (this._key === undefined) {
      let names = '';
      for (const a of this.work.authors) names += a.name + '; ';
      this._key = `${fold(this.title)}\n${fold(this.venue)}\n${fold(names)}\n${fold(this.abstract)}`;
    }
    return this._key;
  }

  private get links() {
    return (this._links ??= workLinks(this.work));
  }

  /** The DOI link, else the work's URL; already through safeUrl. `null` when neither is usable. */
  get href(): string | null {
    return this.links.href;
  }

  /** The work's own URL (through safeUrl), for BibTeX's `url` field. */
  get url(): string | null {
    return this.links.url;
  }

  get doi(): string | null {
    return this.links.doi;
  }

  /** Stable and unique within the profile (see `bibKeys`). */
  get bibKey(): string {
    return this.owner.bibKeys()[this.index]!;
  }

  /** Topic names, in the work's order (unknown ids dropped). */
  get topics(): string[] {
    return (this._topics ??= (this.work.topics ?? []).map((id) => this.owner.topicName(id)).filter((n): n is string => !!n));
  }
}

export interface TypeOption {
  value: string;
  label: string;
  count: number;
}

/** A profile's works prepared once (cached per profile object; see {@link prepare}). */
export class Prepared {
  readonly entries: Entry[] = [];
  /** Types present, by count (most first), then label. */
  types: TypeOption[] = [];
  /** Distinct years, newest first. */
  years: number[] = [];
  readonly sorted: Partial<Record<SortMode, Entry[]>> = {};
  /** A word index over the search keys, for lists prepared in slices (see search-index.ts). */
  search?: SearchIndex;
  /** Resolves once {@link search} is there. */
  indexing?: Promise<unknown>;
  private _keys?: string[];
  private _topicNames?: Map<string, string>;

  /** Use {@link prepare} (at once) or {@link prepareSteps} (in slices). */
  constructor(readonly profile: Profile) {}

  /** Builds the entries, a slice at a time (see `data/slices.ts`). */
  *build(): Generator<void, void, void> {
    const typeCounts = new Map<string, number>();
    const years = new Set<number>();
    const works = this.profile.works;
    for (let index = 0; index < works.length; index++) {
      if ((index & 1023) === 1023) yield;
      const e = new Entry(works[index]!, index, this);
      this.entries.push(e);
      typeCounts.set(e.type, (typeCounts.get(e.type) ?? 0) + 1);
      if (e.year !== null) years.add(e.year);
    }
    this.types = [...typeCounts]
      .map(([value, count]) => ({ value, count, label: typeLabel(value) }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    this.years = [...years].sort((a, b) => b - a);
  }

  bibKeys(): string[] {
    return (this._keys ??= bibKeys(
      this.profile.works,
      this.entries.map((e) => e.title),
    ));
  }

  topicName(id: string): string | undefined {
    this._topicNames ??= new Map(this.profile.topics.map((t) => [t.id, t.name]));
    return this._topicNames.get(id);
  }

  /** Computes the search keys ahead of the first search, a slice at a time; true when done. */
  warm(deadline: () => boolean): boolean {
    const start = this._warmed;
    for (; this._warmed < this.entries.length; this._warmed++) {
      // At least 64 entries per call, so progress is made even when idle time is short.
      if (this._warmed - start >= 64 && (this._warmed & 63) === 0 && deadline()) return false;
      void this.entries[this._warmed]!.key;
    }
    return true;
  }
  private _warmed = 0;
}

const cache = new WeakMap<Profile, Prepared>();

/** Prepares a profile's works once (cached per profile object). */
export function prepare(profile: Profile): Prepared {
  let p = cache.get(profile);
  if (!p) {
    p = new Prepared(profile);
    for (const _ of p.build());
    cache.set(profile, p);
  }
  return p;
}

/** Lists longer than this are prepared in slices (`prepareSteps`) before their first render. */
export const LARGE_LIST = 5000;

/** True when the profile's works are prepared already. */
export const isPrepared = (profile: Profile): boolean => cache.has(profile);

/** {@link prepare} as steps, plus the order of `sort` and the search keys, for big lists prepared in slices. */
export function* prepareSteps(profile: Profile, sort: SortMode): Generator<void, Prepared, void> {
  let p = cache.get(profile);
  if (!p) {
    const built = new Prepared(profile);
    yield* built.build();
    cache.set(profile, (p = built));
  }
  yield;
  sortedEntries(p, sort);
  // The search keys too: built later, in idle time, the first keystroke would have to build
  // whatever is left at once (two seconds' worth at 100,000 works).
  while (!p.warm(() => true)) yield;
  // The word index for search is built after the first render, in slices of its own: until it
  // is there, a search checks every key (the same results, slower).
  p.indexing ??= buildLater(p.entries).then(
    (index) => (p.search = index),
    () => undefined,
  );
  return p;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const byIndex = (a: Entry, b: Entry) => a.index - b.index;
const yearDesc = (a: Entry, b: Entry) => (a.year === b.year ? 0 : a.year === null ? 1 : b.year === null ? -1 : b.year - a.year);
const yearAsc = (a: Entry, b: Entry) => (a.year === b.year ? 0 : a.year === null ? 1 : b.year === null ? -1 : a.year - b.year);
const citedDesc = (a: Entry, b: Entry) =>
  a.citations === b.citations ? 0 : a.citations === null ? 1 : b.citations === null ? -1 : b.citations - a.citations;
const titleAsc = (a: Entry, b: Entry) => (!a.title === !b.title ? collator.compare(a.title, b.title) : a.title ? -1 : 1);

const COMPARE: Record<SortMode, (a: Entry, b: Entry) => number> = {
  newest: (a, b) => yearDesc(a, b) || byIndex(a, b),
  oldest: (a, b) => yearAsc(a, b) || byIndex(a, b),
  cited: (a, b) => citedDesc(a, b) || yearDesc(a, b) || byIndex(a, b),
  title: (a, b) => titleAsc(a, b) || yearDesc(a, b) || byIndex(a, b),
};

/**
 * By year (newest or oldest first, works without a year last), stable: a bucket per year, so
 * 100,000 works take a few milliseconds instead of a comparison sort's hundred.
 */
function byYear(entries: readonly Entry[], newest: boolean): Entry[] {
  const buckets = new Map<number | null, Entry[]>();
  for (const e of entries) {
    const b = buckets.get(e.year);
    if (b) b.push(e);
    else buckets.set(e.year, [e]);
  }
  const years = [...buckets.keys()].filter((y): y is number => y !== null).sort((a, b) => (newest ? b - a : a - b));
  const out: Entry[] = [];
  for (const y of [...years, null]) for (const e of buckets.get(y) ?? []) out.push(e);
  return out;
}

/** The entries in `mode` order, computed once per profile and mode. */
export function sortedEntries(p: Prepared, mode: SortMode): Entry[] {
  let list = p.sorted[mode];
  if (!list) p.sorted[mode] = list = mode === 'newest' || mode === 'oldest' ? byYear(p.entries, mode === 'newest') : [...p.entries].sort(COMPARE[mode]);
  return list;
}

/**
 * True when `next` can only narrow what `prev` matched (the user typed more: every term of
 * `prev` is still there, the last one perhaps longer), so filtering `prev`'s matches is enough.
 */
export function refines(prev: string, next: string): boolean {
  const a = fold(prev).trim();
  const b = fold(next).trim();
  return b.startsWith(a);
}

export interface Filter {
  /** The search text as typed. */
  query: string;
  /** Canonical type keys to keep; empty keeps all. */
  types: readonly string[];
  yearFrom: number | null;
  yearTo: number | null;
  /** A group member's id: only the works in which `members` names them. */
  member?: string | null;
}

/** Search terms: folded, split on white space; every term must match (AND). */
export function terms(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/** Keeps the entries matching `f`, in the order of `list`. */
export function filterEntries(list: readonly Entry[], f: Filter): Entry[] {
  return runNow(filterSteps(list, f));
}

/** Entries checked per step of {@link filterSteps}. */
export const FILTER_STEP = 512;

/** {@link filterEntries} in steps of {@link FILTER_STEP} entries (see `data/slices.ts`). */
export function* filterSteps(list: readonly Entry[], f: Filter): Generator<void, Entry[], void> {
  const t = terms(f.query);
  const types = f.types.length ? new Set(f.types) : null;
  let from = f.yearFrom;
  let to = f.yearTo;
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const years = from !== null || to !== null;
  const member = f.member || null;
  if (!t.length && !types && !years && !member) return list as Entry[];
  const match = t.length ? (list[0]?.owner.search?.matcher(list, t) ?? null) : null;
  const out: Entry[] = [];
  for (let i = 0; i < list.length; i++) {
    if (i % FILTER_STEP === FILTER_STEP - 1) yield;
    const e = list[i]!;
    if (types && !types.has(e.type)) continue;
    if (member && !e.work.members?.includes(member)) continue;
    if (years) {
      if (e.year === null) continue;
      if (from !== null && e.year < from) continue;
      if (to !== null && e.year > to) continue;
    }
    if (match ? match(e) : t.every((term) => e.key.includes(term))) out.push(e);
  }
  return out;
}

export interface Group {
  /** `2024`, `nd`, `article`, `other`: used in the heading's id. */
  key: string;
  label: string;
  entries: Entry[];
}

const TYPE_ORDER = ['article', 'proceedings-article', 'preprint', 'book', 'book-chapter', 'review', 'dissertation', 'report', 'dataset', 'software'];

/** Groups `list` (already in sort order, which is kept inside each group). */
export function groupEntries(list: readonly Entry[], by: GroupMode, sort: SortMode): Group[] {
  if (by === 'none') return [{ key: 'all', label: '', entries: list as Entry[] }];
  const map = new Map<string, Group>();
  for (const e of list) {
    const key = by === 'year' ? (e.year === null ? 'nd' : String(e.year)) : e.type || 'other';
    let g = map.get(key);
    if (!g) {
      const label = by === 'year' ? (e.year === null ? 'No date' : String(e.year)) : typeLabel(e.type);
      map.set(key, (g = { key, label, entries: [] }));
    }
    g.entries.push(e);
  }
  const groups = [...map.values()];
  if (by === 'year') {
    const dir = sort === 'oldest' ? 1 : -1;
    groups.sort((a, b) => (a.key === 'nd' ? 1 : b.key === 'nd' ? -1 : dir * (Number(a.key) - Number(b.key))));
  } else {
    const rank = (k: string) => {
      const i = TYPE_ORDER.indexOf(k);
      return k === 'other' ? 1000 : i < 0 ? 100 : i;
    };
    groups.sort((a, b) => rank(a.key) - rank(b.key) || a.label.localeCompare(b.label));
  }
  return groups;
}

/** Lower-case, diacritic-free words joined by `-`, safe for an id (`idSlug` of the data layer). */
export const slug = idSlug;
