// About 460 lines: the class JSDoc (the public API the manifest documents) and the documented properties
// are most of this file; the behaviour lives in controls.ts, work-item.ts, cite-panel.ts (+ the
// lazy cite-panel-view.ts), paging.ts, view.ts, coins.ts and structured-data.ts.
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../../core/define.js';
import { addBuiltinMessages, type MessageParams } from '../../core/i18n.js';
import { SourceOptionsElement } from '../../core/source-options-element.js';
import { HEADING_LEVEL_ATTRIBUTE, numberAttribute } from '../../core/numeric-attribute.js';
import { renderWorksIssue } from './load-issue.js';
import { hostStyles, stateStyles, tokens } from '../../core/styles.js';
import type { Profile } from '../../data/schema.js';
import { selfMatcher } from './authors.js';
import { typeLabel } from '../../data/citations/keys.js';
import { CitePanelController } from './cite-panel.js';
import { CoinsController } from './coins.js';
import { ControlsController, controlSet, FIRST_FRAME_WORKS, renderControls } from './controls.js';
import { membersOf, type Members } from './members.js';
import {
  GROUP_MODES,
  SORT_MODES,
  canonicalType,
  LARGE_LIST,
  isPrepared,
  prepare,
  prepareSteps,
  type Entry,
  type GroupMode,
  type Prepared,
  type SortMode,
} from './model.js';
import { enList as en, type ListMessageKey } from './messages/en.js';
import { renderFooter, renderWorks, scrollToHash } from './paging.js';
import { ViewCache, type View } from './view.js';
import { nextTask, runSliced } from '../../data/slices.js';
import { publicationListStyles } from './publication-list.styles.js';
import { citePanelStyles } from './cite-panel.styles.js';

export { CONTROL_NAMES, type ControlName } from './controls.js';

// This element's built-in strings: English now, Simplified Chinese when a page asks for it.
addBuiltinMessages(en, { 'zh-Hans': () => import('./messages/zh-Hans.js').then((m) => m.zhList) });


// Members named `_…` are internal: shared with this folder's templates and controllers
// (controls.ts, work-item.ts, cite-panel.ts, paging.ts), left out of the manifest.

/**
 * A researcher's or a lab's publications: type, year, venue, linked title, authors (the
 * researcher emphasised, long lists cut short), citations, topics, the abstract behind a toggle
 * and a "Cite" panel with BibTeX and the citation in the reader's style (`cite-styles`: APA,
 * Chicago, IEEE, Harvard, Vancouver, MLA, by citeproc-js, loaded on first use), exported as
 * BibTeX, RIS or CSL-JSON. For reference managers (Zotero, Mendeley), a COinS span per shown work
 * is written into the light DOM. Search, filters, sorting and grouping; "Download BibTeX" and
 * "Export" for the filtered list. Pages long lists (`page-size`, "Show more"), so thousands of
 * works keep a small DOM.
 *
 * Controls (`controls`): `search` (title, venue, authors and abstract; debounced; the count is
 * announced), `type`, `year` (from/to), `member` (a group's list only), `sort` (newest, oldest, most cited, title), `group`
 * (none, year, type) and `download` (BibTeX of the filtered list). `controls="none"` hides them
 * all; a list such as `controls="search sort"` shows those; unset (`auto`) shows the useful ones
 * when there are more than 5 works. A list of more than 1,000 works is on screen before the
 * options of its type, year and member filters, which fill in right after (`updateComplete` waits
 * for them).
 *
 * Group headings have ids a page can link to: `#publication-list-2024`, `#publication-list-nd`
 * (no date), `#publication-list-article` — or `#<element id>-2024` when the element has an id.
 * The element scrolls to them on load and on `hashchange`.
 *
 * The researcher is emphasised in author lists when an author's `id` is the profile's id, their
 * ORCID is the profile's ORCID, or their name is the profile's name or one of `highlight-author`.
 * A group's list (inside `<research-group>`) marks every member's name instead, says under each
 * work which members wrote it, and offers a `member` filter (the control appears with two members or more).
 *
 * @tagname publication-list
 * @summary A searchable, citable list of publications that stays fast at thousands of works.
 *
 * @slot - Fallback content (e.g. a plain list or a link to the publications), shown before the
 *   profile loads and when loading fails.
 *
 * @csspart base - The wrapper around everything.
 * @csspart header - The heading and the count.
 * @csspart heading - The element's heading ("Publications").
 * @csspart count - "35 publications" / "12 of 35 shown" (a polite live region).
 * @csspart controls - The toolbar with search, filters, sort, grouping and download.
 * @csspart search - The search input.
 * @csspart select - Each select of the toolbar.
 * @csspart download-button - "Download BibTeX".
 * @csspart group - A group (year or type) of works.
 * @csspart group-heading - The heading of a group (has a linkable id).
 * @csspart list - A list of works.
 * @csspart work - One work.
 * @csspart work-meta - Type, year and venue of a work.
 * @csspart work-type - The type label.
 * @csspart work-title - The title (a link when the work has a DOI or URL).
 * @csspart work-authors - The author list.
 * @csspart self - The researcher's own name in an author list.
 * @csspart member - A group member's name in an author list (a `<mark>`, bold and underlined).
 * @csspart work-members - "Members: …" under a work of a group's list.
 * @csspart authors-toggle - "+246 more" / "Show fewer".
 * @csspart work-facts - Citations and topics.
 * @csspart topic - One topic.
 * @csspart abstract-toggle - The "Abstract" button.
 * @csspart abstract - The abstract panel.
 * @csspart cite-toggle - The "Cite" button.
 * @csspart cite - The citation panel.
 * @csspart copy-button - Each copy button.
 * @csspart cite-style - The citation style select of a Cite panel (the choice is shared by the lists of the page).
 * @csspart export - Export controls: a format select (BibTeX, RIS, CSL-JSON), Copy and Download.
 * @csspart export-format - The export format select.
 * @csspart export-button - Copy or Download of an export.
 * @csspart list-export - The toolbar row with the export of the filtered list.
 * @csspart export-toggle - "Export" (opens the export of the filtered list).
 * @csspart footer - "Showing 50 of 5,000" and "Show more".
 * @csspart more-button - "Show more".
 * @csspart no-match - The message when no work matches the filters.
 * @csspart empty - The message when the profile has no works.
 * @csspart works-issue - The notice when the works could not be loaded (all or in part), with a Retry.
 * @csspart works-issue-reason - Why the works could not be loaded.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error message.
 * @csspart retry-button - Retry after an error.
 *
 * @cssprop [--publication-list-gap=1.25rem] - Space between works.
 * @cssprop [--publication-list-title-font-size=1.0625em] - Size of work titles.
 * @cssprop [--publication-list-title-font-weight=600] - Weight of work titles.
 * @cssprop [--publication-list-self-font-weight=700] - Weight of the researcher's name in author lists.
 * @cssprop [--publication-list-topic-background=color-mix(in srgb, var(--re-color-accent) 12%, transparent)] - Background of topic chips.
 * @cssprop [--publication-list-code-font-family=ui-monospace, monospace] - Font of the BibTeX box.
 * @cssprop [--publication-list-scroll-margin=1rem] - Space kept above a heading scrolled to (e.g. under a sticky page header).
 * @cssprop [--publication-list-color-text=var(--re-color-text)] - Text colour (every `--re-*` token has a `--publication-list-*` twin).
 * @cssprop [--publication-list-color-accent=var(--re-color-accent)] - Links and primary buttons.
 *
 * @fires {WorkSelectEvent} work-select - A work's title was activated (a plain click or Enter). Cancelable: the default opens the work's DOI or URL. Detail: `{work}`.
 * @fires {ProfileLoadEvent} profile-load - The profile loaded and validated.
 * @fires {ProfileErrorEvent} profile-error - The profile could not be loaded.
 */
export class PublicationList extends SourceOptionsElement<ListMessageKey> {
  static override styles = [hostStyles, stateStyles, tokens('publication-list'), publicationListStyles, citePanelStyles];

  /** Registers the element; safe to call more than once. */
  static define(tag = 'publication-list', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  /** Which controls to show: `none`, `auto` (default), `all`, or names: `search type year sort group download`. */
  @property() controls: string | null = null;

  /** Shows at most this many works (after filtering and sorting), e.g. "selected publications". */
  @property({ converter: numberAttribute<number | null>('limit', { default: null, min: 0, max: 1_000_000, integer: true }) }) limit: number | null = null;

  /** Only works of these types (`article`, `preprint`, … separated by spaces or commas). */
  @property() type: string | null = null;

  /** In a group's list, only the works of this member (the member's id, as the select sets it). */
  @property() member: string | null = null;

  /** Only works from this year on. */
  @property({ attribute: 'year-from', converter: numberAttribute<number | null>('year-from', { default: null, min: -9999, max: 9999, integer: true }) }) yearFrom: number | null = null;

  /** Only works up to this year. */
  @property({ attribute: 'year-to', converter: numberAttribute<number | null>('year-to', { default: null, min: -9999, max: 9999, integer: true }) }) yearTo: number | null = null;

  /** `newest` (default), `oldest`, `cited` (most cited) or `title`. */
  @property() sort: SortMode = 'newest';

  /** `none` (default), `year` or `type`. */
  @property({ attribute: 'group-by' }) groupBy: GroupMode = 'none';

  /** More names to emphasise as the researcher, separated by `;` (e.g. "W. Chen; Chen, Wuhui"). */
  @property({ attribute: 'highlight-author' }) highlightAuthor: string | null = null;

  /** Works shown at first and added by each "Show more". */
  @property({ attribute: 'page-size', converter: numberAttribute('page-size', { default: 50, min: 1, max: 10_000, integer: true }) }) pageSize = 50;

  /** Authors shown before "+N more". */
  @property({ attribute: 'max-authors', converter: numberAttribute('max-authors', { default: 10, min: 1, max: 1000, integer: true }) }) maxAuthors = 10;

  /** Milliseconds the search waits after the last keystroke (0 searches at once). */
  @property({ converter: numberAttribute('debounce', { default: 150, min: 0, max: 10_000 }) }) debounce = 150;

  /** The search text (set by the search box; may be preset). */
  @property() query = '';

  /** Writes schema.org ScholarlyArticle JSON-LD for the listed works into the light DOM. */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  /** The element's heading (default "Publications" in the element's language); empty hides it (keep a heading on the page then). */
  @property() heading: string | null = null;

  /**
   * The citation styles the Cite panel offers, in order (names separated by spaces): `apa`,
   * `chicago` (author-date), `ieee`, `harvard`, `vancouver`, `mla`. Default: all six. The reader's
   * choice is remembered for the page and shared by every list on it.
   */
  @property({ attribute: 'cite-styles' }) citeStyles: string | null = null;

  /** The level of the element's heading (1–6); groups and titles go one or two below. */
  @property({ attribute: 'heading-level', converter: HEADING_LEVEL_ATTRIBUTE }) headingLevel = 2;

  _shown = 0;
  _abstracts = new Set<string>();
  _cites = new Set<string>();
  _allAuthors = new Set<string>();
  _focusNext: string | null = null;
  /** A group's members (null for a researcher's list). */
  _members: Members | null = null;
  readonly _views = new ViewCache();
  readonly _controls = new ControlsController(this);
  readonly _citePanel = new CitePanelController(this);
  private _coins = new CoinsController(this);
  /** The works the last render showed (what the COinS spans describe). */
  private _shownEntries: readonly Entry[] = [];
  private _hashHandled = false;
  /** The big profile being prepared in slices. */
  private _preparing: Profile | null = null;
  /** What the JSON-LD was last written for. */
  _structuredKey: unknown[] | null = null;
  /** The last JSON-LD sync: its code (./structured-data.ts) loads only for `structured-data`. */
  private _jsonLd: Promise<void> | undefined;
  private _prepared: Prepared | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this._onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this._onHashChange);
  }

  protected override isEmpty(profile: Profile): boolean {
    return profile.works.length === 0;
  }

  // -------------------------------------------------------------------------------------------
  // Derived values (shared with the templates)

  /** The works matching the filters, in display order (see view.ts). */
  get _view(): View | null {
    return this._views.view;
  }

  /** A UI string in the element's language. */
  _t = (key: ListMessageKey, params?: MessageParams): string => this.t(key, params);

  get _lang(): string {
    return this.locale;
  }

  private get _heading(): string {
    return this.heading ?? this.t('publications');
  }

  /** A work type's label in the element's language ("Article" → "期刊论文"); unknown types as `typeLabel` gives them. */
  _typeText(type: string | null | undefined): string {
    const label = typeLabel(type);
    const key = `type.${label.toLowerCase().replace(/ /g, '-')}` as ListMessageKey;
    return key in en ? this.t(key) : label;
  }

  get _sortMode(): SortMode {
    return SORT_MODES.includes(this.sort) ? this.sort : 'newest';
  }

  get _groupMode(): GroupMode {
    return GROUP_MODES.includes(this.groupBy) ? this.groupBy : 'none';
  }

  get _types(): string[] {
    return (this.type ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(canonicalType);
  }

  get _pageSize(): number {
    return Number.isFinite(this.pageSize) && this.pageSize >= 1 ? Math.floor(this.pageSize) : 50;
  }

  get _limit(): number {
    return Number.isFinite(this.limit) && this.limit !== null && this.limit >= 0 ? Math.floor(this.limit) : Infinity;
  }

  get _maxAuthors(): number {
    return Number.isFinite(this.maxAuthors) && this.maxAuthors >= 1 ? Math.floor(this.maxAuthors) : 10;
  }

  private static _year(y: number | null): number | null {
    return typeof y === 'number' && Number.isFinite(y) ? Math.trunc(y) : null;
  }

  get _yearFrom(): number | null {
    return PublicationList._year(this.yearFrom);
  }

  get _yearTo(): number | null {
    return PublicationList._year(this.yearTo);
  }

  get _prefix(): string {
    return this.id || 'publication-list';
  }

  /** True when search, type, year or member narrows the list. */
  get _filtering(): boolean {
    return !!this.query.trim() || this._types.length > 0 || this._yearFrom !== null || this._yearTo !== null || !!this.member;
  }

  /** The level of a heading `offset` below the element's own. */
  _level(offset: number): number {
    const base = Number.isFinite(this.headingLevel) ? Math.min(6, Math.max(1, Math.floor(this.headingLevel))) : 2;
    return Math.min(6, base + offset);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const resets = ['query', 'member', 'type', 'yearFrom', 'yearTo', 'sort', 'groupBy', 'limit', 'pageSize', 'profile', 'src'];
    if (resets.some((k) => changed.has(k))) this._shown = 0;
  }

  // -------------------------------------------------------------------------------------------
  // Rendering (templates in controls.ts, paging.ts, work-item.ts, cite-panel.ts)

  private _header(content: TemplateResult | typeof nothing): TemplateResult {
    return html`<div class="header" part="header">
      ${this._heading
        ? html`<div class="heading" part="heading" role="heading" aria-level=${this._level(0)} id="heading">${this._heading}</div>`
        : nothing}
      ${content}
    </div>`;
  }

  protected override renderEmpty(_profile: Profile): TemplateResult {
    return html`<section class="root" part="base" aria-labelledby=${this._heading ? 'heading' : nothing}>
      ${this._header(nothing)}
      ${this.loadIssues.length ? this._worksIssue() : html`<p class="empty" part="empty">${this.t('noPublications')}</p>`}
    </section>`;
  }

  /** The works could not be loaded (all or in part): why, and a Retry. */
  private _worksIssue(): TemplateResult | typeof nothing {
    return renderWorksIssue(this.loadIssues, (k, p) => this.t(k, p), () => this.retry());
  }

  protected override render(): unknown {
    this._shownEntries = [];
    return super.render();
  }

  protected override renderProfile(profile: Profile): TemplateResult {
    // A very big list is prepared in slices first, behind the loading state (issue 13 item 7).
    if (!isServer && profile.works.length > LARGE_LIST && !isPrepared(profile)) {
      if (this._preparing !== profile) {
        this._preparing = profile;
        // The first render in a task of its own, not after the last slice in the same one.
        void runSliced(prepareSteps(profile, this._sortMode))
          .then(nextTask)
          .then(() => {
            if (this._preparing === profile) this.requestUpdate();
          });
      }
      return this.renderLoading();
    }
    const p = prepare(profile);
    if (p !== this._prepared) {
      this._prepared = p;
      this._shown = 0;
    }
    const members = (this._members = membersOf(p));
    const view = this._views.compute(this, p);
    const total = p.entries.length;
    const count = view.ordered.length;
    const countText = this._views.searching
      ? this.t('searching')
      : count === total && !this._filtering
        ? this.t('publicationCount', { count: total })
        : this.t('nOfMShown', { count, total });
    const visible = Math.min(count, this._shown || this._pageSize);
    this._shownEntries = view.ordered.slice(0, visible);
    const controls = controlSet(this.controls, p);
    const titleLevel = this._level(this._groupMode !== 'none' ? 2 : 1);
    // A big list's first frame: a screenful of works; the rest of the page (and the footer) with
    // the filter options, once that frame is on screen (ControlsController.facetsShown).
    const first = this._controls.facetsShown(p) ? visible : Math.min(visible, FIRST_FRAME_WORKS);
    const list = count
      ? renderWorks(this, view, first, members ? members.is : selfMatcher(profile, this.highlightAuthor), titleLevel)
      : html`<div class="no-match" part="no-match">
          <p>${this.t(total ? 'noMatch' : 'noPublications')}</p>
          ${this._filtering ? html`<button class="btn" type="button" @click=${this._controls.clearFilters}>${this.t('clearFilters')}</button>` : nothing}
        </div>`;
    return html`<section class="root" part="base" aria-labelledby=${this._heading ? 'heading' : nothing}>
      ${this._header(html`<p class="count" part="count" role="status">${countText}</p>`)}
      ${this._worksIssue()} ${controls.size ? renderControls(this, p, controls) : nothing} ${list} ${first < visible ? nothing : renderFooter(this, visible, count)}
    </section>`;
  }

  /**
   * The BibTeX of every work the list currently shows or would show with "Show more" (the
   * citation code loads on first use, hence a promise).
   */
  bibtex(): Promise<string> {
    return this._citePanel.bibtex();
  }

  /** Also waits for the citation code a "Cite" panel asked for, so the panel is filled when it resolves. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // Loading the code may start formatting a citation, and a big list may be searching in
    // slices (view.ts): wait until nothing is pending.
    // …and a big list's filter options, which fill in after its first frame.
    const pending = () => this._citePanel.load ?? this._views.searching ?? this._controls.facetsDue;
    for (let load = pending(); load; load = pending()) {
      await load;
      done = await super.getUpdateComplete();
    }
    await this._jsonLd;
    return done;
  }

  private _onHashChange = (): void => {
    void scrollToHash(this);
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('query') && this._controls.searchTimer === undefined) {
      // A query set from outside (or cleared) shows in the box; typing in progress is left alone.
      const input = this.renderRoot.querySelector<HTMLInputElement>('#search');
      if (input && input.value !== this.query) input.value = this.query;
    }
    if (this._focusNext) {
      const target = this.renderRoot.querySelector<HTMLElement>(this._focusNext);
      this._focusNext = null;
      target?.focus();
    }
    const profile = this.loadedProfile;
    if (profile && this._views.view && !this._hashHandled) {
      this._hashHandled = true;
      // After this update, so that bringing the group into the page is an update of its own.
      if (location.hash) void this.updateComplete.then(() => scrollToHash(this));
    }
    // JSON-LD asked for, or one written before to update or remove.
    if (this.structuredData || this._structuredKey) {
      this._jsonLd = import('./structured-data.js').then(
        (m) => m.syncStructuredData(this, this.loadedProfile),
        (err: unknown) => console.warn('researcher-elements: <publication-list> could not load its structured data code:', err),
      );
    }
    // A big list's COinS wait, as its filter options do, until its first frame is on screen.
    if (!profile || !this._controls.facetsDue) this._coins.sync(profile ? this._shownEntries : []);
    if (profile && this._prepared) this._controls.warmSearch(this._prepared);
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'publication-list': PublicationList;
  }
}
