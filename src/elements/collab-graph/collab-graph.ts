// About 410 lines: the class JSDoc and the documented properties (the public API the manifest reads)
// and the templates; the behaviour lives in model-controller.ts, frame-clock.ts, view.ts, gestures.ts,
// keyboard.ts and palette.ts.
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { SourceOptionsElement } from '../../core/source-options-element.js';
import { numberAttribute } from '../../core/numeric-attribute.js';
import { defineElement } from '../../core/define.js';
import { NodeSelectEvent, type GraphNodeDetail } from '../../core/events.js';
import { addBuiltinMessages, formatNumber } from '../../core/i18n.js';
import { enGraph, type GraphMessageKey } from './messages/en.js';
import { openLink } from '../../core/open-link.js';
import { safeUrl } from '../../core/safe-url.js';
import type { Profile } from '../../data/schema.js';
import { DEFAULT_MAX_NODES, type Graph, type GraphData, type GraphMode, type GraphNode, type NodeKind } from './graph-model.js';
import { FrameClock } from './frame-clock.js';
import { PointerGestures } from './gestures.js';
import { KeyboardNavigation } from './keyboard.js';
import { GraphModelController } from './model-controller.js';
import { PALETTE_KEYS, PaletteReader } from './palette.js';
import { ViewTransform } from './view.js';
import { closeBidi } from '../../core/bidi.js';
import { styles } from './collab-graph.styles.js';
import { KIND_NAME, renderTable } from './table.js';

// This element's built-in strings: English now, Simplified Chinese when a page asks for it.
addBuiltinMessages(enGraph, { 'zh-Hans': () => import('./messages/zh-Hans.js').then((m) => m.zhGraph) });


const CIRCLE = svg`<circle cx="8" cy="8" r="7" />`;
const SHAPES: Record<NodeKind, TemplateResult> = {
  researcher: CIRCLE,
  member: CIRCLE,
  person: svg`<circle cx="8" cy="8" r="6" />`,
  work: svg`<rect x="2" y="2" width="12" height="12" />`,
  topic: svg`<path d="M8 0.5 15.5 8 8 15.5 0.5 8Z" />`,
  institution: svg`<path d="M8 1 15.5 14H0.5Z" />`,
};

/**
 * The researcher in context (or a group's members: see `mode`): co-authors, works, topics and institutions as a force-directed graph
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
 * @csspart stage-note - Says that the legend hides every kind (the legend brings them back).
 * @csspart table - The table view.
 * @csspart footer - The "N of M shown" note and the explorer link.
 * @csspart explorer-link - "Open full explorer".
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry-button - Retry, in the error state.
 * @cssprop [--collab-graph-height=26rem] - Height of the graph. A CSS `height` on the element sizes it too: the graph then takes the room the toolbar and footer leave.
 * @cssprop [--collab-graph-color-researcher=var(--re-color-accent)] - The researcher at the centre.
 * @cssprop [--collab-graph-color-member=light-dark(#1b7c83, #39c5cf)] - A group's members (the centres of a group's graph).
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
export class CollabGraph extends SourceOptionsElement<GraphMessageKey> {
  static override styles = styles;

  /** Registers the element; safe to call more than once. */
  static define(tag = 'collab-graph', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  /**
   * `coauthors` (default): works folded into weighted co-author links. `full`: every kind. A
   * researcher with no co-authors is shown with works, topics and institutions (unless `kinds` is set).
   *
   * For a group (inside `<research-group>`, or its page), the members are the centres (kind
   * `member`), linked by their joint works: `members` shows the members alone, `coauthors` (the
   * default, as for one researcher) adds the outside co-authors with the most joint works within
   * `max-nodes`, and `full` adds works, topics and institutions. For one researcher `members` is
   * the same as `coauthors`.
   */
  @property({ reflect: true }) mode: GraphMode = 'coauthors';

  /** Kinds to show, space-separated: `researcher member person work topic institution`. Default: the mode's. */
  @property() kinds: string | null = null;

  /** Most nodes to show; the most connected are kept. */
  @property({ attribute: 'max-nodes', converter: numberAttribute('max-nodes', { default: DEFAULT_MAX_NODES, min: 1, max: 10_000, integer: true }) }) maxNodes = DEFAULT_MAX_NODES;

  /** A graph given directly, instead of a profile: `{nodes: [{id, kind, label, url}], links: [{source, target, weight}]}`. */
  @property({ attribute: false }) graph: GraphData | null = null;

  /** Forces reduced motion on (`true`) or off (`false`); `null` follows `prefers-reduced-motion`. */
  @property({ attribute: false }) reducedMotion: boolean | null = null;

  @state() private _hidden: ReadonlySet<NodeKind> = new Set();
  @state() private _table = false;
  @state() private _live = '';

  private readonly _view = new ViewTransform();
  private readonly _palette: PaletteReader = new PaletteReader(this, () => this._clock.invalidate());
  private readonly _clock: FrameClock = new FrameClock(this, {
    view: this._view,
    palette: () => this._palette.value,
    reduced: () => this._reduced,
    paused: () => this._table,
  });
  private readonly _graph: GraphModelController = new GraphModelController(this, {
    input: () => ({
      data: this.graph,
      profile: this.graph ? null : this.loadedProfile,
      mode: this.mode,
      kinds: this.kinds,
      maxNodes: this.maxNodes,
      hidden: this._hidden,
    }),
    prepareFormats: () => {
      formatNumber(0, this.locale);
      this.t('nodeCount', { count: 2 });
    },
    taken: (model) => {
      const hover = this._clock.state.hover;
      if (hover && !model?.nodes.includes(hover)) this._clock.state.hover = null;
      // A new graph is laid out before it is drawn (known here, before rendering, to render once).
      this._clock.expect(model);
    },
  });
  private readonly _gestures = new PointerGestures(this, { clock: this._clock, view: this._view, select: (n) => this._select(n) });
  private readonly _keys = new KeyboardNavigation(this, {
    clock: this._clock,
    view: this._view,
    select: (n) => this._select(n),
    fit: () => this.fit(),
    describe: (n) => this._describe(n),
    announce: (text) => {
      this._live = text;
    },
    noConnection: (side, label) => this.t(`noConnection${side}`, { label }),
    cleared: () => this.t('selectionCleared'),
  });

  /** Milliseconds the last frame spent ticking and drawing (for benchmarks). */
  get lastFrameMs(): number {
    return this._clock.lastFrameMs;
  }

  /** True while anything is scheduled: a warm-up slice or an animation frame. */
  get isRunning(): boolean {
    return this._clock.isRunning;
  }

  /** True while the layout still moves (it settles in a few seconds). */
  get isSettling(): boolean {
    return this._clock.isSettling;
  }

  /** Where a node is drawn, in CSS pixels from the canvas's top-left corner. */
  screenPosition(n: Pick<GraphNode, 'x' | 'y'>): [number, number] {
    return this._view.toScreen(n);
  }

  /** The graph on show (nodes, links, counts), or null before it is built. */
  get model(): Graph | null {
    return this._graph.model;
  }

  protected override hasOwnData(): boolean {
    return !!this.graph;
  }

  private get _reduced(): boolean {
    return this.reducedMotion ?? this._clock.prefersReducedMotion;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // A first graph built in later tasks (see GraphModelController): complete once it is rendered.
    while (this._graph.built) {
      await this._graph.built;
      result = (await super.getUpdateComplete()) && result;
    }
    return result;
  }

  protected override isEmpty(): boolean {
    return !this._graph.deferred && (!this._graph.model || this._graph.everything <= 1);
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
    if (this._graph.deferred) return this.renderLoading();
    return this._graph.model && this._graph.everything ? this._renderGraph(null) : html`<p class="empty" part="empty">${this.t('noCollaborators')}</p>`;
  }

  protected override renderProfile(profile: Profile): TemplateResult {
    if (this._graph.deferred || !this._graph.model) return this.renderLoading();
    return this._renderGraph(profile);
  }

  private _explorer(profile: Profile | null): TemplateResult | typeof nothing {
    const href = safeUrl(profile?.links?.explorer);
    return href ? html`<a part="explorer-link" class="explorer" href=${href}>${this.t('openExplorer')}</a>` : nothing;
  }

  private _renderGraph(profile: Profile | null): TemplateResult {
    const g = this._graph.model!;
    const lang = this.locale;
    const name = profile?.name ?? g.centre?.label;
    const title = name ? this.t('graphTitleOf', { name: closeBidi(name) }) : this.t('graphTitle');
    const counts = this._graph.legendCounts ?? g.counts;
    const summary = this.t('graphSummary', {
      nodes: this.t('nodeCount', { count: g.nodes.length }),
      links: this.t('linkCount', { count: g.links.length }),
    });
    const trimmed = g.total > g.nodes.length;
    // The legend hid every kind: the legend stays, to bring them back.
    const allHidden = this._hidden.size > 0 && g.nodes.every((n) => n === g.centre);
    return html`<div class="base" part="base">
      <div class="toolbar" part="toolbar">
        <div class="legend" part="legend" role="group" aria-label=${this.t('kindsShown')}>
          ${this._graph.kinds
            .filter((k) => counts[k] > 0 || this._hidden.has(k))
            .map((k) =>
              k === 'researcher'
                ? html`<span class="key">${this._swatch(k)}${this.t(KIND_NAME(k)[1])}</span>`
                : k === 'member'
                ? html`<span class="key">${this._swatch(k)}${this.t(KIND_NAME(k)[1])} <span class="count-badge">${formatNumber(counts[k], lang)}</span></span>`
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
          ${ref(this._clock.setCanvas)}
          @pointerdown=${this._gestures.onPointerDown}
          @pointermove=${this._gestures.onPointerMove}
          @pointerup=${this._gestures.onPointerUp}
          @pointercancel=${this._gestures.onPointerUp}
          @pointerleave=${this._gestures.onPointerLeave}
          @wheel=${this._gestures.onWheel}
          @keydown=${this._keys.onKeyDown}
          @focus=${this._keys.onFocus}
          @blur=${this._keys.onBlur}
        ></canvas>
        <p class="building" ?hidden=${!this._clock.building} role="status"><strong>${this.t('graphBuilding')}</strong></p>
        ${allHidden ? html`<p class="stage-note" part="stage-note" role="status">${this.t('allKindsHidden')}</p>` : nothing}
        <p class="visually-hidden" id="keys">
          ${this.t('graphKeys')}
        </p>
      </div>
      ${this._table ? renderTable(this.locale, g, title, (k, p) => this.t(k, p), this._graph.membersTable) : nothing}
      <div class="footer" part="footer">
        <p>${trimmed ? this.t('nOfMShown', { count: g.nodes.length, total: g.total }) : summary}</p>
        ${this._graph.fallback ? html`<p>${this.t('noCoauthorsNote')}</p>` : nothing}
        ${this._explorer(profile)}
      </div>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this._live}</div>
      <div class="probe" aria-hidden="true">${PALETTE_KEYS.map((k) => html`<span class=${k}></span>`)}</div>
    </div>`;
  }

  private _swatch(kind: NodeKind): TemplateResult {
    return html`<svg class="swatch ${kind}" viewBox="0 0 16 16" aria-hidden="true">${SHAPES[kind]}</svg>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('theme') || !this._palette.value) this._palette.read();
    this._clock.show(this._graph.model);
    if (changed.has('reducedMotion')) this._clock.pump();
  }

  // ---- view ------------------------------------------------------------------------------------

  /** Fits every node into view (and keeps fitting while the layout moves, until you zoom or pan). */
  fit(): void {
    this._view.autoFit = true;
    this._clock.fitView();
    this._clock.invalidate();
  }

  /** Back to the start: the whole graph in view, no pinned nodes, no selection; the layout relaxes again. */
  reset(): void {
    this._clock.relax();
    this._clock.state.selected = this._clock.state.focus = null;
    this._live = '';
    this.fit();
    this._clock.pump();
  }

  private _zoomBy(factor: number): void {
    this._view.zoomBy(factor);
    this._clock.invalidate();
  }

  private _toggleKind(kind: NodeKind): void {
    const next = new Set(this._hidden);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    this._hidden = next;
  }

  private _toggleTable = (): void => {
    this._table = !this._table;
    this._clock.pump();
    if (!this._table) this.updateComplete.then(() => this._clock.pump());
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
    this._clock.state.selected = this._clock.state.focus = n;
    this._live = this.t('nodeSelected', { description: this._describe(n) });
    this._clock.invalidate();
    const ok = this.dispatchEvent(new NodeSelectEvent({ node: this._detail(n) }));
    if (ok && n.url) openLink(n.url);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'collab-graph': CollabGraph;
  }
}
