/**
 * The graph model of <collab-graph>, without drawing anything: which nodes and links a profile
 * gives in each mode, co-author weights, max-nodes trimming, and bad input staying bounded.
 */
import { expect } from '@open-wc/testing';
import fc from '../../helpers/fc.js';
import { KINDS, buildGraph, buildGraphSteps, drain, graphFromData, graphFromDataSteps, parseKinds, type Graph, type NodeKind } from '../../../src/elements/collab-graph/graph-model.js';
import { validateProfile } from '../../../src/data/validate.js';
import type { Profile, ProfileInput } from '../../../src/data/schema.js';
import { generateProfile } from '../../../demo/data/generate.js';

/** A profile as the model gets it, with defaults; deliberately not validated (so bad input reaches the model). */
const raw = (p: Partial<ProfileInput> & { id: string; name: string }): Profile =>
  ({ version: 1, links: {}, counts: {}, works: [], topics: [], people: [], institutions: [], affiliation: null, ...p }) as Profile;

/** Mia Ek: three works, three listed people (one with no works), an author not in `people`. */
function small(): Profile {
  const r = validateProfile({
    version: 1,
    id: 'me',
    name: 'Mia Ek',
    affiliation: { name: 'Uni A' },
    links: { profile: 'https://example.org/me', explorer: 'https://example.org/explore/me' },
    works: [
      { id: 'w1', title: 'One', url: 'https://example.org/w1', authors: [{ name: 'Mia Ek', id: 'me' }, { name: 'Ann Lee', id: 'p1' }, { name: 'Bo Ng', id: 'p2' }], topics: ['t1'] },
      { id: 'w2', title: 'Two', doi: '10.1000/two', authors: [{ name: 'Mia Ek', id: 'me' }, { name: 'Ann Lee', id: 'p1' }], topics: ['t1', 't2'] },
      { id: 'w3', title: 'Three', authors: [{ name: 'Mia  Ek' }, { name: 'Cy Oduya' }] },
    ],
    topics: [
      { id: 't1', name: 'Graphs' },
      { id: 't2', name: 'Maps' },
    ],
    people: [
      { id: 'p1', name: 'Ann Lee', institutions: ['i1'], url: 'https://example.org/ann' },
      { id: 'p2', name: 'Bo Ng', institutions: ['i2'], url: 'javascript:alert(1)' },
      { id: 'p3', name: 'Dee Roy' },
    ],
    institutions: [
      { id: 'i1', name: 'Uni A' },
      { id: 'i2', name: 'Uni B' },
    ],
  });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.profile;
}

const byKind = (g: Graph) => Object.fromEntries(Object.entries(g.counts).filter(([, n]) => n > 0));
const linkKinds = (g: Graph) => g.links.reduce<Record<string, number>>((a, l) => ((a[l.kind] = (a[l.kind] ?? 0) + 1), a), {});
const node = (g: Graph, kind: NodeKind, id: string) => g.nodes.find((n) => n.kind === kind && n.id === id);
const link = (g: Graph, a: string, b: string) =>
  g.links.find((l) => (l.source.id === a && l.target.id === b) || (l.source.id === b && l.target.id === a));

describe('collab-graph model: co-authors mode (the default)', () => {
  it('has the researcher and every co-author, works folded into links', () => {
    const g = buildGraph(small());
    expect(byKind(g)).to.deep.equal({ researcher: 1, person: 4 });
    expect(g.centre?.label).to.equal('Mia Ek');
    expect(g.nodes[0]).to.equal(g.centre);
    expect(g.links).to.have.length(4);
    expect(linkKinds(g)).to.deep.equal({ coauthor: 4 });
  });

  it('weights a link by the works two people share', () => {
    const g = buildGraph(small());
    expect(link(g, 'me', 'p1')?.weight).to.equal(2);
    expect(link(g, 'me', 'p2')?.weight).to.equal(1);
    expect(link(g, 'p1', 'p2')?.weight).to.equal(1);
    expect(node(g, 'person', 'p1')).to.include({ degree: 2, weight: 3 });
  });

  it('finds authors by id, then by name; authors missing from `people` still count', () => {
    const g = buildGraph(small());
    // "Mia  Ek" (two spaces) on w3 is the researcher, not a new person.
    expect(g.nodes.filter((n) => n.label.startsWith('Mia'))).to.have.length(1);
    const cy = g.nodes.find((n) => n.label === 'Cy Oduya');
    expect(cy?.kind).to.equal('person');
    expect(cy && link(g, 'me', cy.id)?.weight).to.equal(1);
  });

  it('keeps a listed person with no works, unconnected', () => {
    expect(node(buildGraph(small()), 'person', 'p3')).to.include({ degree: 0, label: 'Dee Roy' });
  });

  it('passes every URL through safeUrl', () => {
    const g = buildGraph(small());
    expect(node(g, 'person', 'p1')?.url).to.equal('https://example.org/ann');
    expect(node(g, 'person', 'p2')?.url).to.equal(null);
    expect(g.centre?.url).to.equal('https://example.org/me');
  });

  it('adds topics and institutions when `kinds` asks for them', () => {
    const g = buildGraph(small(), { kinds: parseKinds('person topic institution') });
    expect(byKind(g)).to.deep.equal({ researcher: 1, person: 4, topic: 2, institution: 2 });
    expect(link(g, 'me', 't1')?.weight).to.equal(2);
    expect(link(g, 'p1', 'i1')?.kind).to.equal('affiliation');
    expect(link(g, 'me', 'i1')?.kind, 'the researcher’s affiliation, matched by name').to.equal('affiliation');
  });
});

describe('collab-graph model: full mode', () => {
  it('has every kind, with authored, topic and affiliation links', () => {
    const g = buildGraph(small(), { mode: 'full' });
    expect(byKind(g)).to.deep.equal({ researcher: 1, person: 4, work: 3, topic: 2, institution: 2 });
    expect(linkKinds(g)).to.deep.equal({ authored: 7, topic: 3, affiliation: 3 });
    expect(g.links).to.have.length(13);
  });

  it('gives works their URL, or their DOI as a URL', () => {
    const g = buildGraph(small(), { mode: 'full' });
    expect(node(g, 'work', 'w1')?.url).to.equal('https://example.org/w1');
    expect(node(g, 'work', 'w2')?.url).to.equal('https://doi.org/10.1000/two');
    expect(node(g, 'work', 'w3')?.url).to.equal(null);
  });

  it('chooses kinds with `kinds` and always keeps the researcher', () => {
    const g = buildGraph(small(), { mode: 'full', kinds: parseKinds('work topic') });
    expect(byKind(g)).to.deep.equal({ researcher: 1, work: 3, topic: 2 });
    expect(linkKinds(g)).to.deep.equal({ authored: 3, topic: 3 });
  });

  it('parses `kinds` leniently', () => {
    expect(parseKinds(' person,  topic bogus person ')).to.deep.equal(['person', 'topic']);
    expect(parseKinds('')).to.equal(null);
    expect(parseKinds('nothing here')).to.equal(null);
  });
});

describe('collab-graph model: max-nodes', () => {
  it('keeps the most connected nodes and says how many there were', () => {
    const g = buildGraph(small(), { mode: 'full', maxNodes: 5 });
    expect(g.nodes).to.have.length(5);
    expect(g.total).to.equal(12);
    expect(g.centre, 'the researcher is always kept').to.not.equal(null);
    // The most connected after the researcher: works One and Two (4 links each), then Ann (3).
    expect(g.nodes.map((n) => n.id)).to.include.members(['me', 'w1', 'w2', 'p1']);
    expect(g.nodes.some((n) => n.id === 'p3'), 'an unconnected person goes first').to.equal(false);
    for (const l of g.links) expect(g.nodes).to.include.members([l.source, l.target]);
  });

  it('defaults to 150 and trims a large network to it', () => {
    const g = buildGraph(generateProfile({ works: 400, people: 420, seed: 3 }) as Profile);
    expect(g.nodes).to.have.length(150);
    expect(g.total).to.be.greaterThan(400);
    // Degrees are recounted within the kept graph, so compare through the untrimmed one.
    const all = buildGraph(generateProfile({ works: 400, people: 420, seed: 3 }) as Profile, { maxNodes: 10_000 });
    const keptIds = new Set(g.nodes.map((n) => n.key));
    const minKept = Math.min(...all.nodes.filter((n) => keptIds.has(n.key) && n !== all.centre).map((n) => n.degree));
    const maxDropped = Math.max(...all.nodes.filter((n) => !keptIds.has(n.key)).map((n) => n.degree));
    expect(minKept).to.be.at.least(maxDropped);
  });

  it('numbers nodes 0…n-1 and lists neighbours both ways', () => {
    const g = buildGraph(small(), { mode: 'full' });
    g.nodes.forEach((n, i) => expect(n.index).to.equal(i));
    for (const l of g.links) {
      expect(g.neighbours[l.source.index]).to.include(l.target);
      expect(g.neighbours[l.target.index]).to.include(l.source);
    }
  });
});

describe('collab-graph model: bad input', () => {
  it('drops self-loops and merges duplicate authors on a work', () => {
    const g = buildGraph(
      raw({
        id: 'me',
        name: 'Me',
        people: [{ id: 'p1', name: 'Ann' }],
        works: [{ id: 'w1', authors: [{ name: 'Me', id: 'me' }, { name: 'Me' }, { name: 'Ann', id: 'p1' }, { name: 'Ann' }, { name: 'Ann', id: 'p1' }] }],
      }),
      { mode: 'full' },
    );
    expect(byKind(g)).to.deep.equal({ researcher: 1, person: 1, work: 1 });
    expect(g.links).to.have.length(2);
    expect(g.links.every((l) => l.source !== l.target)).to.equal(true);
    const c = buildGraph(raw({ id: 'me', name: 'Me', people: [{ id: 'me', name: 'Me again' }], works: [{ id: 'w', authors: [{ name: 'Me', id: 'me' }] }] }));
    expect(c.links, 'the researcher is not their own co-author').to.have.length(0);
  });

  it('keeps the first of duplicate ids', () => {
    const g = buildGraph(
      raw({
        id: 'me',
        name: 'Me',
        people: [{ id: 'p1', name: 'Ann' }, { id: 'p1', name: 'Impostor' }],
        topics: [{ id: 't', name: 'T' }, { id: 't', name: 'T2' }],
        works: [
          { id: 'w', title: 'First', authors: [{ name: 'Ann', id: 'p1' }], topics: ['t'] },
          { id: 'w', title: 'Second', authors: [{ name: 'Ann', id: 'p1' }], topics: ['t'] },
        ],
      }),
      { mode: 'full' },
    );
    expect(byKind(g)).to.deep.equal({ researcher: 1, person: 1, work: 1, topic: 1 });
    expect(node(g, 'person', 'p1')?.label).to.equal('Ann');
    expect(node(g, 'work', 'w')?.label).to.equal('First');
    expect(g.links.every((l) => l.weight === 1)).to.equal(true);
  });

  it('does not build every pair of a 10,000-author work, and stays bounded by max-nodes', () => {
    const authors = Array.from({ length: 10_000 }, (_, i) => ({ name: `Author ${i}` }));
    authors.splice(5000, 0, { name: 'Me' });
    const profile = raw({ id: 'me', name: 'Me', works: [{ id: 'huge', authors }, { id: 'small', authors: [{ name: 'Me' }, { name: 'Author 1' }, { name: 'Author 2' }] }] });
    const g = buildGraph(profile, { maxNodes: 100_000 });
    expect(g.nodes).to.have.length(10_001);
    // 10,000 links to the researcher, plus the one pair on the small work: not 50 million pairs.
    expect(g.links).to.have.length(10_001);
    expect(link(g, 'name:author 1', 'name:author 2')?.weight).to.equal(1);
    const trimmed = buildGraph(profile);
    expect(trimmed.nodes).to.have.length(150);
    expect(trimmed.total).to.equal(10_001);
    // The two who share the small work are the most connected, so they are kept.
    expect(trimmed.nodes.map((n) => n.label)).to.include.members(['Author 1', 'Author 2']);
    const full = buildGraph(profile, { mode: 'full' });
    expect(full.nodes).to.have.length(150);
  });

  it('an empty profile is just the researcher', () => {
    const g = buildGraph(raw({ id: 'me', name: 'Me' }));
    expect(g.nodes).to.have.length(1);
    expect(g.links).to.have.length(0);
    expect(g.total).to.equal(1);
  });

  it('ignores links to unknown topics or institutions and authors without a name', () => {
    const g = buildGraph(
      raw({ id: 'me', name: 'Me', people: [{ id: 'p', name: 'P', institutions: ['nowhere'] }], works: [{ id: 'w', authors: [{ name: '' }, { name: '  ' }], topics: ['nope'] }] }),
      { mode: 'full' },
    );
    expect(byKind(g)).to.deep.equal({ researcher: 1, person: 1, work: 1 });
    expect(g.links).to.have.length(0);
  });
});

describe('collab-graph model: plain nodes and links', () => {
  it('builds from data, skipping duplicates, dangling links and self-loops', () => {
    const g = graphFromData({
      nodes: [
        { id: 'a', kind: 'researcher', label: 'A' },
        { id: 'b', label: 'B', url: 'https://example.org/b' },
        { id: 'b', label: 'B again' },
        { id: 'c', kind: 'topic', url: 'javascript:x' },
      ],
      links: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'a', weight: 2 },
        { source: 'a', target: 'zzz' },
        { source: 'c', target: 'c' },
        { source: 'c', target: 'a' },
      ],
    });
    expect(byKind(g)).to.deep.equal({ researcher: 1, person: 1, topic: 1 });
    expect(g.links).to.have.length(2);
    expect(link(g, 'a', 'b')?.weight).to.equal(3);
    expect(node(g, 'topic', 'c')).to.include({ label: 'c', url: null });
    expect(g.centre?.id).to.equal('a');
  });
});

describe('collab-graph model: properties of any input', function () {
  // Hundreds of generated cases: a slow CI machine needs more than the default 15 s.
  this.timeout(90000);
  /** What holds for every graph the model returns, whatever it was built from. */
  function wellFormed(g: Graph, maxNodes: number, kinds: readonly NodeKind[]): void {
    expect(g.nodes.length).to.be.at.most(maxNodes);
    expect(g.total).to.be.at.least(g.nodes.length);
    const inGraph = new Set(g.nodes);
    expect(new Set(g.nodes.map((n) => n.key)).size, 'node keys are unique').to.equal(g.nodes.length);
    g.nodes.forEach((n, i) => {
      expect(n.index).to.equal(i);
      expect(kinds.includes(n.kind) || n === g.centre, `kind ${n.kind} was asked for`).to.be.true;
      expect(n.url === null || /^(https?:|mailto:)/.test(n.url), `url ${n.url}`).to.be.true;
    });
    const pairs = new Set<string>();
    const degree = new Map<unknown, number>();
    for (const l of g.links) {
      expect(inGraph.has(l.source) && inGraph.has(l.target), 'links join nodes of the graph').to.be.true;
      expect(l.source, 'no self-loops').to.not.equal(l.target);
      expect(l.weight).to.be.greaterThan(0);
      const key = [l.source.index, l.target.index].sort((a, b) => a - b).join('|');
      expect(pairs.has(key), 'one link per pair').to.be.false;
      pairs.add(key);
      degree.set(l.source, (degree.get(l.source) ?? 0) + 1);
      degree.set(l.target, (degree.get(l.target) ?? 0) + 1);
    }
    for (const n of g.nodes) {
      expect(n.degree).to.equal(degree.get(n) ?? 0);
      expect(g.neighbours[n.index]!.length).to.equal(n.degree);
      for (const m of g.neighbours[n.index]!) expect(g.neighbours[m.index]).to.include(n);
    }
    expect(Object.values(g.counts).reduce((a, b) => a + b, 0)).to.equal(g.nodes.length);
    if (g.centre) expect(inGraph.has(g.centre)).to.be.true;
  }

  const name = fc.oneof(fc.constantFrom('Ann Lee', 'ann  lee', 'Bo Ng', 'Mia Ek', 'Ægir Þór', ''), fc.string({ maxLength: 12 }));
  const id = fc.constantFrom('me', 'p1', 'p2', 'p3', 'w1', 'w2', 't1', 'i1', 'x');
  const url = fc.oneof(fc.constant(undefined), fc.constantFrom('https://example.org/a', 'javascript:alert(1)', 'mailto:a@b.c', 'not a url'));
  const author = fc.record({ name, id: fc.option(id, { nil: undefined }), orcid: fc.option(fc.constantFrom('0000-0002-1825-0097', 'bad'), { nil: undefined }) }, { requiredKeys: ['name'] });
  const profile = fc.record({
    works: fc.array(fc.record({ id, title: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }), url, doi: fc.option(fc.constantFrom('10.1/x', 'https://doi.org/10.2/y'), { nil: undefined }), authors: fc.array(author, { maxLength: 40 }), topics: fc.array(id, { maxLength: 3 }) }), { maxLength: 25 }),
    people: fc.array(fc.record({ id, name, url, orcid: fc.option(fc.constant('0000-0002-1825-0097'), { nil: undefined }), institutions: fc.array(id, { maxLength: 2 }) }), { maxLength: 15 }),
    topics: fc.array(fc.record({ id, name }), { maxLength: 5 }),
    institutions: fc.array(fc.record({ id, name, url }), { maxLength: 5 }),
  });
  const options = fc.record({
    mode: fc.constantFrom('coauthors' as const, 'full' as const),
    kinds: fc.option(fc.subarray([...KINDS], { minLength: 1 }), { nil: null }),
    maxNodes: fc.integer({ min: 1, max: 60 }),
    pairLimit: fc.integer({ min: 0, max: 30 }),
  });

  it('a profile of any shape gives a well-formed graph within max-nodes, the same in one go or in steps', () => {
    fc.assert(
      fc.property(profile, options, (p, o) => {
        const input = { version: 1, id: 'me', name: 'Mia Ek', orcid: '0000-0002-1825-0097', links: {}, counts: {}, affiliation: null, ...p } as unknown as Profile;
        const g = buildGraph(input, o);
        wellFormed(g, o.maxNodes, o.kinds ?? (o.mode === 'full' ? KINDS : ['researcher', 'person']));
        // The sliced builder gives the same graph.
        const stepped = drain(buildGraphSteps(input, o));
        expect(stepped.nodes.map((n) => n.key)).to.deep.equal(g.nodes.map((n) => n.key));
        expect(stepped.links.map((l) => `${l.source.key}|${l.target.key}|${l.weight}`)).to.deep.equal(g.links.map((l) => `${l.source.key}|${l.target.key}|${l.weight}`));
      }),
      { numRuns: 300 },
    );
  });

  it('plain nodes and links of any shape give a well-formed graph', () => {
    const nodes = fc.array(fc.record({ id: fc.oneof(id, fc.constant(42 as unknown as string)), kind: fc.oneof(fc.constantFrom(...KINDS), fc.constant('alien' as NodeKind)), label: fc.option(name, { nil: undefined }), url }), { maxLength: 30 });
    const links = fc.array(fc.record({ source: id, target: id, weight: fc.option(fc.oneof(fc.integer({ min: -3, max: 5 }), fc.double(), fc.constantFrom(Infinity, -Infinity, NaN, 1e308, '3' as unknown as number)), { nil: undefined }) }), { maxLength: 60 });
    fc.assert(
      fc.property(nodes, links, fc.integer({ min: 1, max: 40 }), (ns, ls, maxNodes) => {
        const data = { nodes: ns, links: ls } as never;
        const g = graphFromData(data, { maxNodes });
        wellFormed(g, maxNodes, KINDS);
        expect(g.links.every((l) => Number.isFinite(l.weight))).to.be.true;
        expect(g.nodes.every((n) => Number.isFinite(n.weight))).to.be.true;
        expect(drain(graphFromDataSteps(data, { maxNodes })).nodes.map((n) => n.key)).to.deep.equal(g.nodes.map((n) => n.key));
      }),
      { numRuns: 300 },
    );
  });
});
