/**
 * What `<research-group>` needs statically of its group code, and where it finds the rest.
 *
 * The code that validates a roster and builds the group (merged works, co-authors: `./group-profile.ts`
 * with `data/group/` and `data/merge/`) is static in `research-group.define.ts` (every
 * `<research-group>` needs it, and `researcher-elements/research-group.define.js` and
 * `cdn/research-group.js` hold it), and loaded on first use where the element comes with the
 * all-in-one file (`define.ts`), whose pages mostly show no group: it is fetched when a
 * `<research-group>` connects (before its data is there), a group given as a value is quietly
 * pending until it is there, and a group from `src` loads it beside the data layer.
 */
import { onDemand } from '../../core/on-demand.js';
import type { LoadedProfile } from '../../data/from-object.js';
import type { LoadedGroup } from '../../data/group/model.js';

/** The group a derived profile was made from (see `groupProfile()`). */
export { groupOf } from '../../data/group/derived.js';

/** The reason of a member given without its profile (in English: the data layer's messages are). */
export const NOT_GIVEN = 'The profile of this member was not given with the group.';

/** The group code's readers of a group given as a value: at once, and in slices (for a big group). */
export interface GroupReaders {
  groupFromValue: (value: unknown) => LoadedProfile;
  groupFromValueAsync: (value: unknown, signal?: AbortSignal) => Promise<LoadedProfile>;
  /** The group loaded from a roster URL as one profile (see `./group-profile.ts`). */
  groupProfile: (loaded: LoadedGroup, src: string | null) => LoadedProfile;
}

/** The group code: registered statically (`research-group.define.ts`), or loaded on first use. */
export const groupCode = onDemand<GroupReaders>(() => import('./group-profile-lazy.js'));

/** Reads a group given as a value (`groupFromValue`), as the profile source controller asks for it. */
export const groupReader = {
  get current(): GroupReaders['groupFromValue'] | undefined {
    return groupCode.current?.groupFromValue;
  },
  load: (): Promise<GroupReaders['groupFromValue']> => groupCode.load().then((c) => c.groupFromValue),
};

/**
 * Works in a group value (all members' works) above which it is read in slices, behind the loading
 * state (validating and merging them at once could block a visitor's page for more than 50 ms);
 * a smaller group is read at once and shows with no loading flash.
 */
export const LARGE_GROUP_WORKS = 1000;

/** True for a group value with more than {@link LARGE_GROUP_WORKS} works in its members' profiles. */
export function groupNeedsSlicing(value: object): boolean {
  const members = (value as { members?: unknown }).members;
  if (!Array.isArray(members)) return false;
  let works = 0;
  for (const m of members) {
    const list = (m as { profile?: { works?: unknown } } | null)?.profile?.works;
    if (Array.isArray(list)) works += list.length;
    if (works > LARGE_GROUP_WORKS) return true;
  }
  return false;
}

/**
 * Reads a big group value in slices (`groupFromValueAsync`): at once where the group code is
 * static (no chunk to fetch after the data has arrived), else loading it first.
 */
export async function readGroupSliced(value: object, signal: AbortSignal): Promise<LoadedProfile> {
  const code = groupCode.current ?? (await groupCode.load());
  return code.groupFromValueAsync(value, signal);
}
