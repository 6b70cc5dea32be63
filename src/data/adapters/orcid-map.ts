/**
 * ORCID → profile, loaded on demand by `orcid.ts`.
 *
 * Requests (`Accept: application/json`, no key needed): `GET /v3.0/{iD}/record`, one request
 * with the person, the employments and the work summaries. A URL ending in `/person` or `/works`
 * asks instead for `/person` + `/works` + `/employments`; then a failing `/works` or
 * `/employments` leaves the person with a warning (partial data), a failing `/person` is an error.
 *
 * Mapping: the credit name first (else given + family names, else the iD); the biography's first
 * paragraph as the headline; keywords (split at commas and semicolons) as topics; the current
 * employment (no end date, latest start) as the affiliation, every employer as an institution;
 * one work per work group (the summary with the highest display index): title, year, type,
 * journal title as the venue, the DOI from the external ids, the url. Summaries carry no
 * co-authors, so an ORCID profile has no `people`.
 *
 * Trust: an ORCID record is an identity its owner controls (they sign in to edit it), so it maps
 * to `{claimed: true, level: 2}` with a score out of 100:
 *   50  an ORCID record
 *  +15  an employment added by an organization's system (a member client), not typed by hand
 *  +15  a work added by an organization's system (Crossref, DataCite, a publisher, …)
 * (so at most 80; level 3 is left to a site that verifies the person itself).
 */
import { ProfileLoadError, isAbort } from '../errors.js';
import type { SourceContext, SourceResult } from '../formats.js';
import { parseJson } from '../http.js';
import type { ProfileInput } from '../schema.js';
import { orcidIdOf } from './ids.js';
import { bareDoi, bareOrcid, doiLink, int, isObject, list, orcidUrl, result, scored, slug, str, warning } from './shared.js';
import { sourceError } from './source-error.js';

type Json = Record<string, unknown>;
type Work = NonNullable<ProfileInput['works']>[number];
type Institution = NonNullable<ProfileInput['institutions']>[number];

const API = 'https://pub.orcid.org/v3.0';
const HEADERS = { Accept: 'application/json' };

const TYPES: Record<string, string> = {
  'journal-article': 'article',
  'book-chapter': 'chapter',
  'data-set': 'dataset',
  'conference-poster': 'poster',
  'dissertation-thesis': 'thesis',
  dissertation: 'thesis',
  'supervised-student-publication': 'thesis',
};

/** `{value: x}` → x, as ORCID wraps most strings. */
const val = (x: unknown): string | undefined => (isObject(x) ? str(x.value) : str(x));

async function get(ctx: SourceContext, url: string, what: string, label: string, src: string): Promise<unknown> {
  try {
    return await ctx.fetchJson(url, { headers: HEADERS, what });
  } catch (err) {
    throw sourceError(err, 'ORCID', label, src);
  }
}

export async function loadOrcid(url: URL, ctx: SourceContext): Promise<SourceResult<ProfileInput>> {
  const id = orcidIdOf(url);
  if (!id) {
    // format="orcid" on a file of our own: a saved record or person object.
    const { text } = await ctx.fetchText(url.href, { what: 'The ORCID file' });
    return parseOrcid(text, url);
  }
  const split = /orcid\.org$/i.test(url.hostname) && /\/(person|works)\/?$/i.test(url.pathname);
  if (!split) {
    const record = await get(ctx, `${API}/${id}/record`, `The ORCID record ${id}`, `record ${id}`, url.href);
    return result(mapRecord(record, id));
  }
  const [person, works, employments] = await Promise.allSettled([
    get(ctx, `${API}/${id}/person`, `The ORCID record ${id}`, `record ${id}`, url.href),
    get(ctx, `${API}/${id}/works`, `The works of ORCID record ${id}`, `works for ${id}`, url.href),
    get(ctx, `${API}/${id}/employments`, `The employments of ORCID record ${id}`, `employments for ${id}`, url.href),
  ]);
  if (person.status === 'rejected') throw person.reason;
  for (const r of [works, employments]) if (r.status === 'rejected' && isAbort(r.reason)) throw r.reason;
  const profile = mapRecord(
    {
      'orcid-identifier': { path: id },
      person: person.value,
      'activities-summary': {
        works: works.status === 'fulfilled' ? works.value : undefined,
        employments: employments.status === 'fulfilled' ? employments.value : undefined,
      },
    },
    id,
  );
  const failed = [works, employments].filter((r) => r.status === 'rejected');
  return result(profile, failed.map((r) => warning(`${(r.reason as Error)?.message ?? r.reason} The profile is shown without them.`)));
}

/** A saved ORCID `/record` or `/person` object → profile. */
export function parseOrcid(text: string, url?: URL): SourceResult<ProfileInput> {
  return result(orcidProfile(text, url));
}

function orcidProfile(text: string, url?: URL): ProfileInput {
  const value = parseJson(text, 'The ORCID record');
  if (!isObject(value)) throw new ProfileLoadError('The ORCID record is not a JSON object.');
  const fromPath = bareOrcid(value.path) ?? (url ? orcidIdOf(url) : undefined);
  if (value.person || value['orcid-identifier']) return mapRecord(value, fromPath ?? '(no iD)');
  if (value.name !== undefined || value.biography !== undefined) return mapRecord({ person: value }, fromPath ?? '(no iD)');
  if (Array.isArray(value.group)) throw new ProfileLoadError(`An ORCID works list has no name or iD to show: load the record (${API}/{iD}/record) instead.`);
  throw new ProfileLoadError('The ORCID data is neither a record nor a person.');
}

function headline(bio: string | undefined): string | null {
  if (!bio) return null;
  const first = bio.split(/\n\s*\n/)[0]!.replace(/\s+/g, ' ').trim();
  if (first.length <= 200) return first || null;
  const cut = first.slice(0, 200);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 120)).trimEnd()}…`;
}

const bySource = (item: Json): boolean => isObject(item.source) && isObject(item.source['source-client-id']);

/** A `/record` object (or one assembled from `/person` + `/works` + `/employments`) → profile. */
export function mapRecord(record: unknown, requested: string): ProfileInput {
  if (!isObject(record)) throw new ProfileLoadError(`ORCID sent something other than a record for ${requested}.`);
  const ident = isObject(record['orcid-identifier']) ? record['orcid-identifier'] : {};
  const person = isObject(record.person) ? record.person : {};
  const id = bareOrcid(ident.path) ?? bareOrcid(person.path) ?? bareOrcid(requested);
  if (!id) throw new ProfileLoadError(`The ORCID record ${requested} has no ORCID iD.`);
  const activities = isObject(record['activities-summary']) ? record['activities-summary'] : {};

  const names = isObject(person.name) ? person.name : {};
  const given = val(names['given-names']);
  const family = val(names['family-name']);
  const name = val(names['credit-name']) ?? ([given, family].filter(Boolean).join(' ') || undefined) ?? id;

  const bio = isObject(person.biography) ? str(person.biography.content) : undefined;

  const topics: { id: string; name: string }[] = [];
  const seenTopics = new Set<string>();
  for (const k of list(isObject(person.keywords) ? person.keywords.keyword : [])) {
    if (!isObject(k)) continue;
    for (const part of (str(k.content) ?? '').split(/[,;]/)) {
      const word = part.trim();
      const key = slug(word);
      if (!word || !key || seenTopics.has(key)) continue;
      seenTopics.add(key);
      topics.push({ id: `keyword:${key}`, name: word });
    }
  }

  // Employments: every employer is an institution; the current one (no end date, latest start) is the affiliation.
  const employments = isObject(activities.employments) ? activities.employments : {};
  const jobs: Json[] = [];
  for (const g of list(employments['affiliation-group'])) {
    for (const s of list(isObject(g) ? g.summaries : [])) if (isObject(s) && isObject(s['employment-summary'])) jobs.push(s['employment-summary']);
  }
  const institutions = new Map<string, Institution>();
  const orgId = (job: Json): string | undefined => {
    const org = isObject(job.organization) ? job.organization : {};
    const name = str(org.name);
    if (!name) return undefined;
    const dis = isObject(org['disambiguated-organization']) ? org['disambiguated-organization'] : {};
    const ext = str(dis['disambiguated-organization-identifier']);
    const source = str(dis['disambiguation-source'])?.toLowerCase();
    const iid = ext ? `${source ?? 'org'}:${lastOf(ext)}` : `org:${slug(name)}`;
    if (!institutions.has(iid)) {
      const country = isObject(org.address) ? str(org.address.country) : undefined;
      const home = source === 'ror' && ext ? ext : undefined;
      institutions.set(iid, { id: iid, name, ...(country ? { country: country.toUpperCase() } : {}), ...(home ? { url: home } : {}) });
    }
    return iid;
  };
  const startOf = (job: Json) => {
    const d = isObject(job['start-date']) ? job['start-date'] : {};
    return (int(val(d.year)) ?? 0) * 10000 + (int(val(d.month)) ?? 0) * 100 + (int(val(d.day)) ?? 0);
  };
  let current: Json | undefined;
  for (const job of jobs) {
    if (!orgId(job)) continue;
    if (job['end-date']) continue;
    if (!current || startOf(job) > startOf(current)) current = job;
  }
  const currentOrg = current && isObject(current.organization) ? str(current.organization.name) : undefined;

  const worksNode = isObject(activities.works) ? activities.works : {};
  const works: Work[] = [];
  const workIds = new Set<string>();
  let organisationWork = false;
  list(worksNode.group).forEach((g, gi) => {
    if (!isObject(g)) return;
    const summaries = list(g['work-summary']).filter(isObject);
    if (!summaries.length) return;
    const preferred = summaries.reduce((best, s) => ((int(s['display-index']) ?? 0) > (int(best['display-index']) ?? 0) ? s : best), summaries[0]!);
    if (summaries.some(bySource)) organisationWork = true;
    const work = mapWork(preferred, g, gi);
    if (workIds.has(work.id)) return;
    workIds.add(work.id);
    works.push(work);
  });

  const { score, signals } = scored('ORCID', [
    ['orcid-record', 50, 1],
    ['orcid-employment', 15, jobs.some(bySource)],
    ['orcid-work', 15, organisationWork],
  ]);
  return {
    version: 1,
    id,
    name,
    headline: headline(bio),
    orcid: id,
    affiliation: currentOrg ? { name: currentOrg, ...(val(current!.url) ? { url: val(current!.url) } : {}) } : null,
    trust: { score, level: 2, claimed: true, label: 'Claimed', signals },
    counts: isObject(activities.works) ? { works: works.length } : {},
    links: { profile: orcidUrl(id) },
    topics,
    works,
    people: [],
    institutions: [...institutions.values()],
  };
}

const lastOf = (s: string) => s.replace(/\/+$/, '').split('/').pop()!;

function doiOf(ids: unknown): string | null {
  const all = list(isObject(ids) ? ids['external-id'] : []).filter(isObject);
  const dois = all.filter((e) => str(e['external-id-type'])?.toLowerCase() === 'doi');
  const ordered = [...dois.filter((e) => e['external-id-relationship'] === 'self'), ...dois];
  for (const e of ordered) {
    const doi = bareDoi(val(e['external-id-normalized']) ?? str(e['external-id-value']));
    if (doi) return doi;
  }
  return null;
}

function mapWork(s: Json, group: Json, index: number): Work {
  const titles = isObject(s.title) ? s.title : {};
  const title = val(titles.title);
  const subtitle = val(titles.subtitle);
  const date = isObject(s['publication-date']) ? s['publication-date'] : {};
  const doi = doiOf(s['external-ids']) ?? doiOf(group['external-ids']);
  const type = str(s.type)?.toLowerCase();
  const putCode = int(s['put-code']);
  return {
    id: putCode !== undefined ? String(putCode) : `work-${index + 1}`,
    title: title ? (subtitle ? `${title}: ${subtitle}` : title) : null,
    year: int(val(date.year)) ?? null,
    type: type ? (TYPES[type] ?? type.replace(/-/g, ' ')) : null,
    venue: val(s['journal-title']) ?? null,
    doi,
    url: val(s.url) ?? (doi ? doiLink(doi) : null),
    authors: [],
  };
}
