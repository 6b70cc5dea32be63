/**
 * A profile given as a value (an object, or parsed inline JSON) becomes a validated profile here,
 * synchronously and with no request: the part of the data layer that elements need up front, so
 * such a profile renders in the element's first update. Fetching, formats and adapters
 * (`load.ts`) are loaded only when a profile comes from a URL.
 */
import { ProfileLoadError, type LoadIssue } from './errors.js';
import type { Profile } from './schema.js';
import { validateProfile, validateProfileAsync, type ValidationResult } from './validate.js';

export interface LoadedProfile {
  /** The absolute URL, or null for a profile given as an object. */
  src: string | null;
  profile: Profile;
  warnings: string[];
  /**
   * What the source could not provide although the profile loaded, e.g. `{part: 'works', message,
   * status: 429, loaded: 0, total: 62}` when an OpenAlex author loaded but their works did not.
   * Absent or empty when everything loaded.
   */
  issues?: LoadIssue[];
}

/** Validates a value as a profile, or throws a ProfileLoadError naming the first problem. */
export function toProfile(value: unknown, src: string | null, earlier: string[] = []): LoadedProfile {
  return loaded(validateProfile(value), src, earlier);
}

/** {@link toProfile} in slices that leave the page responsive (big profiles). */
export async function toProfileAsync(value: unknown, src: string | null, earlier: string[] = [], signal?: AbortSignal): Promise<LoadedProfile> {
  return loaded(await validateProfileAsync(value, signal), src, earlier);
}

function loaded(r: ValidationResult, src: string | null, earlier: string[]): LoadedProfile {
  if (r.warnings.length) console.warn(`researcher-elements: parts of the profile${src ? ` from ${src}` : ''} were dropped or cut:\n  ${r.warnings.join('\n  ')}`);
  r.warnings.unshift(...earlier); // the source's own warnings were logged when they arose
  if (!r.ok) {
    throw new ProfileLoadError(`The profile data is not in the expected format: ${r.errors[0]}${r.errors.length > 1 ? ` (and ${r.errors.length - 1} more)` : ''}.`, {
      src,
    });
  }
  objectCache.set(r.profile, { src: null, profile: r.profile, warnings: [] });
  return { src, profile: r.profile, warnings: r.warnings };
}

/**
 * Profiles with more works than this, given as an object, are validated in slices (the element
 * shows its loading state meanwhile); smaller ones at once, so they render with no loading flash.
 */
export const LARGE_PROFILE_WORKS = 5000;

/**
 * Objects read before, with what they gave: the values given (validated once per object), and
 * every profile validation made, given back as it is with no warnings (its own were reported when
 * it was made). A validated profile handed to another element (a group member's profile to the
 * member's card, a `profile-load` detail to a second element) is not validated again.
 */
const objectCache = new WeakMap<object, LoadedProfile>();

/** True for a profile object big enough to validate in slices, and not validated yet. */
export function needsSlicedValidation(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || objectCache.has(value)) return false;
  const works = (value as { works?: unknown }).works;
  return Array.isArray(works) && works.length > LARGE_PROFILE_WORKS;
}

/** {@link profileFromObject} in slices, cached the same way. */
export async function profileFromObjectAsync(value: object, signal?: AbortSignal): Promise<LoadedProfile> {
  const hit = objectCache.get(value);
  if (hit) return hit;
  const result = await toProfileAsync(value, null, [], signal);
  objectCache.set(value, result);
  return result;
}

/** Validates a profile given as an object, once per object (it may be shared by many elements). */
export function profileFromObject(value: unknown): LoadedProfile {
  if (typeof value === 'object' && value !== null) {
    const hit = objectCache.get(value);
    if (hit) return hit;
    const result = toProfile(value, null);
    objectCache.set(value, result);
    return result;
  }
  return toProfile(value, null);
}

/**
 * The three functions above as one object: what core's validator registry takes
 * (`core/validator.ts`; the elements that always show a profile register it statically).
 */
export const profileValidator = { profileFromObject, profileFromObjectAsync, needsSlicedValidation };
