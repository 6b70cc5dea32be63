/**
 * Which group a derived profile stands for. A group provider shares its group as one profile (see
 * `elements/research-group/group-profile.ts`); group-aware elements (the graph) find the group
 * behind it here. A module of its own, with nothing else in it, so that an element that only asks
 * "is this a group?" does not pull in the group's loading or validation code.
 */
import type { LoadedGroup } from './model.js';

const groups = new WeakMap<object, LoadedGroup>();

/** The group a derived profile was made from (or undefined for any other profile). */
export function groupOf(profile: object | null | undefined): LoadedGroup | undefined {
  return profile ? groups.get(profile) : undefined;
}

/** Records that `profile` is `group` as one profile. */
export function markGroupProfile(profile: object, group: LoadedGroup): void {
  groups.set(profile, group);
}
