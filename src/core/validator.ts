/**
 * Where core finds the profile validator (`data/from-object.ts`: validation and normalization of a
 * profile given as a value, with valibot and the text normalizer), without importing it.
 *
 * Elements that always show a profile (`<researcher-card>`, `<publication-list>`,
 * `<collab-graph>`, `<researcher-profile>`: every `SourceOptionsElement`) and the SSR and
 * hydration entries register it statically, so a profile object or inline JSON is validated in the
 * element's first update, with no request and no loading state, on the server too. A
 * `<trust-badge>` on its own does not: built from attributes it needs no validation, and given a
 * profile it loads the validator on first use (its own chunk in the CDN build) and stays quietly
 * pending meanwhile.
 *
 * The registry belongs to one copy of the library (a module variable): once any element of that
 * copy has registered the validator, every element of it validates synchronously.
 */
import type { LoadedProfile } from '../data/from-object.js';
import { onDemand } from './on-demand.js';

export interface ProfileValidator {
  /** Validates a profile value synchronously (cached per object); throws a `ProfileLoadError`. */
  profileFromObject(value: unknown): LoadedProfile;
  /** The same in slices that leave the page responsive (very big profile objects). */
  profileFromObjectAsync(value: object, signal?: AbortSignal): Promise<LoadedProfile>;
  /** True for a profile object big enough to validate in slices, and not validated yet. */
  needsSlicedValidation(value: unknown): boolean;
}

/** The profile validator: registered statically, or imported on first use. */
export const validator = onDemand<ProfileValidator>(() => import('../data/profile-validator.js').then((m) => m.profileValidator));
