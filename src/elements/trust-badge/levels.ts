import { enBadge as en } from './messages/en.js';

/**
 * The verification levels, defined once. `<trust-badge>` shows the level as "L1" and explains
 * all four in its disclosure; any other element that names a level reads it from here.
 */
export interface VerificationLevel {
  level: 0 | 1 | 2 | 3;
  /** Short name, shown next to "L1" in the explanation. */
  name: string;
  /** One sentence saying what was checked. */
  description: string;
}

// The English text lives in the message catalogue; `<trust-badge>` shows it in the page's language.
export const VERIFICATION_LEVELS: readonly VerificationLevel[] = ([0, 1, 2, 3] as const).map((level) => ({
  level,
  name: en[`level${level}Name`],
  description: en[`level${level}Description`],
}));

/** The level entry for `n`, or undefined when `n` is not 0–3. */
export function verificationLevel(n: number): VerificationLevel | undefined {
  return VERIFICATION_LEVELS.find((l) => l.level === n);
}
