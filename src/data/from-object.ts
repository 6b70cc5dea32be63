/**
 * A profile given as a value (an object, or parsed inline JSON) becomes a validated profile here,
 * synchronously and with no request: the part of the data layer that elements need up front, so
 * such a profile renders in the element's first update. Fetching, formats and adapters
 * (`load.ts`) are loaded only when a profile comes from a URL.
 */
import { ProfileLoadError, type LoadIssue } from './errors.js';
import type { Profile } from './schema.js';
import { validateProfile } from './validate.js';

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
  const r = validateProfile(value);
  if (r.warnings.length) console.warn(`researcher-elements: parts of the profile${src ? ` from ${src}` : ''} were dropped:\n  ${r.warnings.join('\n  ')}`);
  r.warnings.unshift(...earlier); // the source's own warnings were logged when they arose
  if (!r.ok) {
    throw new ProfileLoadError(`The profile data is not in the expected format: ${r.errors[0]}${r.errors.length > 1 ? ` (and ${r.errors.length - 1} more)` : ''}.`, {
      src,
    });
  }
  return { src, profile: r.profile, warnings: r.warnings };
}

const objectCache = new WeakMap<object, LoadedProfile>();

/** Validates a profile given as an object, once per object (it may be shared by many elements). */
export function profileFromObject(value: unknown): LoadedProfile {
  if (typeof value === 'object' && value !== null) {
    const hit = objectCache.get(value);
    if (hit) return hit;
    const loaded = toProfile(value, null);
    objectCache.set(value, loaded);
    return loaded;
  }
  return toProfile(value, null);
}
