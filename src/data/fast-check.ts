/**
 * A fast path for validation (`validate.ts`): a valibot schema of the profile format compiled
 * once into a plain function that returns exactly what `v.safeParse(schema, x).output` gives for
 * valid input (same keys in the same order, defaults applied, arrays and objects copied), or
 * {@link FAIL} at the first problem. Validation then asks valibot itself, for its messages: the
 * fast path only decides the common case (valid data) sooner — 5,000 works with 30,000 authors
 * are about 35,000 objects, and valibot's general machinery (datasets, pipes, issue paths) costs
 * several times more per object, most of all before the engine has compiled it (a visitor's page).
 *
 * It covers the part of valibot that `schema.ts` uses (object, array, string, number, boolean,
 * literal, unknown, optional, nullable, and the length, integer and value checks); a schema with
 * anything else compiles to `null`, and valibot alone checks it.
 */
import type { GenericSchema } from 'valibot';

/** What a compiled check returns for input valibot would not accept. */
export const FAIL: unique symbol = Symbol('fail');
export type FastCheck = (value: unknown) => unknown;

interface Node {
  type: string;
  pipe?: readonly { kind: string; type: string; requirement?: unknown }[];
  entries?: Record<string, Node>;
  item?: Node;
  wrapped?: Node;
  default?: unknown;
  fallback?: unknown;
  literal?: unknown;
}

const OPTIONAL = new Set(['optional', 'nullish', 'exact_optional']);

/** `schema` as a {@link FastCheck}, or `null` when it uses something this does not cover. */
export function compileCheck(schema: GenericSchema): FastCheck | null {
  try {
    return build(schema as unknown as Node);
  } catch {
    return null;
  }
}

const unsupported = (): never => {
  throw new Error('unsupported');
};

/** Does `x` pass a validation action of a pipe (the ones schema.ts uses)? */
function passes(x: number & { length: number }, type: string, r: number): boolean {
  switch (type) {
    case 'max_length':
      return x.length <= r;
    case 'min_length':
      return x.length >= r;
    case 'integer':
      return Number.isInteger(x);
    case 'min_value':
      return x >= r;
    default: // max_value
      return x <= r;
  }
}

const ACTIONS = new Set(['max_length', 'min_length', 'integer', 'min_value', 'max_value']);

function build(s: Node): FastCheck {
  if (s.fallback !== undefined || typeof s.default === 'function') unsupported();
  // The first item of a pipe is the schema itself; the rest must be checks this knows.
  const pipe = (s.pipe ?? []).slice(1).map((a) => (a.kind === 'validation' && ACTIONS.has(a.type) ? ([a.type, a.requirement as number] as const) : unsupported()));
  const base = baseCheck(s);
  if (!pipe.length) return base;
  if (s.type !== 'string' && s.type !== 'number') unsupported();
  return (x) => {
    const out = base(x);
    return out === FAIL || !pipe.every(([type, r]) => passes(out as never, type, r)) ? FAIL : out;
  };
}

function baseCheck(s: Node): FastCheck {
  const type = s.type;
  switch (type) {
    case 'string':
    case 'number':
    case 'boolean':
      // `x === x` leaves NaN out, as valibot's number() does.
      return (x) => (typeof x === type && x === x ? x : FAIL);
    case 'unknown':
      return (x) => x;
    case 'literal': {
      const lit = s.literal;
      if (lit !== lit) unsupported();
      return (x) => (x === lit ? x : FAIL);
    }
    case 'optional':
    case 'nullable': {
      const inner = build(s.wrapped!);
      const none = type === 'optional' ? undefined : null;
      const dflt = s.default;
      return (x) => {
        if (x === none) {
          if (dflt !== undefined) x = dflt;
          if (x === none) return x;
        }
        return inner(x);
      };
    }
    case 'array': {
      const item = build(s.item!);
      return (x) => {
        if (!Array.isArray(x)) return FAIL;
        const out: unknown[] = [];
        for (let i = 0; i < x.length; i++) {
          const r = item(x[i]);
          if (r === FAIL) return FAIL;
          out.push(r);
        }
        return out;
      };
    }
    case 'object': {
      const keys: string[] = [];
      const fieldChecks: FastCheck[] = [];
      /** When the key is missing: 0 required, 1 left out (optional), 2 defaulted (optional with a default). */
      const missing: number[] = [];
      for (const key in s.entries) {
        const e = s.entries[key]!;
        keys.push(key);
        fieldChecks.push(build(e));
        missing.push(!OPTIONAL.has(e.type) ? 0 : e.default === undefined ? 1 : 2);
      }
      return (x) => {
        if (!x || typeof x !== 'object') return FAIL;
        const src = x as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!;
          const value = src[key];
          // A key that is there with the value `undefined` is kept (as valibot keeps it).
          if (value === undefined && missing[i] !== 2 && !(key in src)) {
            if (missing[i] === 1) continue;
            return FAIL;
          }
          const r = fieldChecks[i]!(value);
          if (r === FAIL) return FAIL;
          out[key] = r;
        }
        return out;
      };
    }
    default:
      return unsupported();
  }
}
