/**
 * Small helpers shared by the source adapters (OpenAlex, ORCID, BibTeX). Kept tiny: this module
 * is part of every page that registers the adapters, the mapping code is loaded on demand.
 */

import type { LoadIssue } from '../errors.js';

export { ORCID_ID, isOrcidId, bareOrcid } from '../normalize/orcid.js';
export { normalizeDoi as bareDoi } from '../normalize/doi.js';
export { slug } from '../normalize/slug.js';

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

const warned = new WeakMap<object, string[]>();
const issued = new WeakMap<object, LoadIssue[]>();

/**
 * Records a warning about a loaded value (e.g. "works page 3 failed; 400 of 620 works shown") and
 * logs it; with `issue`, also what is missing, in a form elements can show (`sourceIssues`).
 * `sourceWarnings(value)` returns the messages, so callers such as the snapshot command and
 * `loadProfile` can report them next to the validator's warnings.
 */
export function warn(value: object, message: string, issue?: LoadIssue): void {
  const all = warned.get(value) ?? [];
  all.push(message);
  warned.set(value, all);
  if (issue) issued.set(value, [...(issued.get(value) ?? []), issue]);
  console.warn(`researcher-elements: ${message}`);
}

/** Warnings recorded by an adapter for the value it returned (see `warn`). */
export function sourceWarnings(value: unknown): string[] {
  return (typeof value === 'object' && value !== null && warned.get(value)) || [];
}

/** What an adapter could not load for the value it returned (see `warn`). */
export function sourceIssues(value: unknown): LoadIssue[] {
  return (typeof value === 'object' && value !== null && issued.get(value)) || [];
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
