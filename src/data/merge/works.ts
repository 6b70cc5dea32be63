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
 *
 * Written for a visitor's cold page (issue 10 "Speed"), where this code runs once, mostly before
 * the engine has optimised it: one pass over the works computes each work's keys once, with
 * cheap string operations; clusters and title buckets are chains in typed arrays (no object,
 * array or closure per work); only the works that merge pay for author keys and preprint tests.
 * `test/data/merge/merge-reference.test.ts` checks it against a straightforward implementation.
 */
import type { Work } from '../schema.js';
import { combineRecords } from './combine.js';
import { authorIdKeys, authorNameKey, workDoiKey, titleHash, titleKey, workIdKey } from './keys.js';
import { runNow, type Steps } from '../slices.js';

/** One list of works to merge, with the id recorded on each work that came from it. */
export interface WorkList {
  /** Recorded in the merged works' `sources` (or `members`): a member id, a source URL, … */
  id: string;
  works: readonly Work[];
  /** The list's owner (a member, the profile's researcher): an author of each of its works for the title rule. */
  owner?: import('../schema.js').Author;
}

export interface MergeWorksOptions {
  /** Where the ids of the lists a work came from are recorded: `sources` (default) or `members`. */
  field?: 'sources' | 'members';
}

/** Largest bucket of equal titles compared by authors and years (beyond it, titles alone never merge). */
const MAX_TITLE_BUCKET = 500;

/** Works handled between two chances to yield (in `mergeWorksSteps`). */
export const MERGE_CHUNK = 500;

/** Merges lists of works; see the module comment for the rules. The input is not changed. */
export function mergeWorks(lists: readonly WorkList[], opts: MergeWorksOptions = {}): Work[] {
  return runNow(mergeWorksSteps(lists, opts));
}

/**
 * {@link mergeWorks} as steps that yield every {@link MERGE_CHUNK} works, for `runSliced` (a big
 * group merged without blocking the page) or `runNow` (the same result at once).
 */
export function* mergeWorksSteps(lists: readonly WorkList[], opts: MergeWorksOptions = {}): Steps<Work[]> {
  const m = new Merge(lists, opts.field ?? 'sources');
  const n = m.works.length;
  for (let from = 0; from < n; from += MERGE_CHUNK) {
    m.keys(from, Math.min(n, from + MERGE_CHUNK));
    yield;
  }
  // Same title: an author in common and years at most one apart (only titles seen more than once).
  if (m.titleChains) {
    matchTitles(lists, m.works, m.listOf, m.parent, m.nextSameTitle, m.lastSameTitle);
    yield;
  }
  m.clusters();
  for (let from = 0; from < n; from += MERGE_CHUNK) {
    m.output(from, Math.min(n, from + MERGE_CHUNK));
    if (from + MERGE_CHUNK < n) yield;
  }
  return m.out;
}

/** A merge in progress: the works, their keys' matches, and the clusters (typed-array chains). */
class Merge {
  readonly works: Work[];
  /** The list each work came from. */
  readonly listOf: Int32Array;
  /** Union-find: a cluster's root is its first work (the lowest index). */
  readonly parent: Int32Array;
  /** The next work with the same title (a chain in index order from the title's first work), or -1. */
  readonly nextSameTitle: Int32Array;
  /** For a title's first work: the last work of its chain (else -1). */
  readonly lastSameTitle: Int32Array;
  /** The next work of the same cluster (a chain in index order from its root), or -1. */
  private nextInCluster: Int32Array | null = null;
  private readonly byDoi = new Map<string, number>();
  private readonly byId = new Map<string, number>();
  /** Title hash → the first work of its chain (see `keys`). */
  private readonly titles = new Map<number, number>();
  /** Title key → the first work of its chain, for titles whose hash another title had first. */
  private readonly collided = new Map<string, number>();
  /** Title keys made so far (only for works whose title hash was met before). */
  private readonly titleKeys: (string | null | undefined)[];
  titleChains = false;
  readonly out: Work[] = [];
  private readonly ids = new Set<string>();

  constructor(
    private readonly lists: readonly WorkList[],
    private readonly field: 'sources' | 'members',
  ) {
    let n = 0;
    for (let l = 0; l < lists.length; l++) n += lists[l]!.works.length;
    const works: Work[] = new Array(n);
    const listOf = new Int32Array(n);
    let i = 0;
    for (let l = 0; l < lists.length; l++) {
      const ws = lists[l]!.works;
      for (let k = 0; k < ws.length; k++, i++) {
        works[i] = ws[k]!;
        listOf[i] = l;
      }
    }
    this.works = works;
    this.listOf = listOf;
    this.titleKeys = new Array(n);
    this.parent = new Int32Array(n);
    this.nextSameTitle = new Int32Array(n).fill(-1);
    this.lastSameTitle = new Int32Array(n).fill(-1);
  }

  /** Each work's keys, once; DOI and id matches joined as they are found. */
  keys(from: number, to: number): void {
    const { works, parent, byDoi, byId, titles, nextSameTitle, lastSameTitle } = this;
    for (let i = from; i < to; i++) {
      const w = works[i]!;
      parent[i] = i;
      const doi = workDoiKey(w.doi);
      if (doi !== null) {
        const hit = byDoi.get(doi);
        if (hit === undefined) byDoi.set(doi, i);
        else union(parent, hit, i);
      }
      const id = workIdKey(w.id);
      if (id !== null) {
        const hit = byId.get(id);
        if (hit === undefined) byId.set(id, i);
        else union(parent, hit, i);
      }
      // The ids of versions a work already links name it too.
      const versions = w.versions;
      if (versions !== undefined && versions.length) {
        for (let v = 0; v < versions.length; v++) {
          const vd = workDoiKey(versions[v]!.doi);
          if (vd !== null) {
            const hit = byDoi.get(vd);
            if (hit === undefined) byDoi.set(vd, i);
            else union(parent, hit, i);
          }
          const vi = workIdKey(versions[v]!.id);
          if (vi !== null) {
            const hit = byId.get(vi);
            if (hit === undefined) byId.set(vi, i);
            else union(parent, hit, i);
          }
        }
      }
      // Works with the same title are chained; titles are told apart by a hash, and by the keys
      // themselves only when a hash was met before (most titles are met once).
      const h = titleHash(w.title);
      if (h !== -1) {
        let first = titles.get(h);
        if (first === undefined) titles.set(h, i);
        else if (this.titleKey(first) !== this.titleKey(i)) {
          // Another title with the same hash: chained by its key.
          const key = this.titleKey(i)!;
          first = this.collided.get(key);
          if (first === undefined) this.collided.set(key, i);
        }
        if (first === undefined) lastSameTitle[i] = i;
        else {
          nextSameTitle[lastSameTitle[first]!] = i;
          lastSameTitle[first] = i;
          this.titleChains = true;
        }
      }
    }
  }

  private titleKey(i: number): string | null {
    let k = this.titleKeys[i];
    if (k === undefined) k = this.titleKeys[i] = titleKey(this.works[i]!.title);
    return k;
  }

  /** Clusters as chains in index order from their root (the root is the cluster's first work). */
  clusters(): void {
    const { parent } = this;
    const n = parent.length;
    const next = new Int32Array(n).fill(-1);
    const last = new Int32Array(n);
    for (let j = 0; j < n; j++) {
      const r = find(parent, j);
      parent[j] = r;
      if (r === j) last[j] = j;
      else {
        next[last[r]!] = j;
        last[r] = j;
      }
    }
    this.nextInCluster = next;
  }

  /** The merged works of the clusters whose root is in [from, to), in order. */
  output(from: number, to: number): void {
    const { works, listOf, parent, lists, field, out, ids } = this;
    const next = this.nextInCluster!;
    const members = field === 'members';
    for (let j = from; j < to; j++) {
      if (parent[j] !== j) continue;
      let merged: Work;
      if (next[j] === -1) {
        // A work found once: a copy with its list recorded.
        const w = works[j]!;
        const listId = lists[listOf[j]!]!.id;
        const had = members ? w.members : w.sources;
        const ids = had !== undefined && had.length ? withId(had, listId) : [listId];
        merged = members ? { ...w, members: ids } : { ...w, sources: ids };
      } else {
        const cluster: number[] = [];
        for (let c = j; c !== -1; c = next[c]!) cluster.push(c);
        merged = combineRecords(cluster, works, listOf, lists, field);
      }
      let id = merged.id;
      if (ids.has(id)) {
        for (let k = 2; ids.has(id); k++) id = `${merged.id}~${k}`;
        merged.id = id;
      }
      ids.add(id);
      out.push(merged);
    }
  }
}

function find(parent: Int32Array, i: number): number {
  while (parent[i] !== i) {
    const p = parent[parent[i]!]!;
    parent[i] = p;
    i = p;
  }
  return i;
}

function union(parent: Int32Array, a: number, b: number): void {
  const ra = find(parent, a);
  const rb = find(parent, b);
  if (ra < rb) parent[rb] = ra;
  else if (rb < ra) parent[ra] = rb;
}

/** `ids` with `id` added at the end when it is not there (a new array). */
function withId(ids: readonly string[], id: string): string[] {
  const out = ids.slice();
  if (!out.includes(id)) out.push(id);
  return out;
}

/**
 * The title rule, bucket by bucket (the chains of equal titles): two works of a bucket are one
 * when their years are at most one apart and they have an author in common. Only the first
 * {@link MAX_TITLE_BUCKET} works of a bucket are compared.
 */
function matchTitles(lists: readonly WorkList[], works: readonly Work[], listOf: Int32Array, parent: Int32Array, next: Int32Array, last: Int32Array): void {
  const authors = new AuthorSets(lists, works, listOf);
  const bucket: number[] = [];
  for (let h = 0; h < works.length; h++) {
    if (last[h] === -1 || next[h] === -1) continue; // not a title's first work, or its title seen once
    bucket.length = 0;
    for (let c = h; c !== -1 && bucket.length < MAX_TITLE_BUCKET; c = next[c]!) bucket.push(c);
    for (let x = 1; x < bucket.length; x++) {
      const i = bucket[x]!;
      for (let y = 0; y < x; y++) {
        const j = bucket[y]!;
        if (find(parent, i) === find(parent, j)) continue;
        if (!yearsClose(works[i]!.year, works[j]!.year)) continue;
        if (!authors.overlap(i, j)) continue;
        union(parent, i, j);
      }
    }
  }
}

/**
 * Each work's author keys (its list's owner counts as an author), made when first compared: the
 * keys of identifiers (ORCID iD, OpenAlex id) first, and the name keys only when those have none
 * in common (the same people mostly carry the same ids, and a name key costs the most to make).
 * Keys are tagged by kind, so two works share a key exactly when they share one of either kind.
 */
class AuthorSets {
  private readonly ids: (Set<string> | undefined)[];
  private readonly names: (Set<string> | undefined)[];
  private readonly owners: ({ ids: string[]; name: string | null } | undefined)[];

  constructor(
    private readonly lists: readonly WorkList[],
    private readonly works: readonly Work[],
    private readonly listOf: Int32Array,
  ) {
    this.ids = new Array(works.length);
    this.names = new Array(works.length);
    this.owners = new Array(lists.length);
  }

  overlap(i: number, j: number): boolean {
    return overlap(this.idKeys(i), this.idKeys(j)) || overlap(this.nameKeys(i), this.nameKeys(j));
  }

  private owner(i: number): { ids: string[]; name: string | null } {
    const l = this.listOf[i]!;
    let o = this.owners[l];
    if (o === undefined) {
      const owner = this.lists[l]!.owner;
      const ids: string[] = [];
      if (owner) authorIdKeys(owner, ids);
      o = this.owners[l] = { ids, name: owner ? authorNameKey(owner) : null };
    }
    return o;
  }

  private idKeys(i: number): Set<string> {
    let s = this.ids[i];
    if (s === undefined) {
      const keys = this.owner(i).ids.slice();
      const authors = this.works[i]!.authors ?? [];
      for (let a = 0; a < authors.length; a++) authorIdKeys(authors[a]!, keys);
      s = this.ids[i] = new Set(keys);
    }
    return s;
  }

  private nameKeys(i: number): Set<string> {
    let s = this.names[i];
    if (s === undefined) {
      s = new Set();
      const own = this.owner(i).name;
      if (own) s.add(own);
      const authors = this.works[i]!.authors ?? [];
      for (let a = 0; a < authors.length; a++) {
        const k = authorNameKey(authors[a]!);
        if (k) s.add(k);
      }
      this.names[i] = s;
    }
    return s;
  }
}

function yearsClose(a: number | null | undefined, b: number | null | undefined): boolean {
  return a == null || b == null || Math.abs(a - b) <= 1;
}

function overlap(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const k of small) if (large.has(k)) return true;
  return false;
}
