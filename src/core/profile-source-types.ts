/**
 * The shapes around {@link ProfileSourceController}: what a host gives it, how it is configured,
 * and what it needs of a context provider.
 */
import type { LoadedProfile } from '../data/from-object.js';
import type { LoadOptions } from '../data/load.js';
import type { ProfileResult } from './context.js';
import type { OnDemand } from './on-demand.js';

/** What the host was given, read at each update. */
export interface ProfileSourceSpec {
  /** The host shows what it has without a profile (a badge from attributes): nothing is loaded or taken from a provider. */
  own?: boolean;
  /** A profile as a value (an object, or anything a property was set to); validated here. */
  profile?: unknown;
  /** URL of the profile (our JSON, OpenAlex, ORCID, BibTeX). */
  src?: string | null;
  /**
   * A snapshot URL, loaded with the same options when loading `src` fails (any
   * `ProfileLoadError`: network error, 4xx, 5xx, allowance spent, timeout; not an abort).
   */
  fallbackSrc?: string | null;
  /** `profile`, `openalex`, `orcid` or `bibtex`; detected when absent. */
  format?: string | null;
  /** Milliseconds per request attempt. */
  timeout?: number;
  /** Format options for the data layer, e.g. `{maxWorks, mailto, apiKey}` for OpenAlex. */
  options?: Record<string, unknown>;
  /** More sources for the same person, merged with `src` (the `also` attribute). */
  also?: readonly string[] | null;
  /** Cross-link ORCID and OpenAlex at no metered cost (the `link-sources` attribute). */
  linkSources?: boolean;
}

export interface ProfileSourceConfig {
  /** Reads the host's source (its properties). Called at each update. */
  source(): ProfileSourceSpec;
  /**
   * Share the result by context with the elements inside the host (a provider): a
   * `new ContextProvider(host, {context: profileResultContext})`. Passed in rather than made here,
   * so that elements which only consume carry no provider code. Or call `provideWith()` later.
   */
  provider?: ResultProvider;
  /** Loads a URL; default: the data layer's `loadProfile`, imported the first time it is needed. */
  load?: (src: string, opts: LoadOptions) => Promise<LoadedProfile>;
  /** Validates a value (object or parsed inline JSON), synchronously; default `profileFromObject`. */
  fromValue?: (value: unknown) => LoadedProfile;
  /**
   * Like `fromValue`, for code that a build may hold statically or load on first use (a group's
   * validation): while it loads, the host is quietly pending (see `./on-demand.ts`).
   */
  fromValueOnDemand?: Pick<OnDemand<(value: unknown) => LoadedProfile>, 'current' | 'load'>;
  /**
   * Values (objects or inline JSON) big enough to read in slices (`needs`), read by `read` through
   * the load task: the loading state shows meanwhile, the page stays responsive, removal aborts
   * it. Other values stay synchronous (no loading flash). Default: big profile objects, by the
   * profile validator.
   */
  slicedValue?: {
    needs(value: object): boolean;
    read(value: object, signal: AbortSignal): Promise<LoadedProfile>;
  };
  /** `profile` (default), or `group` for a provider whose profile is derived from a group. */
  kind?: ProfileResult['kind'];
}

/** What the controller needs of a `ContextProvider` for {@link profileResultContext}. */
export interface ResultProvider {
  readonly value: ProfileResult | undefined;
  setValue(value: ProfileResult): void;
}

/** Where the current result comes from. */
export type ProfileOrigin = 'own' | 'object' | 'inline' | 'src' | 'provider' | 'none';
