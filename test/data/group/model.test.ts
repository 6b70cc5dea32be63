/**
 * buildGroup on profiles written for the project: members in role order with name overrides and
 * their own counts, unavailable members with the reason, merged works carrying their members,
 * member–member joint works and outside co-authors ranked.
 */
import { expect } from '@open-wc/testing';
import { buildGroup, membersOfWork, type MemberResult } from '../../../src/data/group/model.js';
import { validateGroup } from '../../../src/data/group/validate.js';
import { ProfileLoadError } from '../../../src/data/errors.js';
import { validateProfile } from '../../../src/data/validate.js';
import type { Profile } from '../../../src/data/schema.js';

const BASE = 'https://lab.example.org/group.json';

function profile(input: Record<string, unknown>): Profile {
  const r = validateProfile({ version: 1, ...input });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.profile;
}
const ok = (p: Profile): MemberResult => ({ status: 'fulfilled', value: { src: null, profile: p, warnings: [] } });

const ada = profile({
  id: 'A1',
  name: 'Ada Lovelace',
  orcid: '0000-0002-1825-0097',
  counts: { works: 40, citations: 900 },
  works: [
    { id: 'W1', title: 'Engines that think', year: 2021, doi: '10.1000/e1', authors: [{ name: 'Ada Lovelace', id: 'A1' }, { name: 'Grace Hopper', id: 'A2' }, { name: 'Charles Babbage', id: 'A9' }] },
    { id: 'W2', title: 'Notes on the analytical engine', year: 1843, authors: [{ name: 'Ada Lovelace', id: 'A1' }, { name: 'Charles Babbage', id: 'A9' }] },
    { id: 'W3', title: 'Engines that think', year: 2020, type: 'preprint', venue: 'arXiv', doi: '10.48550/arxiv.1', authors: [{ name: 'Ada Lovelace', id: 'A1' }] },
  ],
});
const grace = profile({
  id: 'A2',
  name: 'Grace Hopper',
  counts: { works: 12 },
  works: [
    { id: 'W1', title: 'Engines that think', year: 2021, doi: 'https://doi.org/10.1000/E1', citations: 30, authors: [{ name: 'Ada Lovelace', id: 'A1' }, { name: 'Grace Hopper', id: 'A2' }] },
    { id: 'W5', title: 'Compilers for everyone', year: 1952, authors: [{ name: 'Grace Hopper', id: 'A2' }, { name: 'Howard Aiken', id: 'A8' }] },
  ],
});
// A member from a BibTeX file: no OpenAlex ids, the same joint work found by title.
const alan = profile({
  id: 'alan',
  name: 'A. Turing',
  works: [{ id: 'turing1950', title: 'Engines That Think!', year: 2021, authors: [{ name: 'Lovelace, Ada' }, { name: 'A. Turing', id: 'alan' }] }],
});

function group() {
  const r = validateGroup(
    {
      version: 1,
      kind: 'group',
      id: 'engines',
      name: 'Engines Lab',
      members: [
        { src: 'alan.bib', role: 'alumni', name: 'Alan Turing' },
        { src: 'https://api.openalex.org/authors/A2', role: 'member' },
        { src: 'https://api.openalex.org/authors/A404', role: 'member', name: 'Missing Person' },
        { src: 'https://api.openalex.org/authors/A1', role: 'lead' },
      ],
    },
    { base: BASE },
  );
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.group;
}

describe('buildGroup', () => {
  const results: MemberResult[] = [ok(alan), ok(grace), { status: 'rejected', reason: new ProfileLoadError('OpenAlex has no author A404 (HTTP 404).', { status: 404 }) }, ok(ada)];

  it('orders members leads first, alumni last, roster order between; names overridden; counts from their source', () => {
    const g = buildGroup(group(), results);
    expect(g.members.map((m) => [m.name, m.roleKind, m.available])).to.deep.equal([
      ['Ada Lovelace', 'lead', true],
      ['Grace Hopper', 'member', true],
      ['Missing Person', 'member', false],
      ['Alan Turing', 'alumni', true],
    ]);
    expect(g.members[0]!.counts).to.include({ works: 40, citations: 900 });
    expect(g.members[1]!.counts.works).to.equal(12);
  });

  it('lists a member that failed as unavailable with the reason, and builds everything else', () => {
    const g = buildGroup(group(), results);
    const missing = g.members.find((m) => !m.available)!;
    expect(missing.error).to.deep.equal({ message: 'OpenAlex has no author A404 (HTTP 404).', status: 404 });
    expect(g.counts).to.deep.equal({ members: 4, available: 3, works: 3, collaborators: 2 });
  });

  it('merges the works once, the published version with its preprint, each saying which members wrote it', () => {
    const g = buildGroup(group(), results);
    const engines = g.works.find((w) => w.title === 'Engines that think')!;
    expect(g.works.filter((w) => /engines that think/i.test(w.title ?? ''))).to.have.length(1);
    expect(engines.citations).to.equal(30);
    expect(engines.versions?.[0]).to.include({ kind: 'preprint', doi: '10.48550/arxiv.1' });
    expect(engines.members).to.deep.equal(['A1', 'A2', 'alan']);
    expect(membersOfWork(g, engines).map((m) => m.name)).to.deep.equal(['Ada Lovelace', 'Grace Hopper', 'Alan Turing']);
    expect(g.works.find((w) => w.id === 'W5')!.members).to.deep.equal(['A2']);
  });

  it('counts joint works between members and ranks outside co-authors by joint works', () => {
    const g = buildGroup(group(), results);
    const link = (a: string, b: string) => g.links.find((l) => (l.source === a && l.target === b) || (l.source === b && l.target === a))?.works;
    expect(link('A1', 'A2')).to.equal(1);
    expect(link('A1', 'alan')).to.equal(1);
    expect(link('A2', 'alan')).to.equal(1);
    expect(g.coauthors.map((c) => [c.name, c.works])).to.deep.equal([
      ['Charles Babbage', 2],
      ['Howard Aiken', 1],
    ]);
    expect(g.coauthors[0]!.members).to.deep.equal([{ id: 'A1', works: 2 }, { id: 'A2', works: 1 }, { id: 'alan', works: 1 }]);
  });

  it('lists the same person once when two roster entries load the same profile', () => {
    const r = validateGroup({ version: 1, kind: 'group', id: 'g', name: 'G', members: [{ src: 'a.json' }, { src: 'b.json' }] }, { base: BASE });
    if (!r.ok) throw new Error();
    const g = buildGroup(r.group, [ok(ada), ok(ada)]);
    expect(g.members).to.have.length(1);
    expect(g.warnings[0]).to.match(/^members\[1\]: the same person as an earlier member/);
  });

  it('attributes the roster\'s extra works to the members among their authors', () => {
    const extra = profile({ id: 'lab', name: 'Lab', works: [{ id: 'lab1', title: 'A lab handbook for engines', year: 2022, authors: [{ name: 'Grace Hopper', id: 'A2' }, { name: 'Ada Lovelace', orcid: '0000-0002-1825-0097' }] }] }).works;
    const g = buildGroup(group(), results, { extraWorks: extra });
    expect(g.works.find((w) => w.id === 'lab1')!.members).to.deep.equal(['A1', 'A2']);
  });
});
