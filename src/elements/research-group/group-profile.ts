/**
 * The group as one profile, for the elements inside `<research-group>`: a list or a graph shows a
 * group's result as it shows a researcher's. The profile is derived from a {@link LoadedGroup}
 * (name = group name, works = the merged works, people = members + outside co-authors), and the
 * group it came from is kept beside it ({@link groupOf}) for the group's own layout.
 */
import { needsSlicedValidation, profileFromObject, profileFromObjectAsync, type LoadedProfile } from '../../data/from-object.js';
import { isAbort, ProfileLoadError } from '../../data/errors.js';
import { buildGroup, buildGroupSteps, type LoadedGroup, type MemberResult } from '../../data/group/model.js';
import type { Group } from '../../data/group/schema.js';
import { nextTask, runSliced, SLICE_MS } from '../../data/slices.js';
import { validateGroup } from '../../data/group/validate.js';
import { markGroupProfile } from '../../data/group/derived.js';
import type { Institution, Person, Profile, ProfileInput, Topic } from '../../data/schema.js';
import { NOT_GIVEN } from './group-code.js';

/** The `LoadedProfile` a group provider shares: the group as one profile. */
export function groupProfile(loaded: LoadedGroup, src: string | null): LoadedProfile {
  const g = loaded.group;
  const people: Person[] = [];
  const ids = new Set<string>();
  const topics = new Map<string, Topic>();
  const institutions = new Map<string, Institution>();
  for (const m of loaded.members) {
    const p = m.profile;
    if (!p) continue;
    ids.add(p.id);
    people.push({ id: p.id, name: m.name, ...(p.orcid ? { orcid: p.orcid } : {}), ...(p.links?.profile ? { url: p.links.profile } : {}) });
    for (const t of p.topics) if (!topics.has(t.id)) topics.set(t.id, t);
    for (const i of p.institutions) if (!institutions.has(i.id)) institutions.set(i.id, i);
  }
  for (const c of loaded.coauthors) {
    const id = c.id ?? (c.orcid ? `orcid:${c.orcid}` : `name:${c.name}`);
    if (ids.has(id)) continue;
    ids.add(id);
    people.push({ id, name: c.name, ...(c.orcid ? { orcid: c.orcid } : {}) });
  }
  // Only the group's own fields are validated here: the works, topics and institutions come from
  // the members' validated profiles (merged, each id once) and the people are made of validated
  // names and ids, so they are not validated a second time (5,000 works would cost a visitor's
  // page about 100 ms for nothing).
  const shell: ProfileInput = {
    version: 1,
    id: g.id,
    name: g.name,
    headline: g.headline ?? null,
    affiliation: g.affiliation ? { name: g.affiliation.name, ...(g.affiliation.url ? { url: g.affiliation.url } : {}) } : null,
    links: { ...(g.links?.homepage ? { profile: g.links.homepage } : {}), ...(g.links?.explorer ? { explorer: g.links.explorer } : {}) },
    counts: { works: loaded.counts.works, collaborators: loaded.counts.collaborators },
  };
  const own = profileFromObject(shell);
  const topicList = [...topics.values()];
  const profile: Profile = {
    ...own.profile,
    counts: { ...own.profile.counts, topics: topicList.length },
    works: loaded.works,
    topics: topicList,
    people,
    institutions: [...institutions.values()],
  };
  const out = { ...own, profile };
  markGroupProfile(out.profile, loaded);
  const issues = loaded.members.flatMap((m) => m.issues ?? []);
  return { ...out, src, warnings: [...loaded.warnings, ...out.warnings], ...(issues.length ? { issues } : {}) };
}

/** A member's profile written into a group value: `members[i].profile`. */
type MemberValue = { src?: unknown; index?: unknown; profile?: unknown; entry?: { src?: unknown } };

function absolute(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  try {
    return new URL(raw.trim(), typeof document !== 'undefined' ? document.baseURI : undefined).href;
  } catch {
    return null;
  }
}

interface GroupValue {
  group: Group;
  warnings: string[];
  /** Members' profiles as given, by absolute `src`. */
  profiles: Map<string, unknown>;
}

/** The roster of a group value validated, and its members' profiles; throws when the roster is not valid. */
function readRoster(value: unknown): GroupValue {
  const v = value as { group?: unknown; members?: unknown } | null;
  const loadedShape = !!v && typeof v === 'object' && !!v.group && typeof v.group === 'object' && Array.isArray(v.members);
  const roster = loadedShape ? v!.group : value;
  const members: MemberValue[] = loadedShape ? (v!.members as MemberValue[]) : Array.isArray((value as { members?: unknown })?.members) ? ((value as { members: MemberValue[] }).members) : [];
  const profiles = new Map<string, unknown>();
  for (const m of members) {
    const key = absolute(loadedShape ? m?.entry?.src : m?.src);
    if (key && m?.profile && !profiles.has(key)) profiles.set(key, m.profile);
  }
  const r = validateGroup(roster);
  if (r.warnings.length) console.warn(`researcher-elements: parts of the group were dropped:\n  ${r.warnings.join('\n  ')}`);
  if (!r.ok) {
    const more = r.errors.length > 1 ? ` (and ${r.errors.length - 1} more)` : '';
    throw new ProfileLoadError(`The group data is not in the expected format: ${r.errors[0]}${more}.`);
  }
  return { group: r.group, warnings: r.warnings, profiles };
}

/** A member's profile as given, validated (a member without one is unavailable). */
function memberResult(p: unknown): MemberResult {
  if (!p) return { status: 'rejected', reason: new ProfileLoadError(NOT_GIVEN) };
  try {
    return { status: 'fulfilled', value: profileFromObject(p) };
  } catch (reason) {
    return { status: 'rejected', reason };
  }
}

/**
 * A group given as a value (the `group` property or inline JSON), shown with no request: either
 * what `loadGroup()` returns (`{group, members: [{entry, profile}]}`), or a roster whose members
 * carry their profile (`members: [{src, role, profile: {…}}]`). A member without a profile is
 * listed as unavailable. Throws a `ProfileLoadError` when the roster itself is not valid.
 */
export function groupFromValue(value: unknown): LoadedProfile {
  const { group, warnings, profiles } = readRoster(value);
  const results = group.members.map((entry) => memberResult(profiles.get(entry.src)));
  const built = buildGroup(group, results);
  return groupProfile({ ...built, warnings: [...warnings, ...built.warnings] }, null);
}

/**
 * {@link groupFromValue} for a big group, in slices of about {@link SLICE_MS} that leave the page
 * responsive: the members validated one by one (a very big one in slices of its own), then the
 * merge and the tally (`buildGroupSteps`). The same group; rejects with an AbortError when
 * `signal` aborts between slices.
 */
export async function groupFromValueAsync(value: unknown, signal?: AbortSignal): Promise<LoadedProfile> {
  const { group, warnings, profiles } = readRoster(value);
  const results: MemberResult[] = [];
  let end = performance.now() + SLICE_MS;
  for (const entry of group.members) {
    const p = profiles.get(entry.src);
    if (p && needsSlicedValidation(p)) {
      try {
        results.push({ status: 'fulfilled', value: await profileFromObjectAsync(p as object, signal) });
      } catch (reason) {
        if (isAbort(reason)) throw reason;
        results.push({ status: 'rejected', reason });
      }
    } else results.push(memberResult(p));
    if (performance.now() >= end) {
      await pause(signal);
      end = performance.now() + SLICE_MS;
    }
  }
  await pause(signal);
  const built = await runSliced(buildGroupSteps(group, results), signal);
  // The group as one profile in a task of its own, and the render (on resolving) in the next.
  await pause(signal);
  const loaded = groupProfile({ ...built, warnings: [...warnings, ...built.warnings] }, null);
  await pause(signal);
  return loaded;
}

/** A new task (the page gets the main thread back); throws an AbortError when `signal` aborted. */
async function pause(signal?: AbortSignal): Promise<void> {
  await nextTask();
  if (signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
}
