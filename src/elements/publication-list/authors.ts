/**
 * Author lists: which authors are the profile's own researcher, and the list cut down for
 * display ("A, B, C … +246 more") in a few text runs, so even 10,000 names cost a handful of
 * DOM nodes.
 */
import type { Author, Profile } from '../../data/schema.js';
import { isolate } from '../../core/bidi.js';
import { fold } from '../../data/normalize/slug.js';

/** "Chen, Wuhui" and "Wuhui  Chen." both become "wuhui chen". */
export function nameKey(name: string): string {
  let n = name.trim();
  const comma = n.indexOf(',');
  if (comma > 0 && n.indexOf(',', comma + 1) < 0) n = `${n.slice(comma + 1)} ${n.slice(0, comma)}`;
  return fold(n)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function orcidKey(orcid: string | null | undefined): string | null {
  const m = /(\d{4}-?\d{4}-?\d{4}-?\d{3}[\dX])\s*\/?$/i.exec(orcid ?? '');
  return m ? m[1]!.replace(/-/g, '').toUpperCase() : null;
}

/**
 * A test for "is this author the researcher": the author's `id` equals the profile's, their
 * ORCID equals the profile's, or their name is the profile's name or one of `highlight`
 * (names separated by `;` or `|`).
 */
export function selfMatcher(profile: Profile, highlight: string | null | undefined): (a: Author) => boolean {
  const orcid = orcidKey(profile.orcid);
  const names = new Set([profile.name, ...(highlight ?? '').split(/[;|]/)].map(nameKey).filter(Boolean));
  return (a) => (!!a.id && a.id === profile.id) || (!!orcid && orcidKey(a.orcid) === orcid) || names.has(nameKey(a.name));
}

export interface AuthorRun {
  text: string;
  self: boolean;
}

export interface AuthorDisplay {
  runs: AuthorRun[];
  /** Authors not shown (0 when all are). */
  hidden: number;
  total: number;
}

/**
 * The authors to show: all when `expanded` or when there are at most `max`; otherwise the first
 * `max`, plus the researcher where they come later ("A, B, C … Wuhui Chen"). Consecutive names
 * that are not the researcher are merged into one run of text; each name is isolated (FSI … PDI,
 * see `core/bidi.ts`) so that a right-to-left name or an override cannot reorder the names after it.
 */
export function displayAuthors(authors: readonly Author[], isSelf: (a: Author) => boolean, max: number, expanded: boolean): AuthorDisplay {
  const total = authors.length;
  const runs: AuthorRun[] = [];
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length) runs.push({ text: buffer.join(', '), self: false });
    buffer = [];
  };
  const push = (a: Author, sep: string) => {
    if (isSelf(a)) {
      if (buffer.length) {
        buffer.push('');
        flush();
      } else if (runs.length) runs.push({ text: sep, self: false });
      runs.push({ text: isolate(a.name), self: true });
    } else {
      if (!buffer.length && runs.length) buffer.push('');
      buffer.push(isolate(a.name));
    }
  };
  const cut = expanded || total <= max ? total : Math.max(1, max);
  for (let i = 0; i < cut; i++) push(authors[i]!, ', ');
  let shown = cut;
  if (cut < total) {
    // The researcher further down the list is still named.
    for (let i = cut; i < total && runs.filter((r) => r.self).length < 3; i++) {
      const a = authors[i]!;
      if (!isSelf(a)) continue;
      flush();
      runs.push({ text: ' … ', self: false });
      runs.push({ text: isolate(a.name), self: true });
      shown++;
    }
  }
  flush();
  return { runs: mergeSeparators(runs), hidden: total - shown, total };
}

/** Joins adjacent non-self runs (separators included) into one. */
function mergeSeparators(runs: AuthorRun[]): AuthorRun[] {
  const out: AuthorRun[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && !last.self && !r.self) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}
