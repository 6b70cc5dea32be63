/**
 * A group from its roster and its members' loaded profiles: the members in display order, the
 * merged works (each once, with the members who wrote it), member–member joint works (the
 * graph's links) and the external co-authors ranked by joint works. Pure: no requests.
 */
import type { LoadIssue } from '../errors.js';
import type { LoadedProfile } from '../load.js';
import { nameKey } from '../merge/keys.js';
import { mergeWorks, type WorkList } from '../merge/works.js';
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
  const merged = mergeWorks(lists, { field: 'members' });

  // Members are numbered (their place in `available`) so that counting uses numeric keys.
  const order = new Map(available.map((m, i) => [m.id, i]));
  const index = { id: new Map<string, number>(), orcid: new Map<string, number>() };
  for (const [k, id] of memberBy.id) index.id.set(k, order.get(id)!);
  for (const [k, id] of memberBy.orcid) index.orcid.set(k, order.get(id)!);
  const M = MAX_MEMBERS + 1;
  const pair = new Map<number, number>();
  const outside = new Map<string, number>();
  // Per outside person: [member index, joint works, member index, joint works, …] (most write
  // with one or two members: a short list beats a large map).
  const people: (GroupCoauthor & { last: number; by: number[] })[] = [];
  // The merged works are fresh objects (mergeWorks copies): their `members` are set in place.
  const works = merged;
  for (let wi = 0; wi < works.length; wi++) {
    const w = works[wi]!;
    const list: number[] = [];
    for (const id of w.members ?? []) {
      const i = id ? order.get(id) : undefined;
      if (i !== undefined && !list.includes(i)) list.push(i);
    }
    let others: Author[] | undefined;
    for (const a of w.authors) {
      const i = memberOf(a, index);
      if (i === undefined) (others ??= []).push(a);
      else if (!list.includes(i)) list.push(i);
    }
    if (list.length > 1) list.sort((a, b) => a - b);
    const had = w.members;
    w.members = list.length === 1 && had?.length === 1 && had[0] === available[list[0]!]!.id ? had : list.map((i) => available[i]!.id);
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const k = list[x]! * M + list[y]!;
        pair.set(k, (pair.get(k) ?? 0) + 1);
      }
    }
    if (!list.length || !others) continue;
    for (const a of others) {
      const key = coauthorKey(a);
      if (!key) continue;
      let ci = outside.get(key);
      if (ci === undefined) {
        ci = people.length;
        const c: GroupCoauthor & { last: number; by: number[] } = { name: a.name, works: 0, members: [], last: -1, by: [] };
        if (a.id) c.id = a.id;
        if (a.orcid) c.orcid = a.orcid;
        people.push(c);
        outside.set(key, ci);
      }
      const c = people[ci]!;
      if (c.last === wi) continue; // listed twice on one work
      c.last = wi;
      c.works++;
      const by = c.by;
      for (const m of list) {
        let j = 0;
        while (j < by.length && by[j] !== m) j += 2;
        if (j < by.length) by[j + 1]!++;
        else by.push(m, 1);
      }
    }
  }

  const links: MemberLink[] = [...pair].map(([k, n]) => ({ source: available[Math.floor(k / M)]!.id, target: available[k % M]!.id, works: n }));
  links.sort((a, b) => b.works - a.works);
  const coauthors: GroupCoauthor[] = people
    .sort((a, b) => b.works - a.works)
    .map(({ last: _, by, ...c }) => {
      for (let j = 0; j < by.length; j += 2) c.members.push({ id: available[by[j]!]!.id, works: by[j + 1]! });
      c.members.sort((a, b) => b.works - a.works);
      return c;
    });

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
const ORCID = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/i;

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
