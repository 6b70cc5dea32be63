/**
 * Works as the data layer hands them on: validated, so normalized (plain text, bare lower-case
 * DOI, bare ORCID iDs). Citation code reads these fields as they are and cleans nothing again.
 */
import type { Work } from '../../src/data/schema.js';
import { validateProfile } from '../../src/data/validate.js';

/** `w` (with `id: 'x'` and no authors unless given) after validation. Throws if it is dropped. */
export function normalizedWork(w: Partial<Work>): Work {
  const r = validateProfile({ version: 1, id: 'profile', name: 'Profile', works: [{ id: 'x', authors: [], ...w }] });
  const out = r.ok ? r.profile.works[0] : undefined;
  if (!out) throw new Error(`test work was dropped by validation: ${JSON.stringify(r.warnings)}`);
  return out;
}
