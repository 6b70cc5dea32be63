/**
 * What `<research-group>` needs statically of its group code, and where it finds the rest.
 *
 * The code that validates a roster and builds the group (merged works, co-authors: `./group-profile.ts`
 * with `data/group/` and `data/merge/`) is static in `research-group.define.ts` (every
 * `<research-group>` needs it, and `researcher-elements/research-group.define.js` and
 * `cdn/research-group.js` hold it), and loaded on first use where the element comes with the
 * all-in-one file (`define.ts`), whose pages mostly show no group: a group given as a value is then
 * quietly pending until it is there, and a group from `src` loads it with the data layer.
 */
import { onDemand } from '../../core/on-demand.js';
import type { LoadedProfile } from '../../data/from-object.js';

/** The group a derived profile was made from (see `groupProfile()`). */
export { groupOf } from '../../data/group/derived.js';

/** The reason of a member given without its profile (in English: the data layer's messages are). */
export const NOT_GIVEN = 'The profile of this member was not given with the group.';

/** Reads a group given as a value (`groupFromValue`): registered statically, or loaded on first use. */
export const groupReader = onDemand<(value: unknown) => LoadedProfile>(() => import('./group-profile-lazy.js').then((m) => m.groupFromValue));
