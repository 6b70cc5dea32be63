import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { ProfileElement } from '../../core/profile-element.js';
import { defineElement } from '../../core/define.js';
import { NodeSelectEvent, type GraphNodeDetail } from '../../core/events.js';
import { addBuiltinMessages, formatNumber } from '../../core/i18n.js';
import { enGraph } from '../../core/messages/en/graph.js';
import { zhGraph } from '../../core/messages/zh-Hans/graph.js';
import { openLink } from '../../core/open-link.js';
import { safeUrl } from '../../core/safe-url.js';
import type { Profile } from '../../data/schema.js';
import {
  DEFAULT_KINDS,
  DEFAULT_MAX_NODES,
  KINDS,
  buildGraphSteps,
  drain,
  graphFromDataSteps,
  parseKinds,
  type Graph,
  type GraphData,
  type GraphMode,
  type GraphNode,
  type NodeKind,
} from './graph-model.js';
import { Layout, sliced, yieldToMain } from './layout.js';
import { closeBidi } from '../../core/bidi.js';
import { Renderer, sizeNodes, type DrawState, type Palette, type View } from './renderer.js';
import { styles } from './collab-graph.styles.js';

// This element's built-in strings (English and Simplified Chinese).
addBuiltinMessages(enGraph, zhGraph);

/** Message keys of a kind: singular (`kind.work` → "work") and the legend's (`kinds.work` → "Works"). */
const KIND_NAME = (kind: NodeKind) => [`kind.${kind}`, `kinds.${kind}`] as const;

const SHAPES: Record<NodeKind, TemplateResult> = {
  researcher: svg`<circle cx="8" cy="8" r="7" />`,
  person: svg`<circle cx="8" cy="8" r="6" />`,
  work: svg`<rect x="2" y="2" width="12" height="12" />`,
  topic: svg`<path d="M8 0.5 15.5 8 8 15.5 0.5 8Z" />`,
  institution: svg`<path d="M8 1 15.5 14H0.5Z" />`,
};

const PALETTE_KEYS = ['researcher', 'person', 'work', 'topic', 'institution', 'link', 'highlight', 'text', 'surface', 'focus'] as const;
const MIN_K = 0.02;
/** Works plus people above which a profile's graph is built in slices, after a loading state. */
const LARGE_PROFILE = 600;
const MAX_K = 6;

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

/**
 * The researcher in context: co-authors, works, topics and institutions as a force-directed graph
 * on a canvas, with a legend that toggles kinds, zoom, pan and drag (mouse, pen and touch),
 * keyboard navigation between neighbours, a live region, and the same graph as a table.
 *
 * The layout is d3-force on a clock the element owns: it warms up in slices that yield to the
 * main thread, animates only while on screen and in a visible tab, and stops on disconnect. Under
 * `prefers-reduced-motion` it is computed ahead and drawn settled.
 *
 * @tagname collab-graph
 * @summary A researcher's collaboration graph (d3-force, canvas, keyboard and table access).
 * @slot - Fallback content shown before the element loads and when loading fails.
 * @csspart base - The wrapper of the loaded graph.
 * @csspart toolbar - The legend and the buttons.
 * @csspart legend - The kinds, as toggle buttons.
 * @csspart legend-button - One kind's toggle.
 * @csspart actions - Zoom, Fit, Reset and Table.
 * @csspart stage - The box around the canvas.
 * @csspart canvas - The canvas (focusable; arrow keys move between nodes).
 * @csspart table - The table view.
 * @csspart footer - The "N of M shown" note and the explorer link.
 * @csspart explorer-link - "Open full explorer".
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry-button - Retry, in the error state.
 * @cssprop [--collab-graph-height=26rem] - Height of the graph.
 * @cssprop [--collab-graph-color-researcher=var(--re-color-accent)] - The researcher at the centre.
 * @cssprop [--collab-graph-color-person=light-dark(#8250df, #a371f7)] - Co-authors (circles).
 * @cssprop [--collab-graph-color-work=light-dark(#bc4c00, #f0883e)] - Works (squares).
 * @cssprop [--collab-graph-color-topic=light-dark(#1a7f37, #3fb950)] - Topics (diamonds).
 * @cssprop [--collab-graph-color-institution=light-dark(#bf3989, #db61a2)] - Institutions (triangles).
 * @cssprop [--collab-graph-color-link=light-dark(rgb(89 99 110 / 0.35), rgb(158 167 179 / 0.3))] - Links.
 * @cssprop [--collab-graph-color-highlight=var(--re-color-accent)] - Links and ring of the node in focus.
 * @cssprop [--collab-graph-color-text=var(--re-color-text)] - Labels and text (every `--re-*` token has a `--collab-graph-*` twin).
 * @fires {NodeSelectEvent} node-select - A node was selected (click, Enter). Cancelable: the default action opens the node's URL.
 * @fires {ProfileLoadEvent} profile-load - The profile loaded.
 * @fires {ProfileErrorEvent} profile-error - The profile could not be loaded.
 */
export class CollabGraph extends ProfileElement {
  static override styles = styles;

  /** Registers the element; safe to call more than once. */
  static define(tag = 'collab-graph', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  /** `coauthors` (default): works folded into weighted co-author links. `full`: every kind. */
  @property({ reflect: true }) mode: GraphMode = 'coauthors';

  /** Kinds to show, space-separated: `researcher person work topic institution`. Default: the mode's. */
  @property() kinds: string | null = null;

  /** Most nodes to show; the most connected are kept. */
  @property({ type: Number, attribute: 'max-nodes' }) maxNodes = DEFAULT_MAX_NODES;

  /** A graph given directly, instead of a profile: `{nodes: [{id, kind, label, url}], links: [{source, target, weight}]}`. */
  @property({ attribute: false }) graph: GraphData | null = null;

  /** Forces reduced motion on (`true`) or off (`false`); `null` follows `prefers-reduced-motion`. */
  @property({ attribute: false }) reducedMotion: boolean | null = null;

  @state() private _hidden: ReadonlySet<NodeKind> = new Set();
  @state() private _table = false;
  @state() private _building = false;
  @state() private _live = '';

  /** The graph being shown, and the counts per kind before the legend hid any. */
  private _model: Graph | null = null;
  private _modelKey: unknown[] = [];
  private _legendCounts: Record<NodeKind, number> | null = null;
  private _requested: readonly NodeKind[] = DEFAULT_KINDS.coauthors;
  private _loaded: Graph | null = null;
  private _pending: Graph | null = null;
  /** The first graph given directly is being built in a later task (see willUpdate). */
  private _deferred = false;
  private _buildRun = 0;
  /** Settles when a deferred build has been taken (updateComplete waits for it). */
  private _built: Promise<void> | null = null;
  private _measureRun = 0;

  private _canvas: HTMLCanvasElement | null = null;
  private _renderer: Renderer | null = null;
  private _layout = new Layout();
  private _palette: Palette | null = null;
  private _w = 0;
  private _h = 0;
  private _dpr = 1;
  private _view: View = { k: 1, x: 0, y: 0 };
  private _autoFit = true;
  private _phase: 'idle' | 'warming' | 'animating' = 'idle';
  private _warmRun = 0;
  private _warmSeq = 0;
  private _raf = 0;
  /** The next frame draws without a tick (the first frame after a warm-up). */
  private _still = false;
  private _onScreen = true;
  private _hover: GraphNode | null = null;
  private _focus: GraphNode | null = null;
  private _selected: GraphNode | null = null;
  private _hasFocus = false;
  private _pointers = new Map<number, { x: number; y: number }>();
  private _gesture: Gesture | null = null;
  private _rect: DOMRect | null = null;
  private readonly _state: DrawState = { width: 0, height: 0, dpr: 1, view: this._view, hover: null, focus: null, selected: null, focused: false };

  private _resize = new ResizeObserver(() => this._measure());
  private _intersect = new IntersectionObserver((entries) => {
    this._onScreen = entries[entries.length - 1]!.isIntersecting;
    this._pump();
  });
  private _docObserver = new MutationObserver(() => this._readPalette());
  private _darkQuery = matchMedia('(prefers-color-scheme: dark)');
  private _motionQuery = matchMedia('(prefers-reduced-motion: reduce)');
  private _onScheme = () => this._readPalette();
  private _onVisibility = () => this._pump();

  /** Milliseconds the last frame spent ticking and drawing (for benchmarks). */
  lastFrameMs = 0;

  /** True while anything is scheduled: a warm-up slice or an animation frame. */
  get isRunning(): boolean {
    return this._raf !== 0 || this._warmRun > 0;
  }

  /** True while the layout still moves (it settles in a few seconds). */
  get isSettling(): boolean {
    return this._phase !== 'idle';
  }

  /** Where a node is drawn, in CSS pixels from the canvas's top-left corner. */
  screenPosition(n: Pick<GraphNode, 'x' | 'y'>): [number, number] {
    return [(n.x ?? 0) * this._view.k + this._view.x, (n.y ?? 0) * this._view.k + this._view.y];
  }

  /** The graph on show (nodes, links, counts), or null before it is built. */
  get model(): Graph | null {
    return this._model;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._darkQuery.addEventListener('change', this._onScheme);
    this._motionQuery.addEventListener('change', this._onVisibility);
    document.addEventListener('visibilitychange', this._onVisibility);
    this._docObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme'] });
    if (this._canvas) this._observe(this._canvas);
    this._pump();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._darkQuery.removeEventListener('change', this._onScheme);
    this._motionQuery.removeEventListener('change', this._onVisibility);
    document.removeEventListener('visibilitychange', this._onVisibility);
    this._docObserver.disconnect();
    this._resize.disconnect();
    this._intersect.disconnect();
    this._pump();
  }

  protected override hasOwnData(): boolean {
    return !!this.graph;
  }

  private get _reduced(): boolean {
    return this.reducedMotion ?? this._motionQuery.matches;
  }

  // ---- model ---------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const source = this.graph ?? this.loadedProfile;
    const mode: GraphMode = this.mode === 'full' ? 'full' : 'coauthors';
    const key = [source, mode, this.kinds, this.maxNodes, this._hidden];
    if (key.every((v, i) => v === this._modelKey[i])) return;
    this._modelKey = key;
    this._requested = parseKinds(this.kinds) ?? (this.graph ? KINDS : DEFAULT_KINDS[mode]);
    const kinds = this._requested.filter((k) => k === 'researcher' || !this._hidden.has(k));
    const steps = (k: readonly NodeKind[]) => {
      const opts = { mode, kinds: k, maxNodes: this.maxNodes };
      return this.graph ? graphFromDataSteps(this.graph, opts) : source ? buildGraphSteps(source as Profile, opts) : null;
    };
    const build = (k: readonly NodeKind[]) => {
      const it = steps(k);
      return it ? drain(it) : null;
    };
    const requested = this._requested;
    const hidden = this._hidden;
    const run = ++this._buildRun;
    const take = (model: Graph | null) => {
      this._model = model;
      this._legendCounts = hidden.size ? (build(requested)?.counts ?? null) : (model?.counts ?? null);
      if (this._hover && !model?.nodes.includes(this._hover)) this._hover = null;
      // A new graph is laid out before it is drawn (set here, not after rendering, to render once).
      if (model && model !== this._loaded && model !== this._pending) this._building = true;
    };
    // The first graph given directly, and any large profile, is built in slices of its own after a
    // first render of the loading state; the number and plural formats it needs are set up in a
    // task of their own (their first use costs tens of milliseconds), and it is rendered in another:
    // no single task does it all (the graph on show, if any, stays). `updateComplete` waits for it.
    const profile = this.graph ? null : (source as Profile | null);
    const large = !!this.graph || (profile?.works?.length ?? 0) + (profile?.people?.length ?? 0) > LARGE_PROFILE;
    if (large && !this._model) {
      this._deferred = true;
      const lang = this.locale;
      const live = () => run === this._buildRun;
      const p = (async () => {
        await yieldToMain();
        if (!live()) return;
        const built = await sliced(steps(kinds)!, live);
        if (!built) return;
        await yieldToMain();
        if (!live()) return;
        formatNumber(0, lang);
        this.t('nodeCount', { count: 2 });
        await yieldToMain();
        if (!live()) return;
        this._deferred = false;
        take(built.value);
        this.requestUpdate();
      })();
      this._built = p;
      void p.finally(() => {
        if (this._built === p) this._built = null;
      });
      return;
    }
    this._deferred = false;
    take(build(kinds));
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // A first graph built in later tasks (see willUpdate): complete once it is rendered.
    while (this._built) {
      await this._built;
      result = (await super.getUpdateComplete()) && result;
    }
    return result;
  }

  protected override isEmpty(): boolean {
    return !this._deferred && (!this._model || this._model.nodes.length <= 1);
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override renderLoading(): TemplateResult {
    return html`<div class="stage" part="loading" role="status" aria-busy="true">
      <p class="building"><strong>${this.t('graphBuilding')}</strong><span>${this.t('graphBuildingNote')}</span></p>
    </div>`;
  }

  protected override renderEmpty(profile: Profile): TemplateResult {
    return html`<p class="empty" part="empty">${this.t('noCollaborators')}</p>
      ${this._explorer(profile)}`;
  }

  protected override renderOwnData(): TemplateResult {
    if (this._deferred) return this.renderLoading();
    return this._model && this._model.nodes.length ? this._renderGraph(null) : html`<p class="empty" part="empty">${this.t('noCollaborators')}</p>`;
  }

  protected override renderProfile(profile: Profile): TemplateResult {
    if (this._deferred || !this._model) return this.renderLoading();
    return this._renderGraph(profile);
  }

  private _explorer(profile: Profile | null): TemplateResult | typeof nothing {
    const href = safeUrl(profile?.links?.explorer);
    return href ? html`<a part="explorer-link" class="explorer" href=${href}>${this.t('openExplorer')}</a>` : nothing;
  }

  private _renderGraph(profile: Profile | null): TemplateResult {
    const g = this._model!;
    const lang = this.locale;
    const name = profile?.name ?? g.centre?.label;
    const title = name ? this.t('graphTitleOf', { name: closeBidi(name) }) : this.t('graphTitle');
    const counts = this._legendCounts ?? g.counts;
    const summary = this.t('graphSummary', {
      nodes: this.t('nodeCount', { count: g.nodes.length }),
      links: this.t('linkCount', { count: g.links.length }),
    });
    const trimmed = g.total > g.nodes.length;
    return html`<div class="base" part="base">
      <div class="toolbar" part="toolbar">
        <div class="legend" part="legend" role="group" aria-label=${this.t('kindsShown')}>
          ${this._requested
            .filter((k) => counts[k] > 0 || this._hidden.has(k))
            .map((k) =>
              k === 'researcher'
                ? html`<span class="key">${this._swatch(k)}${this.t(KIND_NAME(k)[1])}</span>`
                : html`<button
                    type="button"
                    class="btn"
                    part="legend-button"
                    aria-pressed=${this._hidden.has(k) ? 'false' : 'true'}
                    @click=${() => this._toggleKind(k)}
                  >
                    ${this._swatch(k)}${this.t(KIND_NAME(k)[1])}
                    <span class="count-badge">${formatNumber(counts[k], lang)}</span>
                  </button>`,
            )}
        </div>
        <div class="actions" part="actions">
          <button type="button" class="btn" aria-label=${this.t('zoomIn')} title=${this.t('zoomIn')} ?hidden=${this._table} @click=${() => this._zoomBy(1.4)}>+</button>
          <button type="button" class="btn" aria-label=${this.t('zoomOut')} title=${this.t('zoomOut')} ?hidden=${this._table} @click=${() => this._zoomBy(1 / 1.4)}>−</button>
          <button type="button" class="btn" ?hidden=${this._table} @click=${() => this.fit()}>${this.t('fit')}</button>
          <button type="button" class="btn" ?hidden=${this._table} @click=${() => this.reset()}>${this.t('reset')}</button>
          <button type="button" class="btn" aria-pressed=${this._table ? 'true' : 'false'} @click=${this._toggleTable}>${this.t('table')}</button>
        </div>
      </div>
      <div class="stage" part="stage" ?hidden=${this._table}>
        <canvas
          part="canvas"
          tabindex="0"
          role="application"
          aria-roledescription="graph"
          aria-label="${title}: ${summary}"
          aria-describedby="keys"
          ${ref(this._setCanvas)}
          @pointerdown=${this._onPointerDown}
          @pointermove=${this._onPointerMove}
          @pointerup=${this._onPointerUp}
          @pointercancel=${this._onPointerUp}
          @pointerleave=${this._onPointerLeave}
          @wheel=${this._onWheel}
          @keydown=${this._onKey}
          @focus=${this._onFocus}
          @blur=${this._onBlur}
        ></canvas>
        <p class="building" ?hidden=${!this._building} role="status"><strong>${this.t('graphBuilding')}</strong></p>
        <p class="visually-hidden" id="keys">
          ${this.t('graphKeys')}
        </p>
      </div>
      ${this._table ? this._renderTable(g, title) : nothing}
      <div class="footer" part="footer">
        <p>${trimmed ? this.t('nOfMShown', { count: g.nodes.length, total: g.total }) : summary}</p>
        ${this._explorer(profile)}
      </div>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this._live}</div>
      <div class="probe" aria-hidden="true">${PALETTE_KEYS.map((k) => html`<span class=${k}></span>`)}</div>
    </div>`;
  }

  private _swatch(kind: NodeKind): TemplateResult {
    return html`<svg class="swatch ${kind}" viewBox="0 0 16 16" aria-hidden="true">${SHAPES[kind]}</svg>`;
  }

  private _renderTable(g: Graph, title: string): TemplateResult {
    const lang = this.locale;
    const rows = [...g.nodes].sort((a, b) => (b === g.centre ? 1 : 0) - (a === g.centre ? 1 : 0) || b.degree - a.degree || a.label.localeCompare(b.label));
    return html`<div class="table-wrap" part="table">
      <table>
        <caption>
          ${this.t('tableCaption', { title, nodes: this.t('nodeCount', { count: rows.length }) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('columnNode')}</th>
            <th scope="col">${this.t('columnKind')}</th>
            <th scope="col" class="num">${this.t('columnConnections')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (n) => html`<tr>
              <th scope="row">${n.url ? html`<a href=${n.url} target="_blank" rel="noopener"><bdi>${n.label}</bdi></a>` : html`<bdi>${n.label}</bdi>`}</th>
              <td>${this.t(KIND_NAME(n.kind)[0])}</td>
              <td class="num">${formatNumber(n.degree, lang)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('theme') || !this._palette) this._readPalette();
    if (this._model && this._model !== this._loaded && this._model !== this._pending && this._canvas) this._load(this._model);
    if (changed.has('reducedMotion')) this._pump();
  }

  // ---- canvas, layout and the frame loop -------------------------------------------------------

  private _setCanvas = (el?: Element): void => {
    if (el === this._canvas) return;
    if (this._canvas) {
      this._resize.unobserve(this._canvas);
      this._intersect.unobserve(this._canvas);
    }
    this._canvas = (el as HTMLCanvasElement | undefined) ?? null;
    this._renderer = null;
    if (!this._canvas) {
      this._pump();
      return;
    }
    const ctx = this._canvas.getContext('2d');
    if (ctx) this._renderer = new Renderer(ctx);
    this._observe(this._canvas);
    this._loaded = this._pending = null;
  };

  private _observe(canvas: HTMLCanvasElement): void {
    this._resize.observe(canvas);
    this._intersect.observe(canvas);
  }

  /** A new graph: it is laid out before it is drawn, starting in a task of its own. */
  private _load(g: Graph): void {
    this._pending = g;
    this._layout.cancel();
    this._phase = 'warming';
    this._warmRun = 0;
    this._building = true;
    // Measure in a task of its own (the first layout of the new DOM is not cheap) rather than wait
    // for the first ResizeObserver report (which never comes in a background tab).
    if (!this._w) {
      const run = ++this._measureRun;
      void yieldToMain().then(() => {
        if (run === this._measureRun && this._canvas) this._measure();
      });
    }
    this._pump();
  }

  /** Hands the pending graph to the renderer (the simulation has it already: see _warm). */
  private _apply(g: Graph): void {
    this._loaded = g;
    this._pending = null;
    if (this._renderer?.graph !== g) {
      sizeNodes(g);
      this._renderer?.setGraph(g);
    }
    const keep = (n: GraphNode | null) => (n ? (g.nodes.find((m) => m.key === n.key) ?? null) : null);
    this._focus = keep(this._focus);
    this._selected = keep(this._selected);
    this._hover = null;
  }

  private _measure(): void {
    const c = this._canvas;
    if (!c) return;
    const w = c.clientWidth;
    const h = c.clientHeight;
    const dpr = window.devicePixelRatio || 1;
    if (!w || !h) return; // hidden (the table is showing): keep the view as it was
    if (w === this._w && h === this._h && dpr === this._dpr) return;
    const first = !this._w || !this._h;
    if (!first) {
      // Keep the same world point in the middle.
      this._view.x += (w - this._w) / 2;
      this._view.y += (h - this._h) / 2;
    }
    this._w = w;
    this._h = h;
    this._dpr = dpr;
    c.width = Math.max(1, Math.round(w * dpr));
    c.height = Math.max(1, Math.round(h * dpr));
    if (first) this._fitView();
    this._pump();
    this._invalidate();
  }

  private get _canRun(): boolean {
    return this.isConnected && this._onScreen && document.visibilityState !== 'hidden' && !this._table && !!this._renderer && this._w > 0 && this._h > 0;
  }

  /** Starts or stops whatever should (or should no longer) run. */
  private _pump(): void {
    if (!this._canRun) {
      if (this._raf) cancelAnimationFrame(this._raf);
      this._raf = 0;
      if (this._warmRun) this._layout.cancel();
      this._warmRun = 0;
      return;
    }
    if (this._phase === 'warming') {
      if (!this._warmRun) void this._warm();
    } else if (this._phase === 'animating' && this._reduced) {
      // Motion was just turned off: finish the layout ahead of time instead.
      this._phase = 'warming';
      void this._warm();
    } else if (this._phase === 'animating') this._schedule();
    else this._draw(); // settled: one picture, no frame loop
  }

  private async _warm(): Promise<void> {
    const run = (this._warmRun = ++this._warmSeq);
    // Each step in a task of its own: building the simulation, then the slices of warm-up.
    await yieldToMain();
    if (run !== this._warmRun) return;
    if (this._pending) {
      // The drawing side first (sizes, batches, then label widths), then the simulation, a force at
      // a time: each a task of its own.
      const g = this._pending;
      const live = () => run === this._warmRun;
      sizeNodes(g);
      this._renderer?.setGraph(g);
      await yieldToMain();
      if (!live()) return;
      if (this._palette) this._renderer?.prime(this._palette.font);
      await yieldToMain();
      if (!live()) return;
      const first = !this._loaded;
      const previous = new Map((this._loaded?.nodes ?? []).map((n) => [n.key, n]));
      if (!(await sliced(this._layout.setGraphSteps(g, previous), live))) return;
      this._apply(g);
      await yieldToMain();
      if (!live()) return;
      if (first && this._renderer && this._palette) {
        // A first drawing, wiped in the same task (so never seen): the drawing code and the canvas
        // get going here rather than in the first frame anyone sees.
        this._draw();
        this._renderer.clear();
        await yieldToMain();
        if (!live()) return;
      }
    }
    const reduced = this._reduced;
    const done = await this._layout.warm(reduced ? 0 : 0.4, reduced ? Infinity : 400);
    if (run !== this._warmRun) return;
    if (!done) {
      this._warmRun = 0;
      return;
    }
    // The first picture in a task of its own, after the last slice of warm-up.
    await yieldToMain();
    if (run !== this._warmRun) return;
    this._warmRun = 0;
    this._phase = reduced ? 'idle' : 'animating';
    this._building = false;
    if (this._autoFit) this._fitView();
    // The settled (or warmed) layout is drawn in the next frame, as it is (no tick in that one: it
    // also shows the graph in place of the loading note); frames follow only if it still moves.
    this._still = true;
    this._schedule();
  }

  private _schedule(): void {
    if (!this._raf && this._canRun && this._phase !== 'warming') this._raf = requestAnimationFrame(this._frame);
  }

  private _invalidate(): void {
    this._schedule();
  }

  private _frame = (): void => {
    this._raf = 0;
    const t0 = performance.now();
    if (this._still) this._still = false;
    else if (this._phase === 'animating') {
      // One tick per frame: when frames come slowly (a busy machine), the layout takes longer to
      // settle rather than making each frame heavier still.
      if (this._layout.hot && !this._reduced) this._layout.tick();
      if (!this._layout.hot || this._reduced) this._phase = 'idle';
      if (this._autoFit) this._fitView();
    }
    this._draw();
    this.lastFrameMs = performance.now() - t0;
    if (this._phase === 'animating') this._schedule();
  };

  private _draw(): void {
    const r = this._renderer;
    if (!r || !this._palette) return;
    const s = this._state;
    s.width = this._w;
    s.height = this._h;
    s.dpr = this._dpr;
    s.view = this._view;
    s.hover = this._hover;
    s.focus = this._focus;
    s.selected = this._selected;
    s.focused = this._hasFocus;
    r.draw(this._palette, s);
  }

  private _readPalette(): void {
    const spans = this.renderRoot?.querySelectorAll<HTMLElement>('.probe > span');
    if (!spans?.length) return;
    const p = { font: `12px ${getComputedStyle(this).fontFamily || 'sans-serif'}` } as Palette;
    spans.forEach((s, i) => {
      p[PALETTE_KEYS[i]!] = getComputedStyle(s).color;
    });
    this._palette = p;
    this._invalidate();
  }

  // ---- view ------------------------------------------------------------------------------------

  /** Fits every node into view (and keeps fitting while the layout moves, until you zoom or pan). */
  fit(): void {
    this._autoFit = true;
    this._fitView();
    this._invalidate();
  }

  /** Back to the start: the whole graph in view, no pinned nodes, no selection; the layout relaxes again. */
  reset(): void {
    const g = this._loaded;
    if (g) {
      for (const n of g.nodes) if (n !== g.centre) Layout.pin(n, null, null);
      if (g.centre) Layout.pin(g.centre, 0, 0);
    }
    this._selected = this._focus = null;
    this._live = '';
    if (g && !this._reduced) {
      this._layout.sim.alpha(Math.max(this._layout.alpha, 0.3));
      this._phase = 'animating';
    } else if (g) {
      this._layout.sim.alpha(0.3);
      this._phase = 'warming';
    }
    this.fit();
    this._pump();
  }

  private _fitView(): void {
    const g = this._loaded;
    if (!g || !g.nodes.length || !this._w) return;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const n of g.nodes) {
      if (n.x! - n.r < x0) x0 = n.x! - n.r;
      if (n.x! + n.r > x1) x1 = n.x! + n.r;
      if (n.y! - n.r < y0) y0 = n.y! - n.r;
      if (n.y! + n.r > y1) y1 = n.y! + n.r;
    }
    const pad = 24;
    const k = Math.max(MIN_K, Math.min(2, (this._w - pad * 2) / Math.max(x1 - x0, 1), (this._h - pad * 2) / Math.max(y1 - y0, 1)));
    this._view.k = k;
    this._view.x = this._w / 2 - ((x0 + x1) / 2) * k;
    this._view.y = this._h / 2 - ((y0 + y1) / 2) * k;
  }

  private _zoomAt(factor: number, sx: number, sy: number): void {
    const v = this._view;
    const k = Math.max(MIN_K, Math.min(MAX_K, v.k * factor));
    v.x = sx - ((sx - v.x) * k) / v.k;
    v.y = sy - ((sy - v.y) * k) / v.k;
    v.k = k;
    this._autoFit = false;
    this._invalidate();
  }

  private _zoomBy(factor: number): void {
    this._zoomAt(factor, this._w / 2, this._h / 2);
  }

  private _toggleKind(kind: NodeKind): void {
    const next = new Set(this._hidden);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    this._hidden = next;
  }

  private _toggleTable = (): void => {
    this._table = !this._table;
    this._pump();
    if (!this._table) this.updateComplete.then(() => this._pump());
  };

  // ---- selection -------------------------------------------------------------------------------

  private _detail(n: GraphNode): GraphNodeDetail {
    return { id: n.id, kind: n.kind, label: n.label, url: n.url, weight: n.weight };
  }

  private _describe(n: GraphNode): string {
    return this.t('nodeDescription', {
      label: n.label,
      kind: this.t(KIND_NAME(n.kind)[0]),
      connections: this.t('connectionCount', { count: n.degree }),
    });
  }

  /** Selects a node: fires `node-select`; unless cancelled, a node with a URL opens it. */
  private _select(n: GraphNode): void {
    this._selected = this._focus = n;
    this._live = this.t('nodeSelected', { description: this._describe(n) });
    this._invalidate();
    const ok = this.dispatchEvent(new NodeSelectEvent({ node: this._detail(n) }));
    if (ok && n.url) openLink(n.url);
  }

  private _moveFocus(n: GraphNode): void {
    this._focus = n;
    this._live = this._describe(n);
    // Bring it into view.
    const v = this._view;
    const sx = n.x! * v.k + v.x;
    const sy = n.y! * v.k + v.y;
    if (sx < 20 || sy < 20 || sx > this._w - 20 || sy > this._h - 20) {
      v.x += this._w / 2 - sx;
      v.y += this._h / 2 - sy;
      this._autoFit = false;
    }
    this._invalidate();
  }

  /** The neighbour of `from` best in the direction (dx, dy): near the arrow's line, then near. */
  private _neighbourToward(from: GraphNode, dx: number, dy: number): GraphNode | null {
    const list = this._loaded?.neighbours[from.index] ?? [];
    let best: GraphNode | null = null;
    let bestScore = Infinity;
    for (const n of list) {
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

  private _onKey = (e: KeyboardEvent): void => {
    const g = this._loaded;
    if (!g || !g.nodes.length) return;
    const dirs: Record<string, [number, number]> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };
    const dir = dirs[e.key];
    if (dir) {
      e.preventDefault();
      const from = this._focus;
      if (!from) return this._moveFocus(g.centre ?? g.nodes[0]!);
      const next = this._neighbourToward(from, dir[0], dir[1]);
      if (next) this._moveFocus(next);
      else this._live = this.t(`noConnection${e.key.slice(5) as 'Up' | 'Down' | 'Left' | 'Right'}`, { label: from.label });
    } else if (e.key === 'Home') {
      e.preventDefault();
      this._moveFocus(g.centre ?? g.nodes[0]!);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this._select(this._focus ?? g.centre ?? g.nodes[0]!);
    } else if (e.key === 'Escape') {
      if (!this._focus && !this._selected) return;
      e.preventDefault();
      this._focus = this._selected = null;
      this._live = this.t('selectionCleared');
      this._invalidate();
    } else if (e.key === '+' || e.key === '=') {
      this._zoomBy(1.4);
    } else if (e.key === '-' || e.key === '_') {
      this._zoomBy(1 / 1.4);
    } else if (e.key === '0') {
      this.fit();
    }
  };

  private _onFocus = (): void => {
    this._hasFocus = true;
    this._invalidate();
  };

  private _onBlur = (): void => {
    this._hasFocus = false;
    this._invalidate();
  };

  // ---- pointer: pan, zoom, drag, pinch ---------------------------------------------------------

  private _local(e: PointerEvent | WheelEvent): [number, number] {
    const r = this._rect ?? this._canvas!.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }

  private _onPointerDown = (e: PointerEvent): void => {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    const c = this._canvas!;
    this._rect = c.getBoundingClientRect();
    try {
      c.setPointerCapture(e.pointerId);
    } catch {
      // Not an active pointer (synthetic events): the gesture still works inside the canvas.
    }
    const [x, y] = this._local(e);
    this._pointers.set(e.pointerId, { x, y });
    const view = { ...this._view };
    if (this._pointers.size === 2) {
      this._endDrag();
      const [a, b] = [...this._pointers.values()];
      this._gesture = { kind: 'pinch', node: null, moved: true, x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2, view, dist: Math.hypot(a!.x - b!.x, a!.y - b!.y) || 1 };
      return;
    }
    if (this._pointers.size > 2) return;
    const node = this._renderer?.hit(x, y, this._view, e.pointerType === 'touch' ? 12 : 4) ?? null;
    this._gesture = { kind: node ? 'drag' : 'pan', node, moved: false, x, y, view, dist: 0 };
  };

  private _onPointerMove = (e: PointerEvent): void => {
    const [x, y] = this._local(e);
    const p = this._pointers.get(e.pointerId);
    const gst = this._gesture;
    if (!p || !gst) {
      if (e.pointerType !== 'mouse') return;
      this._rect = null;
      const hit = this._renderer?.hit(x, y, this._view) ?? null;
      if (hit !== this._hover) {
        this._hover = hit;
        this._canvas!.classList.toggle('over-node', !!hit);
        this._invalidate();
      }
      return;
    }
    p.x = x;
    p.y = y;
    if (gst.kind === 'pinch') {
      const [a, b] = [...this._pointers.values()];
      if (!a || !b) return;
      const cx = (a.x + b.x) / 2;
      const cy = (a.y + b.y) / 2;
      const k = Math.max(MIN_K, Math.min(MAX_K, (gst.view.k * Math.hypot(a.x - b.x, a.y - b.y)) / gst.dist));
      // The world point under the first midpoint follows the fingers.
      const wx = (gst.x - gst.view.x) / gst.view.k;
      const wy = (gst.y - gst.view.y) / gst.view.k;
      this._view.k = k;
      this._view.x = cx - wx * k;
      this._view.y = cy - wy * k;
      this._autoFit = false;
      this._invalidate();
      return;
    }
    if (!gst.moved && Math.hypot(x - gst.x, y - gst.y) < 4) return;
    if (!gst.moved) {
      gst.moved = true;
      this._canvas!.classList.add('dragging');
      if (gst.kind === 'drag') this._startDrag(gst.node!);
    }
    if (gst.kind === 'pan') {
      this._view.x = gst.view.x + x - gst.x;
      this._view.y = gst.view.y + y - gst.y;
      this._autoFit = false;
    } else if (gst.node) {
      const wx = (x - this._view.x) / this._view.k;
      const wy = (y - this._view.y) / this._view.k;
      Layout.pin(gst.node, wx, wy);
      if (this._reduced || this._phase === 'idle') {
        gst.node.x = wx;
        gst.node.y = wy;
      }
    }
    this._invalidate();
  };

  private _onPointerUp = (e: PointerEvent): void => {
    const gst = this._gesture;
    this._pointers.delete(e.pointerId);
    this._canvas?.classList.remove('dragging');
    if (!gst) return;
    if (gst.kind === 'pinch') {
      if (this._pointers.size === 0) this._gesture = null;
      return;
    }
    this._gesture = null;
    this._rect = null;
    if (gst.kind === 'drag' && gst.moved) this._endDrag(gst.node);
    else if (!gst.moved && e.type === 'pointerup') {
      if (gst.node) this._select(gst.node);
      else if (this._selected) {
        this._selected = null;
        this._invalidate();
      }
    }
  };

  private _onPointerLeave = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse' && this._hover && !this._gesture) {
      this._hover = null;
      this._canvas?.classList.remove('over-node');
      this._invalidate();
    }
  };

  private _startDrag(n: GraphNode): void {
    Layout.pin(n, n.x!, n.y!);
    this._autoFit = false;
    if (!this._reduced) {
      this._layout.sim.alphaTarget(0.3).alpha(Math.max(this._layout.alpha, 0.3));
      if (this._phase === 'idle') this._phase = 'animating';
      this._schedule();
    }
  }

  private _endDrag(n: GraphNode | null = this._gesture?.node ?? null): void {
    this._layout.sim.alphaTarget(0);
    // The researcher stays where it is put; everyone else goes back to the forces.
    if (n && n !== this._loaded?.centre) Layout.pin(n, null, null);
  }

  private _onWheel = (e: WheelEvent): void => {
    // Zoom only when asked (ctrl/⌘ or a pinch on a touchpad) or when the graph has focus: the page keeps scrolling.
    if (!e.ctrlKey && !e.metaKey && !this._hasFocus) return;
    e.preventDefault();
    const [x, y] = this._local(e);
    this._rect = null;
    this._zoomAt(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002)), x, y);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'collab-graph': CollabGraph;
  }
}
