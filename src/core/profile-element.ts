import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ProfileLoadError } from '../data/errors.js';
import type { LoadIssue } from '../data/errors.js';
import type { Profile, ProfileInput } from '../data/schema.js';
import type { ProfileResult } from './context.js';
import { addBuiltinMessages, langOf, messagesReady, msg, notifyLangChange, type MessageParams } from './i18n.js';
import { enCore } from './messages/en.js';
import { profileFromAttribute } from './profile-attribute.js';
import type { ProfileSourceConfig, ProfileSourceController } from './profile-source-controller.js';
import { sourceController } from './source-controller.js';
import { LangController } from './lang-controller.js';
import { renderSavedCopy } from './saved-copy.js';
import { VERSION } from './version.js';
import { TIMEOUT_ATTRIBUTE } from './numeric-attribute.js';
import { startClock, whenTurn } from './render-queue.js';

/** `also="URL URL …"` → `['URL', 'URL']` (not reflected). */
const SOURCES_ATTRIBUTE = (v: string | null): string[] | null => (v === null ? null : v.split(/\s+/).filter(Boolean));

/** A boolean attribute whose absence means "the element's default": present is true, `"false"` false. */
const FLAG_ATTRIBUTE = (v: string | null): boolean | null => (v === null ? null : v.trim().toLowerCase() !== 'false');

/** The result of an element with no source controller (yet): nothing to show. */
export const IDLE_RESULT: ProfileResult = Object.freeze({
  status: 'idle',
  profile: null,
  error: null,
  warnings: [],
  issues: [],
  src: null,
  kind: 'profile',
  fallback: false,
  retrieved: null,
  retry: () => {},
});

/** The keys of the strings every profile element shares (`./messages/`). */
export type CoreMessageKey = keyof typeof enCore;

addBuiltinMessages(enCore, { 'zh-Hans': () => import('./messages/zh-Hans.js').then((m) => m.zhCore) });

/**
 * The base of every element that shows a profile. Where the profile comes from is the
 * {@link ProfileSourceController}'s business (`./profile-source-controller.ts`): in this order, the
 * `profile` property, an inline `<script type="application/json">` child, the `src` attribute, or
 * the result an enclosing provider (`<researcher-profile>`) shares. A profile from a provider is
 * rendered as it is: the element loads and validates nothing, announces nothing (the provider
 * did), and its Retry reloads at the provider. The element renders four states: loading, error
 * (with Retry; light-DOM children stay visible as the fallback), empty and loaded.
 *
 * @csspart fallback - Wraps the light-DOM children shown when loading fails.
 * @csspart saved-copy - The note shown under a profile loaded from `fallback-src` ("Saved copy from 30 Nov 2026").
 * @fires {ProfileLoadEvent} profile-load - The profile this element loaded (from `profile`, inline JSON or `src`; not one shared by a provider) loaded and validated. Detail: `{src, profile, warnings, fallback}` (`fallback`: true when it is the `fallback-src` snapshot).
 * @fires {ProfileErrorEvent} profile-error - The profile this element loaded could not be loaded or is invalid. Detail: `{src, status?, message}`.
 */
export abstract class ProfileElement<Key extends string = never> extends LitElement {
  /** The library version, used by `define()` to spot two different copies on one page. */
  static readonly version: string = VERSION;

  /** The profile as an object (takes precedence over inline JSON and `src`). */
  @property({ attribute: false }) profile: ProfileInput | Profile | null = null;

  /** URL of the profile: our JSON, an OpenAlex author, an ORCID record or a BibTeX file. */
  @property({ reflect: true }) src: string | null = null;

  /**
   * A snapshot of the profile (e.g. written by `researcher-elements snapshot`), loaded with the
   * same options only when loading `src` fails (network error, 4xx, 5xx, allowance spent,
   * timeout). The element then says discreetly that it shows a saved copy, and of which date.
   */
  @property({ attribute: 'fallback-src' }) fallbackSrc: string | null = null;

  /** `profile`, `openalex`, `orcid` or `bibtex`; detected from the URL or content when absent. */
  @property({ reflect: true }) format: string | null = null;

  /** Milliseconds before one request attempt gives up. */
  @property({ converter: TIMEOUT_ATTRIBUTE }) timeout = 10_000;

  /**
   * More sources for the same person, merged with `src` into one profile (attribute `also`: URLs
   * separated by spaces; OpenAlex authors, ORCID records, `.bib` files, our JSON). Identity, name
   * and claim state come from the strongest source (an ORCID record its owner controls, then an
   * OpenAlex author, then a `.bib` file); works are merged with duplicates removed, each saying
   * which sources it came from. A source that fails is a warning, never an error.
   */
  @property({ attribute: 'also', converter: SOURCES_ATTRIBUTE }) sources: string[] | null = null;

  /**
   * Cross-links the sources at no metered cost: an ORCID record looks up the OpenAlex author with
   * the same iD (OpenAlex's free single-entity lookup), an OpenAlex author with an ORCID iD loads
   * that record. Off by default (on for `<researcher-profile>`); `link-sources="false"` turns it
   * off there. A lookup that finds nothing or another iD is a warning, never an error.
   */
  @property({ attribute: 'link-sources', converter: FLAG_ATTRIBUTE }) linkSources: boolean | null = null;

  /** `light`, `dark` or `auto` (follows the OS); unset follows the page's `color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | null = null;

  /** What the source controller reads of this element. */
  private readonly _sourceConfig: ProfileSourceConfig = {
    source: () => ({
      own: this.hasOwnData(),
      profile: this.profile,
      src: this.src,
      fallbackSrc: this.fallbackSrc,
      format: this.format,
      timeout: this.timeout,
      options: this.loadOptions(),
      also: this.sources,
      linkSources: this.linkSources ?? this.linkSourcesByDefault(),
    }),
  };

  /**
   * Where the profile comes from (property, inline JSON, `src`, a provider), the load, retry and
   * `lang`. Made in the constructor wherever the controller is registered (every element but a
   * `<trust-badge>` on its own, see ./source-controller.ts); else when first needed.
   */
  private _source: ProfileSourceController | undefined = sourceController.current && new sourceController.current(this, this._sourceConfig);
  /** While the controller loads (a badge on its own given a source): settles once it is made. */
  private _sourceLoad: Promise<void> | undefined;
  /** The language, for an element that has no source controller (yet). */
  private _langs: LangController | undefined = this._source ? undefined : new LangController(this);

  /** The source controller (for subclasses that provide: `<researcher-profile>`); always there for them. */
  protected get profileSource(): ProfileSourceController {
    return this._source!;
  }

  /** Makes the source controller, loading it first when it is not registered (quiet meanwhile). */
  private _needSource(): void {
    if (this._source || this._sourceLoad) return;
    this._sourceLoad = sourceController.load().then(
      (Controller) => {
        this._source ??= new Controller(this, this._sourceConfig);
        this._sourceLoad = undefined;
        this.requestUpdate();
      },
      (err: unknown) => {
        this._sourceLoad = undefined;
        console.error('researcher-elements:', err);
      },
    );
  }

  /** Whether sources are cross-linked when `link-sources` is not set (off; on for a provider that lays out a whole profile). */
  protected linkSourcesByDefault(): boolean {
    return false;
  }

  /** Format options passed to the data layer (OpenAlex's `maxWorks`, …); none by default. */
  protected loadOptions(): Record<string, unknown> | undefined {
    return undefined;
  }

  /** True when the element has what it needs without a profile (e.g. a badge from attributes). */
  protected hasOwnData(): boolean {
    return false;
  }

  /** The current result: `{status, profile, error, warnings, issues, src, kind, retry}`. */
  protected get profileResult(): ProfileResult {
    return this._source?.result ?? IDLE_RESULT;
  }

  /** The validated profile once loaded, else `null`. */
  get loadedProfile(): Profile | null {
    return this.profileResult.profile;
  }

  /**
   * What the source could not provide although the profile loaded (e.g. the works of an OpenAlex
   * author after a 429): empty when everything loaded.
   */
  protected get loadIssues(): readonly LoadIssue[] {
    return this.profileResult.issues;
  }

  /** Resolves when the current load has settled, here or at the provider (for tests and hosts). */
  get loadComplete(): Promise<unknown> {
    return (async () => {
      // An element just connected has not read its source yet: its first update does.
      if (this.isUpdatePending) await this.updateComplete;
      while (this._sourceLoad) {
        await this._sourceLoad;
        await super.getUpdateComplete();
      }
      return this._source?.loadComplete;
    })();
  }

  /**
   * Loads again, bypassing nothing but the last failure (failures are never cached). For a
   * profile shared by a provider, the provider loads again and every element inside follows.
   */
  retry(): void {
    this._source?.retry();
  }

  override connectedCallback(): void {
    startClock();
    super.connectedCallback();
    // Until its first render (its turn in the render queue, its strings), the element is empty:
    // `:state(waiting)` lets its styles keep the room of what it will show, so that the page
    // below does not jump when it renders. Not when it is there already (rendered on the server).
    if (!this.hasUpdated && !this.shadowRoot?.querySelector(':not(style)')) this._states()?.add('waiting');
  }

  /** A default slot in the shadow root until the first render (see createRenderRoot). */
  private _interimSlot: HTMLSlotElement | undefined;

  /**
   * An element given children (a provider's elements, fallback content) shows them until its first
   * render, which may wait for its turn in the render queue: an empty shadow root would hide them
   * that long. On a server-rendered page, the `<researcher-profile>` around the rendered elements
   * made them vanish for a frame or more while it hydrated.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (root instanceof ShadowRoot && this.firstElementChild && !root.querySelector(':not(style)')) {
      this._interimSlot = document.createElement('slot');
      root.append(this._interimSlot);
    }
    return root;
  }

  protected override update(changed: PropertyValues): void {
    if (this._interimSlot) {
      this._interimSlot.remove();
      this._interimSlot = undefined;
    }
    super.update(changed);
  }

  private _internals: ElementInternals | undefined;

  /** The element's custom states, where the browser has them (none on the server). */
  private _states(): CustomStateSet | undefined {
    try {
      this._internals ??= this.attachInternals();
      return this._internals.states;
    } catch {
      return undefined; // no ElementInternals, or a browser that wants `--dashed` state names
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasOwnData()) this._needSource();
    // Here as well as in the controller's hostUpdate: Lit SSR calls willUpdate only, and a
    // profile given as a value must render on the server too.
    this._source?.resolve();
    this._langs?.read();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'profile'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // The document-wide observer does not see inside shadow roots: tell every element.
    if (name === 'lang' && old !== value) notifyLangChange();
    // `profile="[object Object]"` from a framework that rendered before the element was defined.
    if (name === 'profile' && old !== value) {
      const profile = profileFromAttribute(this, value);
      if (profile !== undefined) this.profile = profile as ProfileInput;
    }
  }

  /**
   * Waits, before an update, for the built-in strings of the element's language when they are not
   * loaded yet (Chinese loads on demand): the first render is already in that language. Then for
   * its turn (./render-queue.ts): when many elements update at once, each task runs a share of
   * them, those on screen first, and the page paints in between. An element inside another profile
   * element's shadow root (the badge in a card) renders with it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = messagesReady(langOf(this));
    const update = () => whenTurn(this, this._nested(), () => super.scheduleUpdate());
    return ready ? ready.then(update) : update();
  }

  /** True inside the shadow root of another profile element. */
  private _nested(): boolean {
    const root = this.getRootNode();
    return root instanceof ShadowRoot && root.host instanceof ProfileElement;
  }

  /** The language for UI strings, numbers and plurals. */
  protected get locale(): string {
    return (this._source ?? this._langs!).lang;
  }

  /** A UI string in the element's language: `this.t('retry')`, `this.t('publicationCount', {count: 3})`. */
  protected t(key: Key | CoreMessageKey, params?: MessageParams): string {
    return msg(this.locale, key, params);
  }

  /** The whole element for a loaded profile. */
  protected abstract renderProfile(profile: Profile): TemplateResult | typeof nothing;

  /** True when there is nothing to show (e.g. no works for a publication list). */
  protected isEmpty(_profile: Profile): boolean {
    return false;
  }

  protected renderEmpty(_profile: Profile): TemplateResult {
    return html`<p class="empty" part="empty">${this.t('nothingToShow')}</p>`;
  }

  /** Without attributes: renders the light-DOM children (or nothing) until a source is set. */
  protected renderWithoutSource(): TemplateResult | typeof nothing {
    return html`<slot></slot>`;
  }

  protected renderOwnData(): TemplateResult | typeof nothing {
    return nothing;
  }

  protected renderLoading(): TemplateResult {
    return html`<div class="skeleton" part="loading" role="status" aria-busy="true" aria-label=${this.t('loadingProfile')}>
      <div class="skeleton-line"></div>
      <div class="skeleton-line"></div>
      <div class="skeleton-line"></div>
    </div>`;
  }

  protected renderError(error: unknown): TemplateResult {
    const message = error instanceof ProfileLoadError ? error.message : this.t('profileNotShown');
    return html`<div class="error" part="error" role="alert">
        <p class="error-message">${message}</p>
        <button class="btn" part="retry-button" type="button" @click=${() => this.retry()}>${this.t('retry')}</button>
      </div>
      <div class="fallback" part="fallback"><slot></slot></div>`;
  }

  protected override render(): unknown {
    if (this.hasOwnData()) return this.renderOwnData();
    // Waiting for the source controller (a badge on its own): what was there before.
    if (!this._source) return this.renderWithoutSource();
    const r = this._source.result;
    switch (r.status) {
      case 'idle':
        return this.renderWithoutSource();
      case 'pending':
        // Waiting for the validator only (a badge given a profile value): what was there before.
        return this._source.waitingForValidator ? this.renderWithoutSource() : this.renderLoading();
      case 'error':
        return this.renderError(r.error);
      default: {
        const content = this.isEmpty(r.profile!) ? this.renderEmpty(r.profile!) : this.renderProfile(r.profile!);
        return r.fallback ? html`${content}${renderSavedCopy(r, this.locale)}` : content;
      }
    }
  }

  /**
   * Complete once a profile given as a value is validated and rendered, also when the element
   * loads its validator on demand first (`<trust-badge>` alone, see ./validator.ts).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this._sourceLoad) {
      await this._sourceLoad;
      done = await super.getUpdateComplete();
    }
    return this._source ? this._source.updateComplete(() => super.getUpdateComplete()) : done;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this._internals?.states.has('waiting')) this._internals.states.delete('waiting');
    if (!this.hasOwnData() && (this._sourceLoad || this.profileResult.status === 'pending')) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
  }
}
