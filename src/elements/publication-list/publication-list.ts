import { html, isServer, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../../core/define.js';
import { WorkSelectEvent } from '../../core/events.js';
import { addBuiltinMessages, formatNumber } from '../../core/i18n.js';
import { SourceOptionsElement } from '../../core/source-options-element.js';
import { HEADING_LEVEL_ATTRIBUTE, numberAttribute } from '../../core/numeric-attribute.js';
import { renderWorksIssue } from './load-issue.js';
import { hostStyles, stateStyles, tokens } from '../../core/styles.js';
import type { Profile } from '../../data/schema.js';
import { displayAuthors, selfMatcher } from './authors.js';
import { typeLabel } from './cite.js';
import { copyText } from './clipboard.js';
import {
  GROUP_MODES,
  SORT_MODES,
  canonicalType,
  filterEntries,
  refines,
  groupEntries,
  LARGE_LIST,
  isPrepared,
  prepare,
  prepareSteps,
  sortedEntries,
  type Entry,
  type Group,
  type GroupMode,
  type Prepared,
  type SortMode,
} from './model.js';
import { enList as en, type ListMessageKey } from './messages/en.js';
import { runSliced } from '../../data/slices.js';
import { publicationListStyles } from './publication-list.styles.js';
import { structuredData, writeStructuredData } from './structured-data.js';

// This element's built-in strings: English now, Simplified Chinese when a page asks for it.
addBuiltinMessages(en, { 'zh-Hans': () => import('./messages/zh-Hans.js').then((m) => m.zhList) });

/** The names `controls` accepts, in display order. */
export const CONTROL_NAMES = ['search', 'type', 'year', 'sort', 'group', 'download'] as const;
export type ControlName = (typeof CONTROL_NAMES)[number];

type CitationExport = typeof import('./citation-export.js');
let citationExport: CitationExport | undefined;
let citationExportLoad: Promise<CitationExport> | undefined;

/** BibTeX and APA writing, loaded the first time a reader opens "Cite" or downloads BibTeX. */
function loadCitationExport(): Promise<CitationExport> {
  return (citationExportLoad ??= import('./citation-export.js').then(
    (m) => (citationExport = m),
    (err: unknown) => {
      citationExportLoad = undefined; // a failed load (network) can be tried again
      throw err;
    },
  ));
}

const SORT_LABELS: Record<SortMode, ListMessageKey> = { newest: 'sortNewest', oldest: 'sortOldest', cited: 'sortCited', title: 'sortTitle' };
const GROUP_LABELS: Record<GroupMode, ListMessageKey> = { none: 'groupNone', year: 'groupYear', type: 'groupType' };

interface View {
  /** Matching works in display order (grouped order when grouped), `limit` applied. */
  ordered: Entry[];
  groups: Group[];
  /** Matches before `limit`. */
  matched: number;
}

type CopyState = { id: string; what: 'bibtex' | 'plain'; ok: boolean } | null;

const searchIcon = svg`<circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M11 11l4 4" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`;

/**
 * A researcher's or a lab's publications: type, year, venue, linked title, authors (the
 * researcher emphasised, long lists cut short), citations, topics, the abstract behind a toggle
 * and a "Cite" panel with BibTeX and an APA-style reference. Search, filters, sorting and
 * grouping; "Download BibTeX" for the filtered list. Pages long lists (`page-size`, "Show more"),
 * so thousands of works keep a small DOM.
 *
 * Controls (`controls`): `search` (title, venue, authors and abstract; debounced; the count is
 * announced), `type`, `year` (from/to), `sort` (newest, oldest, most cited, title), `group`
 * (none, year, type) and `download` (BibTeX of the filtered list). `controls="none"` hides them
 * all; a list such as `controls="search sort"` shows those; unset (`auto`) shows the useful ones
 * when there are more than 5 works.
 *
 * Group headings have ids a page can link to: `#publication-list-2024`, `#publication-list-nd`
 * (no date), `#publication-list-article` — or `#<element id>-2024` when the element has an id.
 * The element scrolls to them on load and on `hashchange`.
 *
 * The researcher is emphasised in author lists when an author's `id` is the profile's id, their
 * ORCID is the profile's ORCID, or their name is the profile's name or one of `highlight-author`.
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
 * @csspart authors-toggle - "+246 more" / "Show fewer".
 * @csspart work-facts - Citations and topics.
 * @csspart topic - One topic.
 * @csspart abstract-toggle - The "Abstract" button.
 * @csspart abstract - The abstract panel.
 * @csspart cite-toggle - The "Cite" button.
 * @csspart cite - The citation panel.
 * @csspart copy-button - Each copy button.
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
  static override styles = [hostStyles, stateStyles, tokens('publication-list'), publicationListStyles];

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

  private get _heading(): string {
    return this.heading ?? this.t('publications');
  }

  /** A work type's label in the element's language ("Article" → "期刊论文"); unknown types as `typeLabel` gives them. */
  private _typeText(type: string | null | undefined): string {
    const label = typeLabel(type);
    const key = `type.${label.toLowerCase().replace(/ /g, '-')}` as ListMessageKey;
    return key in en ? this.t(key) : label;
  }

  /** The level of the element's heading (1–6); groups and titles go one or two below. */
  @property({ attribute: 'heading-level', converter: HEADING_LEVEL_ATTRIBUTE }) headingLevel = 2;

  private _shown = 0;
  private _abstracts = new Set<string>();
  private _cites = new Set<string>();
  private _allAuthors = new Set<string>();
  private _copy: CopyState = null;
  private _copyTimer?: ReturnType<typeof setTimeout>;
  private _searchTimer?: ReturnType<typeof setTimeout>;
  private _focusNext: string | null = null;
  private _hashHandled = false;
  private _viewKey: unknown[] = [];
  private _view: View | null = null;
  /** The big profile being prepared in slices. */
  private _preparing: Profile | null = null;
  /** Every match of the current view, before `limit` (what the next keystroke narrows). */
  private _matches: Entry[] | null = null;
  private _structuredKey: unknown[] | null = null;
  private _prepared: Prepared | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this._onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this._onHashChange);
    clearTimeout(this._searchTimer);
    clearTimeout(this._copyTimer);
  }

  protected override isEmpty(profile: Profile): boolean {
    return profile.works.length === 0;
  }

  // -------------------------------------------------------------------------------------------
  // Derived values

  private get _sortMode(): SortMode {
    return SORT_MODES.includes(this.sort) ? this.sort : 'newest';
  }

  private get _groupMode(): GroupMode {
    return GROUP_MODES.includes(this.groupBy) ? this.groupBy : 'none';
  }

  private get _types(): string[] {
    return (this.type ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(canonicalType);
  }

  private get _pageSize(): number {
    return Number.isFinite(this.pageSize) && this.pageSize >= 1 ? Math.floor(this.pageSize) : 50;
  }

  private get _limit(): number {
    return Number.isFinite(this.limit) && this.limit !== null && this.limit >= 0 ? Math.floor(this.limit) : Infinity;
  }

  private get _maxAuthors(): number {
    return Number.isFinite(this.maxAuthors) && this.maxAuthors >= 1 ? Math.floor(this.maxAuthors) : 10;
  }

  private static _year(y: number | null): number | null {
    return typeof y === 'number' && Number.isFinite(y) ? Math.trunc(y) : null;
  }

  private get _prefix(): string {
    return this.id || 'publication-list';
  }

  /** True when search, type or year narrows the list. */
  private get _filtering(): boolean {
    return !!this.query.trim() || this._types.length > 0 || PublicationList._year(this.yearFrom) !== null || PublicationList._year(this.yearTo) !== null;
  }

  private _computeView(p: Prepared): View {
    const key = [p, this.query, this.type, this.yearFrom, this.yearTo, this._sortMode, this._groupMode, this._limit];
    if (this._view && key.every((k, i) => k === this._viewKey[i])) return this._view;
    const sort = this._sortMode;
    const group = this._groupMode;
    // Typing more only narrows the last matches: filter those, not every work again.
    const prev = this._viewKey;
    const narrowing = this._matches && prev[0] === p && key.slice(2, 6).every((k, i) => k === prev[i + 2]) && refines(String(prev[1] ?? ''), this.query);
    const matches = filterEntries(narrowing ? this._matches! : sortedEntries(p, sort), {
      query: this.query,
      types: this._types,
      yearFrom: PublicationList._year(this.yearFrom),
      yearTo: PublicationList._year(this.yearTo),
    });
    // `limit` keeps the first works in sort order; grouping then arranges those.
    const limited = matches.length > this._limit ? matches.slice(0, this._limit) : matches;
    const groups = groupEntries(limited, group, sort);
    const ordered = group === 'none' ? limited : groups.flatMap((g) => g.entries);
    this._viewKey = key;
    this._matches = matches;
    this._view = { ordered, groups, matched: matches.length };
    return this._view;
  }

  private _controlSet(p: Prepared): Set<ControlName> {
    const raw = (this.controls ?? 'auto').trim().toLowerCase();
    if (raw === 'none' || raw === '') return new Set();
    if (raw === 'all') return new Set(CONTROL_NAMES);
    if (raw === 'auto') {
      if (p.entries.length <= 5) return new Set();
      const set = new Set<ControlName>(['search', 'sort', 'group', 'download']);
      if (p.types.length > 1) set.add('type');
      if (p.years.length > 1) set.add('year');
      return set;
    }
    return new Set(raw.split(/[\s,]+/).filter((n): n is ControlName => (CONTROL_NAMES as readonly string[]).includes(n)));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const resets = ['query', 'type', 'yearFrom', 'yearTo', 'sort', 'groupBy', 'limit', 'pageSize', 'profile', 'src'];
    if (resets.some((k) => changed.has(k))) this._shown = 0;
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  private _level(offset: number): number {
    const base = Number.isFinite(this.headingLevel) ? Math.min(6, Math.max(1, Math.floor(this.headingLevel))) : 2;
    return Math.min(6, base + offset);
  }

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

  protected override renderProfile(profile: Profile): TemplateResult {
    // A very big list is prepared in slices first, behind the loading state (issue 13 item 7).
    if (!isServer && profile.works.length > LARGE_LIST && !isPrepared(profile)) {
      if (this._preparing !== profile) {
        this._preparing = profile;
        void runSliced(prepareSteps(profile, this._sortMode)).then(() => {
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
    const view = this._computeView(p);
    const lang = this.locale;
    const total = p.entries.length;
    const count = view.ordered.length;
    const countText =
      count === total && !this._filtering
        ? this.t('publicationCount', { count: total })
        : this.t('nOfMShown', { count, total });
    const visible = Math.min(count, this._shown || this._pageSize);
    const controls = this._controlSet(p);
    const isSelf = selfMatcher(profile, this.highlightAuthor);
    const grouped = this._groupMode !== 'none';
    const titleLevel = this._level(grouped ? 2 : 1);

    let list: TemplateResult | TemplateResult[];
    if (!count) {
      list = html`<div class="no-match" part="no-match">
        <p>${this.t(total ? 'noMatch' : 'noPublications')}</p>
        ${this._filtering ? html`<button class="btn" type="button" @click=${this._clearFilters}>${this.t('clearFilters')}</button>` : nothing}
      </div>`;
    } else if (!grouped) {
      list = html`<ul class="works" part="list" role="list">
        ${view.ordered.slice(0, visible).map((e, i) => this._renderWork(e, i, isSelf, titleLevel))}
      </ul>`;
    } else {
      list = [];
      let pos = 0;
      for (const g of view.groups) {
        if (pos >= visible) break;
        const take = g.entries.slice(0, visible - pos);
        const start = pos;
        pos += take.length;
        const id = `${this._prefix}-${groupSlug(g)}`;
        list.push(html`<section class="group" part="group" aria-labelledby=${id}>
          <div class="group-heading" part="group-heading" role="heading" aria-level=${this._level(1)} id=${id} tabindex="-1">
            ${this._groupMode === 'type' ? this._typeText(g.key) : g.key === 'nd' ? this.t('noDate') : g.label} <span class="group-count">(${formatNumber(g.entries.length, lang)})</span>
          </div>
          <ul class="works" part="list" role="list">
            ${take.map((e, i) => this._renderWork(e, start + i, isSelf, titleLevel))}
          </ul>
        </section>`);
      }
    }

    return html`<section class="root" part="base" aria-labelledby=${this._heading ? 'heading' : nothing}>
      ${this._header(html`<p class="count" part="count" role="status">${countText}</p>`)}
      ${this._worksIssue()} ${controls.size ? this._renderControls(p, controls) : nothing} ${list}
      ${visible < count
        ? html`<div class="footer" part="footer">
            <p>${this.t('showingNOfM', { count: visible, total: count })}</p>
            <button class="btn" part="more-button" type="button" @click=${this._showMore}>
              ${this.t('showNMore', { count: Math.min(this._pageSize, count - visible) })}
            </button>
          </div>`
        : nothing}
    </section>`;
  }

  private _renderControls(p: Prepared, controls: Set<ControlName>): TemplateResult {
    const lang = this.locale;
    const types = this._types;
    const typeValue = types.join(' ');
    const knownType = types.length <= 1 && (!types.length || p.types.some((t) => t.value === types[0]));
    const from = PublicationList._year(this.yearFrom);
    const to = PublicationList._year(this.yearTo);
    const yearsAsc = [...p.years].reverse();
    const select = (id: string, label: string, onChange: (e: Event) => void, options: TemplateResult[]) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} part="select" @change=${onChange}>
          ${options}
        </select>
      </div>`;
    return html`<div class="controls" part="controls">
      ${controls.has('search')
        ? html`<div class="field search" role="search">
            <label for="search">${this.t('search')}</label>
            <div class="search-box">
              <svg class="search-icon" viewBox="0 0 16 16" aria-hidden="true">${searchIcon}</svg>
              <input
                id="search"
                part="search"
                type="search"
                autocomplete="off"
                spellcheck="false"
                placeholder=${this.t('searchPlaceholder')}
                .defaultValue=${this.query}
                @input=${this._onSearchInput}
                @keydown=${this._onSearchKey}
              />
            </div>
          </div>`
        : nothing}
      ${controls.has('type')
        ? select('type', this.t('type'), this._onType, [
            html`<option value="" ?selected=${!types.length}>${this.t('allTypes')}</option>`,
            ...p.types.map(
              (t) => html`<option value=${t.value} ?selected=${knownType && types[0] === t.value}>${this._typeText(t.value)} (${formatNumber(t.count, lang)})</option>`,
            ),
            ...(knownType ? [] : [html`<option value=${typeValue} selected>${types.map((t) => this._typeText(t)).join(', ')}</option>`]),
          ])
        : nothing}
      ${controls.has('year')
        ? html`${select('year-from', this.t('yearFrom'), this._onYearFrom, [
            html`<option value="" ?selected=${from === null}>${this.t('anyYear')}</option>`,
            ...withValue(yearsAsc, from).map((y) => html`<option value=${y} ?selected=${from === y}>${y}</option>`),
          ])}
          ${select('year-to', this.t('yearTo'), this._onYearTo, [
            html`<option value="" ?selected=${to === null}>${this.t('anyYear')}</option>`,
            ...withValue(p.years, to, true).map((y) => html`<option value=${y} ?selected=${to === y}>${y}</option>`),
          ])}`
        : nothing}
      ${controls.has('sort')
        ? select(
            'sort',
            this.t('sort'),
            this._onSort,
            SORT_MODES.map((m) => html`<option value=${m} ?selected=${this._sortMode === m}>${this.t(SORT_LABELS[m])}</option>`),
          )
        : nothing}
      ${controls.has('group')
        ? select(
            'group',
            this.t('group'),
            this._onGroup,
            GROUP_MODES.map((m) => html`<option value=${m} ?selected=${this._groupMode === m}>${this.t(GROUP_LABELS[m])}</option>`),
          )
        : nothing}
      ${controls.has('download') || this._filtering
        ? html`<div class="control-buttons">
            ${this._filtering && this._view?.ordered.length
              ? html`<button class="btn" type="button" @click=${this._clearFilters}>${this.t('clearFilters')}</button>`
              : nothing}
            ${controls.has('download')
              ? html`<button class="btn" part="download-button" type="button" ?disabled=${!this._view?.ordered.length} @click=${this._download}>
                  ${this.t('downloadBibtex')}
                </button>`
              : nothing}
          </div>`
        : nothing}
    </div>`;
  }

  private _renderWork(e: Entry, pos: number, isSelf: ReturnType<typeof selfMatcher>, level: number): TemplateResult {
    const w = e.work;
    const id = w.id;
    const titleId = `t${e.index}`;
    const absOpen = this._abstracts.has(id);
    const citeOpen = this._cites.has(id);
    const title = e.title ? e.title : html`<span class="untitled">${this.t('untitled')}</span>`;
    const authors = w.authors.length ? displayAuthors(w.authors, isSelf, this._maxAuthors, this._allAuthors.has(id)) : null;
    const expanded = this._allAuthors.has(id);
    return html`<li class="work" part="work" tabindex="-1" data-pos=${pos}>
      <p class="meta" part="work-meta">
        ${e.type ? html`<span class="type" part="work-type">${this._typeText(e.type)}</span>` : nothing}
        ${e.year !== null ? html`<span>${e.year}</span>` : html`<span class="nd" title=${this.t('noDate')}>${this.t('noDateShort')}</span>`}
        ${e.venue ? html`<span class="venue"><span class="sep" aria-hidden="true">·</span> <bdi>${e.venue}</bdi></span>` : nothing}
      </p>
      <div class="title" part="work-title" role="heading" aria-level=${level} id=${titleId}>
        ${e.href ? html`<a href=${e.href} @click=${(ev: MouseEvent) => this._onTitleClick(ev, e)}>${title}</a>` : title}
      </div>
      ${authors
        ? html`<p class="authors" part="work-authors">
            ${authors.runs.map((r) => (r.self ? html`<strong class="self" part="self">${r.text}</strong>` : r.text))}${w.authorsTruncated &&
            !authors.hidden
              ? this.t('etAl')
              : nothing}
            ${authors.hidden
              ? html` … <button class="linkish" part="authors-toggle" type="button" @click=${() => this._toggleAuthors(id, pos)}>
                    ${this.t('moreAuthors', { count: authors.hidden })}<span class="visually-hidden">${this.t('authorsHint')}</span>
                  </button>`
              : expanded
                ? html` <button class="linkish" part="authors-toggle" type="button" data-authors-toggle @click=${() => this._toggleAuthors(id, pos)}>
                    ${this.t('showFewer')}<span class="visually-hidden">${this.t('authorsHint')}</span>
                  </button>`
                : nothing}
          </p>`
        : nothing}
      ${e.citations !== null || e.topics.length
        ? html`<div class="facts" part="work-facts">
            ${e.citations !== null ? html`<span>${this.t('citationCount', { count: e.citations })}</span>` : nothing}
            ${e.topics.length
              ? html`<ul class="topics" aria-label=${this.t('topics')}>
                  ${e.topics.map((t) => html`<li class="topic" part="topic">${t}</li>`)}
                </ul>`
              : nothing}
          </div>`
        : nothing}
      <div class="actions">
        ${e.abstract
          ? html`<button
              class="btn small"
              part="abstract-toggle"
              type="button"
              aria-expanded=${absOpen ? 'true' : 'false'}
              aria-controls=${`a${e.index}`}
              aria-describedby=${titleId}
              @click=${() => this._toggle(this._abstracts, id)}
            >
              <span class="chevron" aria-hidden="true"></span>${this.t('abstract')}
            </button>`
          : nothing}
        <button
          class="btn small"
          part="cite-toggle"
          type="button"
          aria-expanded=${citeOpen ? 'true' : 'false'}
          aria-controls=${`c${e.index}`}
          aria-describedby=${titleId}
          @click=${() => this._toggle(this._cites, id)}
        >
          <span class="chevron" aria-hidden="true"></span>${this.t('cite')}
        </button>
      </div>
      ${e.abstract
        ? html`<div class="panel abstract" part="abstract" id=${`a${e.index}`} ?hidden=${!absOpen}>${absOpen ? html`<p>${e.abstract}</p>` : nothing}</div>`
        : nothing}
      <div class="panel cite" part="cite" id=${`c${e.index}`} ?hidden=${!citeOpen}>${citeOpen ? this._renderCite(e) : nothing}</div>
    </li>`;
  }

  /** Resolves when the citation code this element asked for has loaded (see `getUpdateComplete`). */
  private _citationLoad?: Promise<unknown>;

  private _renderCite(e: Entry): TemplateResult | typeof nothing {
    const cite = citationExport;
    if (!cite) {
      // First "Cite" on the page: the panel fills in once the citation code has loaded.
      this._citationLoad ??= loadCitationExport().then(
        () => this.requestUpdate(),
        (err: unknown) => console.error('researcher-elements: the citation code could not be loaded.', err),
      );
      return nothing;
    }
    const bibtex = cite.toBibtex(e.work, { key: e.bibKey, title: e.title, url: e.url });
    const plain = cite.toPlainCitation(e.work, { title: e.title, url: e.href });
    const copy = this._copy?.id === e.work.id ? this._copy : null;
    const status = copy ? this.t(copy.ok ? (copy.what === 'bibtex' ? 'bibtexCopied' : 'citationCopied') : 'copyFailed') : '';
    const rows = Math.min(12, bibtex.split('\n').length);
    return html`<div class="cite-block">
        <label class="cite-label" for=${`b${e.index}`}>BibTeX</label>
        <textarea class="bibtex" id=${`b${e.index}`} readonly rows=${rows} spellcheck="false" .value=${bibtex}></textarea>
      </div>
      <div class="cite-block">
        <p class="cite-label" id=${`p${e.index}l`}>APA</p>
        <p class="plain" id=${`p${e.index}`} aria-labelledby=${`p${e.index}l`}>${plain}</p>
      </div>
      <div class="copy-row">
        <button class="btn small" part="copy-button" type="button" @click=${(ev: Event) => this._copyText(ev, e, 'bibtex', bibtex)}>${this.t('copyBibtex')}</button>
        <button class="btn small" part="copy-button" type="button" @click=${(ev: Event) => this._copyText(ev, e, 'plain', plain)}>${this.t('copyCitation')}</button>
        <span class="copied" role="status">${status}</span>
      </div>`;
  }

  // -------------------------------------------------------------------------------------------
  // Interaction

  private _onSearchInput = (e: Event): void => {
    const value = (e.target as HTMLInputElement).value;
    clearTimeout(this._searchTimer);
    this._searchTimer = undefined;
    if (!(this.debounce > 0)) {
      this.query = value;
      return;
    }
    this._searchTimer = setTimeout(() => {
      this._searchTimer = undefined;
      this.query = value;
    }, this.debounce);
  };

  private _onSearchKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Enter') return;
    clearTimeout(this._searchTimer);
    this._searchTimer = undefined;
    this.query = (e.target as HTMLInputElement).value;
  };

  private _onType = (e: Event): void => {
    this.type = (e.target as HTMLSelectElement).value || null;
  };

  private _onYearFrom = (e: Event): void => {
    const v = (e.target as HTMLSelectElement).value;
    this.yearFrom = v ? Number(v) : null;
  };

  private _onYearTo = (e: Event): void => {
    const v = (e.target as HTMLSelectElement).value;
    this.yearTo = v ? Number(v) : null;
  };

  private _onSort = (e: Event): void => {
    this.sort = (e.target as HTMLSelectElement).value as SortMode;
  };

  private _onGroup = (e: Event): void => {
    this.groupBy = (e.target as HTMLSelectElement).value as GroupMode;
  };

  private _clearFilters = (): void => {
    clearTimeout(this._searchTimer);
    this._searchTimer = undefined;
    this.query = '';
    this.type = null;
    this.yearFrom = null;
    this.yearTo = null;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#search');
    if (input) input.value = '';
    this._focusNext = input ? '#search' : '.count';
  };

  private _showMore = (): void => {
    const before = Math.min(this._view?.ordered.length ?? 0, this._shown || this._pageSize);
    this._shown = before + this._pageSize;
    // Focus moves to the first newly shown work, so keyboard users continue where they were.
    this._focusNext = `.work[data-pos="${before}"]`;
    this.requestUpdate();
  };

  private _toggle(set: Set<string>, id: string): void {
    if (set.has(id)) set.delete(id);
    else set.add(id);
    this.requestUpdate();
  }

  private _toggleAuthors(id: string, pos: number): void {
    this._toggle(this._allAuthors, id);
    this._focusNext = `.work[data-pos="${pos}"] [part="authors-toggle"]`;
  }

  private _onTitleClick(ev: MouseEvent, e: Entry): void {
    // Modified clicks (new tab, new window, download) are the browser's, not a selection.
    if (ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    const select = new WorkSelectEvent({ work: e.work });
    if (!this.dispatchEvent(select)) ev.preventDefault();
  }

  private async _copyText(ev: Event, e: Entry, what: 'bibtex' | 'plain', text: string): Promise<void> {
    const button = ev.currentTarget as HTMLButtonElement;
    const ok = await copyText(text, this.renderRoot as ShadowRoot);
    if (!ok) {
      // Last resort: select the text so the user can copy it.
      const target = this.renderRoot.querySelector<HTMLElement>(what === 'bibtex' ? `#b${e.index}` : `#p${e.index}`);
      if (target instanceof HTMLTextAreaElement) {
        target.focus();
        target.select();
      } else if (target) {
        const range = document.createRange();
        range.selectNodeContents(target);
        const sel = getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
      }
    } else {
      button.focus({ preventScroll: true });
    }
    this._copy = { id: e.work.id, what, ok };
    clearTimeout(this._copyTimer);
    this._copyTimer = setTimeout(() => {
      this._copy = null;
      this.requestUpdate();
    }, 4000);
    this.requestUpdate();
  }

  /**
   * The BibTeX of every work the list currently shows or would show with "Show more" (the
   * citation code loads on first use, hence a promise).
   */
  async bibtex(): Promise<string> {
    const view = this._view;
    if (!view) return '';
    const { toBibtex } = await loadCitationExport();
    return view.ordered.map((e) => toBibtex(e.work, { key: e.bibKey, title: e.title, url: e.url })).join('\n\n') + '\n';
  }

  /** Also waits for the citation code a "Cite" panel asked for, so the panel is filled when it resolves. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (this._citationLoad) {
      await this._citationLoad;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private _download = async (): Promise<void> => {
    const text = await this.bibtex();
    if (!text) return;
    const blob = new Blob([text], { type: 'application/x-bibtex;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${fileSlug(this.loadedProfile?.name ?? '') || 'publications'}.bib`;
    a.hidden = true;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  // -------------------------------------------------------------------------------------------
  // Hash links to group headings

  private _onHashChange = (): void => {
    void this._scrollToHash();
  };

  private async _scrollToHash(): Promise<void> {
    let hash = '';
    try {
      hash = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    const prefix = `${this._prefix}-`;
    if (!hash.startsWith(prefix) || !this._view || this._groupMode === 'none') return;
    const key = hash.slice(prefix.length);
    let pos = 0;
    const group = this._view.groups.find((g) => {
      if (groupSlug(g) === key) return true;
      pos += g.entries.length;
      return false;
    });
    if (!group) return;
    // A group beyond the current page is brought into the page first.
    if (pos >= (this._shown || this._pageSize)) {
      this._shown = Math.ceil((pos + 1) / this._pageSize) * this._pageSize;
      this.requestUpdate();
      await this.updateComplete;
    }
    const heading = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(hash)}"]`);
    if (!heading) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    heading.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
    heading.focus({ preventScroll: true });
  }

  // -------------------------------------------------------------------------------------------

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('query') && this._searchTimer === undefined) {
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
    if (profile && this._view && !this._hashHandled) {
      this._hashHandled = true;
      // After this update, so that bringing the group into the page is an update of its own.
      if (location.hash) void this.updateComplete.then(() => this._scrollToHash());
    }
    this._syncStructuredData(profile);
    if (profile && this._prepared) this._warmSearch(this._prepared);
  }

  private _warming: Prepared | null = null;

  /** Builds the search keys in idle time after the first render, so the first keystroke is fast. */
  private _warmSearch(p: Prepared): void {
    if (this._warming === p) return;
    this._warming = p;
    const idle: (cb: (d: { timeRemaining(): number }) => void) => void =
      typeof requestIdleCallback === 'function' ? (cb) => requestIdleCallback(cb, { timeout: 2000 }) : (cb) => setTimeout(() => cb({ timeRemaining: () => 8 }), 50);
    const step = (d: { timeRemaining(): number }) => {
      if (this._warming === p && this.isConnected && !p.warm(() => d.timeRemaining() < 2)) idle(step);
    };
    idle(step);
  }

  /** The JSON-LD follows the data and the preset filters (not each keystroke of a search). */
  private _syncStructuredData(profile: Profile | null): void {
    const p = profile && this.structuredData && profile.works.length ? prepare(profile) : null;
    const key = p ? [p, this.type, this.yearFrom, this.yearTo, this._sortMode, this._limit] : null;
    if (key === null && this._structuredKey === null && !this.querySelector(':scope > script[data-publication-list]')) return;
    if (key && this._structuredKey && key.every((k, i) => k === this._structuredKey![i])) return;
    this._structuredKey = key;
    if (!p) {
      writeStructuredData(this, null);
      return;
    }
    const listed = filterEntries(sortedEntries(p, this._sortMode), {
      query: '',
      types: this._types,
      yearFrom: PublicationList._year(this.yearFrom),
      yearTo: PublicationList._year(this.yearTo),
    }).slice(0, this._limit);
    writeStructuredData(this, listed.length ? structuredData(listed, p.profile) : null);
  }
}

function groupSlug(g: Group): string {
  return g.key.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function fileSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** `years` with `value` added in order when a preset year is not among them. */
function withValue(years: readonly number[], value: number | null, desc = false): number[] {
  if (value === null || years.includes(value)) return years as number[];
  return [...years, value].sort((a, b) => (desc ? b - a : a - b));
}

declare global {
  interface HTMLElementTagNameMap {
    'publication-list': PublicationList;
  }
}
