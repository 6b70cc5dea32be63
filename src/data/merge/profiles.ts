/**
 * One researcher from several sources (issue 14): identity from the strongest source, works merged
 * by the rules of `works.ts` (each work once, preprints linked from their published versions, the
 * sources recorded on each work), topics, co-authors and institutions united. Pure: no requests.
 */
import type { Profile } from '../schema.js';
import { mergeWorks } from './works.js';

export interface ProfileSource {
  /** Recorded in each merged work's `sources`: the source's URL, or any id. */
  id: string;
  profile: Profile;
}

export interface MergeProfilesOptions {
  /**
   * Source ids in order of preference for the identity (id, name, headline, affiliation, avatar,
   * ORCID iD, trust, links). Sources not listed come after, strongest first: a record its owner
   * controls (claimed, or trust level 2 or more, e.g. ORCID) beats a matched public record
   * (level 1, e.g. OpenAlex) beats the rest (e.g. a `.bib` file); ties keep the given order.
   */
  preferIdentityFrom?: readonly string[];
}

function strength(p: Profile): number {
  const t = p.trust;
  if (!t) return 0;
  return (t.claimed ? 10 : 0) + t.level;
}

/** Merges profiles of the same person; the first of `sources` after ranking gives the identity. */
export function mergeProfiles(sources: readonly ProfileSource[], opts: MergeProfilesOptions = {}): Profile {
  if (!sources.length) throw new Error('mergeProfiles needs at least one profile');
  const prefer = opts.preferIdentityFrom ?? [];
  const rank = (s: ProfileSource) => {
    const i = prefer.indexOf(s.id);
    return i >= 0 ? i : prefer.length;
  };
  const ranked = sources
    .map((s, order) => ({ s, order }))
    .sort((a, b) => rank(a.s) - rank(b.s) || strength(b.s.profile) - strength(a.s.profile) || a.order - b.order)
    .map((x) => x.s);
  const first = ranked[0]!.profile;
  const others = ranked.slice(1).map((s) => s.profile);
  const pick = <K extends keyof Profile>(key: K): Profile[K] => {
    for (const p of [first, ...others]) if (p[key] != null) return p[key];
    return first[key];
  };

  // The researcher's own ids in each source become the merged id (so they are emphasised).
  const selfIds = new Set(sources.map((s) => s.profile.id));
  const works = mergeWorks(
    sources.map((s) => ({ id: s.id, works: s.profile.works, owner: { name: s.profile.name, id: s.profile.id, ...(s.profile.orcid ? { orcid: s.profile.orcid } : {}) } })),
    { field: 'sources' },
  );
  for (const w of works) {
    w.authors = w.authors.map((a) => (a.id && selfIds.has(a.id) && a.id !== first.id ? { ...a, id: first.id } : a));
  }

  const union = <T extends { id: string }>(lists: T[][]): T[] => {
    const seen = new Map<string, T>();
    for (const list of lists) for (const item of list) if (!seen.has(item.id) && !selfIds.has(item.id)) seen.set(item.id, item);
    return [...seen.values()];
  };
  // Topics and co-authors: sources that have them, the identity source first.
  const all = [first, ...others];
  const topics = union(all.map((p) => p.topics));
  const people = union(all.map((p) => p.people));
  const institutions = union(all.map((p) => p.institutions));

  const max = (key: keyof Profile['counts']) => {
    let best: number | undefined;
    for (const p of all) {
      const v = p.counts[key];
      if (typeof v === 'number') best = Math.max(best ?? 0, v);
    }
    return best;
  };
  const counts: Profile['counts'] = {};
  for (const key of ['followers', 'citations', 'hIndex'] as const) {
    const v = max(key);
    if (v !== undefined) counts[key] = v;
  }
  counts.works = Math.max(works.length, max('works') ?? 0);
  counts.topics = topics.length;
  counts.collaborators = people.length;

  return {
    ...first,
    headline: pick('headline'),
    affiliation: pick('affiliation'),
    avatar: pick('avatar'),
    orcid: pick('orcid'),
    openToCollaborate: all.some((p) => p.openToCollaborate),
    trust: first.trust ?? pick('trust'),
    links: Object.assign({}, ...[...others].reverse().map((p) => p.links), first.links),
    counts,
    works,
    topics,
    people,
    institutions,
  };
}
