import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextRoot, consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { needsSlicedValidation, profileFromObject, profileFromObjectAsync, type LoadedProfile } from '../data/from-object.js';
import type { LoadIssue, LoadOptions } from '../data/load.js';
import { ProfileLoadError, isAbort } from '../data/errors.js';
import type { Profile, ProfileInput } from '../data/schema.js';
import { profileSourceContext, sourceOptions, type ProfileSource } from './context.js';
import { ProfileErrorEvent, ProfileLoadEvent } from './events.js';
import { addBuiltinMessages, langOf, messagesReady, msg, notifyLangChange, onLangChange, type MessageParams } from './i18n.js';
import { enCore } from './messages/en.js';
import { profileFromAttribute } from './profile-attribute.js';
import { VERSION } from './version.js';
import { MAX_WORKS_ATTRIBUTE, TIMEOUT_ATTRIBUTE, finiteIn } from './numeric-attribute.js';

type Inline = { text: string } | null;

/** The keys of the strings every profile element shares (`./messages/`). */
export type CoreMessageKey = keyof typeof enCore;

addBuiltinMessages(enCore, { 'zh-Hans': () => import('./messages/zh-Hans.js').then((m) => m.zhCore) });


let contextRoot: ContextRoot | undefined;

/**
 * Loads the profile at `src` through the data layer's loader (fetching, formats, adapters, the
 * cache), which is imported the first time a profile comes from a URL: a page whose elements get
 * their profile as an object, inline JSON or attributes downloads none of it.
 */
async function loadProfile(src: string, opts: LoadOptions): Promise<LoadedProfile> {
  const data = await import('../data/load.js');
  return data.loadProfile(src, opts);
}

/**
 * Replays context requests for providers that upgrade after their consumers (a page that loads
 * `researcher-card.define.js` before `researcher-profile.define.js`). Attached once, lazily.
 */
function ensureContextRoot(): void {
  if (contextRoot || typeof document === 'undefined') return;
  contextRoot = new ContextRoot();
  contextRoot.attach(document.documentElement);
}

/**
 * The base of every element that shows a profile. It takes the profile from, in this order: the
 * `profile` property, an inline `<script type="application/json">` child, the `src` attribute,
 * or an enclosing `<researcher-profile>`. It loads through the data layer, aborts on disconnect
 * and when the source changes, never renders a result for an old source, and renders four
 * states: loading, error (with Retry; light-DOM children stay visible as the fallback), empty
 * and loaded.
 *
 * @csspart fallback - Wraps the light-DOM children shown when loading fails.
 * @fires {ProfileLoadEvent} profile-load - The profile loaded and validated. Detail: `{src, profile, warnings}`.
 * @fires {ProfileErrorEvent} profile-error - The profile could not be loaded or is invalid. Detail: `{src, status?, message}`.
 */
export abstract class ProfileElement<Key extends string = never> extends LitElement {
  /** The library version, used by `define()` to spot two different copies on one page. */
  static readonly version: string = VERSION;

  /** The profile as an object (takes precedence over inline JSON and `src`). */
  @property({ attribute: false }) profile: ProfileInput | Profile | null = null;

  /** URL of the profile: our JSON, an OpenAlex author, an ORCID record or a BibTeX file. */
  @property({ reflect: true }) src: string | null = null;

  /** `profile`, `openalex`, `orcid` or `bibtex`; detected from the URL or content when absent. */
  @property({ reflect: true }) format: string | null = null;

  /** Milliseconds before one request attempt gives up. */
  @property({ converter: TIMEOUT_ATTRIBUTE }) timeout = 10_000;

  /** `light`, `dark` or `auto` (follows the OS); unset follows the page's `color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | null = null;

  @consume({ context: profileSourceContext, subscribe: true })
  @state()
  protected _provided?: ProfileSource;

  @state() protected _inline: Inline = null;
  @state() private _attempt = 0;

  /** OpenAlex: the most works to load (default 500). */
  @property({ attribute: 'max-works', converter: MAX_WORKS_ATTRIBUTE }) maxWorks: number | null = null;

  /** OpenAlex: a contact email sent with each request (it no longer changes OpenAlex's limits). */
  @property() mailto: string | null = null;

  /**
   * OpenAlex: an API key, sent as OpenAlex documents (`api_key=`). A key written into a public
   * page is public: anyone can read it and spend its allowance. Prefer a snapshot for public pages.
   */
  @property({ attribute: 'api-key' }) apiKey: string | null = null;

  /** Format options passed to the data layer; subclasses may add to them. */
  protected loadOptions(): Record<string, unknown> | undefined {
    return sourceOptions(this);
  }

  /** True when the element has what it needs without a profile (e.g. a badge from attributes). */
  protected hasOwnData(): boolean {
    return false;
  }

  /**
   * A profile given as an object, as inline JSON or by a provider's object needs no waiting: it is
   * validated (once per object) while updating and rendered in the same frame, with no loading
   * flash — and on the server, where nothing is awaited.
   */
  private _sync: { source: unknown; result: LoadedProfile | ProfileLoadError; announced: boolean } | null = null;

  private _syncSource(): unknown {
    if (this.hasOwnData()) return undefined;
    if (this.profile) return this.profile;
    if (this._inline) return this._inline;
    if (this.src) return undefined;
    return this._provided?.profile;
  }

  private _resolveSync(): void {
    const source = this._syncSource();
    // A very big profile object is validated in slices by the task instead (issue 13 item 7).
    if (source === undefined || (source === this.profile && !isServer && needsSlicedValidation(source))) {
      this._sync = null;
      return;
    }
    if (this._sync?.source === source) return;
    let result: LoadedProfile | ProfileLoadError;
    try {
      let value = source;
      if (source === this._inline && this._inline) {
        try {
          value = JSON.parse(this._inline.text);
        } catch {
          throw new ProfileLoadError('The profile written into the page is not valid JSON.');
        }
      }
      result = profileFromObject(value);
    } catch (err) {
      result = err instanceof ProfileLoadError ? err : new ProfileLoadError('The profile could not be shown.');
    }
    this._sync = { source, result, announced: false };
  }

  protected _task = new Task(this, {
    task: async ([profile, , src, format, timeout, provided, options], { signal }): Promise<LoadedProfile | null> => {
      if (this._sync || this.hasOwnData()) return null;
      // A timeout set as a property (not through the attribute) may be anything: keep it sane.
      timeout = finiteIn(timeout, 10_000, 50, 300_000);
      if (profile) return profileFromObjectAsync(profile, signal);
      if (src) return loadProfile(src, { signal, timeout, format: format ?? undefined, options: options ?? undefined });
      if (provided?.src) {
        return loadProfile(provided.src, {
          signal,
          timeout: finiteIn(provided.timeout, timeout, 50, 300_000),
          format: provided.format,
          options: provided.options,
        });
      }
      return null;
    },
    args: () =>
      [this.profile, this._inline, this.src, this.format, this.timeout, this._provided, this.loadOptions(), this._attempt] as const,
    // Object.is: a NaN argument equals itself, so it can never restart the load on every render.
    argsEqual: (a, b) => a.every((x, i) => (i === 6 ? JSON.stringify(x) === JSON.stringify(b[i]) : Object.is(x, b[i]))),
    onComplete: (loaded) => {
      if (loaded) this.dispatchEvent(new ProfileLoadEvent({ src: loaded.src, profile: loaded.profile, warnings: loaded.warnings }));
    },
    onError: (err) => {
      if (isAbort(err)) return;
      if (!(err instanceof ProfileLoadError)) console.error('researcher-elements:', err);
      this._announceError(err);
    },
  });

  private _announceError(err: unknown): void {
    const e = err instanceof ProfileLoadError ? err : new ProfileLoadError('The profile could not be shown.');
    this.dispatchEvent(new ProfileErrorEvent({ src: this.src ?? this._provided?.src ?? null, status: e.status, message: e.message }));
  }

  /** The validated profile once loaded, else `null`. */
  get loadedProfile(): Profile | null {
    if (this._sync) return this._sync.result instanceof ProfileLoadError ? null : this._sync.result.profile;
    return this._task.status === TaskStatus.COMPLETE ? (this._task.value?.profile ?? null) : null;
  }

  /**
   * What the source could not provide although the profile loaded (e.g. the works of an OpenAlex
   * author after a 429): empty when everything loaded.
   */
  protected get loadIssues(): readonly LoadIssue[] {
    if (this._sync) return this._sync.result instanceof ProfileLoadError ? [] : (this._sync.result.issues ?? []);
    return this._task.status === TaskStatus.COMPLETE ? (this._task.value?.issues ?? []) : [];
  }

  /** Resolves when the current load has settled (for tests and hosts). */
  get loadComplete(): Promise<unknown> {
    return this._task.taskComplete.catch(() => undefined);
  }

  /** Loads again, bypassing nothing but the last failure (failures are never cached). */
  retry(): void {
    this._attempt++;
  }

  override connectedCallback(): void {
    ensureContextRoot();
    super.connectedCallback();
    this._stopLang ??= onLangChange(this._onLangChange, this);
    const script = this.querySelector(':scope > script[type="application/json"]');
    this._inline = script?.textContent ? { text: script.textContent } : null;
    // A load aborted by an earlier disconnect starts again.
    if (this._abortedByDisconnect) {
      this._abortedByDisconnect = false;
      this._attempt++;
    }
  }

  private _abortedByDisconnect = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopLang?.();
    this._stopLang = undefined;
    if (this._task.status === TaskStatus.PENDING) {
      this._abortedByDisconnect = true;
      this._task.abort();
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A new source cancels the old load at once (the task also drops stale results).
    if (changed.has('src') || changed.has('profile') || changed.has('format')) this._task.abort();
    this._resolveSync();
    this._lang = langOf(this);
  }

  /** The language of the last render (its own or the nearest `lang`), kept to spot changes. */
  private _lang = '';
  private _stopLang?: () => void;

  /** Re-renders when the `lang` that applies changed (on this element, an ancestor or the page). */
  private _onLangChange = (force: boolean): void => {
    if (force || langOf(this) !== this._lang) this.requestUpdate();
  };

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
   * loaded yet (Chinese loads on demand): the first render is already in that language.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = messagesReady(langOf(this));
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** The language for UI strings, numbers and plurals. */
  protected get locale(): string {
    return this._lang || langOf(this);
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

  private _renderLoaded(loaded: LoadedProfile): unknown {
    return this.isEmpty(loaded.profile) ? this.renderEmpty(loaded.profile) : this.renderProfile(loaded.profile);
  }

  protected override render(): unknown {
    if (this.hasOwnData()) return this.renderOwnData();
    if (this._sync) {
      const r = this._sync.result;
      return r instanceof ProfileLoadError ? this.renderError(r) : this._renderLoaded(r);
    }
    return this._task.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      error: (e) => (isAbort(e) ? this.renderLoading() : this.renderError(e)),
      complete: (loaded) => {
        if (!loaded) return this.renderWithoutSource();
        return this._renderLoaded(loaded);
      },
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const sync = this._sync;
    if (sync && !sync.announced) {
      sync.announced = true;
      const r = sync.result;
      if (r instanceof ProfileLoadError) this._announceError(r);
      else this.dispatchEvent(new ProfileLoadEvent({ src: null, profile: r.profile, warnings: r.warnings }));
    }
    const busy = !sync && !this.hasOwnData() && this._task.status === TaskStatus.PENDING;
    if (busy) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
  }
}
