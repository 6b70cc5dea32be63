/**
 * d3's collision force (the same maths: nodes are circles at their next positions, x + vx, pushed
 * apart in proportion to the overlap and to each other's area), finding neighbours in a uniform
 * grid of flat arrays reused from tick to tick instead of a quadtree of objects built each time.
 * Radii here are a few pixels and close to each other, where a grid is the cheaper index.
 */
import type { GraphNode } from './graph-model.js';

export interface Collide {
  (alpha: number): void;
  initialize(nodes: GraphNode[], random: () => number): void;
  /** The first part of a tick, for callers that slice one: sorts the nodes into the grid. */
  prepare(): void;
  /** The rest: pushes apart the overlapping pairs whose first node is in `from` … `to` (exclusive). */
  apply(from: number, to: number): void;
}

export function collide(radius: (n: GraphNode) => number, strength = 1): Collide {
  let nodes: GraphNode[] = [];
  let random: () => number = Math.random;
  let radii = new Float64Array(0);
  let maxR = 0;
  let gx = new Int32Array(0);
  let order = new Int32Array(0);
  let start = new Int32Array(0);

  const jiggle = () => (random() - 0.5) * 1e-6;

  // The grid of the tick in progress (see prepare).
  let ready = false;
  let cols = 0;
  let rows = 0;

  function prepare(): void {
    const n = nodes.length;
    ready = false;
    if (n < 2 || !(maxR > 0)) return;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      const d = nodes[i]!;
      const x = d.x! + d.vx!;
      const y = d.y! + d.vy!;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    // No finite extent (a position or velocity that is not a finite number): nothing sensible to do,
    // and the grid below could not be sized.
    if (!(x1 >= x0 && y1 >= y0) || !Number.isFinite(x1 - x0) || !Number.isFinite(y1 - y0)) return;
    // Cells at least as wide as the widest pair can reach (2 × the largest radius), and not more
    // cells than about four per node.
    let s = 2 * maxR;
    while (((x1 - x0) / s + 1) * ((y1 - y0) / s + 1) > 4 * n + 16) s *= 1.5;
    cols = Math.floor((x1 - x0) / s) + 1;
    rows = Math.floor((y1 - y0) / s) + 1;
    const cells = cols * rows;
    if (start.length < cells + 1) start = new Int32Array(cells + 1);
    else start.fill(0, 0, cells + 1);
    // Counting sort of the nodes by cell.
    for (let i = 0; i < n; i++) {
      const d = nodes[i]!;
      const c = Math.floor((d.x! + d.vx! - x0) / s) + Math.floor((d.y! + d.vy! - y0) / s) * cols;
      gx[i] = c;
      start[c + 1]!++;
    }
    for (let c = 0; c < cells; c++) start[c + 1]! += start[c]!;
    for (let i = 0; i < n; i++) order[start[gx[i]!]!++] = i;
    for (let c = cells; c > 0; c--) start[c] = start[c - 1]!;
    start[0] = 0;
    ready = true;
  }

  function apply(from: number, to: number): void {
    if (!ready) return;
    for (let i = from; i < to; i++) {
      const node = nodes[i]!;
      const ri = radii[i]!;
      const ri2 = ri * ri;
      const xi = node.x! + node.vx!;
      const yi = node.y! + node.vy!;
      const c = gx[i]!;
      const ci = c % cols;
      const cj = (c - ci) / cols;
      for (let b = cj > 0 ? cj - 1 : 0, be = cj + 1 < rows ? cj + 1 : rows - 1; b <= be; b++) {
        for (let a = ci > 0 ? ci - 1 : 0, ae = ci + 1 < cols ? ci + 1 : cols - 1; a <= ae; a++) {
          const cell = a + b * cols;
          for (let p = start[cell]!, pe = start[cell + 1]!; p < pe; p++) {
            const j = order[p]!;
            if (j <= i) continue;
            const data = nodes[j]!;
            let rj = radii[j]!;
            let r = ri + rj;
            let x = xi - data.x! - data.vx!;
            let y = yi - data.y! - data.vy!;
            let l = x * x + y * y;
            if (l >= r * r) continue;
            if (x === 0) (x = jiggle()), (l += x * x);
            if (y === 0) (y = jiggle()), (l += y * y);
            l = Math.sqrt(l);
            l = ((r - l) / l) * strength;
            rj *= rj;
            r = rj / (ri2 + rj);
            x *= l;
            y *= l;
            node.vx! += x * r;
            node.vy! += y * r;
            r = 1 - r;
            data.vx! -= x * r;
            data.vy! -= y * r;
          }
        }
      }
    }
  }

  function force(): void {
    prepare();
    apply(0, nodes.length);
  }

  force.prepare = prepare;
  force.apply = apply;

  force.initialize = (ns: GraphNode[], rnd: () => number) => {
    nodes = ns;
    random = rnd;
    const n = ns.length;
    radii = new Float64Array(n);
    maxR = 0;
    for (let i = 0; i < n; i++) maxR = Math.max(maxR, (radii[i] = +radius(ns[i]!)));
    gx = new Int32Array(n);
    order = new Int32Array(n);
  };

  return force as Collide;
}
