import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import fc from '../helpers/fc.js';
import { FAIL, compileCheck } from '../../src/data/fast-check.js';
import {
  AuthorSchema,
  InstitutionSchema,
  PersonSchema,
  ProfileSchema,
  TopicSchema,
  TrustSchema,
  WorkSchema,
  TEXT_LIMITS,
} from '../../src/data/schema.js';
import { validateProfile } from '../../src/data/validate.js';

/** A value with its key order and `undefined`-valued keys made visible (deep.equal ignores both). */
function shape(x: unknown): unknown {
  if (Array.isArray(x)) return ['array', x.length, ...x.map(shape)];
  if (x && typeof x === 'object') return ['object', ...Object.keys(x).map((k) => [k, k in x, shape((x as Record<string, unknown>)[k])])];
  if (typeof x === 'number' && Number.isNaN(x)) return 'NaN';
  return [typeof x, x];
}

// Values around every limit and type the schemas check: strings empty, short and just past a
// limit, integers and not, negative, NaN, booleans, null, undefined, lists, objects.
const leaf = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('', 'x'.repeat(TEXT_LIMITS.name), 'x'.repeat(TEXT_LIMITS.name + 1), 'x'.repeat(TEXT_LIMITS.id + 1), 'x'.repeat(TEXT_LIMITS.label + 1)),
  fc.integer({ min: -200, max: 200 }),
  fc.constantFrom(0, 1, 2, 3, 4, 1.5, -0, -1, 100, 101, Number.NaN, Infinity, -Infinity),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

type Node = { type: string; wrapped?: Node; item?: Node; entries?: Record<string, Node>; literal?: unknown };

/**
 * Values for `schema`: mostly of the right type and near its limits (so that whole valid objects
 * come up), one time in ten anything from `leaf`; objects with each optional key sometimes
 * missing, a stray key, and (one time in eight) required keys missing too.
 */
function valueFor(schema: Node, depth: number): fc.Arbitrary<unknown> {
  const near = ((): fc.Arbitrary<unknown> => {
    switch (schema.type) {
      case 'optional':
        return fc.oneof(fc.constant(undefined), valueFor(schema.wrapped!, depth));
      case 'nullable':
        return fc.oneof(fc.constant(null), valueFor(schema.wrapped!, depth));
      case 'string':
        return fc.oneof({ arbitrary: fc.string({ maxLength: 8 }), weight: 6 }, { arbitrary: leaf, weight: 1 });
      case 'number':
        return fc.oneof(fc.integer({ min: -2, max: 120 }), fc.constantFrom(1.5, -0, Number.NaN, Infinity));
      case 'boolean':
        return fc.boolean();
      case 'literal':
        return fc.constant(schema.literal);
      case 'array':
        return depth > 0 ? fc.array(valueFor(schema.item!, depth - 1), { maxLength: 3 }) : fc.constant([]);
      case 'object': {
        const entries: Record<string, Node> = { ...schema.entries!, stray: { type: 'unknown' } };
        const keys = Object.keys(entries);
        const required = keys.filter((k) => !['optional', 'unknown'].includes(entries[k]!.type));
        const rec = (requiredKeys: string[]) =>
          fc.record(Object.fromEntries(keys.map((k) => [k, entries[k]!.type === 'unknown' ? leaf : valueFor(entries[k]!, depth)])), { requiredKeys });
        return fc.oneof({ arbitrary: rec(required), weight: 7 }, { arbitrary: rec([]), weight: 1 });
      }
      default:
        return leaf;
    }
  })();
  return fc.oneof({ arbitrary: near, weight: 9 }, { arbitrary: leaf, weight: 1 });
}

const SCHEMAS = { AuthorSchema, WorkSchema, TopicSchema, PersonSchema, InstitutionSchema, TrustSchema, ProfileSchema };

describe('compiled validation fast path (fast-check.ts)', () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`${name}: accepts exactly what valibot accepts, with exactly valibot's output`, () => {
      const fast = compileCheck(schema as v.GenericSchema);
      expect(fast, 'the schema compiles').to.be.a('function');
      let accepted = 0;
      fc.assert(
        fc.property(valueFor(schema as unknown as Node, 2), (value) => {
          const slow = v.safeParse(schema as v.GenericSchema, value);
          const out = fast!(value);
          expect(out !== FAIL, 'the fast path accepts it iff valibot does').to.equal(slow.success);
          if (slow.success) {
            accepted++;
            expect(shape(out)).to.deep.equal(shape(slow.output));
          }
        }),
        { numRuns: 600 },
      );
      // The generator reaches the valid case, so the equality above was really checked.
      expect(accepted).to.be.greaterThan(0);
    });
  }

  it('never modifies its input and copies what it returns', () => {
    const work = { id: 'w', title: 'T', authors: [{ name: 'A', extra: 1 }], topics: ['t'] };
    const out = compileCheck(WorkSchema)!(work) as typeof work;
    expect(out).to.not.equal(work);
    expect(out.authors).to.not.equal(work.authors);
    expect(out.authors[0]).to.deep.equal({ name: 'A' });
    expect(work.authors[0]).to.deep.equal({ name: 'A', extra: 1 });
  });

  it('leaves a schema with a part it does not cover to valibot', () => {
    expect(compileCheck(v.object({ a: v.pipe(v.string(), v.trim()) }))).to.equal(null);
    expect(compileCheck(v.object({ a: v.optional(v.string(), () => 'x') }))).to.equal(null);
    expect(compileCheck(v.union([v.string(), v.number()]))).to.equal(null);
  });

  it('validation still names the problem when the fast path turns a work down', () => {
    const r = validateProfile({ version: 1, id: 'p', name: 'P', works: [{ id: 'w1', authors: [{ name: 'A' }, { name: 7 }] }, { id: 'w2', citations: -1 }] });
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.profile.works.map((w) => [w.id, w.authors.length])).to.deep.equal([['w1', 1]]);
    expect(r.warnings).to.deep.equal(['works[0].authors[1].name: expected a string (item dropped)', 'works[1].citations: expected at least 0 (item dropped)']);
  });
});
