/**
 * d3's many-body force (Barnes–Hut, the same maths and parameters: strength per node, theta,
 * distanceMin, distanceMax), on a quadtree kept in flat typed arrays that are reused from tick to
 * tick. d3-quadtree allocates an object or array per cell and calls a closure per visit; for a
 * few thousand nodes that made the charge force most of a frame, and most of its garbage.
 */
import type { GraphNode } from './graph-model.js';

/** Deeper than this, nodes share a leaf (d3 chains only coincident ones; this bounds the tree). */
const MAX_DEPTH = 32;

export interface ManyBody {
  (alpha: number): void;
  initialize(nodes: GraphNode[], random: () => number): void;
  /** The first half of a tick, for callers that slice one: builds the tree from where the nodes are now. */
  prepare(): void;
  /** The second half: the force on nodes `from` to `to` (exclusive) from the tree {@link prepare} built. */
  apply(alpha: number, from: number, to: number): void;
}

export function manyBody(strength: (n: GraphNode) => number, theta = 0.9, distanceMin = 1, distanceMax = Infinity): ManyBody {
  const theta2 = theta * theta;
  const min2 = distanceMin * distanceMin;
  const max2 = distanceMax * distanceMax;
  let nodes: GraphNode[] = [];
  let random: () => number = Math.random;
  let strengths = new Float64Array(0);
  let px = new Float64Array(0);
  let py = new Float64Array(0);
  let next = new Int32Array(0);
  // Cells: centre of mass, summed strength, width, first node (leaf; -1 empty, -2 internal), children.
  let cap = 0;
  let cx = new Float64Array(0);
  let cy = new Float64Array(0);
  let val = new Float64Array(0);
  let size = new Float64Array(0);
  let first = new Int32Array(0);
  let kids = new Int32Array(0);
  let ox = new Float64Array(0);
  let oy = new Float64Array(0);
  let count = 0;
  const stack = new Int32Array(4 * MAX_DEPTH + 8);

  const jiggle = () => (random() - 0.5) * 1e-6;

  function grow(to: number): void {
    const copy = <T extends Float64Array | Int32Array>(a: T, n: number): T => {
      const b = new (a.constructor as { new (n: number): T })(n);
      b.set(a);
      return b;
    };
    cap = Math.max(to, cap * 2, 64);
    cx = copy(cx, cap);
    cy = copy(cy, cap);
    val = copy(val, cap);
    size = copy(size, cap);
    ox = copy(ox, cap);
    oy = copy(oy, cap);
    first = copy(first, cap);
    kids = copy(kids, cap * 4);
  }

  function cell(x0: number, y0: number, w: number, node: number): number {
    if (count === cap) grow(count + 1);
    const c = count++;
    ox[c] = x0;
    oy[c] = y0;
    size[c] = w;
    first[c] = node;
    kids[c * 4] = kids[c * 4 + 1] = kids[c * 4 + 2] = kids[c * 4 + 3] = -1;
    return c;
  }

  /** Puts node i under cell c (and its descendants), at depth d. */
  function insert(i: number, c: number, d: number): void {
    const x = px[i]!;
    const y = py[i]!;
    for (;;) {
      const f = first[c]!;
      if (f === -1) {
        first[c] = i;
        next[i] = -1;
        return;
      }
      const w = size[c]! / 2;
      if (f >= 0) {
        // A leaf: share it (same point, or too deep), or split it and go on.
        if ((px[f] === x && py[f] === y) || d >= MAX_DEPTH) {
          next[i] = f;
          first[c] = i;
          return;
        }
        const q = (px[f]! >= ox[c]! + w ? 1 : 0) | (py[f]! >= oy[c]! + w ? 2 : 0);
        const k = cell(ox[c]! + (q & 1 ? w : 0), oy[c]! + (q & 2 ? w : 0), w, f);
        kids[c * 4 + q] = k;
        first[c] = -2;
      }
      const q = (x >= ox[c]! + w ? 1 : 0) | (y >= oy[c]! + w ? 2 : 0);
      const k = kids[c * 4 + q]!;
      if (k === -1) {
        kids[c * 4 + q] = cell(ox[c]! + (q & 1 ? w : 0), oy[c]! + (q & 2 ? w : 0), w, i);
        next[i] = -1;
        return;
      }
      c = k;
      d++;
    }
  }

  /** False when there is nothing to do this tick (no nodes, or positions that are not numbers). */
  let ready = false;

  function prepare(): void {
    const n = nodes.length;
    ready = false;
    if (!n) return;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      const nd = nodes[i]!;
      const x = (px[i] = nd.x!);
      const y = (py[i] = nd.y!);
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    if (!(x1 >= x0 && y1 >= y0)) return; // NaN positions: nothing sensible to do
    ready = true;
    const w = Math.max(x1 - x0, y1 - y0, 1) * (1 + 1e-9) + 1e-9;
    count = 0;
    cell(x0, y0, w, -1);
    for (let i = 0; i < n; i++) insert(i, 0, 0);

    // Children come after their parents: one backward pass accumulates bottom-up.
    for (let c = count - 1; c >= 0; c--) {
      const f = first[c]!;
      let s = 0;
      let weight = 0;
      let x = 0;
      let y = 0;
      if (f === -2) {
        for (let q = 0; q < 4; q++) {
          const k = kids[c * 4 + q]!;
          if (k < 0) continue;
          const v = val[k]!;
          const a = Math.abs(v);
          if (!a) continue;
          s += v;
          weight += a;
          x += a * cx[k]!;
          y += a * cy[k]!;
        }
        cx[c] = x / weight;
        cy[c] = y / weight;
      } else {
        cx[c] = px[f]!;
        cy[c] = py[f]!;
        for (let j = f; j >= 0; j = next[j]!) s += strengths[j]!;
      }
      val[c] = s;
    }
  }

  function apply(alpha: number, from: number, to: number): void {
    if (!ready) return;
    for (let i = from; i < to; i++) {
      const xi = px[i]!;
      const yi = py[i]!;
      let vx = 0;
      let vy = 0;
      let top = 0;
      stack[top++] = 0;
      while (top) {
        const c = stack[--top]!;
        const v = val[c]!;
        if (!v) continue;
        let x = cx[c]! - xi;
        let y = cy[c]! - yi;
        const s = size[c]!;
        let l = x * x + y * y;
        if ((s * s) / theta2 < l) {
          // Far enough: the whole cell as one body.
          if (l < max2) {
            if (x === 0) (x = jiggle()), (l += x * x);
            if (y === 0) (y = jiggle()), (l += y * y);
            // Apart by less than the square root of the smallest double: as good as coincident.
            if (l === 0) (x = jiggle()), (y = jiggle()), (l = x * x + y * y);
            if (l < min2) l = Math.sqrt(min2 * l);
            vx += (x * v * alpha) / l;
            vy += (y * v * alpha) / l;
          }
          continue;
        }
        const f = first[c]!;
        if (f === -2) {
          for (let q = 3; q >= 0; q--) {
            const k = kids[c * 4 + q]!;
            if (k >= 0) stack[top++] = k;
          }
          continue;
        }
        if (l >= max2) continue;
        // A leaf near by: each of its nodes (other than this one) on its own.
        for (let j = f; j >= 0; j = next[j]!) {
          if (j === i) continue;
          let dx = px[j]! - xi;
          let dy = py[j]! - yi;
          let d2 = dx * dx + dy * dy;
          if (dx === 0) (dx = jiggle()), (d2 += dx * dx);
          if (dy === 0) (dy = jiggle()), (d2 += dy * dy);
          if (d2 === 0) (dx = jiggle()), (dy = jiggle()), (d2 = dx * dx + dy * dy);
          if (d2 < min2) d2 = Math.sqrt(min2 * d2);
          const k = (strengths[j]! * alpha) / d2;
          vx += dx * k;
          vy += dy * k;
        }
      }
      const nd = nodes[i]!;
      nd.vx! += vx;
      nd.vy! += vy;
    }
  }

  function force(alpha: number): void {
    prepare();
    apply(alpha, 0, nodes.length);
  }

  force.prepare = prepare;
  force.apply = apply;
  force.initialize = (ns: GraphNode[], rnd: () => number) => {
    nodes = ns;
    random = rnd;
    const n = ns.length;
    strengths = new Float64Array(n);
    for (let i = 0; i < n; i++) strengths[i] = +strength(ns[i]!);
    px = new Float64Array(n);
    py = new Float64Array(n);
    next = new Int32Array(n);
    if (cap < 2 * n + 1) grow(2 * n + 1);
  };

  return force as ManyBody;
}
