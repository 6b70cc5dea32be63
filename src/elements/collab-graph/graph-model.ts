/**
 * The graph behind `<collab-graph>`, built from a profile (or from plain nodes and links) without
 * touching the DOM, so it can be tested and reused on its own.
 *
 * Every step is linear in the size of the profile, except co-author pairs, which are bounded: a
 * work with more than `pairLimit` resolved authors (hyper-authorship: consortium papers with
 * thousands of names) links each author to the researcher only, never to every other author.
 */
import type { Profile } from '../../data/schema.js';
import { safeUrl } from '../../core/safe-url.js';
import { doiUrl } from '../../data/normalize/doi.js';

export type NodeKind = 'researcher' | 'member' | 'person' | 'work' | 'topic' | 'institution';
/** `members` applies to a group only (a single researcher's graph shows it as `coauthors`). */
export type GraphMode = 'members' | 'coauthors' | 'full';
export type LinkKind = 'authored' | 'coauthor' | 'topic' | 'affiliation' | 'link';

/** Every kind, in drawing and legend order. */
export const KINDS: readonly NodeKind[] = ['researcher', 'member', 'person', 'work', 'topic', 'institution'];

/** The kinds a mode shows when `kinds` is not given (a group's members are always shown). */
export const DEFAULT_KINDS: Record<GraphMode, readonly NodeKind[]> = {
  members: ['researcher', 'member'],
  coauthors: ['researcher', 'member', 'person'],
  full: KINDS,
};

/** A mode attribute as a mode: anything unknown is `coauthors`; `members` only for a group. */
export function parseMode(value: unknown, group: boolean): GraphMode {
  if (value === 'full') return 'full';
  return value === 'members' && group ? 'members' : 'coauthors';
}

/**
 * A node of the graph. The layout fields are d3-force's `SimulationNodeDatum`, written out here so
 * that the published types stand alone (d3-force's types are not a dependency of this package).
 */
export interface GraphNode {
  /** Unique within the graph (the kind is part of it: `person:p1`). */
  key: string;
  /** The id from the data. */
  id: string;
  kind: NodeKind;
  label: string;
  /** A safe (http, https or mailto) URL, or null. */
  url: string | null;
  /** Sum of the weights of its links (shared works for co-authors). */
  weight: number;
  /** Number of links in the shown graph. */
  degree: number;
  /** Position in `Graph.nodes`. */
  index: number;
  /** Drawing radius in world units, set by the element (NaN until then). */
  r: number;
  /** Position and velocity, set by the layout (NaN until then). */
  x?: number;
  y?: number;
  vx?: number;
  vy?: number;
  /** A fixed position (the researcher, a dragged node), or null. */
  fx?: number | null;
  fy?: number | null;
}

/** A link between two nodes (d3-force's `SimulationLinkDatum`, written out: see {@link GraphNode}). */
export interface GraphLink {
  source: GraphNode;
  target: GraphNode;
  kind: LinkKind;
  /** Shared works for co-author links, else 1. */
  weight: number;
  /** Position in the layout's list of links, set by the layout. */
  index?: number;
}

export interface Graph {
  nodes: GraphNode[];
  links: GraphLink[];
  /** The researcher at the centre, when there is one. */
  centre: GraphNode | null;
  /** Nodes of the chosen kinds before `maxNodes` trimmed them. */
  total: number;
  /** Number of shown nodes of each kind. */
  counts: Record<NodeKind, number>;
  /** Neighbours of each node, by index. */
  neighbours: GraphNode[][];
  /** For a group's graph: what its table view lists per member (see `group-model.ts`). */
  group?: GroupTable;
}

/** A group's graph as its table view lists it: each member, their joint works, their strongest outside collaborators. */
export interface GroupTable {
  members: Array<{
    label: string;
    url: string | null;
    /** Merged works this member wrote with at least one other member. */
    jointWorks: number;
    /** The other members they wrote with, most joint works first. */
    with: Array<{ label: string; works: number }>;
    /** Outside co-authors with the most joint works with this member (a few). */
    outside: Array<{ label: string; works: number }>;
  }>;
}

export interface GraphOptions {
  mode?: GraphMode;
  /** Kinds to show; the researcher is always kept. Unset: the mode's default. */
  kinds?: readonly NodeKind[] | null;
  /** Most nodes to keep (the most connected). Default 150. */
  maxNodes?: number;
  /** Works with more resolved authors than this link each author to the researcher only. */
  pairLimit?: number;
}

/** Plain data for {@link graphFromData}: nodes with ids, links by node id. */
export interface GraphData {
  nodes: Array<{ id: string; kind?: NodeKind; label?: string; url?: string | null }>;
  links: Array<{ source: string; target: string; weight?: number }>;
}

export const DEFAULT_MAX_NODES = 150;
export const DEFAULT_PAIR_LIMIT = 25;

const isKind = (k: unknown): k is NodeKind => KINDS.includes(k as NodeKind);

/** Parses `kinds="person topic"`; unknown words are ignored, an empty result means "unset". */
export function parseKinds(value: string | null | undefined): NodeKind[] | null {
  const list = (value ?? '').split(/[\s,]+/).filter(isKind);
  return list.length ? [...new Set(list)] : null;
}

const norm = (s: string) => s.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

export class Builder {
  nodes: GraphNode[] = [];
  byKey = new Map<string, GraphNode>();
  /** Links by their two ends' indices (a number: no string built per link). */
  links = new Map<number, GraphLink>();

  node(kind: NodeKind, id: string, label: string, url: string | null): GraphNode {
    const key = `${kind}:${id}`;
    let n = this.byKey.get(key);
    if (!n) {
      // Every field the layout writes is here from the start, holding a double (NaN until set):
      // the engine then stores them as doubles from the first node on, rather than changing the
      // objects' shape in the middle of the first ticks (which throws away optimised code).
      n = { key, id, kind, label: label || id, url, weight: 0, degree: 0, index: this.nodes.length, r: NaN, x: NaN, y: NaN, vx: NaN, vy: NaN, fx: null, fy: null };
      this.nodes.push(n);
      this.byKey.set(key, n);
    }
    return n;
  }

  link(a: GraphNode, b: GraphNode, kind: LinkKind, weight = 1): void {
    if (a === b) return; // self-loop
    const s = a.index < b.index ? a : b;
    const t = s === a ? b : a;
    const key = s.index * 0x4000000 + t.index; // exact up to 2^26 nodes
    const l = this.links.get(key);
    if (l) l.weight += weight;
    else this.links.set(key, { source: s, target: t, kind, weight });
  }
}

/** Items handled between two yields of the `…Steps` builders (about a millisecond of work each). */
const STEP = 400;

/** Runs a step generator to its end and returns what it returns. */
export function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** The graph of a profile: the researcher, co-authors, works, topics and institutions around them. */
export function buildGraph(profile: Profile, options: GraphOptions = {}): Graph {
  return drain(buildGraphSteps(profile, options));
}

/**
 * {@link buildGraph} as a generator that yields every few hundred items, so that a caller can
 * spread a large profile over several tasks; it returns the graph.
 */
export function* buildGraphSteps(profile: Profile, options: GraphOptions = {}): Generator<void, Graph, void> {
  const mode: GraphMode = parseMode(options.mode, false);
  const pairLimit = options.pairLimit ?? DEFAULT_PAIR_LIMIT;
  const b = new Builder();
  const me = b.node('researcher', profile.id, profile.name, safeUrl(profile.links?.profile));
  const myName = norm(profile.name);
  // A validated profile holds bare, checksum-valid ORCID iDs and bare DOIs (`data/normalize/`).
  const myOrcid = profile.orcid ?? null;

  const institutions = new Map<string, GraphNode>();
  const instByName = new Map<string, GraphNode>();
  for (const i of profile.institutions ?? []) {
    if (institutions.has(i.id)) continue;
    const n = b.node('institution', i.id, i.name, safeUrl(i.url));
    institutions.set(i.id, n);
    instByName.set(norm(i.name), n);
  }
  const topics = new Map<string, GraphNode>();
  for (const t of profile.topics ?? []) if (!topics.has(t.id)) topics.set(t.id, b.node('topic', t.id, t.name, null));

  // People, found again from works by id, then ORCID, then name.
  const byId = new Map<string, GraphNode>();
  const byOrcid = new Map<string, GraphNode>();
  const byName = new Map<string, GraphNode>();
  let step = 0;
  for (const p of profile.people ?? []) {
    if (++step % STEP === 0) yield;
    if (p.id === profile.id || byId.has(p.id)) continue; // the researcher, or a duplicate id
    const n = b.node('person', p.id, p.name, safeUrl(p.url));
    byId.set(p.id, n);
    const o = p.orcid;
    if (o && !byOrcid.has(o)) byOrcid.set(o, n);
    if (!byName.has(norm(p.name))) byName.set(norm(p.name), n);
    for (const iid of p.institutions ?? []) {
      const inst = institutions.get(iid);
      if (inst) b.link(n, inst, 'affiliation');
    }
  }
  const myInst = profile.affiliation ? instByName.get(norm(profile.affiliation.name)) : undefined;
  if (myInst) b.link(me, myInst, 'affiliation');

  const resolve = (a: { name: string; id?: string; orcid?: string }): GraphNode | null => {
    if (a.id === profile.id) return me;
    if (a.id && byId.has(a.id)) return byId.get(a.id)!;
    const o = a.orcid;
    if (o && o === myOrcid) return me;
    if (o && byOrcid.has(o)) return byOrcid.get(o)!;
    const name = norm(a.name ?? '');
    if (!name) return null;
    if (name === myName) return me;
    let n = byName.get(name);
    if (!n) {
      // An author who is not in `people`: a co-author all the same.
      n = b.node('person', a.id ?? `name:${name}`, a.name.trim(), null);
      byName.set(name, n);
      if (a.id) byId.set(a.id, n);
    }
    return n;
  };

  const seenWorks = new Set<string>();
  const authors: GraphNode[] = [];
  const seen = new Set<GraphNode>();
  for (const w of profile.works ?? []) {
    if (++step % STEP === 0) yield;
    if (seenWorks.has(w.id)) continue; // duplicate work id
    seenWorks.add(w.id);
    authors.length = 0;
    seen.clear();
    for (const a of w.authors ?? []) {
      if (++step % STEP === 0) yield;
      const n = resolve(a);
      if (n && !seen.has(n)) {
        seen.add(n);
        authors.push(n);
      }
    }
    const workTopics = (w.topics ?? []).map((t) => topics.get(t)).filter((t): t is GraphNode => !!t);
    if (mode === 'full') {
      const doi = w.doi ? doiUrl(w.doi) : null;
      const work = b.node('work', w.id, w.title || w.id, safeUrl(w.url) ?? safeUrl(doi));
      for (const a of authors) b.link(a, work, 'authored');
      for (const t of workTopics) b.link(work, t, 'topic');
    } else {
      const mine = seen.has(me);
      for (const a of authors) if (a !== me) b.link(me, a, 'coauthor');
      if (authors.length <= pairLimit) {
        for (let i = 0; i < authors.length; i++) {
          for (let j = i + 1; j < authors.length; j++) {
            if (authors[i] !== me && authors[j] !== me) b.link(authors[i]!, authors[j]!, 'coauthor');
          }
        }
      }
      if (mine || !authors.length) for (const t of workTopics) b.link(me, t, 'topic');
    }
  }
  yield;
  return yield* finish(b.nodes, [...b.links.values()], me, options.kinds ?? DEFAULT_KINDS[mode], options.maxNodes);
}

/** Heaviest weight a link given as data can have (so that sums stay finite). */
const MAX_WEIGHT = 1e6;

/** A link weight from data: a positive finite number, at most {@link MAX_WEIGHT}; anything else is 1. */
const linkWeight = (w: unknown): number => (typeof w === 'number' && Number.isFinite(w) && w > 0 ? Math.min(w, MAX_WEIGHT) : 1);

/** A graph from plain nodes and links (e.g. a host's own data, or the benchmarks). */
export function graphFromData(data: GraphData, options: GraphOptions = {}): Graph {
  return drain(graphFromDataSteps(data, options));
}

/** {@link graphFromData} as a generator that yields every few hundred items; it returns the graph. */
export function* graphFromDataSteps(data: GraphData, options: GraphOptions = {}): Generator<void, Graph, void> {
  const b = new Builder();
  const byId = new Map<string, GraphNode>();
  let step = 0;
  for (const n of data.nodes ?? []) {
    if (++step % STEP === 0) yield;
    if (!n || typeof n.id !== 'string' || byId.has(n.id)) continue;
    byId.set(n.id, b.node(isKind(n.kind) ? n.kind : 'person', n.id, n.label ?? n.id, safeUrl(n.url)));
  }
  for (const l of data.links ?? []) {
    if (++step % STEP === 0) yield;
    const s = byId.get(l?.source);
    const t = byId.get(l?.target);
    if (s && t) b.link(s, t, 'link', linkWeight(l.weight));
  }
  yield;
  const centre = b.nodes.find((n) => n.kind === 'researcher') ?? null;
  return yield* finish(b.nodes, [...b.links.values()], centre, options.kinds ?? KINDS, options.maxNodes);
}

/** Adds up each node's links (degree) and their weights. */
function count(nodes: GraphNode[], links: GraphLink[]): void {
  for (const n of nodes) n.degree = n.weight = 0;
  for (const l of links) {
    l.source.degree++;
    l.target.degree++;
    l.source.weight += l.weight;
    l.target.weight += l.weight;
  }
}

/**
 * Keeps the chosen kinds and the `maxNodes` most connected nodes, then counts degrees. `priority`
 * ranks nodes ahead of connectedness (a group's members first, then its co-authors by joint works).
 */
export function* finish(
  all: GraphNode[],
  allLinks: GraphLink[],
  centre: GraphNode | null,
  kinds: readonly NodeKind[],
  maxNodes = DEFAULT_MAX_NODES,
  priority?: (n: GraphNode) => number,
): Generator<void, Graph, void> {
  const want = new Set(kinds);
  const keepKind = (n: GraphNode) => n === centre || want.has(n.kind);
  const everyKind = all.every(keepKind);
  let nodes = everyKind ? all : all.filter(keepKind);
  let links = everyKind ? allLinks : allLinks.filter((l) => keepKind(l.source) && keepKind(l.target));
  count(nodes, links);
  yield;
  const total = nodes.length;
  const max = Math.max(1, Math.floor(Number.isFinite(maxNodes) ? maxNodes : DEFAULT_MAX_NODES));
  if (nodes.length > max) {
    const ranked = nodes
      .filter((n) => n !== centre)
      .sort((a, b) => (priority ? priority(b) - priority(a) : 0) || b.degree - a.degree || b.weight - a.weight || a.index - b.index)
      .slice(0, centre ? max - 1 : max);
    const kept = new Set(ranked);
    if (centre) kept.add(centre);
    nodes = nodes.filter((n) => kept.has(n));
    links = links.filter((l) => kept.has(l.source) && kept.has(l.target));
    count(nodes, links);
    yield;
  }
  const counts = { researcher: 0, member: 0, person: 0, work: 0, topic: 0, institution: 0 } as Record<NodeKind, number>;
  nodes.forEach((n, i) => {
    n.index = i;
    counts[n.kind]++;
  });
  const neighbours: GraphNode[][] = nodes.map(() => []);
  for (const l of links) {
    neighbours[l.source.index]!.push(l.target);
    neighbours[l.target.index]!.push(l.source);
  }
  return { nodes, links, centre: centre && nodes.includes(centre) ? centre : null, total, counts, neighbours };
}
