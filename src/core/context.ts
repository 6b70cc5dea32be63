import { createContext } from '@lit/context';
import type { LoadIssue } from '../data/errors.js';
import type { Profile } from '../data/schema.js';

/** Where a result stands: no source yet, loading, loaded, or failed. */
export type ProfileStatus = 'idle' | 'pending' | 'complete' | 'error';

/**
 * A loaded (or loading, or failed) profile, as a provider shares it by context with the elements
 * inside it: the RESULT of one load, never the source. Children render it and never load or
 * validate it again; `retry()` reloads at the provider, and every child follows.
 *
 * A new object for each change (status, profile, error), so consumers compare by identity; the
 * `profile` object is the very one the provider validated, shared by every child.
 *
 * - `kind: 'profile'`: one researcher's profile (`<researcher-profile>`).
 * - `kind: 'group'`: a profile derived from a group (a future `<research-group>`): `profile` is the
 *   group as one profile (its members' works merged), so a list or a graph shows it as it is; a
 *   group provider may extend this interface with fields of its own (the roster, per-member
 *   issues) that group-aware children read.
 */
export interface ProfileResult {
  readonly status: ProfileStatus;
  /** The validated profile when `status` is `complete`, else `null`. */
  readonly profile: Profile | null;
  /** What went wrong when `status` is `error` (a `ProfileLoadError` for every expected failure). */
  readonly error: Error | null;
  /** What validation dropped (also logged once when it happened). */
  readonly warnings: readonly string[];
  /**
   * What the source could not provide although the profile loaded (e.g. the works of an
   * OpenAlex author after a 429): empty when everything loaded.
   */
  readonly issues: readonly LoadIssue[];
  /** The absolute URL it came from, or `null` for a profile given as an object or inline JSON. */
  readonly src: string | null;
  readonly kind: 'profile' | 'group';
  /**
   * True when the live source failed and the profile is the snapshot at `fallback-src`: every
   * element that renders the result says discreetly that it shows a saved copy.
   */
  readonly fallback: boolean;
  /** With `fallback`: when the snapshot was made (the profile's `retrieved`, an ISO date), else `null`. */
  readonly retrieved: string | null;
  /** Loads again at the element that loaded it (failures are never cached). */
  retry(): void;
}

/**
 * The context `<researcher-profile>` (and later `<research-group>`) provides. The key is global
 * (`Symbol.for`), so two copies of the library on one page still find each other.
 */
export const profileResultContext = createContext<ProfileResult | undefined>(Symbol.for('researcher-elements/profile-result'));
