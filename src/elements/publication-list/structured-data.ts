/**
 * schema.org `ScholarlyArticle` JSON-LD for the listed works, written into the host's light DOM
 * as `<script type="application/ld+json">` so search engines and reference managers can read
 * it. The script is created with `document.createElement` and filled through `textContent`;
 * `<` is written as `\u003c` so no string in the data can close the script element.
 */
import type { Profile } from '../../data/schema.js';
import { doiUrl } from './cite.js';
import type { Entry } from './model.js';

/** At most this many works go into the JSON-LD (it is metadata, not a copy of the list). */
export const MAX_STRUCTURED_WORKS = 1000;

const MARKER = 'data-publication-list';

function orcidUrl(orcid: string | undefined | null): string | null {
  const m = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\s*$/i.exec(orcid ?? '');
  return m ? `https://orcid.org/${m[1]!.toUpperCase()}` : null;
}

/** The JSON-LD object for `entries` (a `@graph` of ScholarlyArticle). */
export function structuredData(entries: readonly Entry[], profile: Profile): Record<string, unknown> {
  const selfOrcid = orcidUrl(profile.orcid);
  return {
    '@context': 'https://schema.org',
    '@graph': entries.slice(0, MAX_STRUCTURED_WORKS).map((e) => {
      const w = e.work;
      const item: Record<string, unknown> = { '@type': 'ScholarlyArticle' };
      if (e.href) item['@id'] = e.href;
      item.name = e.title || 'Untitled';
      item.headline = (e.title || 'Untitled').slice(0, 110);
      const authors = w.authors.slice(0, 100).map((a) => {
        const person: Record<string, unknown> = { '@type': 'Person', name: a.name };
        const orcid = orcidUrl(a.orcid) ?? (a.id && a.id === profile.id ? selfOrcid : null);
        if (orcid) person.sameAs = orcid;
        return person;
      });
      if (authors.length) item.author = authors;
      if (e.year !== null) item.datePublished = String(e.year);
      if (e.venue) item.isPartOf = { '@type': 'Periodical', name: e.venue };
      if (e.doi) {
        item.identifier = { '@type': 'PropertyValue', propertyID: 'DOI', value: e.doi };
        item.sameAs = doiUrl(e.doi);
      }
      if (e.url) item.url = e.url;
      else if (e.href) item.url = e.href;
      if (e.abstract) item.abstract = e.abstract;
      if (e.topics.length) item.keywords = e.topics.join(', ');
      if (e.citations !== null) {
        item.interactionStatistic = { '@type': 'InteractionCounter', interactionType: 'https://schema.org/CiteAction', userInteractionCount: e.citations };
      }
      if (w.type) item.genre = w.type;
      return item;
    }),
  };
}

/** JSON safe inside a script element: `<` (and U+2028/9) escaped. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Writes (or replaces) the host's JSON-LD script; `null` removes it. */
export function writeStructuredData(host: HTMLElement, data: Record<string, unknown> | null): void {
  const existing = host.querySelector<HTMLScriptElement>(`:scope > script[type="application/ld+json"][${MARKER}]`);
  if (!data) {
    existing?.remove();
    return;
  }
  const text = scriptJson(data);
  try {
    if (existing) {
      if (existing.textContent !== text) existing.textContent = text;
      return;
    }
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARKER, '');
    script.textContent = text;
    host.append(script);
  } catch (err) {
    // A page enforcing Trusted Types refuses script text it did not vet: skip the metadata.
    console.warn('researcher-elements: <publication-list> could not write structured data:', err);
  }
}
