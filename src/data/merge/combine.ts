/**
 * One work from the records of a cluster (the same work found in several lists, or twice in one):
 * see `works.ts` for the rules. Plain loops over the cluster's indices (no closures or spreads
 * per record): it runs for every merged work of a group, on a cold page.
 */
import type { Author, Work, WorkVersion } from '../schema.js';
import { authorIdKeys, authorNameKey, isPreprint, preprintVenue, titleKey, workDoiKey } from './keys.js';
import { doiUrl } from '../normalize/doi.js';
import type { WorkList } from './works.js';

const FILLED = ['title', 'year', 'type', 'venue', 'doi', 'url', 'abstract'] as const;

/**
 * Merges the records `cluster` (indices into `works`, in list order) into one new work: the first
 * published record with a DOI (else the first published one, else the first) with gaps filled from
 * the other published records, the union of the authors, the highest citation count, the union of
 * topics, the preprints that are not shown linked as versions, and the lists it came from.
 */
export function combineRecords(cluster: readonly number[], works: readonly Work[], listOf: Int32Array, lists: readonly WorkList[], field: 'sources' | 'members'): Work {
  const size = cluster.length;
  const preprint: boolean[] = new Array(size);
  let published = 0;
  for (let c = 0; c < size; c++) {
    const w = works[cluster[c]!]!;
    const p = isPreprint(w, workDoiKey(w.doi));
    preprint[c] = p;
    if (!p) published++;
  }
  // The primary record: the first published one with a DOI, else the first published one (when
  // every record is a preprint, the same among all).
  const inPool = (c: number) => published === 0 || !preprint[c];
  let primary = -1;
  for (let c = 0; c < size && primary === -1; c++) if (inPool(c) && works[cluster[c]!]!.doi) primary = c;
  for (let c = 0; c < size && primary === -1; c++) if (inPool(c)) primary = c;
  const first = works[cluster[primary]!]!;
  const w: Work = { ...first };
  const fill = w as unknown as Record<string, unknown>;
  for (let c = 0; c < size; c++) {
    if (c === primary || !inPool(c)) continue;
    const other = works[cluster[c]!]! as unknown as Record<string, unknown>;
    for (let f = 0; f < FILLED.length; f++) {
      const name = FILLED[f]!;
      if (fill[name] == null && other[name] != null) fill[name] = other[name];
    }
  }

  // Authors: the union, by ORCID iD, OpenAlex id or name (the primary's first); missing ids and
  // ORCID iDs filled in. An author is looked up by the keys of their identifiers first, and by
  // name only when none of those is known (authorKeys' order: the same author as a lookup of all
  // their keys would find). Name keys cost the most to make: they are made only then, and for the
  // authors already listed only once one is needed (records of one work mostly share their ids).
  const authors: Author[] = [];
  const byKey = new Map<string, Author>();
  /** Name key → the last author listed with it; made on first need. */
  let byName: Map<string, Author> | null = null;
  const keys: string[] = [];
  for (let o = -1; o < size; o++) {
    const c = o === -1 ? primary : o;
    if (o !== -1 && c === primary) continue;
    const list = works[cluster[c]!]!.authors ?? [];
    for (let a = 0; a < list.length; a++) {
      const author = list[a]!;
      keys.length = 0;
      authorIdKeys(author, keys);
      let hit: Author | undefined;
      for (let k = 0; k < keys.length && !hit; k++) hit = byKey.get(keys[k]!);
      let name: string | null | undefined;
      if (!hit && authors.length) {
        if (!byName) {
          byName = new Map();
          for (let x = 0; x < authors.length; x++) {
            const n = authorNameKey(authors[x]!);
            if (n) byName.set(n, authors[x]!);
          }
        }
        name = authorNameKey(author);
        if (name) hit = byName.get(name);
      }
      if (hit) {
        let changed = false;
        if (!hit.id && author.id) {
          hit.id = author.id;
          changed = true;
        }
        if (!hit.orcid && author.orcid) {
          hit.orcid = author.orcid;
          changed = true;
        }
        if (changed) {
          // Its new identifiers name it too (its name key is listed already).
          const more: string[] = [];
          authorIdKeys(hit, more);
          for (let k = 0; k < more.length; k++) if (!byKey.has(more[k]!)) byKey.set(more[k]!, hit);
        }
        continue;
      }
      const copy = { ...author };
      authors.push(copy);
      for (let k = 0; k < keys.length; k++) byKey.set(keys[k]!, copy);
      if (byName) {
        if (name === undefined) name = authorNameKey(author);
        if (name) byName.set(name, copy);
      }
    }
  }
  w.authors = authors;

  let withAuthors = 0;
  let truncated = 0;
  let citations: number | null = null;
  let topics: string[] | undefined;
  for (let c = 0; c < size; c++) {
    const r = works[cluster[c]!]!;
    if ((r.authors ?? []).length) {
      withAuthors++;
      if (r.authorsTruncated) truncated++;
    }
    if (typeof r.citations === 'number') citations = Math.max(citations ?? 0, r.citations);
    const t = r.topics;
    if (t && t.length) {
      topics ??= [];
      for (let k = 0; k < t.length; k++) if (!topics.includes(t[k]!)) topics.push(t[k]!);
    }
  }
  if (withAuthors && truncated === withAuthors) w.authorsTruncated = true;
  else delete w.authorsTruncated;
  w.citations = citations;
  if (topics) w.topics = topics;

  // Versions: those already linked, and the preprints that are not the record shown.
  const versions: WorkVersion[] = [];
  const seen = new Set<string>();
  const addVersion = (v: WorkVersion) => {
    const k = workDoiKey(v.doi) ?? v.url ?? v.id ?? '';
    if (k && seen.has(k)) return;
    if (k) seen.add(k);
    versions.push(v);
  };
  for (let c = 0; c < size; c++) {
    const vs = works[cluster[c]!]!.versions;
    if (vs) for (let k = 0; k < vs.length; k++) addVersion(vs[k]!);
  }
  const shownDoi = workDoiKey(w.doi);
  for (let c = 0; c < size; c++) {
    if (c === primary || !preprint[c]) continue;
    const p = works[cluster[c]!]!;
    const pDoi = workDoiKey(p.doi);
    if (pDoi && pDoi === shownDoi) continue;
    addVersion({
      kind: 'preprint',
      id: p.id,
      ...(p.title && titleKey(p.title) !== titleKey(w.title) ? { title: p.title } : {}),
      year: p.year ?? null,
      venue: preprintVenue(p),
      doi: p.doi ?? null,
      url: p.url ?? (pDoi ? doiUrl(pDoi) : null),
    });
  }
  if (versions.length) w.versions = versions;

  const from: string[] = [];
  for (let c = 0; c < size; c++) {
    const had = works[cluster[c]!]![field];
    if (had) for (let k = 0; k < had.length; k++) if (!from.includes(had[k]!)) from.push(had[k]!);
    const id = lists[listOf[cluster[c]!]!]!.id;
    if (!from.includes(id)) from.push(id);
  }
  w[field] = from;
  return w;
}
