/**
 * Keyboard navigation on the canvas of `<collab-graph>`, a Lit ReactiveController: the arrow keys
 * move to the connected node that lies best in that direction, Home goes to the researcher, Enter
 * or Space selects, Escape clears, + and − zoom, 0 fits. What is reached is announced through the
 * element's live region. The focus ring is drawn while the canvas has focus.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GraphNode } from './graph-model.js';
import type { FrameClock } from './frame-clock.js';
import type { ViewTransform } from './view.js';

type Side = 'Up' | 'Down' | 'Left' | 'Right';

export interface KeyboardNavigationOptions {
  clock: FrameClock;
  view: ViewTransform;
  /** Selects a node (fires the element's event, announces it). */
  select: (n: GraphNode) => void;
  /** Fits the graph into view. */
  fit: () => void;
  /** Says what a node is, e.g. "Ann Lee, co-author, 2 connections". */
  describe: (n: GraphNode) => string;
  /** Puts text in the live region. */
  announce: (text: string) => void;
  /** "No connection above Ann Lee." and "Selection cleared.", in the element's language. */
  noConnection: (side: Side, label: string) => string;
  cleared: () => string;
}

const DIRECTIONS: Record<string, [number, number]> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };

/** The neighbour of `from` best in the direction (dx, dy): near the arrow's line, then near. */
export function neighbourToward(neighbours: readonly GraphNode[], from: GraphNode, dx: number, dy: number): GraphNode | null {
  let best: GraphNode | null = null;
  let bestScore = Infinity;
  for (const n of neighbours) {
    const vx = n.x! - from.x!;
    const vy = n.y! - from.y!;
    const d = Math.hypot(vx, vy) || 1e-6;
    const cos = (vx * dx + vy * dy) / d;
    if (cos <= 0.2) continue;
    const score = d * (1 + 2 * (1 - cos));
    if (score < bestScore) {
      bestScore = score;
      best = n;
    }
  }
  return best;
}

export class KeyboardNavigation implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: KeyboardNavigationOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // Focus cannot stay in an element that left the page; the blur event may not come.
    this.options.clock.state.focused = false;
  }

  /** Moves the keyboard focus to a node, brings it into view and announces it. */
  moveFocus(n: GraphNode): void {
    const { clock, view } = this.options;
    clock.state.focus = n;
    this.options.announce(this.options.describe(n));
    view.bringIntoView(n);
    clock.invalidate();
  }

  readonly onKeyDown = (e: KeyboardEvent): void => {
    const { clock, view } = this.options;
    const g = clock.loaded;
    if (!g || !g.nodes.length) return;
    const start = g.centre ?? g.nodes[0]!;
    const dir = DIRECTIONS[e.key];
    if (dir) {
      e.preventDefault();
      const from = clock.state.focus;
      if (!from) return this.moveFocus(start);
      const next = neighbourToward(g.neighbours[from.index] ?? [], from, dir[0], dir[1]);
      if (next) this.moveFocus(next);
      else this.options.announce(this.options.noConnection(e.key.slice(5) as Side, from.label));
    } else if (e.key === 'Home') {
      e.preventDefault();
      this.moveFocus(start);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.options.select(clock.state.focus ?? start);
    } else if (e.key === 'Escape') {
      if (!clock.state.focus && !clock.state.selected) return;
      e.preventDefault();
      clock.state.focus = clock.state.selected = null;
      this.options.announce(this.options.cleared());
      clock.invalidate();
    } else if (e.key === '+' || e.key === '=') {
      view.zoomBy(1.4);
      clock.invalidate();
    } else if (e.key === '-' || e.key === '_') {
      view.zoomBy(1 / 1.4);
      clock.invalidate();
    } else if (e.key === '0') {
      this.options.fit();
    }
  };

  readonly onFocus = (): void => {
    this.options.clock.state.focused = true;
    this.options.clock.invalidate();
  };

  readonly onBlur = (): void => {
    this.options.clock.state.focused = false;
    this.options.clock.invalidate();
  };
}
