/** Why a profile could not be had, in one human sentence, with the HTTP status when there is one. */
export class ProfileLoadError extends Error {
  override readonly name = 'ProfileLoadError';
  constructor(
    message: string,
    readonly options: {
      status?: number;
      src?: string | null;
      retryable?: boolean;
      /** Milliseconds the server asked to wait (a readable Retry-After). */
      retryAfter?: number;
      /** The server's own message from an error body (shortened, one line, no API key). */
      detail?: string;
      /** `X-RateLimit-Remaining` when the server let the page read it. */
      rateLimitRemaining?: number;
      /** How the request failed when no answer came: `timeout`, `blocked` (CSP), `offline`, `network` (CORS or unreachable). */
      cause?: 'timeout' | 'blocked' | 'offline' | 'network' | 'cut-off';
    } = {},
  ) {
    super(message);
  }
  get status(): number | undefined {
    return this.options.status;
  }
}

/**
 * Something the source could not provide although the profile loaded: e.g. the author record of
 * an OpenAlex profile arrived but a page of their works failed (a 429). Carried by the loaded
 * result (`LoadedProfile.issues`) so elements can say so and offer a retry.
 */
export interface LoadIssue {
  /**
   * What is missing: `works` (the list of works is missing or incomplete), or `sources` (a source
   * of a profile merged from several, or their cross-link, is missing or does not match: see
   * `sources/`; shown discreetly, never as an error).
   */
  part: 'works' | 'sources';
  /** One human sentence: what failed and why. */
  message: string;
  status?: number;
  /** How many works did load (`sources`: how many sources were merged). */
  loaded: number;
  /** How many the source says there are, when it said. */
  total?: number;
}

export const isAbort = (err: unknown): boolean => (err as { name?: string })?.name === 'AbortError';
