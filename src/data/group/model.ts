/**
 * A group from its roster and its members' loaded profiles: the members in display order, the
 * merged works (each once, with the members who wrote it), member–member joint works (the
 * graph's links) and the external co-authors ranked by joint works. Pure: no requests.
 */
import type { LoadIssue } from '../errors.js';
import type { LoadedProfile } from '../load.js';
import { authorKeys } from '../merge/keys.js';
import { mergeWorks, type WorkList } from '../merge/works.js';
import type { Author, Profile, Work } from '../schema.js';
import type { Group, GroupMemberEntry } from './schema.js';

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
        ...(r.value.issues?.length ? { issues: r.value.issues } : {}),
      });
    } else {
      const error = r ? errorOf(r.reason) : { message: 'The profile was not loaded.' };
      members.push({ ...base, id: `member-${index + 1}`, name: entry.name ?? entry.src, available: false, counts: {}, error });
    }
  });
  members.sort((a, b) => ROLE_ORDER[a.roleKind] - ROLE_ORDER[b.roleKind] || a.index - b.index);

  const available = members.filter((m) => m.available);
  // Each member's keys (OpenAlex id, ORCID iD): a work's author with one of them is that member.
  const memberByKey = new Map<string, string>();
  for (const m of available) {
    const p = m.profile!;
    for (const k of authorKeys({ name: '', id: p.id, ...(p.orcid ? { orcid: p.orcid } : {}) })) if (!memberByKey.has(k)) memberByKey.set(k, m.id);
    memberByKey.set(`id:${p.id}`, m.id);
  }
  const lists: WorkList[] = available.map((m) => ({
    id: m.id,
    works: m.profile!.works,
    owner: { name: m.profile!.name, id: m.profile!.id, ...(m.profile!.orcid ? { orcid: m.profile!.orcid } : {}) },
  }));
  if (opts.extraWorks?.length) lists.push({ id: '', works: opts.extraWorks });
  const merged = mergeWorks(lists, { field: 'members' });

  const pair = new Map<string, number>();
  const outside = new Map<string, GroupCoauthor & { by: Map<string, number> }>();
  const works = merged.map((w) => {
    const who = new Set((w.members ?? []).filter(Boolean));
    const others: Author[] = [];
    for (const a of w.authors) {
      const m = memberOf(a, memberByKey);
      if (m) who.add(m);
      else others.push(a);
    }
    const list = available.filter((m) => who.has(m.id)).map((m) => m.id);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const k = `${list[i]}\u0000${list[j]}`;
        pair.set(k, (pair.get(k) ?? 0) + 1);
      }
    }
    if (list.length) {
      const seen = new Set<string>();
      for (const a of others) {
        const key = coauthorKey(a);
        if (!key || seen.has(key)) continue;
        seen.add(key);
        let c = outside.get(key);
        if (!c) {
          c = { name: a.name, ...(a.id ? { id: a.id } : {}), ...(a.orcid ? { orcid: a.orcid } : {}), works: 0, members: [], by: new Map() };
          outside.set(key, c);
        }
        c.works++;
        for (const m of list) c.by.set(m, (c.by.get(m) ?? 0) + 1);
      }
    }
    return { ...w, members: list };
  });

  const links: MemberLink[] = [...pair].map(([k, n]) => {
    const [source, target] = k.split('\u0000') as [string, string];
    return { source, target, works: n };
  });
  links.sort((a, b) => b.works - a.works);
  const coauthors: GroupCoauthor[] = [...outside.values()]
    .sort((a, b) => b.works - a.works)
    .map(({ by, ...c }) => ({ ...c, members: [...by].sort((a, b) => b[1] - a[1]).map(([id, n]) => ({ id, works: n })) }));

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

function memberOf(a: Author, byKey: Map<string, string>): string | undefined {
  if (a.id) {
    const m = byKey.get(`id:${a.id}`);
    if (m) return m;
  }
  for (const k of authorKeys({ ...a, name: '' })) {
    const m = byKey.get(k);
    if (m) return m;
  }
  return undefined;
}

/** One key per outside co-author: OpenAlex id, else ORCID iD, else normalized name. */
function coauthorKey(a: Author): string | undefined {
  const keys = authorKeys(a);
  return keys.find((k) => k.startsWith('openalex:')) ?? keys.find((k) => k.startsWith('orcid:')) ?? keys[0];
}

/** The members who wrote `work` (by id), for highlighting: the ids in `work.members`. */
export function membersOfWork(group: LoadedGroup, work: Work): GroupMember[] {
  const ids = new Set(work.members ?? []);
  return group.members.filter((m) => ids.has(m.id));
}
