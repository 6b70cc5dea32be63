/**
 * A group's publications from its members' profiles: loads each profile through the data layer
 * (cached per URL, so the members' cards on the same page reuse the responses), then merges the
 * works (a paper two members wrote together appears once), topics and people into one profile
 * that a <publication-list> shows.
 */
import { loadProfile } from '../../src/data/load.js';
import type { Profile, ProfileInput } from '../../src/data/schema.js';

export interface Group {
  id: string;
  name: string;
  headline?: string;
  affiliation?: { name: string; url?: string } | null;
}

function workKey(work: Profile['works'][number]): string {
  const doi = work.doi?.trim().toLowerCase();
  if (doi) return `doi:${doi}`;
  const title = work.title?.trim().toLowerCase().replace(/\s+/g, ' ');
  return title ? `title:${title}|${work.year ?? ''}` : `id:${work.id}`;
}

/** Merges already loaded profiles into one group profile. */
export function combineProfiles(group: Group, profiles: Profile[]): ProfileInput {
  const works = new Map<string, Profile['works'][number]>();
  const topics = new Map<string, Profile['topics'][number]>();
  const people = new Map<string, Profile['people'][number]>();
  const members = new Set(profiles.map((p) => p.id));
  for (const p of profiles) {
    for (const w of p.works) {
      const key = workKey(w);
      const known = works.get(key);
      // Keep the copy with the most citations (the sources may have been fetched at different times).
      if (!known || (w.citations ?? 0) > (known.citations ?? 0)) works.set(key, { ...w, id: known?.id ?? `${p.id}:${w.id}` });
    }
    for (const t of p.topics) if (!topics.has(t.id)) topics.set(t.id, t);
    for (const person of p.people) if (!members.has(person.id) && !people.has(person.id)) people.set(person.id, person);
  }
  return {
    version: 1,
    id: group.id,
    name: group.name,
    headline: group.headline ?? null,
    affiliation: group.affiliation ?? null,
    works: [...works.values()],
    topics: [...topics.values()],
    people: [...people.values()],
  };
}

/** Loads every member (a failed one is skipped with a warning) and merges them. */
export async function loadGroup(group: Group, sources: string[]): Promise<ProfileInput> {
  const settled = await Promise.allSettled(sources.map((src) => loadProfile(src)));
  const profiles: Profile[] = [];
  settled.forEach((r, i) => {
    if (r.status === 'fulfilled') profiles.push(r.value.profile);
    else console.warn(`Could not load ${sources[i]}: ${String(r.reason)}`);
  });
  if (profiles.length === 0) throw new Error('None of the members could be loaded.');
  return combineProfiles(group, profiles);
}
