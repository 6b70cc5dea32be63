/**
 * Draws a graph on a 2D canvas, batched: one path per kind for the nodes, one stroke per link
 * width for the links, labels only where they fit. Nothing here allocates per frame except what
 * the canvas API itself does.
 */
import { KINDS, type Graph, type GraphNode, type NodeKind } from './graph-model.js';

/** Colours resolved from the element's CSS custom properties (canvas cannot read `var()`). */
export interface Palette {
  researcher: string;
  member: string;
  person: string;
  work: string;
  topic: string;
  institution: string;
  link: string;
  highlight: string;
  text: string;
  surface: string;
  focus: string;
  font: string;
}

/** Screen = world × k + (x, y), in CSS pixels. */
export interface View {
  k: number;
  x: number;
  y: number;
}

export interface DrawState {
  width: number;
  height: number;
  dpr: number;
  view: View;
  hover: GraphNode | null;
  focus: GraphNode | null;
  selected: GraphNode | null;
  /** Whether the canvas has keyboard focus (draws the focus ring). */
  focused: boolean;
}

/** Sets each node's radius (world units): by kind, and by weight relative to the heaviest node of the graph. */
export function sizeNodes(g: Graph): void {
  let max = 1;
  let maxMember = 1;
  for (const n of g.nodes) {
    if (n.kind === 'member') maxMember = Math.max(maxMember, n.weight);
    else if (n !== g.centre && n.weight > max) max = n.weight;
  }
  // A group's members are the centres: never smaller than the largest co-author.
  for (const n of g.nodes) n.r = n.kind === 'researcher' ? 12 : n.kind === 'member' ? 9 + 3 * Math.sqrt(n.weight / maxMember) : 3.5 + 7.5 * Math.sqrt(n.weight / max);
}

/** Adds the shape of `n` (by kind) to the current path. */
function shape(ctx: CanvasRenderingContext2D, n: GraphNode, r: number): void {
  const x = n.x!;
  const y = n.y!;
  switch (n.kind) {
    case 'work': {
      const h = r * 0.86;
      ctx.rect(x - h, y - h, h * 2, h * 2);
      break;
    }
    case 'topic': {
      const d = r * 1.2;
      ctx.moveTo(x, y - d);
      ctx.lineTo(x + d, y);
      ctx.lineTo(x, y + d);
      ctx.lineTo(x - d, y);
      ctx.closePath();
      break;
    }
    case 'institution': {
      const d = r * 1.25;
      ctx.moveTo(x, y - d);
      ctx.lineTo(x + d * 0.95, y + d * 0.65);
      ctx.lineTo(x - d * 0.95, y + d * 0.65);
      ctx.closePath();
      break;
    }
    default:
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, Math.PI * 2);
  }
}

/** A node's label, cut to 40 characters. */
const labelText = (n: GraphNode) => (n.label.length > 40 ? `${n.label.slice(0, 38)}…` : n.label);

export class Renderer {
  /** Nodes grouped by kind, then by label priority; rebuilt by {@link setGraph}. */
  private byKind: GraphNode[][] = KINDS.map(() => []);
  /** Links grouped into three width classes. */
  private linkBins: Array<Graph['links']> = [[], [], []];
  /** Nodes most worth a label, most connected first. */
  private labelOrder: GraphNode[] = [];
  /** Placed label boxes this frame (x0, y0, x1, y1, …), reused. */
  private boxes: number[] = [];
  private widths = new Map<GraphNode, number>();
  private font = '';
  graph: Graph | null = null;

  constructor(private ctx: CanvasRenderingContext2D) {}

  setGraph(graph: Graph): void {
    this.graph = graph;
    this.byKind = KINDS.map(() => []);
    for (const n of graph.nodes) {
      this.byKind[KINDS.indexOf(n.kind)]!.push(n);
    }
    this.linkBins = [[], [], []];
    for (const l of graph.links) this.linkBins[l.weight >= 4 ? 2 : l.weight >= 2 ? 1 : 0]!.push(l);
    this.labelOrder = graph.nodes
      .filter((n) => n !== graph.centre)
      .sort((a, b) => b.weight - a.weight || b.degree - a.degree)
      .slice(0, 60);
    if (graph.centre) this.labelOrder.unshift(graph.centre);
    this.widths.clear();
  }

  /** Sets the label font and measures the labels ahead of the first frame (text's first use is slow). */
  prime(font: string): void {
    const { ctx } = this;
    if (this.font !== font) {
      this.font = font;
      this.widths.clear();
    }
    // The first operation on a resized canvas sets up its backing store: do it here, not in the first frame.
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, 1, 1);
    ctx.font = font;
    for (const n of this.labelOrder) if (!this.widths.has(n)) this.widths.set(n, ctx.measureText(labelText(n)).width);
  }

  /** The node under a screen point, if any (linear: fine for the sizes `max-nodes` allows). */
  hit(sx: number, sy: number, view: View, slop = 4): GraphNode | null {
    const g = this.graph;
    if (!g) return null;
    const wx = (sx - view.x) / view.k;
    const wy = (sy - view.y) / view.k;
    let best: GraphNode | null = null;
    let bestD = Infinity;
    for (const n of g.nodes) {
      const dx = n.x! - wx;
      const dy = n.y! - wy;
      const d = dx * dx + dy * dy;
      const reach = n.r * 1.2 + slop / view.k;
      if (d <= reach * reach && d < bestD) {
        bestD = d;
        best = n;
      }
    }
    return best;
  }

  /** Clears the whole canvas. */
  clear(): void {
    const { ctx } = this;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  }

  draw(p: Palette, s: DrawState): void {
    const { ctx } = this;
    const g = this.graph;
    const { k, x: tx, y: ty } = s.view;
    ctx.setTransform(s.dpr, 0, 0, s.dpr, 0, 0);
    ctx.clearRect(0, 0, s.width, s.height);
    if (!g) return;
    // The visible world rectangle, with a margin for radii.
    const m = 20 / k;
    const x0 = -tx / k - m;
    const y0 = -ty / k - m;
    const x1 = (s.width - tx) / k + m;
    const y1 = (s.height - ty) / k + m;
    ctx.setTransform(s.dpr * k, 0, 0, s.dpr * k, s.dpr * tx, s.dpr * ty);

    // Links: one stroke per width class.
    ctx.strokeStyle = p.link;
    ctx.lineCap = 'butt';
    for (let b = 0; b < 3; b++) {
      const bin = this.linkBins[b]!;
      if (!bin.length) continue;
      ctx.beginPath();
      for (let i = 0; i < bin.length; i++) {
        const a = bin[i]!.source;
        const c = bin[i]!.target;
        const ax = a.x!;
        const ay = a.y!;
        const cx = c.x!;
        const cy = c.y!;
        if ((ax < x0 && cx < x0) || (ax > x1 && cx > x1) || (ay < y0 && cy < y0) || (ay > y1 && cy > y1)) continue;
        ctx.moveTo(ax, ay);
        ctx.lineTo(cx, cy);
      }
      ctx.lineWidth = (0.8 + b * 0.9) / Math.sqrt(k);
      ctx.stroke();
    }

    // The links of the node in focus, emphasised.
    const hot = s.hover ?? s.focus ?? s.selected;
    if (hot) {
      ctx.beginPath();
      for (const n of g.neighbours[hot.index] ?? []) {
        ctx.moveTo(hot.x!, hot.y!);
        ctx.lineTo(n.x!, n.y!);
      }
      ctx.strokeStyle = p.highlight;
      ctx.lineWidth = 1.6 / Math.sqrt(k);
      ctx.stroke();
    }

    // Nodes: one path per kind, filled once. Small graphs get an outline against the background;
    // large ones do not (stroking thousands of arcs costs more than everything else together).
    const outline = g.nodes.length <= 300 && k > 0.35;
    ctx.strokeStyle = p.surface;
    ctx.lineWidth = 1.2 / k;
    for (let kind = 0; kind < KINDS.length; kind++) {
      const list = this.byKind[kind]!;
      if (!list.length) continue;
      ctx.beginPath();
      for (let i = 0; i < list.length; i++) {
        const n = list[i]!;
        const nx = n.x!;
        const ny = n.y!;
        if (nx < x0 || nx > x1 || ny < y0 || ny > y1) continue;
        shape(ctx, n, n.r);
      }
      ctx.fillStyle = p[KINDS[kind] as NodeKind];
      ctx.fill();
      if (outline) ctx.stroke();
    }
    if (g.centre) {
      ctx.beginPath();
      ctx.arc(g.centre.x!, g.centre.y!, g.centre.r + 3.5, 0, Math.PI * 2);
      ctx.strokeStyle = p[g.centre.kind];
      ctx.lineWidth = 2;
      ctx.stroke();
    }
    if (s.selected) this.ring(s.selected, p.highlight, k);
    if (s.focused && s.focus) this.ring(s.focus, p.focus, k);

    // Labels in screen space: the ones asked for first, then the most connected while they fit.
    ctx.setTransform(s.dpr, 0, 0, s.dpr, 0, 0);
    if (this.font !== p.font) {
      this.font = p.font;
      this.widths.clear();
    }
    ctx.font = p.font;
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    this.boxes.length = 0;
    if (s.hover) this.label(s.hover, p, s, true);
    if (s.focus && s.focus !== s.hover) this.label(s.focus, p, s, true);
    if (s.selected && s.selected !== s.hover && s.selected !== s.focus) this.label(s.selected, p, s, true);
    const auto = k < 0.45 ? 1 : Math.min(this.labelOrder.length, Math.round(8 + 10 * k));
    for (let i = 0; i < auto; i++) {
      const n = this.labelOrder[i]!;
      if (n === s.hover || n === s.focus || n === s.selected) continue;
      if (n.r * k < 3.5 && n !== g.centre) break;
      this.label(n, p, s, n === g.centre);
    }
  }

  private ring(n: GraphNode, colour: string, k: number): void {
    const { ctx } = this;
    ctx.beginPath();
    ctx.arc(n.x!, n.y!, n.r + 4 / k + 2, 0, Math.PI * 2);
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2.5 / k;
    ctx.stroke();
  }

  private label(n: GraphNode, p: Palette, s: DrawState, force: boolean): void {
    const { ctx } = this;
    const { k, x: tx, y: ty } = s.view;
    const text = labelText(n);
    let w = this.widths.get(n);
    if (w === undefined) this.widths.set(n, (w = ctx.measureText(text).width));
    // Labels sit on the outer side of a node, away from the centre of the graph.
    const cx = n.x! * k + tx;
    const gap = n.r * k + 5;
    let left = n.x! < 0 && n !== this.graph?.centre;
    // …unless that side would cut it off at the edge of the canvas.
    if (left && cx - gap - w < 2) left = false;
    else if (!left && cx + gap + w > s.width - 2 && cx - gap - w >= 2) left = true;
    let sx = left ? cx - gap - w : cx + gap;
    // Too long for either side: slide it inside the canvas.
    if (sx + w > s.width - 2 && cx > 0 && cx < s.width) sx = Math.max(2, s.width - 2 - w);
    const sy = n.y! * k + ty;
    if (sx > s.width || sx + w < 0 || sy < -10 || sy > s.height + 10) return;
    const bx0 = sx - 2;
    const bx1 = sx + w + 2;
    const by0 = sy - 8;
    const by1 = sy + 8;
    const b = this.boxes;
    if (!force) {
      for (let i = 0; i < b.length; i += 4) if (bx0 < b[i + 2]! && bx1 > b[i]! && by0 < b[i + 3]! && by1 > b[i + 1]!) return;
    }
    b.push(bx0, by0, bx1, by1);
    ctx.strokeStyle = p.surface;
    ctx.lineWidth = 3;
    ctx.strokeText(text, sx, sy);
    ctx.fillStyle = p.text;
    ctx.fillText(text, sx, sy);
  }
}
