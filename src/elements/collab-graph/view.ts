/**
 * The view transform of `<collab-graph>`: where the world (the layout's coordinates) sits on the
 * canvas. Screen = world × k + (x, y), in CSS pixels. Fit, zoom about a point, keep the middle
 * when the canvas is resized, and bring a node into view. No DOM, no clock: it is told the size.
 */
import type { GraphNode } from './graph-model.js';
import type { View } from './renderer.js';

export const MIN_K = 0.02;
export const MAX_K = 6;
/** Room kept around the graph when it is fitted. */
const PAD = 24;

const clampK = (k: number) => Math.max(MIN_K, Math.min(MAX_K, k));

export class ViewTransform implements View {
  k = 1;
  x = 0;
  y = 0;
  /** Size of the canvas in CSS pixels (0 until measured). */
  width = 0;
  height = 0;
  /** Keep fitting the graph while the layout moves, until someone zooms or pans. */
  autoFit = true;

  /** Where a world point is drawn, in CSS pixels from the canvas's top-left corner. */
  toScreen(n: Pick<GraphNode, 'x' | 'y'>): [number, number] {
    return [(n.x ?? 0) * this.k + this.x, (n.y ?? 0) * this.k + this.y];
  }

  /** The world point under a screen point. */
  toWorld(sx: number, sy: number): [number, number] {
    return [(sx - this.x) / this.k, (sy - this.y) / this.k];
  }

  /** A new canvas size; the world point in the middle stays in the middle. */
  resize(width: number, height: number): void {
    if (this.width && this.height) {
      this.x += (width - this.width) / 2;
      this.y += (height - this.height) / 2;
    }
    this.width = width;
    this.height = height;
  }

  /** Fits every node (by its radius) into view; nothing to do before the canvas is measured. */
  fit(nodes: readonly GraphNode[]): void {
    if (!nodes.length || !this.width) return;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const n of nodes) {
      if (n.x! - n.r < x0) x0 = n.x! - n.r;
      if (n.x! + n.r > x1) x1 = n.x! + n.r;
      if (n.y! - n.r < y0) y0 = n.y! - n.r;
      if (n.y! + n.r > y1) y1 = n.y! + n.r;
    }
    const k = Math.max(MIN_K, Math.min(2, (this.width - PAD * 2) / Math.max(x1 - x0, 1), (this.height - PAD * 2) / Math.max(y1 - y0, 1)));
    this.k = k;
    this.x = this.width / 2 - ((x0 + x1) / 2) * k;
    this.y = this.height / 2 - ((y0 + y1) / 2) * k;
  }

  /** Zooms by `factor` about a screen point (which stays where it is). */
  zoomAt(factor: number, sx: number, sy: number): void {
    const k = clampK(this.k * factor);
    this.x = sx - ((sx - this.x) * k) / this.k;
    this.y = sy - ((sy - this.y) * k) / this.k;
    this.k = k;
    this.autoFit = false;
  }

  /** Zooms about the middle of the canvas. */
  zoomBy(factor: number): void {
    this.zoomAt(factor, this.width / 2, this.height / 2);
  }

  /** Moves by a screen offset from an earlier view (a pan in progress). */
  panFrom(start: View, dx: number, dy: number): void {
    this.x = start.x + dx;
    this.y = start.y + dy;
    this.autoFit = false;
  }

  /** Two fingers: the world point under their first midpoint follows their midpoint; zoom by their spread. */
  pinch(start: View, from: [number, number], spread: number, to: [number, number]): void {
    const k = clampK(start.k * spread);
    const wx = (from[0] - start.x) / start.k;
    const wy = (from[1] - start.y) / start.k;
    this.k = k;
    this.x = to[0] - wx * k;
    this.y = to[1] - wy * k;
    this.autoFit = false;
  }

  /** Centres a node that is within `margin` pixels of an edge, or off the canvas. */
  bringIntoView(n: GraphNode, margin = 20): void {
    const [sx, sy] = this.toScreen(n);
    if (sx < margin || sy < margin || sx > this.width - margin || sy > this.height - margin) {
      this.x += this.width / 2 - sx;
      this.y += this.height / 2 - sy;
      this.autoFit = false;
    }
  }

  /** A copy of k, x and y (where a gesture started). */
  snapshot(): View {
    return { k: this.k, x: this.x, y: this.y };
  }
}
