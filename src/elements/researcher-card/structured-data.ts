/**
 * schema.org `Person` JSON-LD for `<researcher-card structured-data>`, written into the card's
 * light DOM (see `src/core/structured-data.ts`) so search engines can read who the page is about.
 * Only web URLs that pass `safeUrl()` are written; `mailto:` links are not identities.
 */
import { orcidUrl, writeStructuredData } from '../../core/structured-data.js';
import { safeImageUrl, safeUrl } from '../../core/safe-url.js';
import type { Profile } from '../../data/schema.js';

export const PERSON_MARKER = 'data-researcher-card';

const webUrl = (url: string | null | undefined): string | null => {
  const safe = safeUrl(url);
  return safe && /^https?:/i.test(safe) ? safe : null;
};

/** The JSON-LD `Person` for a profile. */
export function personStructuredData(p: Profile): Record<string, unknown> {
  const person: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'Person' };
  const profileUrl = webUrl(p.links.profile);
  if (profileUrl) person['@id'] = profileUrl;
  person.name = p.name;
  if (p.headline) person.description = p.headline;
  if (p.affiliation) {
    const org: Record<string, unknown> = { '@type': 'Organization', name: p.affiliation.name };
    const orgUrl = webUrl(p.affiliation.url);
    if (orgUrl) org.url = orgUrl;
    person.affiliation = org;
  }
  const image = safeImageUrl(p.avatar);
  if (image && /^https?:/i.test(image)) person.image = image;
  if (profileUrl) person.url = profileUrl;

  const orcid = orcidUrl(p.orcid);
  const sameAs = [orcid, profileUrl].filter((u, i, all): u is string => !!u && all.indexOf(u) === i);
  if (sameAs.length) person.sameAs = sameAs;

  const identifier: unknown[] = [];
  if (orcid) identifier.push({ '@type': 'PropertyValue', propertyID: 'ORCID', value: orcid.slice('https://orcid.org/'.length) });
  if (/^A\d+$/.test(p.id)) identifier.push({ '@type': 'PropertyValue', propertyID: 'OpenAlex', value: p.id });
  else if (!orcid || !p.id.includes(orcid.slice('https://orcid.org/'.length))) identifier.push(p.id);
  person.identifier = identifier;

  const topics = p.topics.map((t) => t.name).filter(Boolean).slice(0, 20);
  if (topics.length) person.knowsAbout = topics;
  return person;
}

/** Writes the host's Person script, marked `marker` (or removes it for `null`). */
export function writePersonData(host: HTMLElement, profile: Profile | null, marker = PERSON_MARKER): void {
  writeStructuredData(host, marker, profile ? personStructuredData(profile) : null);
}
