/**
 * RIS, the tagged format every reference manager imports (EndNote, Zotero, Mendeley, Citavi):
 * one `TAG  - value` line per field, `TY` first and `ER` last, CRLF line ends as the RIS
 * specification writes them. Written from CSL-JSON, so both exports say the same thing.
 */
import type { Profile, Work } from '../schema.js';
import type { CslItem, CslName, CslType } from './csl-types.js';
import { toCslJson } from './csl-json.js';

const RIS_TYPES: Record<CslType, string> = {
  'article-journal': 'JOUR',
  article: 'UNPB',
  'paper-conference': 'CPAPER',
  chapter: 'CHAP',
  book: 'BOOK',
  dataset: 'DATA',
  thesis: 'THES',
  report: 'RPRT',
  software: 'COMP',
  patent: 'PAT',
  review: 'JOUR',
  entry: 'ENCYC',
  webpage: 'ELEC',
  'article-magazine': 'MGZN',
  'article-newspaper': 'NEWS',
  manuscript: 'UNPB',
  standard: 'STAND',
  speech: 'GEN',
  'post-weblog': 'BLOG',
  periodical: 'JFULL',
  document: 'GEN',
};

/** The RIS type of a CSL type (`article-journal` → `JOUR`). */
export function risType(type: CslType): string {
  return RIS_TYPES[type] ?? 'GEN';
}

/** One line's value: no line breaks or control characters (a new line would start a new tag). */
function oneLine(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A CSL name as RIS writes authors: `Family, Given[, Suffix]` (particle first), or the literal. */
export function risName(name: CslName): string {
  if (name.literal) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  const given = [name.given, name['dropping-particle']].filter(Boolean).join(' ');
  return [family, given, name.suffix].filter(Boolean).join(', ');
}

/** One CSL-JSON item as a RIS record (CRLF line ends, ending with `ER  - `). */
export function risFromCsl(item: CslItem): string {
  const lines: string[] = [];
  const add = (tag: string, value: string | number | undefined) => {
    const v = value === undefined ? '' : oneLine(String(value));
    if (v) lines.push(`${tag}  - ${v}`);
  };
  lines.push(`TY  - ${risType(item.type)}`);
  for (const a of item.author ?? []) add('AU', risName(a));
  add('TI', item.title);
  add('T2', item['container-title']);
  add('PB', item.publisher);
  add('PY', item.issued?.['date-parts'][0][0]);
  add('DO', item.DOI);
  add('UR', item.URL);
  add('AB', item.abstract);
  lines.push('ER  - ');
  return lines.join('\r\n');
}

/** One work as a RIS record. */
export function toRis(work: Work, profile?: Pick<Profile, 'id'> | null): string {
  return `${risFromCsl(toCslJson(work, profile))}\r\n`;
}

/** A list of works as one RIS file: records separated by a blank line. */
export function toRisList(works: readonly Work[], profile?: Pick<Profile, 'id'> | null): string {
  return works.length ? `${works.map((w) => risFromCsl(toCslJson(w, profile))).join('\r\n\r\n')}\r\n` : '';
}
