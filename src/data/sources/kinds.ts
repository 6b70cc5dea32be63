/**
 * What kind of source a loaded profile came from (ORCID record, OpenAlex author, BibTeX file, our
 * own JSON), and the addresses the free cross-links use.
 */
import { openAlexAuthorKey, orcidIdOf } from '../adapters/ids.js';
import { bareOrcid } from '../normalize/orcid.js';
import type { Profile } from '../schema.js';

export type SourceKind = 'orcid' | 'openalex' | 'bibtex' | 'profile';

/** `src` as a URL, a relative one against the page (`src="0000-0001-6187-6610"`). */
function urlOf(src: string | null): URL | undefined {
  try {
    return src ? new URL(src, typeof document !== 'undefined' ? document.baseURI : undefined) : undefined;
  } catch {
    return undefined;
  }
}

/** The kind a URL (and `format`) names before anything is loaded, when it says. */
export function kindOfUrl(src: string | null, format?: string): SourceKind | undefined {
  if (format === 'orcid' || format === 'openalex' || format === 'bibtex' || format === 'profile') return format;
  const url = urlOf(src);
  if (!url) return undefined;
  if (openAlexAuthorKey(url)) return 'openalex';
  if (orcidIdOf(url)) return 'orcid';
  if (/\.(bib|bibtex)$/i.test(url.pathname)) return 'bibtex';
  return undefined;
}

/** The kind of a loaded profile: from what the adapters write (ids and profile links), else its URL. */
export function kindOf(src: string | null, format: string | undefined, p: Profile): SourceKind {
  const home = p.links.profile ?? '';
  if (/^A\d+$/i.test(p.id) && /openalex\.org\//i.test(home)) return 'openalex';
  if (p.orcid && p.id === p.orcid && /orcid\.org\//i.test(home)) return 'orcid';
  return kindOfUrl(src, format) ?? 'profile';
}

/** The bare ORCID iD a profile names, if any. */
export const orcidOf = (p: Profile): string | undefined => bareOrcid(p.orcid);

/** OpenAlex's free single-entity lookup of the author with an ORCID iD. */
export const openAlexByOrcid = (id: string): string => `https://api.openalex.org/authors/orcid:${id}`;

/** The ORCID record of an iD (the ORCID adapter reads `pub.orcid.org/v3.0/{iD}/record`). */
export const orcidRecord = (id: string): string => `https://orcid.org/${id}`;

/** A short name for a source, for messages: "ORCID", "OpenAlex", the file name. */
export function sourceName(kind: SourceKind, src: string | null): string {
  if (kind === 'orcid') return 'ORCID';
  if (kind === 'openalex') return 'OpenAlex';
  const url = urlOf(src);
  return (url && decodeURIComponent(url.pathname.split('/').pop() || url.hostname)) || 'a file';
}
