/**
 * The toolbar of <publication-list>: search (debounced), type, year from/to, member (a group's
 * list), sort, grouping,
 * "Clear filters" and "Download BibTeX". `ControlsController` owns the search timer and the
 * handlers; `renderControls` is the template.
 */
import { html, nothing, svg, type ReactiveController, type TemplateResult } from 'lit';
import { formatNumber } from '../../core/i18n.js';
import { GROUP_MODES, SORT_MODES, type GroupMode, type Prepared, type SortMode } from './model.js';
import type { ListMessageKey } from './messages/en.js';
import type { PublicationList } from './publication-list.js';
import { membersOf, renderMemberSelect } from './members.js';
import { afterNextPaint } from '../../core/after-paint.js';

/** The names `controls` accepts, in display order. */
export const CONTROL_NAMES = ['search', 'type', 'year', 'member', 'sort', 'group', 'download'] as const;
export type ControlName = (typeof CONTROL_NAMES)[number];

const SORT_LABELS: Record<SortMode, ListMessageKey> = { newest: 'sortNewest', oldest: 'sortOldest', cited: 'sortCited', title: 'sortTitle' };
const GROUP_LABELS: Record<GroupMode, ListMessageKey> = { none: 'groupNone', year: 'groupYear', type: 'groupType' };

const searchIcon = svg`<circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M11 11l4 4" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`;

/** The controls shown for `controls` (`none`, `auto`, `all` or names) and the prepared works. */
export function controlSet(controls: string | null, p: Prepared): Set<ControlName> {
  const raw = (controls ?? 'auto').trim().toLowerCase();
  if (raw === 'none' || raw === '') return new Set();
  if (raw === 'all') return new Set(CONTROL_NAMES);
  if (raw === 'auto') {
    if (p.entries.length <= 5) return new Set();
    const set = new Set<ControlName>(['search', 'sort', 'group', 'download']);
    if (p.types.length > 1) set.add('type');
    if (p.years.length > 1) set.add('year');
    if ((membersOf(p)?.list.length ?? 0) > 1) set.add('member');
    return set;
  }
  return new Set(raw.split(/[\s,]+/).filter((n): n is ControlName => (CONTROL_NAMES as readonly string[]).includes(n)));
}

/**
 * Works above which a list's first frame is light (see `facetsShown`): its filter options, and
 * the works of the first page past {@link FIRST_FRAME_WORKS}, come a frame later.
 */
export const FACETS_LATER = 1000;

/** The works a big list's first frame shows (more than a tall screen holds); the rest of the page follows. */
export const FIRST_FRAME_WORKS = 20;

/** The search box's debounce and the toolbar's handlers; they set the element's public properties. */
export class ControlsController implements ReactiveController {
  /** Set while a debounced search is pending (typing in progress). */
  searchTimer?: ReturnType<typeof setTimeout>;
  /** The prepared list whose filter options are shown. */
  private facets: Prepared | null = null;
  /** The list whose options are due (after the next frame), while they are. */
  private facetsWanted: Prepared | null = null;
  /** Resolves once the options due are rendered (for the host's `updateComplete`). */
  facetsDue: Promise<void> | null = null;

  constructor(private readonly host: PublicationList) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancelSearch();
  }

  /**
   * Whether the toolbar lists `p`'s filter options (types, years and members, with their counts).
   * A big list's first frame shows its works and a toolbar whose selects hold only "All …" (and a
   * preset value): building and laying out the options (a department has 60 members and 30 years)
   * waits until that frame is on screen, then they fill in — and with them the rest of the
   * first page's works (the first frame shows {@link FIRST_FRAME_WORKS}, a screenful).
   */
  facetsShown(p: Prepared): boolean {
    if (this.facets === p || p.entries.length <= FACETS_LATER) return true;
    this.facetsWanted = p;
    return false;
  }

  hostUpdated(): void {
    if (!this.facetsWanted || this.facetsDue) return;
    this.facetsDue = afterNextPaint().then(() => {
      this.facetsDue = null;
      // The list shown now (a newer one may have come meanwhile).
      this.facets = this.facetsWanted;
      this.facetsWanted = null;
      this.host.requestUpdate();
    });
  }

  private warming: Prepared | null = null;

  /** Builds the search keys in idle time after the first render, so the first keystroke is fast. */
  warmSearch(p: Prepared): void {
    if (this.warming === p) return;
    this.warming = p;
    const idle: (cb: (d: { timeRemaining(): number }) => void) => void =
      typeof requestIdleCallback === 'function' ? (cb) => requestIdleCallback(cb, { timeout: 2000 }) : (cb) => setTimeout(() => cb({ timeRemaining: () => 8 }), 50);
    const step = (d: { timeRemaining(): number }) => {
      if (this.warming === p && this.host.isConnected && !p.warm(() => d.timeRemaining() < 2)) idle(step);
    };
    idle(step);
  }

  cancelSearch(): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = undefined;
  }

  onSearchInput = (e: Event): void => {
    const value = (e.target as HTMLInputElement).value;
    this.cancelSearch();
    if (!(this.host.debounce > 0)) {
      this.host.query = value;
      return;
    }
    this.searchTimer = setTimeout(() => {
      this.searchTimer = undefined;
      this.host.query = value;
    }, this.host.debounce);
  };

  onSearchKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Enter') return;
    this.cancelSearch();
    this.host.query = (e.target as HTMLInputElement).value;
  };

  onType = (e: Event): void => {
    this.host.type = (e.target as HTMLSelectElement).value || null;
  };

  onYearFrom = (e: Event): void => {
    const v = (e.target as HTMLSelectElement).value;
    this.host.yearFrom = v ? Number(v) : null;
  };

  onYearTo = (e: Event): void => {
    const v = (e.target as HTMLSelectElement).value;
    this.host.yearTo = v ? Number(v) : null;
  };

  onMember = (e: Event): void => {
    this.host.member = (e.target as HTMLSelectElement).value || null;
  };

  onSort = (e: Event): void => {
    this.host.sort = (e.target as HTMLSelectElement).value as SortMode;
  };

  onGroup = (e: Event): void => {
    this.host.groupBy = (e.target as HTMLSelectElement).value as GroupMode;
  };

  clearFilters = (): void => {
    const host = this.host;
    this.cancelSearch();
    host.query = '';
    host.type = null;
    host.yearFrom = null;
    host.yearTo = null;
    host.member = null;
    const input = host.renderRoot.querySelector<HTMLInputElement>('#search');
    if (input) input.value = '';
    host._focusNext = input ? '#search' : '.count';
  };
}

/** `years` with `value` added in order when a preset year is not among them. */
function withValue(years: readonly number[], value: number | null, desc = false): number[] {
  if (value === null || years.includes(value)) return years as number[];
  return [...years, value].sort((a, b) => (desc ? b - a : a - b));
}

/** The toolbar. */
export function renderControls(host: PublicationList, p: Prepared, controls: Set<ControlName>): TemplateResult {
  const c = host._controls;
  const t = host._t;
  const lang = host._lang;
  // A big list's options come a frame after its works (`facetsShown`): until then only the preset values.
  const facets = c.facetsShown(p);
  const types = host._types;
  const typeValue = types.join(' ');
  const knownType = types.length <= 1 && (!types.length || (facets && p.types.some((x) => x.value === types[0])));
  const from = host._yearFrom;
  const to = host._yearTo;
  const typeOptions = facets ? p.types : [];
  const years = facets ? p.years : [];
  const yearsAsc = [...years].reverse();
  const hasWorks = !!host._view?.ordered.length;
  const members = controls.has('member') ? membersOf(p) : null;
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
          <label for="search">${t('search')}</label>
          <div class="search-box">
            <svg class="search-icon" viewBox="0 0 16 16" aria-hidden="true">${searchIcon}</svg>
            <input
              id="search"
              part="search"
              type="search"
              autocomplete="off"
              spellcheck="false"
              placeholder=${t('searchPlaceholder')}
              .defaultValue=${host.query}
              @input=${c.onSearchInput}
              @keydown=${c.onSearchKey}
            />
          </div>
        </div>`
      : nothing}
    ${controls.has('type')
      ? select('type', t('type'), c.onType, [
          html`<option value="" ?selected=${!types.length}>${t('allTypes')}</option>`,
          ...typeOptions.map(
            (x) => html`<option value=${x.value} ?selected=${knownType && types[0] === x.value}>${host._typeText(x.value)} (${formatNumber(x.count, lang)})</option>`,
          ),
          ...(knownType ? [] : [html`<option value=${typeValue} selected>${types.map((x) => host._typeText(x)).join(', ')}</option>`]),
        ])
      : nothing}
    ${controls.has('year')
      ? html`${select('year-from', t('yearFrom'), c.onYearFrom, [
          html`<option value="" ?selected=${from === null}>${t('anyYear')}</option>`,
          ...withValue(yearsAsc, from).map((y) => html`<option value=${y} ?selected=${from === y}>${y}</option>`),
        ])}
        ${select('year-to', t('yearTo'), c.onYearTo, [
          html`<option value="" ?selected=${to === null}>${t('anyYear')}</option>`,
          ...withValue(years, to, true).map((y) => html`<option value=${y} ?selected=${to === y}>${y}</option>`),
        ])}`
      : nothing}
    ${members && members.list.length > 1 ? renderMemberSelect(host, members, facets) : nothing}
    ${controls.has('sort')
      ? select(
          'sort',
          t('sort'),
          c.onSort,
          SORT_MODES.map((m) => html`<option value=${m} ?selected=${host._sortMode === m}>${t(SORT_LABELS[m])}</option>`),
        )
      : nothing}
    ${controls.has('group')
      ? select(
          'group',
          t('group'),
          c.onGroup,
          GROUP_MODES.map((m) => html`<option value=${m} ?selected=${host._groupMode === m}>${t(GROUP_LABELS[m])}</option>`),
        )
      : nothing}
    ${controls.has('download') || host._filtering
      ? html`<div class="control-buttons">
          ${host._filtering && hasWorks ? html`<button class="btn" type="button" @click=${c.clearFilters}>${t('clearFilters')}</button>` : nothing}
          ${controls.has('download')
            ? html`<button class="btn" part="download-button" type="button" ?disabled=${!hasWorks} @click=${host._citePanel.download}>
                ${t('downloadBibtex')}
              </button>`
            : nothing}
        </div>`
      : nothing}
  </div>
  ${controls.has('download') && hasWorks ? html`<div class="list-export" part="list-export">${host._citePanel.renderListExport()}</div>` : nothing}`;
}
