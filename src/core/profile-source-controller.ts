/**
 * Where a profile comes from, for one element, across its lifecycle: a Lit `ReactiveController`,
 * as `@lit/task` and `@lit-labs/observers` are.
 */
import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import { Task, initialState } from '@lit/task';
import type { LoadedProfile } from '../data/from-object.js';
import { isAbort, ProfileLoadError } from '../data/errors.js';
import { profileResultContext, type ProfileResult, type ProfileStatus } from './context.js';
import { ProfileErrorEvent, ProfileLoadEvent } from './events.js';
import { LangController } from './lang-controller.js';
import { validator } from './validator.js';
import { asLoadError, cachedProfile, makeResult, parseOnce, ensureContextRoot, loadFromUrl, readValue, requestFor, loadWithFallback, valueKey } from './profile-source-load.js';
import type { Loaded, SourceRequest } from './profile-source-load.js';
import type { ProfileOrigin, ProfileSourceConfig, ProfileSourceSpec, ResultProvider } from './profile-source-types.js';

export type { ProfileSourceSpec, ProfileSourceConfig, ResultProvider, ProfileOrigin } from './profile-source-types.js';

type Host = ReactiveElement;

/**
 * Owns where an element's profile comes from, in this order: the host has its own data
 * (`own`, e.g. a badge from attributes) · the `profile` value · an inline
 * `<script type="application/json">` child · `src` · an enclosing provider. It
 *
 * - validates a value or inline JSON once per value, synchronously while updating (no loading
 *   flash; works on the server, where `resolve()` is called from `willUpdate`); shows a `src` the
 *   data layer's cache holds in the first update too (200 cards of one department source);
 * - loads a URL with a `@lit/task` (the data layer is imported only then), aborts it on disconnect
 *   (and loads again on reconnect) and as soon as the source changes, and never lets a result for
 *   an old source through;
 * - fires `profile-load` / `profile-error` from the host, once per load, only for loads it made;
 * - takes a provider's result as it is (the same object: no second load, no second validation);
 * - given a `provider` (a `ContextProvider`), shares its own result (or, with no source of its
 *   own, the one it got from an enclosing provider) by context with the elements inside;
 * - follows `lang`: re-renders the host when the language that applies to it changes.
 *
 * What it shares and exposes is a {@link ProfileResult}: `{status, profile, error, warnings,
 * issues, src, kind, retry}` (status `idle` | `pending` | `complete` | `error`; a new frozen
 * object per change, the validated `profile` object shared as it is). `retry()` reloads where the
 * profile was loaded, so Retry in any child of a provider reloads the provider once and every
 * child follows.
 *
 * A group provider (`<research-group>`) uses the same controller with `kind: 'group'`, its own
 * `load` (the roster and its members) and `fromValue` (a group given as a value), each producing a
 * `LoadedProfile` whose profile is the group as one profile (the members' works merged; the
 * members' partial failures as `issues`); the elements inside need no change, and group-aware
 * ones can read more from a result type that extends {@link ProfileResult}. See
 * test/core/profile-source-controller.test.ts for such a provider on a plain `LitElement`.
 *
 * ```ts
 * class MyElement extends LitElement {
 *   @property() src: string | null = null;
 *   private source = new ProfileSourceController(this, { source: () => ({ src: this.src }) });
 *   render() { return this.source.result.profile?.name ?? '…'; }
 * }
 * ```
 */
export class ProfileSourceController implements ReactiveController {
  private readonly _host: Host;
  private readonly _config: ProfileSourceConfig;
  private readonly _task: Task<readonly [string | null], Loaded>;
  private _provider?: ResultProvider;
  private _provided: ProfileResult | undefined;
  private _inline: { text: string } | null = null;
  /** The inline record parsed, for a host that reads big values in slices. */
  private _parsed: { text: string; value: unknown } | null = null;
  private _origin: ProfileOrigin = 'none';
  /** The value (or inline record) last validated, with its outcome and whether it was announced. */
  private _sync: { source: unknown; result: LoadedProfile | Error; announced: boolean } | null = null;
  /** The request for the current `src` (its key changes with anything that changes the request). */
  private _request: SourceRequest | null = null;
  /** The outcome of the last load, with the key of the request it answers. */
  private _done: { key: string; result: Loaded | Error } | null = null;
  private _attempt = 0;
  private _abortedByDisconnect = false;
  private _result: ProfileResult;
  private _waiters: (() => void)[] = [];
  private readonly _langs: LangController;
  /** The code that reads a value being loaded (see ./validator.ts), settled when it is there. */
  private _validatorLoad: Promise<void> | undefined;
  /** Why that code could not be loaded (a network failure), until Retry. */
  private _validatorError: Error | null = null;
  /** The current source is a value that waits for the code that reads it. */
  private _waiting = false;
  /** The request the load last started for (or was answered from the cache for). */
  private _ranKey: string | null = null;
  /** A request answered from the cache in this update, announced once it rendered. */
  private _peeked: string | null = null;

  constructor(host: Host, config: ProfileSourceConfig) {
    this._host = host;
    this._config = config;
    this._result = this._make('idle');
    host.addController(this);
    this._langs = new LangController(host);
    new ContextConsumer(host, {
      context: profileResultContext,
      subscribe: true,
      callback: (value) => {
        if (value === this._provided) return;
        this._provided = value;
        host.requestUpdate();
      },
    });
    this._provider = config.provider;
    this._task = new Task(this._host, {
      task: async ([key], { signal }) => {
        const request = this._request;
        if (!key || !request || request.key !== key) return initialState;
        // A very big profile object is validated in slices, behind the loading state (issue 13 item 7).
        if (request.value) {
          const sliced = this._config.slicedValue;
          return sliced ? sliced.read(request.value, signal) : validator.current!.profileFromObjectAsync(request.value, signal);
        }
        return loadWithFallback(this._config.load ?? loadFromUrl, request.src!, request.fallbackSrc ?? null, { ...request.opts, signal });
      },
      // Run by hostUpdate (see _run): not for a source shown from the cache.
      autoRun: false,
      onComplete: (loaded) => {
        const key = this._request?.key;
        if (!key) return;
        this._done = { key, result: loaded };
        this._host.dispatchEvent(new ProfileLoadEvent({ src: loaded.src, profile: loaded.profile, warnings: loaded.warnings, fallback: (loaded as Loaded).fallback === true }));
      },
      onError: (err) => {
        const key = this._request?.key;
        if (isAbort(err) || !key) return;
        if (!(err instanceof ProfileLoadError)) console.error('researcher-elements:', err);
        // Kept as thrown (an unexpected error renders the localised "could not be shown").
        this._done = { key, result: err instanceof Error ? err : asLoadError(err) };
        this._announceError(err, this._request?.src ?? null);
      },
    });
  }

  /** The current result: what the host renders (and, for a provider, what it shares). */
  get result(): ProfileResult {
    return this._result;
  }

  /**
   * Makes the host a provider: from now on the result is shared through `provider` (a
   * `new ContextProvider(host, {context: profileResultContext})`, made in the host's constructor).
   */
  provideWith(provider: ResultProvider): void {
    this._provider = provider;
    if (this._host.isConnected) this.resolve();
  }

  /** Where the current result comes from. */
  get origin(): ProfileOrigin {
    return this._origin;
  }

  /** The language that applies to the host (its own `lang` or the nearest one), as of the last update. */
  get lang(): string {
    return this._langs.lang;
  }

  /** Loads again where the profile was loaded (a provider's result: at the provider). */
  retry(): void {
    this._result.retry();
  }

  /** True while the current source is a value waiting for the validator to load (a quiet pending state). */
  get waitingForValidator(): boolean {
    return this._waiting && !this._validatorError;
  }

  /**
   * The host's update completion, including the wait for the code that reads a value and the
   * update after it: for the host's `getUpdateComplete()`
   * (`return this.source.updateComplete(() => super.getUpdateComplete())`).
   */
  async updateComplete(complete: () => Promise<boolean>): Promise<boolean> {
    let done = await complete();
    for (let wait = this._validatorLoad; wait; wait = this._validatorLoad) {
      await wait;
      done = await complete();
    }
    return done;
  }

  /** Resolves when the current load has settled, here or at the provider (for tests and hosts). */
  get loadComplete(): Promise<unknown> {
    return (async () => {
      while (this._validatorLoad) {
        await this._validatorLoad;
        await this._host.updateComplete;
      }
      if (this._request) return this._task.taskComplete.catch(() => undefined);
      while (this._origin === 'provider' && this._result.status === 'pending' && this._host.isConnected) {
        await new Promise<void>((r) => this._waiters.push(r));
      }
      return undefined;
    })();
  }

  hostConnected(): void {
    ensureContextRoot();
    const script = typeof this._host.querySelector === 'function' ? this._host.querySelector(':scope > script[type="application/json"]') : null;
    this._inline = script?.textContent ? { text: script.textContent } : null;
    // A load aborted by an earlier disconnect starts again (an update makes the new request: a
    // reconnected element is not updated otherwise).
    if (this._abortedByDisconnect) {
      this._abortedByDisconnect = false;
      this._attempt++;
      this._host.requestUpdate();
    }
    // A provider has its result before the elements inside ask for it (no empty first frame).
    if (this._provider) this.resolve();
  }

  hostDisconnected(): void {
    if (this._request && this._done?.key !== this._request.key) {
      this._abortedByDisconnect = true;
      this._task.abort();
    }
    this._flushWaiters();
  }

  hostUpdate(): void {
    this.resolve();
    this._run();
  }

  /** Starts the load of a new request, unless the data layer's cache answered it in resolve(). */
  private _run(): void {
    const key = this._request?.key ?? null;
    if (key === this._ranKey) return;
    this._ranKey = key;
    if (!key) return;
    if (this._done?.key === key) this._peeked = key;
    else void this._task.run([key]);
  }

  hostUpdated(): void {
    const peeked = this._peeked;
    if (peeked) {
      this._peeked = null;
      const r = this._done?.key === peeked ? this._done.result : null;
      if (r && !(r instanceof Error)) this._host.dispatchEvent(new ProfileLoadEvent({ src: r.src, profile: r.profile, warnings: r.warnings, fallback: false }));
    }
    const sync = this._sync;
    if (sync && !sync.announced && (this._origin === 'object' || this._origin === 'inline')) {
      sync.announced = true;
      const r = sync.result;
      if (r instanceof Error) this._announceError(r, null);
      else this._host.dispatchEvent(new ProfileLoadEvent({ src: null, profile: r.profile, warnings: r.warnings, fallback: false }));
    }
  }

  /**
   * Works out the current result from the host's source. Idempotent; runs in `hostUpdate`. A host
   * that is rendered on the server calls it from `willUpdate` too (Lit SSR skips `hostUpdate`).
   */
  resolve(): void {
    this._langs.read();
    const spec = this._config.source();
    const origin: ProfileOrigin = spec.own
      ? 'own'
      : spec.profile
        ? 'object'
        : this._inline
          ? 'inline'
          : spec.src
            ? 'src'
            : this._provided
              ? 'provider'
              : 'none';
    this._origin = origin;
    // A profile object with very many works is validated in slices like a load, not during the
    // update (never on the server, where nothing is awaited).
    // A host with its own `slicedValue` (a big group) decides for its values, inline JSON included.
    const custom = !!(this._config.fromValue || this._config.fromValueOnDemand);
    const slicedValue = this._config.slicedValue;
    const value = origin === 'object' ? spec.profile : origin === 'inline' && slicedValue && !isServer ? this._inlineValue() : undefined;
    const sliced =
      !isServer &&
      typeof value === 'object' &&
      value !== null &&
      (slicedValue ? slicedValue.needs(value) : origin === 'object' && !custom && !!validator.current?.needsSlicedValidation(value));
    // A value, and the code that reads it not there yet: it is loaded first (quietly pending meanwhile).
    const waiting = (this._waiting = (origin === 'object' || origin === 'inline') && !sliced && !this._reader());
    const request = origin === 'src' ? this._requestFor(spec) : sliced ? this._requestForValue(value as object) : null;
    if (this._request && request?.key !== this._request.key) this._task.abort(); // a new source cancels the old load at once
    this._request = request;
    // A source the data layer holds already renders now, with no loading state (the load still
    // runs, through the cache, and announces it).
    if (request && origin === 'src' && this._done?.key !== request.key && !this._config.load) {
      const cached = cachedProfile(request.src!, request.opts);
      if (cached) this._done = { key: request.key, result: cached };
    }
    if (waiting) {
      this._sync = null;
      this._awaitValidator();
    } else if ((origin === 'object' || origin === 'inline') && !sliced) this._validate(origin === 'object' ? spec.profile : this._inline);
    else this._sync = null;
    this._setResult(this._compute());
  }

  /** The inline JSON parsed (once per text), or undefined when it is not valid JSON. */
  private _inlineValue(): unknown {
    return (this._parsed = parseOnce(this._parsed, this._inline!.text)).value;
  }

  /** What reads a value (object or parsed inline JSON) synchronously, when it is there. */
  private _reader(): ((value: unknown) => LoadedProfile) | undefined {
    const c = this._config;
    if (c.fromValue) return c.fromValue;
    if (c.fromValueOnDemand) return c.fromValueOnDemand.current;
    const v = validator.current;
    return v && ((value) => v.profileFromObject(value));
  }

  /** Loads the code that reads a value once, then updates the host (which reads its value then). */
  private _awaitValidator(): void {
    if (this._validatorLoad || this._validatorError) return;
    const load: Promise<unknown> = this._config.fromValueOnDemand ? this._config.fromValueOnDemand.load() : validator.load();
    this._validatorLoad = load.then(
      () => {
        this._validatorLoad = undefined;
        this._host.requestUpdate();
      },
      (err: unknown) => {
        this._validatorLoad = undefined;
        if (!isAbort(err)) console.error('researcher-elements:', err);
        this._validatorError = new ProfileLoadError('The code that reads the profile could not be loaded.');
        this._host.requestUpdate();
      },
    );
  }

  private _requestFor(spec: ProfileSourceSpec): SourceRequest {
    const next = requestFor(spec, this._attempt);
    return this._request?.key === next.key ? this._request : next;
  }

  private _requestForValue(value: object): SourceRequest {
    const key = `value ${valueKey(value)} ${this._attempt}`;
    return this._request?.key === key ? this._request : { key, src: null, opts: {}, value };
  }

  private _validate(source: unknown): void {
    if (this._sync?.source !== source) this._sync = { source, result: readValue(source, source === this._inline ? this._inline : null, this._reader()!), announced: false };
  }

  private _compute(): ProfileResult {
    if (this._waiting) return this._validatorError ? this._make('error', null, this._validatorError) : this._make('pending');
    switch (this._origin) {
      case 'provider':
        return this._provided!;
      case 'inline':
      case 'object':
        if (this._sync) return this._fromOutcome(this._sync.result);
      // falls through: a big value read in slices, like a load
      case 'src': {
        const done = this._done;
        return done && done.key === this._request!.key ? this._fromOutcome(done.result) : this._make('pending');
      }
      default:
        return this._make('idle');
    }
  }

  private _fromOutcome(r: Loaded | Error): ProfileResult {
    return r instanceof Error ? this._make('error', null, r) : this._make('complete', r);
  }

  private _make(status: ProfileStatus, loaded: Loaded | null = null, error: Error | null = null): ProfileResult {
    const src = status === 'error' && this._request ? this._request.src : null;
    return makeResult(this._result as ProfileResult | undefined, { status, loaded, error, src, kind: this._config.kind ?? 'profile', retry: this._retry });
  }

  /** Retry for loads made here: a new attempt (the last failure is not cached). */
  private readonly _retry = (): void => {
    this._attempt++;
    this._validatorError = null;
    this._host.requestUpdate();
  };

  private _setResult(next: ProfileResult): void {
    if (next !== this._result) {
      this._result = next;
      this._flushWaiters();
    }
    if (this._provider && this._provider.value !== next) this._provider.setValue(next);
  }

  private _flushWaiters(): void {
    for (const w of this._waiters.splice(0)) w();
  }

  private _announceError(e: unknown, src: string | null): void {
    const { status, message } = asLoadError(e);
    this._host.dispatchEvent(new ProfileErrorEvent({ src, status, message }));
  }
}
