import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ContextProvider } from '@lit/context';
import { profileResultContext } from '../../core/context.js';
import { defineElement } from '../../core/define.js';
import { HEADING_LEVEL_ATTRIBUTE } from '../../core/numeric-attribute.js';
import { msg } from '../../core/i18n.js';
import { SourceOptionsElement } from '../../core/source-options-element.js';
import { hostStyles, tokens } from '../../core/styles.js';
import { CollabGraph } from '../collab-graph/collab-graph.js';
import { PublicationList } from '../publication-list/publication-list.js';
import { ResearcherCard } from '../researcher-card/researcher-card.js';
import { PersonDataWriter } from '../researcher-card/person-data.js';
import { researcherProfileStyles } from './researcher-profile.styles.js';
import { ProviderChildren } from '../../core/provider-children.js';
import { pagePanelStyles } from './panel.styles.js';


/**
 * Loads a profile once and shares the result with the elements inside it. Two uses, chosen by
 * whether it has element children:
 *
 * - **With children** it is a provider: a page states the source once —
 *   `<researcher-profile src="/me.json"><researcher-card></researcher-card><trust-badge></trust-badge></researcher-profile>` —
 *   and the element loads it (one request, one validation) and shares the result, by context,
 *   with every researcher element inside: they render it, load nothing themselves, and their
 *   Retry reloads here (every child follows). An element inside with a source of its own (`src`,
 *   `profile`, inline JSON) shows that one instead. It renders nothing of its own: the page lays
 *   the children out.
 * - **Without children** (`<researcher-profile src="/me.json"></researcher-profile>`) it lays out
 *   the whole profile, as a researcher profile page does: the card with the trust snapshot and the
 *   ways to connect, the research graph, and the publications. One column on phones; from 56rem
 *   of its own width (a container query) the card sits beside the graph and the publications.
 *   The parts show the shared result. When loading fails, the card shows the message and Retry,
 *   and the graph and publications step aside until it loads.
 *
 * In both uses the element announces its load: one `profile-load` / `profile-error` per load,
 * fired by the `<researcher-profile>` itself (the elements showing its result announce nothing).
 *
 * `ResearcherProfile.define()` (and `researcher-profile.define.js`) also registers the elements the
 * layout uses: `<researcher-card>`, `<trust-badge>`, `<collab-graph>` and `<publication-list>`.
 *
 * With `structured-data`, schema.org `Person` JSON-LD for the researcher is written into the
 * element's own light DOM once the profile loads (in either use).
 *
 * @tagname researcher-profile
 * @summary Loads a profile once and shares it with the researcher elements inside it; without children, lays out the whole profile.
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
 * @fires {ProfileLoadEvent} profile-load - The profile loaded and validated (once per load, from this element, in either use).
 * @fires {ProfileErrorEvent} profile-error - The profile could not be loaded or is invalid (once per load, from this element).
 */
export class ResearcherProfile extends SourceOptionsElement {
  static override styles = [hostStyles, tokens('researcher-profile'), pagePanelStyles, researcherProfileStyles];

  constructor() {
    super();
    // A provider: the result (or, with no source of its own, the one it was given) is shared
    // with the elements inside.
    this.profileSource.provideWith(new ContextProvider(this, { context: profileResultContext }));
  }

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

  /** Sources are cross-linked unless `link-sources="false"`: an ORCID iD alone gets OpenAlex's co-authors and citations. */
  protected override linkSourcesByDefault(): boolean {
    return true;
  }

  /** Whole-profile layout: the heading level of the researcher's name (1–6); the sections go one below. */
  @property({ attribute: 'heading-level', converter: HEADING_LEVEL_ATTRIBUTE }) headingLevel = 2;

  /** Writes schema.org `Person` JSON-LD for the researcher into the light DOM once the profile loads. */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  /** Whether it has element children, i.e. is used as a provider only. */
  private readonly _children = new ProviderChildren(this);

  /** Its schema.org `Person` JSON-LD (the code loads only with `structured-data`). */
  private readonly _personData = new PersonDataWriter(this, () => (this.structuredData ? this.loadedProfile : null), 'data-researcher-profile');

  /** Whether the element lays out the whole profile (it has no element children). */
  get layout(): 'full' | 'provider' {
    return this._children.present ? 'provider' : 'full';
  }

  /** Complete once the JSON-LD asked for is written too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this._personData.complete;
    return complete;
  }

  private get _level(): number {
    const n = Math.round(Number(this.headingLevel));
    return Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : 2;
  }

  private _renderLayout(): TemplateResult {
    const lang = this.locale;
    const level = this._level;
    const sub = Math.min(6, level + 1);
    // Until the profile loads (again), the card alone says why; the graph and the list step aside.
    const failed = this.profileResult.status === 'error';
    return html`<div class="container">
      <div class="layout" part="layout">
        <div class="aside" part="aside">
          <researcher-card part="card" heading-level=${level}></researcher-card>
        </div>
        <div class="main" part="main" ?hidden=${failed}>
          <section class="panel" part="graph-section" aria-labelledby="graph-heading">
            <h3 class="section-heading" part="section-heading" id="graph-heading" aria-level=${ifDefined(sub !== 3 ? String(sub) : undefined)}>
              ${msg(lang, 'graphTitle')}
            </h3>
            <collab-graph part="graph"></collab-graph>
          </section>
          <publication-list part="publications" heading-level=${sub} page-size="10"></publication-list>
        </div>
      </div>
    </div>`;
  }

  /** The layout's parts render the profile (see `render`). */
  protected renderProfile(): typeof nothing {
    return nothing;
  }

  protected override render(): TemplateResult {
    return this._children.present ? html`<slot></slot>` : this._renderLayout();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'researcher-profile': ResearcherProfile;
  }
}
