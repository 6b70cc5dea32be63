/**
 * Small helpers shared by the source adapters (OpenAlex, ORCID, BibTeX). Kept tiny: this module
 * is part of every page that registers the adapters, the mapping code is loaded on demand.
 */

import type { LoadIssue } from '../errors.js';
import type { SourceResult } from '../formats.js';
import { bareOrcid as orcidOf, orcidUrl as orcidLink } from '../normalize/orcid.js';
import { doiUrl, normalizeDoi } from '../normalize/doi.js';
import { slug as slugOf } from '../normalize/slug.js';

// Bound here rather than re-exported, so that each lazy mapping chunk imports them through this
// module's chunk and not through another import of its own (the chunks stay under 2.5 KB gzip).
/** The bare, checksum-valid ORCID iD in an iD or URL (see `normalize/orcid.ts`). */
export const bareOrcid = (value: unknown): string | undefined => orcidOf(value);
/** The bare DOI in a DOI, `doi:` or resolver URL (see `normalize/doi.ts`). */
export const bareDoi = (value: unknown): string | null => normalizeDoi(value);
/** `https://doi.org/…` for a bare DOI (see `normalize/doi.ts`). */
export const doiLink = (doi: string): string => doiUrl(doi);
/** `https://orcid.org/…` for a bare ORCID iD (see `normalize/orcid.ts`). */
export const orcidUrl = (id: string): string => orcidLink(id);
/** A lower-case, dash-separated key (see `normalize/slug.ts`). */
export const slug = (value: string): string => slugOf(value);

/** The string, trimmed, or undefined when it is not a non-empty string. */
export function str(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  return s ? s : undefined;
}

/** A whole number from a number or a numeric string, else undefined. */
export function int(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}

export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** `value` as an array (anything else is an empty one). */
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The last path segment of an id URL: `https://openalex.org/A123` → `A123`. */
export function lastSegment(value: unknown): string | undefined {
  const s = str(value);
  return s ? s.replace(/\/+$/, '').split('/').pop() : undefined;
}


/**
 * A numeric format option (from an attribute or the CLI, so possibly a string), clamped to
 * `[min, max]`; `fallback` when absent or not a number.
 */
export function numberOption(value: unknown, fallback: number, min: number, max: number): number {
  const n = typeof value === 'string' && value.trim() ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(n)));
}

/** An adapter's result: the profile-shaped value, the warnings about it (none by default), what is missing. */
export const result = <P>(profile: P, warnings: string[] = [], issues?: LoadIssue[]): SourceResult<P> => (issues ? { profile, warnings, issues } : { profile, warnings });

/**
 * A warning about a loaded value (e.g. "works page 3 failed; 400 of 620 works shown"): logged, and
 * returned so the adapter puts it in its `{profile, warnings}` result.
 */
export function warning(message: string): string {
  console.warn(`researcher-elements: ${message}`);
  return message;
}

/**
 * A trust score and its breakdown: the `[id, points, awarded]` rules that are awarded, as signals
 * named by their source, and their sum. The badge's explanation lists them (docs/data-sources.md).
 */
export function scored(source: string, rules: readonly (readonly [string, number, unknown])[]): { score: number; signals: { id: string; points: number; source: string }[] } {
  const signals = rules.filter((r) => r[2]).map(([id, points]) => ({ id, points, source }));
  return { score: signals.reduce((n, s) => n + s.points, 0), signals };
}

/** Counts occurrences, remembering first-seen order (for stable sorting by frequency). */
export class Tally<T> {
  readonly items = new Map<string, { value: T; count: number; order: number }>();
  add(key: string, value: T): T {
    const hit = this.items.get(key);
    if (hit) {
      hit.count++;
      return hit.value;
    }
    this.items.set(key, { value, count: 1, order: this.items.size });
    return value;
  }
  /** Most frequent first; ties keep first-seen order. */
  sorted(): T[] {
    return [...this.items.values()].sort((a, b) => b.count - a.count || a.order - b.order).map((e) => e.value);
  }
}
