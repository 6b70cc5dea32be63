// The merge as it was before the cold-page rewrite (issue 10 "Speed"): a straightforward reference
// implementation of the rules, kept for the property test (merge-reference.test.ts) only.
/**
 * Merging lists of works into one list where each work appears once: a group's members' lists
 * (issue 10), or one person's sources (issue 14), or a single list that holds a work twice.
 *
 * Two works are the same work when they have
 * - the same DOI (bare, lower case), or
 * - the same OpenAlex work id (`W…`) or ORCID put-code, or
 * - the same title once case, punctuation, diacritics and markup are removed, an author in common
 *   (same ORCID iD, OpenAlex author id, or family name and first initial; a list's owner counts as
 *   an author of each of its works), and years at most one apart (or a year unknown).
 * Generic titles ("Editorial", "Introduction") and very short ones never match by title.
 *
 * Of a preprint and its published version, the published one is kept and lists the preprint in
 * `versions` (`{kind: 'preprint', venue, doi, url, …}`). A merged work keeps the first published
 * record's fields (filling gaps from the other published records), the union of the authors, the
 * highest citation count, the union of topics, and records the lists it came from in `sources`
 * (or `members`, for a group).
 *
 * Matching hashes keys (no pairwise comparison of all works): DOI and id keys are exact, and the
 * title rule compares only works whose normalized titles are equal (a bucket per title).
 */
import type { Author, Work, WorkVersion } from '../../../src/data/schema.js';
import { authorKeys, doiKey, isPreprint, preprintVenue, titleKey, workIdKey } from '../../../src/data/merge/keys.js';
import { doiUrl } from '../../../src/data/normalize/doi.js';

/** One list of works to merge, with the id recorded on each work that came from it. */
export interface WorkList {
  /** Recorded in the merged works' `sources` (or `members`): a member id, a source URL, … */
  id: string;
  works: readonly Work[];
  /** The list's owner (a member, the profile's researcher): an author of each of its works for the title rule. */
  owner?: Author;
}

export interface MergeWorksOptions {
  /** Where the ids of the lists a work came from are recorded: `sources` (default) or `members`. */
  field?: 'sources' | 'members';
}

/** Largest bucket of equal titles compared by authors and years (beyond it, titles alone never merge). */
const MAX_TITLE_BUCKET = 500;

interface Entry {
  work: Work;
  list: number;
  preprint: boolean;
  /** The work's DOI key, computed once. */
  doi: string | null;
}

/** Merges lists of works; see the module comment for the rules. The input is not changed. */
export function referenceMergeWorks(lists: readonly WorkList[], opts: MergeWorksOptions = {}): Work[] {
  const field = opts.field ?? 'sources';
  const entries: Entry[] = [];
  lists.forEach((l, list) => {
    for (const work of l.works) {
      const doi = doiKey(work.doi);
      entries.push({ work, list, preprint: isPreprint(work, doi), doi });
    }
  });
  const n = entries.length;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  // Exact keys: DOI and work ids (a work's own, and those of versions it already links).
  const byDoi = new Map<string, number>();
  const byId = new Map<string, number>();
  const key = (map: Map<string, number>, k: string | null, i: number) => {
    if (!k) return;
    const hit = map.get(k);
    if (hit === undefined) map.set(k, i);
    else union(hit, i);
  };
  // A title seen once holds its work's index; a title seen again, the list of them (most titles are
  // seen once: no array for each).
  const titles = new Map<string, number | number[]>();
  for (let i = 0; i < n; i++) {
    const w = entries[i]!.work;
    key(byDoi, entries[i]!.doi, i);
    key(byId, workIdKey(w.id), i);
    if (w.versions) {
      for (const v of w.versions) {
        key(byDoi, doiKey(v.doi), i);
        key(byId, workIdKey(v.id), i);
      }
    }
    const t = titleKey(w.title);
    if (t) {
      const bucket = titles.get(t);
      if (bucket === undefined) titles.set(t, i);
      else if (typeof bucket === 'number') titles.set(t, [bucket, i]);
      else bucket.push(i);
    }
  }

  // Same title: an author in common and years at most one apart.
  const authorSets: (Set<string> | undefined)[] = new Array(n);
  const ownerKeys = lists.map((l) => (l.owner ? authorKeys(l.owner) : []));
  // Each author's keys once (the title rule and the merged author list both need them).
  const keyCache = new Map<Author, string[]>();
  const keysOf = (a: Author): string[] => {
    let k = keyCache.get(a);
    if (!k) keyCache.set(a, (k = authorKeys(a)));
    return k;
  };
  const authorsOf = (i: number): Set<string> => {
    let s = authorSets[i];
    if (!s) {
      const e = entries[i]!;
      s = new Set(ownerKeys[e.list]);
      for (const a of e.work.authors ?? []) for (const k of keysOf(a)) s.add(k);
      authorSets[i] = s;
    }
    return s;
  };
  for (const bucket of titles.values()) {
    if (typeof bucket === 'number') continue;
    const b = bucket.length > MAX_TITLE_BUCKET ? bucket.slice(0, MAX_TITLE_BUCKET) : bucket;
    for (let x = 1; x < b.length; x++) {
      const i = b[x]!;
      for (let y = 0; y < x; y++) {
        const j = b[y]!;
        if (find(i) === find(j)) continue;
        if (!yearsClose(entries[i]!.work.year, entries[j]!.work.year)) continue;
        if (!overlap(authorsOf(i), authorsOf(j))) continue;
        union(i, j);
      }
    }
  }

  // Clusters in the order their first work appears (a cluster's root is its first work).
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) size[find(i)]!++;
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    if (size[r]! > 1) {
      const g = groups.get(r);
      if (g) g.push(i);
      else groups.set(r, [i]);
    }
  }
  const out: Work[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < n; i++) {
    if (parent[i] !== i) continue;
    const merged = size[i] === 1 ? single(entries[i]!, lists, field) : combine(groups.get(i)!.map((j) => entries[j]!), lists, field, keysOf);
    let id = merged.id;
    if (ids.has(id)) {
      for (let k = 2; ids.has(id); k++) id = `${merged.id}~${k}`;
      merged.id = id;
    }
    ids.add(id);
    out.push(merged);
  }
  return out;
}

function yearsClose(a: number | null | undefined, b: number | null | undefined): boolean {
  return a == null || b == null || Math.abs(a - b) <= 1;
}

function overlap(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const k of small) if (large.has(k)) return true;
  return false;
}

function addIds(into: string[] | undefined, ids: readonly string[]): string[] {
  const out = into ? [...into] : [];
  for (const id of ids) if (!out.includes(id)) out.push(id);
  return out;
}

function single(e: Entry, lists: readonly WorkList[], field: 'sources' | 'members'): Work {
  const id = lists[e.list]!.id;
  const had = e.work[field];
  const ids = had?.length ? addIds(had, [id]) : [id];
  return field === 'members' ? { ...e.work, members: ids } : { ...e.work, sources: ids };
}

const FILLED = ['title', 'year', 'type', 'venue', 'doi', 'url', 'abstract'] as const;

function combine(group: Entry[], lists: readonly WorkList[], field: 'sources' | 'members', keysOf: (a: Author) => string[]): Work {
  const published = group.filter((e) => !e.preprint);
  const pool = published.length ? published : group;
  // The first published record with a DOI, else the first published record.
  const primary = pool.find((e) => e.work.doi) ?? pool[0]!;
  const w: Work = { ...primary.work };
  for (const e of pool) {
    if (e === primary) continue;
    for (const f of FILLED) if (w[f] == null && e.work[f] != null) (w as Record<string, unknown>)[f] = e.work[f];
  }

  // Authors: the union, by ORCID iD, OpenAlex id or name; missing ids and ORCID iDs filled in.
  const authors: Author[] = [];
  const byKey = new Map<string, Author>();
  const ordered = [primary, ...group.filter((e) => e !== primary)];
  for (const e of ordered) {
    for (const a of e.work.authors ?? []) {
      const keys = keysOf(a);
      let hit: Author | undefined;
      for (let k = 0; k < keys.length && !hit; k++) hit = byKey.get(keys[k]!);
      if (hit) {
        if (!hit.id && a.id) hit.id = a.id;
        if (!hit.orcid && a.orcid) hit.orcid = a.orcid;
        for (const k of authorKeys(hit)) if (!byKey.has(k)) byKey.set(k, hit);
        continue;
      }
      const copy = { ...a };
      authors.push(copy);
      for (const k of keys) byKey.set(k, copy);
    }
  }
  w.authors = authors;
  const withAuthors = group.filter((e) => (e.work.authors ?? []).length);
  if (withAuthors.length && withAuthors.every((e) => e.work.authorsTruncated)) w.authorsTruncated = true;
  else delete w.authorsTruncated;

  let citations: number | null = null;
  for (const e of group) if (typeof e.work.citations === 'number') citations = Math.max(citations ?? 0, e.work.citations);
  w.citations = citations;

  const topics = group.flatMap((e) => e.work.topics ?? []);
  if (topics.length) w.topics = [...new Set(topics)];

  // Versions: those already linked, and the preprints that are not the record shown.
  const versions: WorkVersion[] = [];
  const seen = new Set<string>();
  const addVersion = (v: WorkVersion) => {
    const k = doiKey(v.doi) ?? v.url ?? v.id ?? '';
    if (k && seen.has(k)) return;
    if (k) seen.add(k);
    versions.push(v);
  };
  for (const e of group) for (const v of e.work.versions ?? []) addVersion(v);
  for (const e of group) {
    if (e === primary || !e.preprint) continue;
    const p = e.work;
    if (doiKey(p.doi) && doiKey(p.doi) === doiKey(w.doi)) continue;
    addVersion({
      kind: 'preprint',
      id: p.id,
      ...(p.title && titleKey(p.title) !== titleKey(w.title) ? { title: p.title } : {}),
      year: p.year ?? null,
      venue: preprintVenue(p),
      doi: p.doi ?? null,
      url: p.url ?? (doiKey(p.doi) ? doiUrl(doiKey(p.doi)!) : null),
    });
  }
  if (versions.length) w.versions = versions;

  let from: string[] | undefined;
  for (const e of group) from = addIds(from, [...(e.work[field] ?? []), lists[e.list]!.id]);
  w[field] = from;
  return w;
}
