import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { profileResultContext } from '../../core/context.js';
import { defineElement } from '../../core/define.js';
import { MemberErrorEvent } from '../../core/events.js';
import { addBuiltinMessages, langOf, messagesReady, msg } from '../../core/i18n.js';
import { HEADING_LEVEL_ATTRIBUTE, MAX_WORKS_ATTRIBUTE, TIMEOUT_ATTRIBUTE } from '../../core/numeric-attribute.js';
import { ProfileSourceController } from '../../core/profile-source-controller.js';
import { hostStyles, stateStyles, tokens } from '../../core/styles.js';
import { VERSION } from '../../core/version.js';
import { ProfileLoadError } from '../../data/errors.js';
import { nextTask } from '../../data/slices.js';
import { afterNextPaint } from '../../core/after-paint.js';
import type { LoadedGroup } from '../../data/group/model.js';
import { CollabGraph } from '../collab-graph/collab-graph.js';
import { PublicationList } from '../publication-list/publication-list.js';
import { ResearcherCard } from '../researcher-card/researcher-card.js';
import { groupCode, groupNeedsSlicing, groupOf, groupReader, LARGE_GROUP_WORKS, readGroupSliced } from './group-code.js';
import { enGroup } from './messages/en.js';
import { LayoutStage, renderGroupLayout } from './research-group.templates.js';
import { researchGroupStyles } from './research-group.styles.js';
import { ProviderChildren } from '../../core/provider-children.js';
import { pagePanelStyles } from '../researcher-profile/panel.styles.js';

addBuiltinMessages(enGroup, { 'zh-Hans': () => import('./messages/zh-Hans.js').then((m) => m.zhGroup) });

/** A new task; throws an AbortError when `signal` aborted meanwhile. */
async function nextTaskOrAbort(signal?: AbortSignal): Promise<void> {
  await nextTask();
  if (signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
}


/**
 * A lab or a department: one roster (group format v1, docs/group-format.md) names the group and
 * its members; the element loads every member (a member that fails never fails the group), merges
 * their works (each once) and shares the group. Its source is `src` (a roster URL), the `group`
 * property, or an inline `<script type="application/json">`: a value is what `loadGroup()`
 * returns, or a roster whose members carry their `profile`, and is shown with no request.
 *
 * - **With children** it is a provider: `<publication-list>`, `<collab-graph>` and the other
 *   elements inside show the group as one profile (name = the group's, works = the merged works,
 *   people = members and outside co-authors); a `<researcher-card src>` inside still shows its
 *   own member.
 * - **Without children** it lays out the group page: a header (name, affiliation, counts of
 *   members, works and collaborators), the members as compact cards by role (leads first, alumni
 *   last and labelled; a member that could not be loaded is listed with the reason), the group's
 *   collaboration graph (the members, the lead at the centre, linked by their joint works, and
 *   their outside co-authors) and the merged publications. One column on phones; from 56rem of its own
 *   width (a container query) the members sit beside the graph and the publications. A big group
 *   (more than 12 members or 1,000 works) is shown in steps, each in a task of its own: the header
 *   and the publications first, then the members, then the graph (sections still to come are
 *   `aria-busy`; `updateComplete` resolves once all are there).
 *
 * `ResearchGroup.define()` also registers `<researcher-card>`, `<collab-graph>` and `<publication-list>`.
 *
 * @tagname research-group
 * @summary A lab or department from one roster: its members, merged publications and collaboration graph.
 * @slot - The elements that show the group (provider use). Without element children, the group page is laid out instead.
 * @csspart layout - The group page's grid (no children).
 * @csspart header - The group's name, headline, affiliation and counts.
 * @csspart name - The group's name (a heading).
 * @csspart name-link - The name as a link to the group's homepage.
 * @csspart headline - The group's one line.
 * @csspart affiliation - The institution.
 * @csspart counts - The list of counts; each is a `count`.
 * @csspart count - One count (members, works, collaborators).
 * @csspart members-section - The members panel.
 * @csspart section-heading - A section's heading ("Members", "Collaboration graph").
 * @csspart role-group - The members of one role; alumni also have `role-group-alumni`.
 * @csspart role-group-alumni - The alumni.
 * @csspart role-heading - A role's heading ("Leads", "PhD student", "Alumni").
 * @csspart members - The list of one role's members.
 * @csspart member - One member.
 * @csspart member-card - A member's compact `<researcher-card>`.
 * @csspart member-unavailable - A member that could not be loaded.
 * @csspart member-name - The name of a member that could not be loaded.
 * @csspart member-reason - Why that member could not be loaded.
 * @csspart member-saved-copy - Under a member whose `src` failed and who is shown from the roster's `fallbackSrc` ("Saved copy from 30 Nov 2026.").
 * @csspart main - The column with the graph and the publications.
 * @csspart graph-section - The graph panel.
 * @csspart graph - The `<collab-graph>`.
 * @csspart publications - The `<publication-list>`.
 * @csspart loading - Shown while the roster and the members load.
 * @csspart error - Shown when the roster cannot be loaded.
 * @csspart retry-button - Loads the group again.
 * @cssprop [--research-group-gap=var(--re-space, 1rem)] - Space between the parts of the layout.
 * @cssprop [--research-group-aside-width=24rem] - Largest width of the members column in the two-column layout.
 * @cssprop [--research-group-background=var(--re-color-surface-alt)] - Ground behind the parts, painted only when `theme` is set.
 * @cssprop [--research-group-color-text=var(--re-color-text)] - Text colour (every `--re-*` token has a `--research-group-*` twin).
 * @fires {ProfileLoadEvent} profile-load - The group loaded (once per load). Detail: `{src, profile, warnings}`; `profile` is the group as one profile.
 * @fires {ProfileErrorEvent} profile-error - The roster could not be loaded or is invalid. Detail: `{src, status?, message}`.
 * @fires {MemberErrorEvent} member-error - A member could not be loaded (once per member and load); the rest of the group renders. Detail: `{src, member, status?, message}`.
 */
export class ResearchGroup extends LitElement {
  static readonly version: string = VERSION;
  static override styles = [hostStyles, stateStyles, tokens('research-group'), pagePanelStyles, researchGroupStyles];

  /**
   * Registers the element and the ones its layout shows (`<researcher-card>`, `<collab-graph>`,
   * `<publication-list>`) under their default tags; safe to call more than once.
   */
  static define(tag = 'research-group', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry); // the provider first: elements inside find it when they upgrade
    ResearcherCard.define('researcher-card', registry);
    CollabGraph.define('collab-graph', registry);
    PublicationList.define('publication-list', registry);
  }

  /** URL of the group's roster (group format v1). Member URLs resolve against it. */
  @property({ reflect: true }) src: string | null = null;

  /** The group as a value: what `loadGroup()` returns, or a roster whose members carry their `profile`. */
  @property({ attribute: false }) group: unknown = null;

  /** Milliseconds before one request attempt gives up. */
  @property({ converter: TIMEOUT_ATTRIBUTE }) timeout = 10_000;

  /** `light`, `dark` or `auto` (follows the OS); unset follows the page's `color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | null = null;

  /** Group page: the heading level of the group's name (1–6); the sections go one below. */
  @property({ attribute: 'heading-level', converter: HEADING_LEVEL_ATTRIBUTE }) headingLevel = 2;

  /** OpenAlex: the most works to load per member (default 500). */
  @property({ attribute: 'max-works', converter: MAX_WORKS_ATTRIBUTE }) maxWorks: number | null = null;

  /** OpenAlex: a contact email sent with each request. */
  @property() mailto: string | null = null;

  /** OpenAlex: an API key. A key written into a public page is public: prefer a snapshot. */
  @property({ attribute: 'api-key' }) apiKey: string | null = null;

  /** Whether it has element children, i.e. is used as a provider only. */
  private readonly _children = new ProviderChildren(this);
  /** The group the page layout is shown for, and how much of it is shown yet (see `_staging`). */
  private _staged: { group: LoadedGroup; stage: LayoutStage } | null = null;
  /** The next stage of a big group's page, while one is due. */
  private _nextStage: Promise<void> | null = null;
  /** The group whose unavailable members were announced. */
  private _announced: LoadedGroup | null = null;

  private readonly _source = new ProfileSourceController(this, {
    kind: 'group',
    source: () => ({ src: this.src, profile: this.group ?? undefined, timeout: this.timeout, options: this._options() }),
    load: async (src, opts) => {
      const [{ loadGroup }, { groupProfile }] = await Promise.all([import('../../data/group/load.js'), groupCode.load()]);
      const loaded = await loadGroup(src, { signal: opts.signal, timeout: opts.timeout, options: opts.options });
      // After the merge's last slice, the group as one profile in a task of its own, and the render
      // (when this resolves) in the next: no long task once the members are in.
      await nextTaskOrAbort(opts.signal);
      const profile = groupProfile(loaded, new URL(src, document.baseURI).href);
      await nextTaskOrAbort(opts.signal);
      return profile;
    },
    fromValueOnDemand: groupReader,
    slicedValue: { needs: groupNeedsSlicing, read: readGroupSliced },
  });

  constructor() {
    super();
    this._source.provideWith(new ContextProvider(this, { context: profileResultContext }));
  }

  /** The loaded group (members, merged works, links, co-authors), or null. */
  get loadedGroup(): LoadedGroup | null {
    return groupOf(this._source.result.profile) ?? null;
  }

  /** Whether the element lays out the group page (no element children) or only provides. */
  get layout(): 'full' | 'provider' {
    return this._children.present ? 'provider' : 'full';
  }

  /** Resolves when the current load has settled (for tests and hosts). */
  get loadComplete(): Promise<unknown> {
    return this._source.loadComplete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Every connected group needs its group code: where it is not static (the all-in-one file) it
    // is fetched now, not once the group's data has arrived.
    if (!groupCode.current) groupCode.load().catch(() => undefined);
  }

  /** Loads the group again (failures are never cached). */
  retry(): void {
    this._source.retry();
  }

  private _options(): Record<string, unknown> | undefined {
    if (this.maxWorks == null && !this.mailto && !this.apiKey) return undefined;
    return {
      ...(this.maxWorks != null && { maxWorks: this.maxWorks }),
      ...(this.mailto && { mailto: this.mailto }),
      ...(this.apiKey && { apiKey: this.apiKey }),
    };
  }

  /** Waits for the strings of the element's language before an update (Chinese loads on demand). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = messagesReady(langOf(this));
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this._source.resolve();
    const group = this._source.result.status === 'complete' ? this.loadedGroup : null;
    if (group && group !== this._staged?.group) this._staged = { group, stage: isBig(group) ? LayoutStage.List : LayoutStage.All };
  }

  /**
   * A big group's page is shown in steps, each rendered (and laid out) after the last one is on
   * screen: the header and the publications first (what a visitor came for, painted as soon as
   * possible), then the members' cards, then the graph. A small group's page is shown at once.
   */
  private _staging(): void {
    const staged = this._staged;
    if (!staged || staged.stage === LayoutStage.All || this._nextStage || this.layout !== 'full') return;
    this._nextStage = afterNextPaint().then(() => {
      this._nextStage = null;
      if (this._staged !== staged) return;
      staged.stage = (staged.stage + 1) as LayoutStage;
      this.requestUpdate();
    });
  }

  /** Complete once a group value is read and rendered (every step of a big group's page), also when its code loads first. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this._source.updateComplete(async () => {
      let done = await super.getUpdateComplete();
      for (let next = this._nextStage; next; next = this._nextStage) {
        await next;
        done = await super.getUpdateComplete();
      }
      return done;
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this._staging();
    const r = this._source.result;
    this.toggleAttribute('aria-busy', r.status === 'pending');
    const group = this.loadedGroup;
    if (!group || group === this._announced) return;
    this._announced = group;
    for (const m of group.members) {
      if (m.available) continue;
      this.dispatchEvent(new MemberErrorEvent({ src: m.entry.src, member: m.entry, status: m.error?.status, message: m.error?.message ?? '' }));
    }
  }

  protected override render(): TemplateResult {
    if (this._children.present) return html`<slot></slot>`;
    const lang = this._source.lang;
    const r = this._source.result;
    const group = this.loadedGroup;
    if (r.status === 'complete' && group) return renderGroupLayout(lang, group, this._level, this._staged?.group === group ? this._staged.stage : LayoutStage.All);
    if (r.status === 'error') {
      const message = r.error instanceof ProfileLoadError ? r.error.message : msg(lang, 'profileNotShown');
      return html`<div class="error" part="error" role="alert">
          <p class="error-message">${message}</p>
          <button class="btn" part="retry-button" type="button" @click=${() => this.retry()}>${msg(lang, 'retry')}</button>
        </div>
        <div class="fallback" part="fallback"><slot></slot></div>`;
    }
    // Waiting only for the group code (a group value, all-in-one file): what was there before.
    if (r.status === 'pending' && !this._source.waitingForValidator) {
      return html`<div class="skeleton" part="loading" role="status" aria-label=${msg(lang, 'loadingGroup')}>
        <div class="skeleton-line"></div>
        <div class="skeleton-line"></div>
        <div class="skeleton-line"></div>
      </div>`;
    }
    return html`<slot></slot>`;
  }

  private get _level(): number {
    const n = Math.round(Number(this.headingLevel));
    return Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : 2;
  }
}

/** Members (or works) above which the group page is shown in steps (see `_staging`). */
const STAGED_MEMBERS = 12;

function isBig(group: LoadedGroup): boolean {
  return group.members.length > STAGED_MEMBERS || group.works.length > LARGE_GROUP_WORKS;
}

declare global {
  interface HTMLElementTagNameMap {
    'research-group': ResearchGroup;
  }
}
