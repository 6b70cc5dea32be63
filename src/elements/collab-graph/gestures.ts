/**
 * Pointer gestures on the canvas of `<collab-graph>`, a Lit ReactiveController: hover (mouse),
 * click to select, drag the background to pan, drag a node to move it, pinch with two fingers to
 * zoom, and the wheel to zoom (with ctrl/⌘, a touchpad pinch, or when the graph has focus: the page
 * otherwise keeps scrolling). Mouse, pen and touch alike. A gesture in progress ends when the
 * element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GraphNode } from './graph-model.js';
import type { FrameClock } from './frame-clock.js';
import type { View } from './renderer.js';
import type { ViewTransform } from './view.js';

/** Where a drag or pinch started. */
interface Gesture {
  kind: 'pan' | 'drag' | 'pinch';
  node: GraphNode | null;
  moved: boolean;
  x: number;
  y: number;
  view: View;
  dist: number;
}

export interface PointerGesturesOptions {
  clock: FrameClock;
  view: ViewTransform;
  /** Selects a node (a click on it). */
  select: (n: GraphNode) => void;
}

/** Pixels a pointer moves before a press becomes a drag. */
const DRAG_SLOP = 4;

export class PointerGestures implements ReactiveController {
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private gesture: Gesture | null = null;
  /** The canvas's box during a gesture (read once, not at every move). */
  private rect: DOMRect | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: PointerGesturesOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.gesture?.kind === 'drag' && this.gesture.moved) this.options.clock.endDrag(this.gesture.node);
    this.pointers.clear();
    this.gesture = null;
    this.rect = null;
  }

  private local(e: PointerEvent | WheelEvent): [number, number] {
    const r = this.rect ?? (e.currentTarget as Element).getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }

  readonly onPointerDown = (e: PointerEvent): void => {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    const c = e.currentTarget as HTMLCanvasElement;
    this.rect = c.getBoundingClientRect();
    try {
      c.setPointerCapture(e.pointerId);
    } catch {
      // Not an active pointer (synthetic events): the gesture still works inside the canvas.
    }
    const [x, y] = this.local(e);
    this.pointers.set(e.pointerId, { x, y });
    const view = this.options.view.snapshot();
    if (this.pointers.size === 2) {
      this.options.clock.endDrag(this.gesture?.node ?? null);
      const [a, b] = [...this.pointers.values()];
      this.gesture = { kind: 'pinch', node: null, moved: true, x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2, view, dist: Math.hypot(a!.x - b!.x, a!.y - b!.y) || 1 };
      return;
    }
    if (this.pointers.size > 2) return;
    const node = this.options.clock.renderer?.hit(x, y, this.options.view, e.pointerType === 'touch' ? 12 : 4) ?? null;
    this.gesture = { kind: node ? 'drag' : 'pan', node, moved: false, x, y, view, dist: 0 };
  };

  readonly onPointerMove = (e: PointerEvent): void => {
    const { clock, view } = this.options;
    const [x, y] = this.local(e);
    const p = this.pointers.get(e.pointerId);
    const gst = this.gesture;
    const canvas = e.currentTarget as HTMLCanvasElement;
    if (!p || !gst) {
      if (e.pointerType !== 'mouse') return;
      this.rect = null;
      const hit = clock.renderer?.hit(x, y, view) ?? null;
      if (hit !== clock.state.hover) {
        clock.state.hover = hit;
        canvas.classList.toggle('over-node', !!hit);
        clock.invalidate();
      }
      return;
    }
    p.x = x;
    p.y = y;
    if (gst.kind === 'pinch') {
      const [a, b] = [...this.pointers.values()];
      if (!a || !b) return;
      view.pinch(gst.view, [gst.x, gst.y], Math.hypot(a.x - b.x, a.y - b.y) / gst.dist, [(a.x + b.x) / 2, (a.y + b.y) / 2]);
      clock.invalidate();
      return;
    }
    if (!gst.moved && Math.hypot(x - gst.x, y - gst.y) < DRAG_SLOP) return;
    if (!gst.moved) {
      gst.moved = true;
      canvas.classList.add('dragging');
      if (gst.kind === 'drag') clock.startDrag(gst.node!);
    }
    if (gst.kind === 'pan') view.panFrom(gst.view, x - gst.x, y - gst.y);
    else if (gst.node) clock.dragTo(gst.node, ...view.toWorld(x, y));
    clock.invalidate();
  };

  readonly onPointerUp = (e: PointerEvent): void => {
    const { clock } = this.options;
    const gst = this.gesture;
    this.pointers.delete(e.pointerId);
    (e.currentTarget as Element | null)?.classList.remove('dragging');
    if (!gst) return;
    if (gst.kind === 'pinch') {
      if (this.pointers.size === 0) this.gesture = null;
      return;
    }
    this.gesture = null;
    this.rect = null;
    if (gst.kind === 'drag' && gst.moved) clock.endDrag(gst.node);
    else if (!gst.moved && e.type === 'pointerup') {
      if (gst.node) this.options.select(gst.node);
      else if (clock.state.selected) {
        clock.state.selected = null;
        clock.invalidate();
      }
    }
  };

  readonly onPointerLeave = (e: PointerEvent): void => {
    const { clock } = this.options;
    if (e.pointerType === 'mouse' && clock.state.hover && !this.gesture) {
      clock.state.hover = null;
      (e.currentTarget as Element).classList.remove('over-node');
      clock.invalidate();
    }
  };

  readonly onWheel = (e: WheelEvent): void => {
    const { clock, view } = this.options;
    if (!e.ctrlKey && !e.metaKey && !clock.state.focused) return;
    e.preventDefault();
    const [x, y] = this.local(e);
    this.rect = null;
    view.zoomAt(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002)), x, y);
    clock.invalidate();
  };
}
