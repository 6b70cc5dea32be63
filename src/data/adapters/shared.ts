/**
 * Small helpers shared by the source adapters (OpenAlex, ORCID, BibTeX). Kept tiny: this module
 * is part of every page that registers the adapters, the mapping code is loaded on demand.
 */

import type { LoadIssue } from '../errors.js';

/** ORCID iD, bare: 0000-0002-1825-0097 (the last character may be X). */
export const ORCID_ID = /\b(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\b/i;

/** True when `id` is a well-formed ORCID iD whose check digit is right (ISO 7064 MOD 11-2). */
export function isOrcidId(id: string): boolean {
  if (!/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/i.test(id)) return false;
  const digits = id.replace(/-/g, '');
  let total = 0;
  for (let i = 0; i < 15; i++) total = (total + Number(digits[i])) * 2;
  const check = (12 - (total % 11)) % 11;
  return digits[15]!.toUpperCase() === (check === 10 ? 'X' : String(check));
}

/** The bare iD in an ORCID iD or URL (`https://orcid.org/0000-…` → `0000-…`), or undefined. */
export function bareOrcid(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ORCID_ID.exec(value);
  return m ? m[1]!.toUpperCase() : undefined;
}

/** A DOI without its resolver or `doi:` prefix (`https://doi.org/10.1/x` → `10.1/x`), or null. */
export function bareDoi(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
  return /^10\.\d{4,}\/\S/.test(s) ? s : null;
}

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

/** A lower-case, dash-separated key made of letters and digits (accents kept as letters). */
export function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
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
