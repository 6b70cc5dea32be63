/**
 * The force layout of <collab-graph>: its own many-body and collision forces give d3's results,
 * and a tick spread over several tasks (the warm-up slices) moves the nodes exactly as one whole
 * tick does, wherever it was cut.
 */
import { expect } from '@open-wc/testing';
import fc from '../../helpers/fc.js';
import { forceCollide, forceManyBody, forceSimulation } from 'd3-force';
import { graphFromData, type Graph, type GraphNode } from '../../../src/elements/collab-graph/graph-model.js';
import { Layout, yieldToMain } from '../../../src/elements/collab-graph/layout.js';
import { manyBody } from '../../../src/elements/collab-graph/many-body.js';
import { collide } from '../../../src/elements/collab-graph/collide.js';
import { sizeNodes } from '../../../src/elements/collab-graph/renderer.js';

/** A seeded graph: n nodes, about two links each, the first one the researcher. */
function graph(n: number, seed = 7): Graph {
  let s = seed;
  const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: i === 0 ? 'researcher' : rnd() < 0.5 ? 'person' : 'work', label: `Node ${i}` }));
  const links: Array<{ source: string; target: string }> = [];
  for (let i = 1; i < n; i++) {
    links.push({ source: `n${Math.max(0, i - 1 - Math.floor(rnd() * 10))}`, target: `n${i}` });
    const j = Math.floor(rnd() * i);
    if (j !== i - 1) links.push({ source: `n${j}`, target: `n${i}` });
  }
  const g = graphFromData({ nodes, links } as never, { maxNodes: n });
  sizeNodes(g);
  return g;
}

const positions = (g: Graph) => g.nodes.flatMap((n) => [n.x!, n.y!]);

/** Largest difference between two runs' positions, relative to the spread of the layout. */
function gap(a: number[], b: number[]): number {
  let spread = 0;
  let worst = 0;
  a.forEach((v, i) => {
    spread = Math.max(spread, Math.abs(v));
    worst = Math.max(worst, Math.abs(v - b[i]!));
  });
  return worst / spread;
}

describe('collab-graph layout: forces', () => {
  /** Runs `ticks` ticks of a simulation with only the given force, from d3's starting positions. */
  function run(force: (nodes: GraphNode[]) => unknown, ticks = 20): number[] {
    const g = graph(400);
    const sim = forceSimulation(g.nodes).stop().force('f', force(g.nodes) as never);
    sim.tick(ticks);
    return positions(g);
  }

  it('many-body: the same forces as d3.forceManyBody, exact with theta 0', () => {
    const strength = (n: GraphNode) => -20 - n.r * 4;
    const ours = run(() => manyBody(strength, 0, 1, 600));
    const d3 = run(() => forceManyBody<GraphNode>().strength(strength).theta(0).distanceMin(1).distanceMax(600));
    expect(gap(ours, d3)).to.be.below(1e-9);
    // With Barnes–Hut (theta 0.9) the trees differ from d3's: the approximation is as close to the
    // exact layout as d3's is.
    const oursBH = run(() => manyBody(strength, 0.9, 1, 600));
    const d3BH = run(() => forceManyBody<GraphNode>().strength(strength).theta(0.9).distanceMin(1).distanceMax(600));
    expect(gap(oursBH, ours)).to.be.greaterThan(0);
    expect(gap(oursBH, ours)).to.be.below(Math.max(2 * gap(d3BH, d3), 0.01));
  });

  it('collide: the same pushes as d3.forceCollide', () => {
    const radius = (n: GraphNode) => n.r + 2;
    const ours = run(() => collide(radius));
    const d3 = run(() => forceCollide<GraphNode>(radius));
    expect(gap(ours, d3)).to.be.below(1e-9);
  });
});

describe('collab-graph layout: ticks in slices', () => {
  it('a tick in steps moves every node as d3 ticks the same forces', () => {
    const a = graph(250);
    const b = graph(250);
    const la = new Layout();
    const lb = new Layout();
    la.setGraph(a);
    lb.setGraph(b);
    for (let i = 0; i < 40; i++) {
      la.tick(); // ours, in steps
      lb.sim.tick(); // d3's, with the same forces
    }
    expect(la.alpha).to.equal(lb.alpha);
    expect(gap(positions(a), positions(b))).to.be.below(1e-9);
    expect(positions(a).every(Number.isFinite)).to.be.true;
  });

  it('a warm-up cut anywhere, inside a tick included, ends where an uncut one does', async () => {
    const a = graph(1200);
    const b = graph(1200);
    const la = new Layout();
    const lb = new Layout();
    la.setGraph(a);
    lb.setGraph(b);
    expect(await la.warm(0.5)).to.equal(true);

    let cuts = 0;
    for (;;) {
      const warming = lb.warm(0.5);
      await yieldToMain();
      lb.cancel();
      cuts++;
      if (await warming) break;
    }
    expect(cuts, 'the warm-up was cut several times').to.be.greaterThan(2);
    expect(lb.alpha).to.equal(la.alpha);
    expect(positions(b)).to.deep.equal(positions(a));
  });

  it('the centre stays pinned and every position stays a number', async () => {
    const g = graph(600);
    const l = new Layout();
    l.setGraph(g);
    await l.warm(0.05);
    expect([g.centre!.x, g.centre!.y]).to.deep.equal([0, 0]);
    expect(positions(g).every(Number.isFinite)).to.be.true;
    expect(l.alpha).to.be.below(0.05);
  });
});

describe('collab-graph layout: any graph', function () {
  // Hundreds of generated cases: a slow CI machine needs more than the default 15 s.
  this.timeout(90000);
  it('a node pinned a hair from another (closer than a double can square) stays finite, and nothing hangs', () => {
    // Found by the property below: the squared distance underflowed to 0, the charge force became
    // infinite, and the collision grid then never stopped growing its cells.
    const g = graphFromData({ nodes: [{ id: 'a', kind: 'researcher' }, { id: 'b' }, { id: 'c' }], links: [{ source: 'c', target: 'a' }, { source: 'a', target: 'b' }] });
    sizeNodes(g);
    const l = new Layout();
    l.setGraph(g);
    Layout.pin(g.nodes[2]!, -5e-324, -5e-324);
    for (let t = 0; t < 30; t++) l.tick();
    expect(positions(g).every(Number.isFinite)).to.be.true;
  });

  it('the collision force does nothing, rather than loop, when a velocity is not finite', () => {
    const g = graph(50);
    const c = collide((n) => n.r + 2);
    c.initialize(g.nodes, Math.random);
    g.nodes.forEach((n, i) => ((n.x = i), (n.y = i), (n.vx = 0), (n.vy = 0)));
    g.nodes[3]!.vx = Infinity;
    c(1);
    expect(g.nodes[5]!.vx).to.equal(0);
  });

  it('keeps every position a finite number and the centre pinned, whatever the graph', () => {
    const graphs = fc.record({
      n: fc.integer({ min: 0, max: 60 }),
      links: fc.array(fc.tuple(fc.nat(59), fc.nat(59), fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 1000 }))), { maxLength: 150 }),
      pinned: fc.array(fc.tuple(fc.nat(59), fc.double({ min: -500, max: 500, noNaN: true })), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(graphs, ({ n, links, pinned }) => {
        const g = graphFromData(
          {
            nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: i === 0 ? ('researcher' as const) : ('person' as const), label: `N${i}` })),
            links: links.map(([a, b, w]) => ({ source: `n${a}`, target: `n${b}`, weight: w })),
          },
          { maxNodes: 100 },
        );
        sizeNodes(g);
        const l = new Layout();
        l.setGraph(g);
        // Dragged nodes pinned anywhere, several on the same spot.
        for (const [i, at] of pinned) if (g.nodes[i] && g.nodes[i] !== g.centre) Layout.pin(g.nodes[i]!, at, at);
        for (let t = 0; t < 30; t++) l.tick();
        expect(positions(g).every(Number.isFinite)).to.be.true;
        if (g.centre) expect([g.centre.x, g.centre.y]).to.deep.equal([0, 0]);
      }),
      { numRuns: 150 },
    );
  });
});
