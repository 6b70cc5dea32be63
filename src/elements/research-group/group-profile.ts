/**
 * The group as one profile, for the elements inside `<research-group>`: a list or a graph shows a
 * group's result as it shows a researcher's. The profile is derived from a {@link LoadedGroup}
 * (name = group name, works = the merged works, people = members + outside co-authors), and the
 * group it came from is kept beside it ({@link groupOf}) for the group's own layout.
 */
import { profileFromObject, type LoadedProfile } from '../../data/from-object.js';
import { ProfileLoadError } from '../../data/errors.js';
import { buildGroup, type LoadedGroup, type MemberResult } from '../../data/group/model.js';
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

/**
 * A group given as a value (the `group` property or inline JSON), shown with no request: either
 * what `loadGroup()` returns (`{group, members: [{entry, profile}]}`), or a roster whose members
 * carry their profile (`members: [{src, role, profile: {…}}]`). A member without a profile is
 * listed as unavailable. Throws a `ProfileLoadError` when the roster itself is not valid.
 */
export function groupFromValue(value: unknown): LoadedProfile {
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
  const results: MemberResult[] = r.group.members.map((entry) => {
    const p = profiles.get(entry.src);
    if (!p) return { status: 'rejected', reason: new ProfileLoadError(NOT_GIVEN) };
    try {
      return { status: 'fulfilled', value: profileFromObject(p) };
    } catch (reason) {
      return { status: 'rejected', reason };
    }
  });
  const built = buildGroup(r.group, results);
  return groupProfile({ ...built, warnings: [...r.warnings, ...built.warnings] }, null);
}
