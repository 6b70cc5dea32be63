/**
 * The members table's "strongest outside collaborators" (`groupTable`), kept as the co-authors
 * come instead of sorting each member's whole list (a department's members have thousands): the
 * same three as a stable sort of all of them by joint works, on generated groups.
 */
import { expect } from '@open-wc/testing';
import fc from '../../helpers/fc.js';
import { groupTable } from '../../../src/elements/collab-graph/group-model.js';
import type { GroupCoauthor, GroupMember, LoadedGroup } from '../../../src/data/group/model.js';

function group(members: number, coauthors: { works: number[] }[]): LoadedGroup {
  const ms = Array.from({ length: members }, (_, i) => ({ id: `A${i}`, index: i, name: `Member ${i}`, available: true, profile: { links: {} } }) as unknown as GroupMember);
  const cs: GroupCoauthor[] = coauthors.map((c, i) => ({
    name: `Person ${i}`,
    works: Math.max(0, ...c.works),
    members: c.works.flatMap((w, m) => (m < members && w > 0 ? [{ id: `A${m}`, works: w }] : [])),
  }));
  return { members: ms, coauthors: cs, links: [], works: [] } as unknown as LoadedGroup;
}

/** What the table listed before: each member's co-authors sorted by joint works (stable), the first three. */
function reference(g: LoadedGroup): Record<string, string[]> {
  const out: Record<string, { label: string; works: number }[]> = {};
  for (const m of g.members) out[m.id] = [];
  for (const c of g.coauthors) for (const m of c.members) out[m.id]!.push({ label: c.name, works: m.works });
  return Object.fromEntries(Object.entries(out).map(([id, xs]) => [id, xs.map((o, i) => ({ o, i })).sort((a, b) => b.o.works - a.o.works || a.i - b.i).slice(0, 3).map((x) => `${x.o.label} ${x.o.works}`)]));
}

describe('groupTable: strongest outside collaborators', () => {
  it('lists the three with the most joint works per member, ties in the group order, as a full sort does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(fc.record({ works: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 5 }) }), { maxLength: 40 }), (n, cs) => {
        const g = group(n, cs);
        const table = groupTable(g);
        const got = Object.fromEntries(g.members.map((m, i) => [m.id, table.members[i]!.outside.map((o) => `${o.label} ${o.works}`)]));
        expect(got).to.deep.equal(reference(g));
      }),
      { numRuns: 300 },
    );
  });
});
