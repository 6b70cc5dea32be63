/**
 * The frame clock of `<collab-graph>`, a Lit ReactiveController: it owns the canvas, its renderer
 * and the force layout, and decides what runs. A new graph is warmed up in slices that yield to
 * the main thread (under reduced motion, laid out to the end), then animated one tick per frame
 * while it moves, and only while the canvas is connected, on screen, in a visible tab and not
 * replaced by the table. Settled, it draws one picture and schedules nothing.
 *
 * Lit's `ref()` hands the canvas callback `undefined` on disconnect and the same canvas back on
 * reconnect (a DOM move does both at once): the clock keeps the canvas, its renderer and the laid
 * out graph across that, and picks up where it was.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Graph, GraphNode } from './graph-model.js';
import { Layout, sliced, yieldToMain } from './layout.js';
import { Renderer, sizeNodes, type DrawState, type Palette } from './renderer.js';
import type { ViewTransform } from './view.js';

export interface FrameClockOptions {
  view: ViewTransform;
  /** The colours and font to draw with, once read from the styles. */
  palette: () => Palette | null;
  /** Reduced motion (the property, else `prefers-reduced-motion`). */
  reduced: () => boolean;
  /** True while something else stands in for the canvas (the table). */
  paused: () => boolean;
}

type Phase = 'idle' | 'warming' | 'animating';

export class FrameClock implements ReactiveController {
  readonly layout = new Layout();
  /** What the renderer draws besides the graph: size, view, and the nodes hovered, focused, selected. */
  readonly state: DrawState;
  renderer: Renderer | null = null;
  /** The graph laid out and drawn, and one being laid out to replace it. */
  loaded: Graph | null = null;
  private pending: Graph | null = null;
  /** True while a new graph is laid out before it is drawn (the element shows a note). */
  building = false;
  /** Milliseconds the last frame spent ticking and drawing. */
  lastFrameMs = 0;

  private canvas: HTMLCanvasElement | null = null;
  private phase: Phase = 'idle';
  private warmRun = 0;
  private warmSeq = 0;
  private measureRun = 0;
  private raf = 0;
  /** The next frame draws without a tick (the first frame after a warm-up). */
  private still = false;
  private onScreen = true;
  /** Between hostConnected and hostDisconnected (in a DOM move, `isConnected` is already true again). */
  private connected = false;
  private readonly view: ViewTransform;

  private readonly resize = new ResizeObserver(() => this.measure());
  private readonly intersect = new IntersectionObserver((entries) => {
    this.onScreen = entries[entries.length - 1]!.isIntersecting;
    this.pump();
  });
  private readonly motionQuery = matchMedia('(prefers-reduced-motion: reduce)');
  private readonly onChange = () => this.pump();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FrameClockOptions,
  ) {
    this.view = options.view;
    this.state = { width: 0, height: 0, dpr: 1, view: this.view, hover: null, focus: null, selected: null, focused: false };
    host.addController(this);
  }

  /** `prefers-reduced-motion: reduce`, for the element's default. */
  get prefersReducedMotion(): boolean {
    return this.motionQuery.matches;
  }

  /** True while anything is scheduled: a warm-up slice or an animation frame. */
  get isRunning(): boolean {
    return this.raf !== 0 || this.warmRun > 0;
  }

  /** True while the layout still moves. */
  get isSettling(): boolean {
    return this.phase !== 'idle';
  }

  /** True when the layout is at rest and nothing animates (a dragged node is placed by hand). */
  get isIdle(): boolean {
    return this.phase === 'idle';
  }

  hostConnected(): void {
    this.connected = true;
    this.motionQuery.addEventListener('change', this.onChange);
    document.addEventListener('visibilitychange', this.onChange);
    if (this.canvas) this.observe(this.canvas);
    this.pump();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.motionQuery.removeEventListener('change', this.onChange);
    document.removeEventListener('visibilitychange', this.onChange);
    this.resize.disconnect();
    this.intersect.disconnect();
    this.pump();
  }

  /** The `ref()` callback of the canvas. */
  readonly setCanvas = (el?: Element): void => {
    if (el === this.canvas) return;
    if (!el && !this.connected) return; // disconnected: keep it (see the file's comment)
    if (this.canvas) {
      this.resize.unobserve(this.canvas);
      this.intersect.unobserve(this.canvas);
    }
    this.canvas = (el as HTMLCanvasElement | undefined) ?? null;
    this.renderer = null;
    if (!this.canvas) {
      this.pump();
      return;
    }
    const ctx = this.canvas.getContext('2d');
    if (ctx) this.renderer = new Renderer(ctx);
    this.observe(this.canvas);
    this.loaded = this.pending = null;
  };

  private observe(canvas: HTMLCanvasElement): void {
    this.resize.observe(canvas);
    this.intersect.observe(canvas);
  }

  /** The graph on show may be new: it will be laid out before it is drawn (the note says so). */
  expect(g: Graph | null): void {
    if (g && g !== this.loaded && g !== this.pending) this.building = true;
  }

  /** Shows `g` on the canvas: a new graph is laid out before it is drawn, starting in a task of its own. */
  show(g: Graph | null): void {
    if (!g || g === this.loaded || g === this.pending || !this.canvas) return;
    this.pending = g;
    this.layout.cancel();
    this.phase = 'warming';
    this.warmRun = 0;
    if (!this.building) {
      this.building = true;
      this.host.requestUpdate();
    }
    // Measure in a task of its own (the first layout of the new DOM is not cheap) rather than wait
    // for the first ResizeObserver report (which never comes in a background tab).
    if (!this.view.width) {
      const run = ++this.measureRun;
      void yieldToMain().then(() => {
        if (run === this.measureRun && this.canvas) this.measure();
      });
    }
    this.pump();
  }

  /** Hands the pending graph to the renderer (the simulation has it already: see warm). */
  private apply(g: Graph): void {
    this.loaded = g;
    this.pending = null;
    if (this.renderer?.graph !== g) {
      sizeNodes(g);
      this.renderer?.setGraph(g);
    }
    const keep = (n: GraphNode | null) => (n ? (g.nodes.find((m) => m.key === n.key) ?? null) : null);
    this.state.focus = keep(this.state.focus);
    this.state.selected = keep(this.state.selected);
    this.state.hover = null;
  }

  private measure(): void {
    const c = this.canvas;
    if (!c) return;
    const w = c.clientWidth;
    const h = c.clientHeight;
    const dpr = window.devicePixelRatio || 1;
    if (!w || !h) return; // hidden (the table is showing): keep the view as it was
    if (w === this.view.width && h === this.view.height && dpr === this.state.dpr) return;
    const first = !this.view.width || !this.view.height;
    this.view.resize(w, h);
    this.state.dpr = dpr;
    c.width = Math.max(1, Math.round(w * dpr));
    c.height = Math.max(1, Math.round(h * dpr));
    if (first) this.fitView();
    this.pump();
    this.invalidate();
  }

  private get canRun(): boolean {
    return (
      this.connected &&
      !!this.canvas?.isConnected &&
      this.onScreen &&
      document.visibilityState !== 'hidden' &&
      !this.options.paused() &&
      !!this.renderer &&
      this.view.width > 0 &&
      this.view.height > 0
    );
  }

  /** Starts or stops whatever should (or should no longer) run. */
  pump(): void {
    if (!this.canRun) {
      if (this.raf) cancelAnimationFrame(this.raf);
      this.raf = 0;
      if (this.warmRun) this.layout.cancel();
      this.warmRun = 0;
      return;
    }
    if (this.phase === 'warming') {
      if (!this.warmRun) void this.warm();
    } else if (this.phase === 'animating' && this.options.reduced()) {
      // Motion was just turned off: finish the layout ahead of time instead.
      this.phase = 'warming';
      void this.warm();
    } else if (this.phase === 'animating') this.schedule();
    else this.draw(); // settled: one picture, no frame loop
  }

  private async warm(): Promise<void> {
    const run = (this.warmRun = ++this.warmSeq);
    const live = () => run === this.warmRun;
    // Each step in a task of its own: building the simulation, then the slices of warm-up.
    await yieldToMain();
    if (!live()) return;
    if (this.pending) {
      // The drawing side first (sizes, batches, then label widths), then the simulation, a force at
      // a time: each a task of its own.
      const g = this.pending;
      sizeNodes(g);
      this.renderer?.setGraph(g);
      await yieldToMain();
      if (!live()) return;
      const palette = this.options.palette();
      if (palette) this.renderer?.prime(palette.font);
      await yieldToMain();
      if (!live()) return;
      const first = !this.loaded;
      const previous = new Map((this.loaded?.nodes ?? []).map((n) => [n.key, n]));
      if (!(await sliced(this.layout.setGraphSteps(g, previous), live))) return;
      this.apply(g);
      await yieldToMain();
      if (!live()) return;
      if (first && this.renderer && this.options.palette()) {
        // A first drawing, wiped in the same task (so never seen): the drawing code and the canvas
        // get going here rather than in the first frame anyone sees.
        this.draw();
        this.renderer.clear();
        await yieldToMain();
        if (!live()) return;
      }
    }
    const reduced = this.options.reduced();
    const done = await this.layout.warm(reduced ? 0 : 0.4, reduced ? Infinity : 400);
    if (!live()) return;
    if (!done) {
      this.warmRun = 0;
      return;
    }
    // The first picture in a task of its own, after the last slice of warm-up.
    await yieldToMain();
    if (!live()) return;
    this.warmRun = 0;
    this.phase = reduced ? 'idle' : 'animating';
    this.building = false;
    this.host.requestUpdate();
    if (this.view.autoFit) this.fitView();
    // The settled (or warmed) layout is drawn in the next frame, as it is (no tick in that one: it
    // also shows the graph in place of the loading note); frames follow only if it still moves.
    this.still = true;
    this.schedule();
  }

  /** Asks for a frame (when something may run and the layout is not warming up). */
  schedule(): void {
    if (!this.raf && this.canRun && this.phase !== 'warming') this.raf = requestAnimationFrame(this.frame);
  }

  /** Something on screen changed (view, hover, focus, colours): draw it in the next frame. */
  invalidate(): void {
    this.schedule();
  }

  private readonly frame = (): void => {
    this.raf = 0;
    const t0 = performance.now();
    const reduced = this.options.reduced();
    if (this.still) this.still = false;
    else if (this.phase === 'animating') {
      // One tick per frame: when frames come slowly (a busy machine), the layout takes longer to
      // settle rather than making each frame heavier still.
      if (this.layout.hot && !reduced) this.layout.tick();
      if (!this.layout.hot || reduced) this.phase = 'idle';
      if (this.view.autoFit) this.fitView();
    }
    this.draw();
    this.lastFrameMs = performance.now() - t0;
    if (this.phase === 'animating') this.schedule();
  };

  private draw(): void {
    const r = this.renderer;
    const palette = this.options.palette();
    if (!r || !palette) return;
    this.state.width = this.view.width;
    this.state.height = this.view.height;
    r.draw(palette, this.state);
  }

  /** Fits the laid-out graph into view. */
  fitView(): void {
    if (this.loaded) this.view.fit(this.loaded.nodes);
  }

  /** Unpins every node but the researcher (back at the centre) and lets the layout relax again. */
  relax(): void {
    const g = this.loaded;
    if (!g) return;
    for (const n of g.nodes) if (n !== g.centre) Layout.pin(n, null, null);
    if (g.centre) Layout.pin(g.centre, 0, 0);
    if (!this.options.reduced()) {
      this.layout.sim.alpha(Math.max(this.layout.alpha, 0.3));
      this.phase = 'animating';
    } else {
      this.layout.sim.alpha(0.3);
      this.phase = 'warming';
    }
  }

  /** A node is picked up: it follows the pointer, and the layout wakes up around it. */
  startDrag(n: GraphNode): void {
    Layout.pin(n, n.x!, n.y!);
    this.view.autoFit = false;
    if (!this.options.reduced()) {
      this.layout.sim.alphaTarget(0.3).alpha(Math.max(this.layout.alpha, 0.3));
      if (this.phase === 'idle') this.phase = 'animating';
      this.schedule();
    }
  }

  /** Moves a dragged node (placed at once when nothing animates). */
  dragTo(n: GraphNode, wx: number, wy: number): void {
    Layout.pin(n, wx, wy);
    if (this.options.reduced() || this.phase === 'idle') {
      n.x = wx;
      n.y = wy;
    }
  }

  /** A node is let go: the researcher stays where it is put; everyone else goes back to the forces. */
  endDrag(n: GraphNode | null): void {
    this.layout.sim.alphaTarget(0);
    if (n && n !== this.loaded?.centre) Layout.pin(n, null, null);
  }
}
