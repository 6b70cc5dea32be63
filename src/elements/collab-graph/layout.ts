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

export class Layout {
  readonly sim: Simulation<GraphNode, GraphLink>;
  private run = 0;
  private ticks = 0;
  private every = 1;
  private readonly inner = collide((n) => n.r + 2);
  /** Collision: every tick for small graphs; every 3rd (> 300 nodes) or 5th (> 1,000) for large ones, where nodes are
   * a few pixels wide and each run costs a quadtree and its garbage (the many-body force already builds one). */
  private readonly collide = Object.assign((alpha: number) => {
    if (++this.ticks % this.every === 0) this.inner(alpha);
  }, { initialize: (nodes: GraphNode[], random: () => number) => this.inner.initialize?.(nodes, random) });

  constructor() {
    this.sim = forceSimulation<GraphNode, GraphLink>()
      .stop()
      .alphaDecay(1 - Math.pow(0.001, 1 / SETTLE_TICKS))
      .force('link', forceLink<GraphNode, GraphLink>().distance((l) => 18 + l.source.r + l.target.r))
      .force('charge', manyBody((n) => -20 - n.r * 4, 0.9, 1, 600))
      .force('center', forceCenter(0, 0))
      .force('collide', this.collide)
      .force('x', forceX(0).strength(0.04))
      .force('y', forceY(0).strength(0.04));
  }

  /** Loads a graph. Nodes that were there before keep their places; the layout warms up again. */
  setGraph(graph: Graph, previous?: Map<string, GraphNode>): void {
    let known = 0;
    for (const n of graph.nodes) {
      const old = previous?.get(n.key);
      if (old && old.x !== undefined) {
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
    this.sim.nodes(graph.nodes);
    (this.sim.force('link') as ReturnType<typeof forceLink<GraphNode, GraphLink>>).links(graph.links);
    // A graph we have mostly seen already only needs a nudge.
    this.sim.alpha(known > graph.nodes.length * 0.8 ? 0.3 : 1);
    this.cancel();
  }

  get alpha(): number {
    return this.sim.alpha();
  }

  /** True while the layout still moves. */
  get hot(): boolean {
    return this.sim.alpha() >= this.sim.alphaMin() || this.sim.alphaTarget() > 0;
  }

  /** One step of the simulation. */
  tick(): void {
    this.sim.tick();
  }

  /** Warms the layout in slices until `alpha` falls below `until`, or `budgetMs` is spent; false when cancelled. */
  async warm(until: number, budgetMs = Infinity): Promise<boolean> {
    const run = ++this.run;
    const start = performance.now();
    while (this.sim.alpha() >= until && this.sim.alpha() >= this.sim.alphaMin() && performance.now() - start < budgetMs) {
      const end = performance.now() + SLICE_MS;
      do this.sim.tick();
      while (performance.now() < end && this.sim.alpha() >= until);
      await yieldToMain();
      if (run !== this.run) return false;
    }
    return true;
  }

  /** Stops a warm-up in progress (it finishes its current slice, then returns). */
  cancel(): void {
    this.run++;
  }

  /** Pins or frees a node (dragging). */
  static pin(n: GraphNode, x: number | null, y: number | null): void {
    n.fx = x;
    n.fy = y;
  }
}
