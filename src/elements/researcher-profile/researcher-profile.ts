import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { provide } from '@lit/context';
import { profileSourceContext, sourceOptions, type ProfileSource } from '../../core/context.js';
import { defineElement } from '../../core/define.js';
import { HEADING_LEVEL_ATTRIBUTE, MAX_WORKS_ATTRIBUTE, TIMEOUT_ATTRIBUTE } from '../../core/numeric-attribute.js';
import { ProfileErrorEvent, ProfileLoadEvent } from '../../core/events.js';
import { langOf, msg, onLangChange } from '../../core/i18n.js';
import { hostStyles, tokens } from '../../core/styles.js';
import { VERSION } from '../../core/version.js';
import type { Profile, ProfileInput } from '../../data/schema.js';
import { CollabGraph } from '../collab-graph/collab-graph.js';
import { PublicationList } from '../publication-list/publication-list.js';
import { ResearcherCard } from '../researcher-card/researcher-card.js';
import { writePersonData } from '../researcher-card/structured-data.js';
import { researcherProfileStyles } from './researcher-profile.styles.js';

/** Children that do not count as content: inline profile JSON, JSON-LD, templates. */
const IGNORED_CHILDREN = new Set(['script', 'template']);

/**
 * Two uses, chosen by whether it has element children:
 *
 * - **With children** it is a provider: it shares one profile with every researcher element
 *   inside it, so a page states the source once —
 *   `<researcher-profile src="/me.json"><researcher-card></researcher-card><trust-badge></trust-badge></researcher-profile>`.
 *   The elements inside load through the shared cache, so the profile is fetched and validated
 *   once. It renders nothing of its own: the page lays the children out.
 * - **Without children** (`<researcher-profile src="/me.json"></researcher-profile>`) it lays out
 *   the whole profile, as a researcher profile page does: the card with the trust snapshot and the
 *   ways to connect, the research graph, and the publications. One column on phones; from 56rem
 *   of its own width (a container query) the card sits beside the graph and the publications.
 *   The parts share the provider's profile (one request), and the layout announces one
 *   `profile-load` / `profile-error` (the card's) rather than one per part. When loading fails,
 *   the card shows the message and Retry, and the graph and publications step aside until it
 *   loads.
 *
 * `ResearcherProfile.define()` (and `researcher-profile.define.js`) also registers the elements the
 * layout uses: `<researcher-card>`, `<trust-badge>`, `<collab-graph>` and `<publication-list>`.
 *
 * With `structured-data`, schema.org `Person` JSON-LD for the researcher is written into the
 * element's own light DOM once the profile loads (in either use).
 *
 * @tagname researcher-profile
 * @summary Shares a profile with the researcher elements inside it; without children, lays out the whole profile.
 * @slot - The elements that show the profile (provider use). Without element children, the whole profile is laid out instead.
 * @csspart layout - The whole-profile grid (no children).
 * @csspart aside - The column with the card.
 * @csspart main - The column with the research graph and the publications.
 * @csspart card - The `<researcher-card>`.
 * @csspart graph-section - The research graph section.
 * @csspart section-heading - The heading of the graph section ("Collaboration graph", in the element's language).
 * @csspart graph - The `<collab-graph>`.
 * @csspart publications - The `<publication-list>`.
 * @cssprop [--researcher-profile-gap=var(--re-space, 1rem)] - Space between the parts of the layout.
 * @cssprop [--researcher-profile-aside-width=24rem] - Largest width of the card column in the two-column layout.
 * @cssprop [--researcher-profile-background=var(--re-color-surface-alt)] - Ground behind the parts, painted only when `theme` is set (the page's own background shows otherwise).
 * @cssprop [--researcher-profile-color-text=var(--re-color-text)] - Text colour of the section headings (every `--re-*` token has a `--researcher-profile-*` twin).
 * @fires {ProfileLoadEvent} profile-load - Whole-profile layout: the profile loaded (once, from the card). Provider use: each child announces its own.
 * @fires {ProfileErrorEvent} profile-error - Whole-profile layout: the profile could not be loaded (once, from the card).
 */
export class ResearcherProfile extends LitElement {
  static readonly version: string = VERSION;

  static override styles = [hostStyles, tokens('researcher-profile'), researcherProfileStyles];

  /**
   * Registers the element and the ones its whole-profile layout shows (`<researcher-card>`,
   * `<trust-badge>`, `<collab-graph>`, `<publication-list>`) under their default tags; safe to
   * call more than once.
   */
  static define(tag = 'researcher-profile', registry: CustomElementRegistry = customElements): void {
    // The provider first: elements already in the page find it when they upgrade.
    defineElement(tag, this, registry);
    ResearcherCard.define('researcher-card', registry);
    CollabGraph.define('collab-graph', registry);
    PublicationList.define('publication-list', registry);
  }

  /** The profile as an object, shared with the elements inside. */
  @property({ attribute: false }) profile: ProfileInput | Profile | null = null;

  /** URL of the profile (our JSON, OpenAlex, ORCID or BibTeX), shared with the elements inside. */
  @property({ reflect: true }) src: string | null = null;

  /** `profile`, `openalex`, `orcid` or `bibtex`; detected when absent. */
  @property({ reflect: true }) format: string | null = null;

  /** Milliseconds before one request attempt gives up. */
  @property({ converter: TIMEOUT_ATTRIBUTE }) timeout = 10_000;

  /** OpenAlex: the most works to load (default 500). */
  @property({ attribute: 'max-works', converter: MAX_WORKS_ATTRIBUTE }) maxWorks: number | null = null;

  /** OpenAlex: a contact email sent with each request (it no longer changes OpenAlex's limits). */
  @property() mailto: string | null = null;

  /** OpenAlex: an API key (`api_key=`), shared with the elements inside. A key in a public page is public. */
  @property({ attribute: 'api-key' }) apiKey: string | null = null;

  /** `light`, `dark` or `auto`; unset follows the page's `color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | null = null;

  /** Whole-profile layout: the heading level of the researcher's name (1–6); the sections go one below. */
  @property({ attribute: 'heading-level', converter: HEADING_LEVEL_ATTRIBUTE }) headingLevel = 2;

  /** Writes schema.org `Person` JSON-LD for the researcher into the light DOM once the profile loads. */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  /** True while the element has element children, i.e. is used as a provider only. */
  @state() private _hasChildren = false;

  /** Whole-profile layout: the card could not load the profile. */
  @state() private _failed = false;

  @provide({ context: profileSourceContext })
  @state()
  protected _source: ProfileSource | undefined = undefined;

  private _inline: unknown = undefined;
  private _observer: MutationObserver | null = null;
  /** The language of the last render, and the subscription that re-renders when it changes. */
  private _lang = 'en';
  private _stopLang: (() => void) | undefined;
  private _loaded: Profile | null = null;

  /** Whether the element lays out the whole profile (it has no element children). */
  get layout(): 'full' | 'provider' {
    return this._hasChildren ? 'provider' : 'full';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._readInline();
    this._readChildren();
    this._observer ??= new MutationObserver(() => this._readChildren());
    this._observer.observe(this, { childList: true });
    this.addEventListener(ProfileLoadEvent.type, this._onLoad);
    this.addEventListener(ProfileErrorEvent.type, this._onError);
    this._stopLang ??= onLangChange((force) => {
      if (force || langOf(this) !== this._lang) this.requestUpdate();
    }, this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopLang?.();
    this._stopLang = undefined;
    this._observer?.disconnect();
    this.removeEventListener(ProfileLoadEvent.type, this._onLoad);
    this.removeEventListener(ProfileErrorEvent.type, this._onError);
  }

  private _readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script?.textContent) return;
    try {
      this._inline = JSON.parse(script.textContent);
    } catch {
      // An object that is not a profile: the consumers show the validation error.
      this._inline = { invalidInlineJson: true };
    }
  }

  private _readChildren(): void {
    this._hasChildren = [...this.children].some((c) => !IGNORED_CHILDREN.has(c.localName));
  }

  private readonly _onLoad = (event: Event): void => {
    this._loaded = (event as ProfileLoadEvent).detail.profile;
    if (this.structuredData) writePersonData(this, this._loaded, 'data-researcher-profile');
  };

  private readonly _onError = (): void => {
    this._loaded = null;
    writePersonData(this, null, 'data-researcher-profile');
  };

  /**
   * Whole-profile layout: only the card's load and error events leave the element (the graph and
   * the list load the same profile and would say the same thing again). The card's outcome also
   * decides whether the graph and the list are shown.
   */
  private readonly _onInnerEvent = (event: Event): void => {
    // Events of slotted children pass through the shadow root too: leave those alone.
    if (this._hasChildren) return;
    const card = this.renderRoot.querySelector('researcher-card');
    if (event.target !== card) {
      event.stopPropagation();
      return;
    }
    const failed = event.type === ProfileErrorEvent.type;
    if (this._failed && !failed) {
      // The card's Retry worked: the others load again (from the cache the card just filled).
      for (const el of this.renderRoot.querySelectorAll<CollabGraph | PublicationList>('collab-graph, publication-list')) el.retry();
    }
    this._failed = failed;
  };

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.renderRoot.addEventListener(ProfileLoadEvent.type, this._onInnerEvent);
    this.renderRoot.addEventListener(ProfileErrorEvent.type, this._onInnerEvent);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('structuredData')) writePersonData(this, this.structuredData ? this._loaded : null, 'data-researcher-profile');
    if (changed.has('_hasChildren')) this._failed = false;
    if (this.hasUpdated && !['profile', 'src', 'format', 'timeout', 'maxWorks', 'mailto', 'apiKey'].some((k) => changed.has(k))) return;
    const profile = this.profile ?? this._inline;
    this._source = profile
      ? { profile }
      : this.src
        ? { src: this.src, format: this.format ?? undefined, timeout: this.timeout, options: sourceOptions(this) }
        : undefined;
  }

  private get _level(): number {
    const n = Math.round(Number(this.headingLevel));
    return Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : 2;
  }

  private _renderLayout(): TemplateResult {
    this._lang = langOf(this);
    const level = this._level;
    const sub = Math.min(6, level + 1);
    return html`<div class="container">
      <div class="layout" part="layout">
        <div class="aside" part="aside">
          <researcher-card part="card" heading-level=${level}></researcher-card>
        </div>
        <div class="main" part="main" ?hidden=${this._failed}>
          <section class="panel" part="graph-section" aria-labelledby="graph-heading">
            <h3 class="section-heading" part="section-heading" id="graph-heading" aria-level=${ifDefined(sub !== 3 ? String(sub) : undefined)}>
              ${msg(this._lang, 'graphTitle')}
            </h3>
            <collab-graph part="graph"></collab-graph>
          </section>
          <publication-list part="publications" heading-level=${sub} page-size="10"></publication-list>
        </div>
      </div>
    </div>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    return this._hasChildren ? html`<slot></slot>` : this._renderLayout();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'researcher-profile': ResearcherProfile;
  }
}
