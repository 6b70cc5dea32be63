/**
 * One parser for every numeric attribute of every element (`timeout`, `max-works`, `max-nodes`,
 * `page-size`, `heading-level`, `debounce`, …): a Lit attribute converter made by
 * `numberAttribute(name, {default, min, max, integer})`.
 *
 * - Absent or empty (`timeout=""`): the default, silently.
 * - Not a number (`timeout="10s"`, `"NaN"`, `"Infinity"`): the default, and one console warning
 *   naming the attribute and the value.
 * - Out of range (`timeout="1e12"`, `heading-level="9"`): clamped to `[min, max]`, with one
 *   warning. Integers are truncated (`"2.7"` → 2) without a warning.
 *
 * So a property set from markup is always a finite number within its range (or the default,
 * which may be `null` for "unset"), and nothing downstream (a timer, a task's arguments) ever sees
 * NaN, Infinity or a huge value.
 */
import type { ComplexAttributeConverter } from 'lit';

export interface NumberAttributeOptions<D extends number | null> {
  /** The value when the attribute is absent, empty or not a number. */
  default: D;
  min?: number;
  max?: number;
  /** Whole numbers only (truncated). */
  integer?: boolean;
}

/**
 * Parses one attribute value. `warn` receives the (single) warning text when the value was not
 * a number or was clamped.
 */
export function parseNumberAttribute<D extends number | null>(
  name: string,
  value: string | null,
  opts: NumberAttributeOptions<D>,
  warn: (message: string) => void = (m) => console.warn(m),
): number | D {
  if (value === null) return opts.default;
  const text = value.trim();
  if (!text) return opts.default;
  const n = Number(text);
  const fallback = opts.default === null ? 'unset' : String(opts.default);
  if (!Number.isFinite(n)) {
    warn(`researcher-elements: ${name}="${value.slice(0, 40)}" is not a number; using ${opts.default === null ? 'no value' : fallback}.`);
    return opts.default;
  }
  let v = opts.integer ? Math.trunc(n) : n;
  const min = opts.min ?? -Infinity;
  const max = opts.max ?? Infinity;
  if (v < min || v > max) {
    v = Math.min(max, Math.max(min, v));
    warn(`researcher-elements: ${name}="${value.slice(0, 40)}" is out of range (${opts.min ?? '…'} to ${opts.max ?? '…'}); using ${v}.`);
  }
  return v === 0 ? 0 : v; // no -0
}

/** A Lit property converter for a numeric attribute: `@property({attribute: 'max-works', converter: numberAttribute('max-works', {...})})`. */
export function numberAttribute<D extends number | null>(name: string, opts: NumberAttributeOptions<D>): ComplexAttributeConverter<number | D> {
  return {
    fromAttribute: (value: string | null) => parseNumberAttribute(name, value, opts),
    toAttribute: (value: number | D) => (value === null || value === undefined ? null : String(value)),
  };
}

/** A finite number within `[min, max]`, else `fallback`: for values set as properties, not attributes. */
export function finiteIn(value: unknown, fallback: number, min = -Infinity, max = Infinity): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

/** Ranges shared by elements that have the same attribute. */
export const TIMEOUT_ATTRIBUTE = numberAttribute('timeout', { default: 10_000, min: 50, max: 300_000 });
export const MAX_WORKS_ATTRIBUTE = numberAttribute<number | null>('max-works', { default: null, min: 0, max: 100_000, integer: true });
export const HEADING_LEVEL_ATTRIBUTE = numberAttribute('heading-level', { default: 2, min: 1, max: 6, integer: true });
