/**
 * The three export files, for one work or a (filtered) list: BibTeX, RIS and CSL-JSON, each with
 * the MIME type and file extension a download needs.
 */
import type { Profile, Work } from '../schema.js';
import { bibKeys, toBibtexList } from './bibtex.js';
import { cslJsonText } from './csl-json.js';
import { toRisList } from './ris.js';

export type ExportFormat = 'bibtex' | 'ris' | 'csl-json';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['bibtex', 'ris', 'csl-json'];

export interface ExportFile {
  text: string;
  /** For a `Blob` and the clipboard (`application/x-bibtex`, `application/x-research-info-systems`, `application/vnd.citationstyles.csl+json`). */
  mimeType: string;
  /** Without the dot: `bib`, `ris`, `json`. */
  extension: string;
}

export interface ExportOptions {
  /** The profile the works come from: BibTeX keys are computed over all its works (stable under filtering), CSL-JSON ids carry its id. */
  profile?: Pick<Profile, 'id' | 'works'> | null;
}

/** `works` as one export file. An empty list gives an empty file (CSL-JSON: `[]`). */
export function exportCitations(works: readonly Work[], format: ExportFormat, opts: ExportOptions = {}): ExportFile {
  const profile = opts.profile ?? null;
  switch (format) {
    case 'bibtex': {
      let keys: string[] | undefined;
      if (profile?.works?.length) {
        const all = bibKeys(profile.works);
        const at = new Map(profile.works.map((w, i) => [w, i]));
        // Keys of the profile's own works; a work from elsewhere gets a key of its own list.
        const own = bibKeys(works);
        keys = works.map((w, i) => (at.has(w) ? all[at.get(w)!]! : own[i]!));
      }
      return { text: toBibtexList(works, keys), mimeType: 'application/x-bibtex', extension: 'bib' };
    }
    case 'ris':
      return { text: toRisList(works, profile), mimeType: 'application/x-research-info-systems', extension: 'ris' };
    case 'csl-json':
      return { text: cslJsonText(works, profile), mimeType: 'application/vnd.citationstyles.csl+json', extension: 'json' };
    default:
      throw new TypeError(`Unknown export format "${String(format)}": use bibtex, ris or csl-json.`);
  }
}
