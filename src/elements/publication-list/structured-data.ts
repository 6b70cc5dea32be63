/**
 * schema.org `ScholarlyArticle` JSON-LD for the listed works, written into the host's light DOM
 * as `<script type="application/ld+json">` (through `src/core/structured-data.ts`) so search
 * engines and reference managers can read it.
 */
import { orcidUrl, writeStructuredData as writeScript } from '../../core/structured-data.js';
import type { Profile } from '../../data/schema.js';
import { doiUrl } from '../../data/normalize/doi.js';
import { filterEntries, prepare, sortedEntries, type Entry } from './model.js';
import type { PublicationList } from './publication-list.js';

/** At most this many works go into the JSON-LD (it is metadata, not a copy of the list). */
export const MAX_STRUCTURED_WORKS = 1000;

const MARKER = 'data-publication-list';

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

/** Writes (or replaces) the host's JSON-LD script; `null` removes it. */
export function writeStructuredData(host: HTMLElement, data: Record<string, unknown> | null): void {
  writeScript(host, MARKER, data);
}

/** The JSON-LD follows the data and the preset filters (not each keystroke of a search). */
export function syncStructuredData(host: PublicationList, profile: Profile | null): void {
  const p = profile && host.structuredData && profile.works.length ? prepare(profile) : null;
  const key = p ? [p, host.type, host.yearFrom, host.yearTo, host._sortMode, host._limit] : null;
  const last = host._structuredKey;
  if (key === null && last === null && !host.querySelector(':scope > script[data-publication-list]')) return;
  if (key && last && key.every((k, i) => k === last[i])) return;
  host._structuredKey = key;
  if (!p) {
    writeStructuredData(host, null);
    return;
  }
  const listed = filterEntries(sortedEntries(p, host._sortMode), {
    query: '',
    types: host._types,
    yearFrom: host._yearFrom,
    yearTo: host._yearTo,
  }).slice(0, host._limit);
  writeStructuredData(host, listed.length ? structuredData(listed, p.profile) : null);
}
