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

export const VERIFICATION_LEVELS: readonly VerificationLevel[] = [
  { level: 0, name: 'No verification', description: 'Nothing about this record has been checked yet.' },
  {
    level: 1,
    name: 'Record matched',
    description: 'The record is matched to a public identifier, such as a bibliographic author record, but nobody has confirmed who it belongs to.',
  },
  {
    level: 2,
    name: 'Identity confirmed',
    description: 'The researcher confirmed this is them by signing in with an identity they own, such as their ORCID iD.',
  },
  { level: 3, name: 'Institution verified', description: 'An institution has verified the researcher and their affiliation.' },
];

/** The level entry for `n`, or undefined when `n` is not 0–3. */
export function verificationLevel(n: number): VerificationLevel | undefined {
  return VERIFICATION_LEVELS.find((l) => l.level === n);
}
