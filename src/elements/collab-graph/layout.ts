/**
 * The force layout: a d3-force simulation whose clock we own. d3's own timer is stopped at once;
 * ticks run either in time slices that yield to the main thread (warm-up, and the whole layout
 * under reduced motion) or one per animation frame, driven by the element.
 */
import { forceCenter, forceLink, forceSimulation, forceX, forceY, type Simulation } from 'd3-force';
import type { Graph, GraphLink, GraphNode } from './graph-model.js';
import { manyBody } from './many-body.js';
import { collide } from './collide.js';

/** Ticks to settle from alpha 1 (d3's default is 300; fewer settles in about three seconds). */
export const SETTLE_TICKS = 180;
/** A slice of work before yielding to the main thread. */
export const SLICE_MS = 8;

type Yield = () => Promise<void>;

/** Yields to the main thread: `scheduler.yield()` where there is one, else a message-channel hop. */
export const yieldToMain: Yield = (() => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return () => s.yield!();
  return () =>
    new Promise<void>((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(0);
    });
})();

/**
 * Runs a step generator (see graph-model's `…Steps`) in slices of about {@link SLICE_MS} that
 * yield to the main thread between steps. Resolves to `{value}` with what the generator returned,
 * or to null when `live()` turned false at a yield (the work was abandoned).
 */
export async function sliced<T>(steps: Generator<void, T, void>, live: () => boolean): Promise<{ value: T } | null> {
  let end = performance.now() + SLICE_MS;
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value };
    if (performance.now() < end) continue;
    await yieldToMain();
    if (!live()) return null;
    end = performance.now() + SLICE_MS;
  }
}

/** The forces, in the order d3 applies them. */
const FORCES = ['link', 'charge', 'center', 'collide', 'x', 'y'] as const;

/** Nodes per step of a sliced force (a few milliseconds each, even before the code is optimised). */
const CHUNK = 200;

export class Layout {
  readonly sim: Simulation<GraphNode, GraphLink>;
  private run = 0;
  private ticks = 0;
  private every = 1;
  private link = Layout.linkForce();
  private readonly charge = manyBody((n) => -20 - n.r * 4, 0.9, 1, 600);
  private readonly centre = forceCenter<GraphNode>(0, 0);
  /** Collision runs every tick for small graphs; every 3rd (> 300 nodes) or 5th (> 1,000) for large ones, where
   * nodes are a few pixels wide and each run costs a grid sort. */
  private readonly collide = collide((n) => n.r + 2);
  private readonly x = forceX<GraphNode>(0).strength(0.04);
  private readonly y = forceY<GraphNode>(0).strength(0.04);
  /** The tick in progress, when a warm-up slice ended inside one. */
  private stepper: Generator<void, void, void> | null = null;

  private static linkForce() {
    return forceLink<GraphNode, GraphLink>().distance((l) => 18 + l.source.r + l.target.r);
  }

  constructor() {
    // d3's simulation keeps alpha and initialises nodes and forces; its timer is stopped at once and
    // ticks are ours (see steps), so that one tick can be spread over several tasks.
    this.sim = forceSimulation<GraphNode, GraphLink>().stop().alphaDecay(1 - Math.pow(0.001, 1 / SETTLE_TICKS));
  }

  /** Loads a graph. Nodes that were there before keep their places; the layout warms up again. */
  setGraph(graph: Graph, previous?: Map<string, GraphNode>): void {
    const steps = this.setGraphSteps(graph, previous);
    while (!steps.next().done);
  }

  /** {@link setGraph} as a generator: the nodes, then each force's set-up, a step each. */
  *setGraphSteps(graph: Graph, previous?: Map<string, GraphNode>): Generator<void, void, void> {
    this.cancel();
    this.stepper = null;
    let known = 0;
    for (const n of graph.nodes) {
      const old = previous?.get(n.key);
      if (old && Number.isFinite(old.x)) {
        n.x = old.x;
        n.y = old.y;
        n.vx = n.vy = 0;
        if (old.fx != null) {
          n.fx = old.fx;
          n.fy = old.fy;
        }
        known++;
      }
    }
    if (graph.centre && graph.centre.fx == null) {
      graph.centre.fx = graph.centre.x = 0;
      graph.centre.fy = graph.centre.y = 0;
    }
    this.every = graph.nodes.length > 1000 ? 5 : graph.nodes.length > 300 ? 3 : 1;
    // The forces are registered one at a time (registering one sets it up for the nodes).
    const sim = this.sim;
    for (const name of FORCES) sim.force(name, null);
    sim.nodes(graph.nodes);
    // A graph we have mostly seen already only needs a nudge.
    sim.alpha(known > graph.nodes.length * 0.8 ? 0.3 : 1);
    yield;
    this.link = Layout.linkForce().links(graph.links);
    const forces = { link: this.link, charge: this.charge, center: this.centre, collide: this.collide, x: this.x, y: this.y };
    for (const name of FORCES) {
      sim.force(name, forces[name] as never);
      yield;
    }
  }

  get alpha(): number {
    return this.sim.alpha();
  }

  /** True while the layout still moves. */
  get hot(): boolean {
    return this.sim.alpha() >= this.sim.alphaMin() || this.sim.alphaTarget() > 0;
  }

  /**
   * One tick of the simulation, as d3's `simulation.tick()` does it (alpha decays; link, charge,
   * centre, collision, x and y forces in that order; velocities decay and move the nodes), in steps:
   * the charge and collision forces a few hundred nodes at a time.
   */
  private *steps(): Generator<void, void, void> {
    const sim = this.sim;
    const nodes = sim.nodes();
    const n = nodes.length;
    const alpha = sim.alpha() + (sim.alphaTarget() - sim.alpha()) * sim.alphaDecay();
    sim.alpha(alpha);
    this.link(alpha);
    yield;
    this.charge.prepare();
    yield;
    for (let i = 0; i < n; i += CHUNK) {
      this.charge.apply(alpha, i, Math.min(n, i + CHUNK));
      yield;
    }
    this.centre(alpha);
    if (++this.ticks % this.every === 0) {
      this.collide.prepare();
      yield;
      for (let i = 0; i < n; i += CHUNK) {
        this.collide.apply(i, Math.min(n, i + CHUNK));
        yield;
      }
    }
    this.x(alpha);
    this.y(alpha);
    const decay = 1 - sim.velocityDecay();
    for (const node of nodes) {
      // A force that overflowed (it should not, but data is data) stops the node rather than
      // sending it, and every node near it after, to infinity.
      if (!Number.isFinite(node.vx!)) node.vx = 0;
      if (!Number.isFinite(node.vy!)) node.vy = 0;
      if (node.fx == null) node.x! += node.vx! *= decay;
      else (node.x = node.fx), (node.vx = 0);
      if (node.fy == null) node.y! += node.vy! *= decay;
      else (node.y = node.fy), (node.vy = 0);
    }
  }

  /** One step of the simulation (the rest of a tick a warm-up left unfinished, if any). */
  tick(): void {
    const it = this.stepper ?? this.steps();
    this.stepper = null;
    while (!it.next().done);
  }

  /**
   * Warms the layout until `alpha` falls below `until`, or `budgetMs` is spent, in slices of about
   * {@link SLICE_MS} that yield to the main thread, even inside a tick; false when cancelled.
   */
  async warm(until: number, budgetMs = Infinity): Promise<boolean> {
    const run = ++this.run;
    return (await sliced(this.warmSteps(until, budgetMs), () => run === this.run)) !== null;
  }

  /** The warm-up as steps: ticks, each in its steps, until alpha or the budget runs out. */
  private *warmSteps(until: number, budgetMs: number): Generator<void, void, void> {
    const start = performance.now();
    for (;;) {
      if (!this.stepper) {
        const a = this.sim.alpha();
        if (!(a >= until && a >= this.sim.alphaMin() && performance.now() - start < budgetMs)) return;
        this.stepper = this.steps();
      }
      // Kept in this.stepper: a warm-up abandoned here resumes the same tick next time.
      while (!this.stepper.next().done) yield;
      this.stepper = null;
    }
  }


  /** Stops a warm-up in progress (at its next step); the tick it was in is finished later. */
  cancel(): void {
    this.run++;
  }

  /** Pins or frees a node (dragging). */
  static pin(n: GraphNode, x: number | null, y: number | null): void {
    n.fx = x;
    n.fy = y;
  }
}
