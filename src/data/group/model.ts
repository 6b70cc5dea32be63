/**
 * A group from its roster and its members' loaded profiles: the members in display order, the
 * merged works (each once, with the members who wrote it), member–member joint works (the
 * graph's links) and the external co-authors ranked by joint works. Pure: no requests.
 */
import type { LoadIssue } from '../errors.js';
import type { LoadedProfile } from '../load.js';
import { nameKey } from '../merge/keys.js';
import { MERGE_CHUNK, mergeWorksSteps, type WorkList } from '../merge/works.js';
import { runNow, type Steps } from '../slices.js';
import type { Author, Profile, Work } from '../schema.js';
import { MAX_MEMBERS, type Group, type GroupMemberEntry } from './schema.js';

/** How a member's role is shown: leads first, alumni last (and labelled), everyone else between. */
export type RoleKind = 'lead' | 'member' | 'alumni';

export interface GroupMember {
  /** Unique within the group: the profile's id, or `member-N` (roster position) when it did not load. */
  id: string;
  /** The member's position in the roster (0-based). */
  index: number;
  entry: GroupMemberEntry;
  /** The roster's role, as written ("lead", "PhD student", …). */
  role: string;
  roleKind: RoleKind;
  /** The roster's `name`, else the profile's, else the source URL. */
  name: string;
  /** False when the member's profile could not be loaded (see `error`). */
  available: boolean;
  profile?: Profile;
  /** True when `src` failed and the profile is the saved copy at the member's `fallbackSrc`. */
  fallback?: boolean;
  /** With `fallback`: when the copy was made (the profile's `retrieved`), else null. */
  retrieved?: string | null;
  /** Counts from the member's own source (e.g. the OpenAlex author record's works count). */
  counts: Profile['counts'];
  /** Why the member is unavailable: one human sentence, and the HTTP status when there was one. */
  error?: { message: string; status?: number };
  warnings: string[];
  issues?: LoadIssue[];
}

/** Works two members wrote together: a link of the group's graph. */
export interface MemberLink {
  source: string;
  target: string;
  works: number;
}

/** Someone outside the group who wrote with its members. */
export interface GroupCoauthor {
  id?: string;
  name: string;
  orcid?: string;
  /** Works written with any member. */
  works: number;
  /** The members they wrote with, most joint works first. */
  members: { id: string; works: number }[];
}

export interface LoadedGroup {
  group: Group;
  /** Leads first, alumni last; roster order within a role. */
  members: GroupMember[];
  /** The merged works; each carries `members` (ids of the members who wrote it). */
  works: Work[];
  links: MemberLink[];
  /** External co-authors, most joint works first. */
  coauthors: GroupCoauthor[];
  counts: { members: number; available: number; works: number; collaborators: number };
  warnings: string[];
}

/** A member's load outcome, as `Promise.allSettled` gives it. */
export type MemberResult = PromiseSettledResult<LoadedProfile>;

export interface BuildGroupOptions {
  /** Extra works for the group (the roster's `works` file), attributed to members by authorship. */
  extraWorks?: readonly Work[];
}

const ROLE_ORDER: Record<RoleKind, number> = { lead: 0, member: 1, alumni: 2 };

export function roleKind(role: string): RoleKind {
  const r = role.trim().toLowerCase();
  if (r === 'lead' || r === 'leader' || r === 'pi' || r === 'head') return 'lead';
  if (r === 'alumni' || r === 'alumnus' || r === 'alumna' || r === 'former' || r === 'former member') return 'alumni';
  return 'member';
}

function errorOf(reason: unknown): { message: string; status?: number } {
  const e = reason as { message?: unknown; status?: unknown };
  const message = typeof e?.message === 'string' && e.message ? e.message : 'The profile could not be loaded.';
  return typeof e?.status === 'number' ? { message, status: e.status } : { message };
}

/** Builds the group from its roster and each member's result (in roster order). Never throws on data. */
export function buildGroup(group: Group, results: readonly (MemberResult | undefined)[], opts: BuildGroupOptions = {}): LoadedGroup {
  return runNow(buildGroupSteps(group, results, opts));
}

/**
 * {@link buildGroup} as steps that yield every few hundred works (the merge, then the tally), for
 * `runSliced`: a big group built without blocking the page; `runNow` gives the same group at once.
 */
export function* buildGroupSteps(group: Group, results: readonly (MemberResult | undefined)[], opts: BuildGroupOptions = {}): Steps<LoadedGroup> {
  const warnings: string[] = [];
  const members: GroupMember[] = [];
  const ids = new Set<string>();
  group.members.forEach((entry, index) => {
    const r = results[index];
    const role = entry.role ?? 'member';
    const base = { index, entry, role, roleKind: roleKind(role), warnings: [] as string[] };
    if (r?.status === 'fulfilled') {
      const { profile } = r.value;
      if (ids.has(profile.id)) {
        warnings.push(`members[${index}]: the same person as an earlier member (${profile.id}); listed once`);
        return;
      }
      ids.add(profile.id);
      members.push({
        ...base,
        id: profile.id,
        name: entry.name ?? profile.name,
        available: true,
        profile,
        counts: profile.counts,
        warnings: r.value.warnings,
        ...((r.value as { fallback?: boolean }).fallback === true ? { fallback: true, retrieved: profile.retrieved ?? null } : {}),
        ...(r.value.issues?.length ? { issues: r.value.issues } : {}),
      });
    } else {
      const error = r ? errorOf(r.reason) : { message: 'The profile was not loaded.' };
      members.push({ ...base, id: `member-${index + 1}`, name: entry.name ?? entry.src, available: false, counts: {}, error });
    }
  });
  members.sort((a, b) => ROLE_ORDER[a.roleKind] - ROLE_ORDER[b.roleKind] || a.index - b.index);

  const available = members.filter((m) => m.available);
  // Each member's keys (profile id, ORCID iD): a work's author with one of them is that member.
  const memberBy: MemberIndex = { id: new Map(), orcid: new Map() };
  for (const m of available) {
    const p = m.profile!;
    if (!memberBy.id.has(p.id)) memberBy.id.set(p.id, m.id);
    if (OPENALEX_AUTHOR.test(p.id) && !memberBy.id.has(p.id.toUpperCase())) memberBy.id.set(p.id.toUpperCase(), m.id);
    const o = p.orcid ? ORCID.exec(p.orcid)?.[1]?.toUpperCase() : undefined;
    if (o && !memberBy.orcid.has(o)) memberBy.orcid.set(o, m.id);
  }
  const lists: WorkList[] = available.map((m) => ({
    id: m.id,
    works: m.profile!.works,
    owner: { name: m.profile!.name, id: m.profile!.id, ...(m.profile!.orcid ? { orcid: m.profile!.orcid } : {}) },
  }));
  if (opts.extraWorks?.length) lists.push({ id: '', works: opts.extraWorks });
  const merged = yield* mergeWorksSteps(lists, { field: 'members' });

  // Members are numbered (their place in `available`) so that counting uses numeric keys.
  const order = new Map(available.map((m, i) => [m.id, i]));
  const index = { id: new Map<string, number>(), orcid: new Map<string, number>() };
  for (const [k, id] of memberBy.id) index.id.set(k, order.get(id)!);
  for (const [k, id] of memberBy.orcid) index.orcid.set(k, order.get(id)!);
  const tally = new Tally(available.map((m) => m.id), index);
  // The merged works are fresh objects (mergeWorks copies): their `members` are set in place.
  const works = merged;
  for (let from = 0; from < works.length; from += MERGE_CHUNK) {
    tally.works(works, from, Math.min(works.length, from + MERGE_CHUNK));
    yield;
  }
  const { links, coauthors } = tally.result();

  return {
    group,
    members,
    works,
    links,
    coauthors,
    counts: { members: members.length, available: available.length, works: works.length, collaborators: coauthors.length },
    warnings,
  };
}

const OPENALEX_AUTHOR = /^A\d+$/i;

/** An outside co-author while the works are counted. One shape for all (no optional fields added later). */
interface Tallied {
  name: string;
  id: string | undefined;
  orcid: string | undefined;
  works: number;
  /** The last work counted (an author listed twice on one work counts once). */
  last: number;
  /** [member index, joint works, member index, joint works, …]: most write with one or two members. */
  by: number[];
}

/**
 * Counts, work by work, which members wrote each merged work (setting its `members`), the joint
 * works of each pair of members and the outside co-authors. Small methods called once per work
 * and per author, with indexed loops and few allocations: the engine optimises
 * them early, which matters most on a visitor's cold page (5,000 works, once).
 */
class Tally {
  /** Pair key = lower × M + higher (member indices). */
  private static readonly M = MAX_MEMBERS + 1;
  private readonly pair = new Map<number, number>();
  private readonly outside = new Map<string, number>();
  /**
   * Author ids, one lookup per author: a member's id to the member's index (>= 0), an outside
   * co-author's OpenAlex id (their own key) to -1 - their index in `people`.
   */
  private readonly byId: Map<string, number>;
  private readonly people: Tallied[] = [];
  private readonly order: Map<string, number>;
  /** Member indices of the current work (reused). */
  private readonly list: number[] = [];
  /** Authors of the current work who are not members (reused), and what their id was found as. */
  private readonly others: Author[] = [];
  private readonly othersCode: (number | undefined)[] = [];

  constructor(
    private readonly ids: readonly string[],
    private readonly index: { id: Map<string, number>; orcid: Map<string, number> },
  ) {
    this.order = new Map(ids.map((id, i) => [id, i]));
    this.byId = new Map(index.id);
  }

  works(works: readonly Work[], from: number, to: number): void {
    for (let wi = from; wi < to; wi++) this.work(works[wi]!, wi);
  }

  work(w: Work, wi: number): void {
    const list = this.list;
    const others = this.others;
    list.length = 0;
    others.length = 0;
    const had = w.members;
    if (had) {
      for (let k = 0; k < had.length; k++) {
        const id = had[k];
        const i = id ? this.order.get(id) : undefined;
        if (i !== undefined && !list.includes(i)) list.push(i);
      }
    }
    const authors = w.authors;
    const byId = this.byId;
    const codes = this.othersCode;
    codes.length = 0;
    for (let k = 0; k < authors.length; k++) {
      const a = authors[k]!;
      // Most authors have an id, and most ids are not a member's: one lookup, no call (it also
      // names an outside co-author met before).
      const id = a.id;
      const code = id ? byId.get(id) : undefined;
      let i = code !== undefined && code >= 0 ? code : undefined;
      if (i === undefined && a.orcid) i = memberOf(a, this.index);
      if (i === undefined) {
        others.push(a);
        codes.push(code);
      } else if (!list.includes(i)) list.push(i);
    }
    if (list.length > 1) list.sort((a, b) => a - b);
    if (!this.same(had, list)) w.members = list.map((i) => this.ids[i]!);
    const M = Tally.M;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const k = list[x]! * M + list[y]!;
        this.pair.set(k, (this.pair.get(k) ?? 0) + 1);
      }
    }
    if (!list.length) return;
    for (let k = 0; k < others.length; k++) this.coauthor(others[k]!, codes[k], wi, list);
  }

  /** Whether `had` already lists exactly these members (then `members` is left as it is). */
  private same(had: readonly string[] | undefined, list: readonly number[]): boolean {
    if (!had || had.length !== list.length) return false;
    for (let k = 0; k < list.length; k++) if (had[k] !== this.ids[list[k]!]) return false;
    return true;
  }

  private coauthor(a: Author, code: number | undefined, wi: number, list: readonly number[]): void {
    // An OpenAlex id seen before names its co-author at once (most authors, on most works: the
    // lookup `work` made already); the key is worked out once per id.
    const id = a.id;
    let ci = code !== undefined && code < 0 ? -1 - code : undefined;
    if (ci === undefined) {
      const key = coauthorKey(a);
      if (!key) return;
      ci = this.outside.get(key);
      if (ci === undefined) {
        ci = this.people.length;
        this.people.push({ name: a.name, id: a.id || undefined, orcid: a.orcid || undefined, works: 0, last: -1, by: [] });
        this.outside.set(key, ci);
      }
      if (id && key === id && !id.includes(':') && !this.byId.has(id)) this.byId.set(id, -1 - ci);
    }
    const c = this.people[ci]!;
    if (c.last === wi) return; // listed twice on one work
    c.last = wi;
    c.works++;
    const by = c.by;
    for (let k = 0; k < list.length; k++) {
      const m = list[k]!;
      let j = 0;
      while (j < by.length && by[j] !== m) j += 2;
      if (j < by.length) by[j + 1]!++;
      else by.push(m, 1);
    }
  }

  result(): { links: MemberLink[]; coauthors: GroupCoauthor[] } {
    const M = Tally.M;
    const ids = this.ids;
    const links: MemberLink[] = [];
    for (const [k, n] of this.pair) links.push({ source: ids[Math.floor(k / M)]!, target: ids[k % M]!, works: n });
    links.sort((a, b) => b.works - a.works);
    const people = byWorksDescending(this.people);
    const coauthors: GroupCoauthor[] = new Array(people.length);
    for (let p = 0; p < people.length; p++) {
      const t = people[p]!;
      const members: GroupCoauthor['members'] = [];
      for (let j = 0; j < t.by.length; j += 2) members.push({ id: ids[t.by[j]!]!, works: t.by[j + 1]! });
      if (members.length > 1) members.sort((a, b) => b.works - a.works);
      const c: GroupCoauthor = { name: t.name, works: t.works, members };
      if (t.id) c.id = t.id;
      if (t.orcid) c.orcid = t.orcid;
      coauthors[p] = c;
    }
    return { links, coauthors };
  }
}
const ORCID = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/i;

/**
 * The co-authors, most joint works first, ties in the order they were met: what a stable sort
 * by `works` gives, by counting (no comparator call per comparison on a cold page).
 */
function byWorksDescending(people: readonly Tallied[]): Tallied[] {
  let max = 0;
  for (let p = 0; p < people.length; p++) if (people[p]!.works > max) max = people[p]!.works;
  const starts = new Int32Array(max + 2);
  for (let p = 0; p < people.length; p++) starts[max - people[p]!.works + 1]!++;
  for (let k = 1; k < starts.length; k++) starts[k]! += starts[k - 1]!;
  const out: Tallied[] = new Array(people.length);
  for (let p = 0; p < people.length; p++) out[starts[max - people[p]!.works]!++] = people[p]!;
  return out;
}

interface MemberIndex {
  id: Map<string, string>;
  orcid: Map<string, string>;
}

function memberOf(a: Author, by: { id: Map<string, number>; orcid: Map<string, number> }): number | undefined {
  if (a.id) {
    const m = by.id.get(a.id);
    if (m !== undefined) return m;
  }
  if (a.orcid) {
    const o = ORCID.exec(a.orcid)?.[1];
    if (o) return by.orcid.get(o.toUpperCase());
  }
  return undefined;
}

/**
 * One key per outside co-author: their OpenAlex id (as is: the Map hashes the string once), else
 * `orcid:` and the iD, else `name:` and the normalized name.
 */
function coauthorKey(a: Author): string | undefined {
  if (a.id && OPENALEX_AUTHOR.test(a.id)) return a.id;
  const o = a.orcid ? ORCID.exec(a.orcid)?.[1] : undefined;
  if (o) return `orcid:${o.toUpperCase()}`;
  const n = nameKey(a.name);
  return n ? `name:${n}` : undefined;
}

/** The members who wrote `work` (by id), for highlighting: the ids in `work.members`. */
export function membersOfWork(group: LoadedGroup, work: Work): GroupMember[] {
  const ids = new Set(work.members ?? []);
  return group.members.filter((m) => ids.has(m.id));
}
