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
  /** What is missing: `works` (the list of works is missing or incomplete). */
  part: 'works';
  /** One human sentence: what failed and why. */
  message: string;
  status?: number;
  /** How many works did load. */
  loaded: number;
  /** How many the source says there are, when it said. */
  total?: number;
}

/** Removes anything that looks like an API key (`api_key=…`, `api-key: …`) from a text meant for people. */
export function redactKeys(text: string, key?: string): string {
  let out = text.replace(/(api[_-]?key["']?\s*[=:]\s*["']?)[^&\s"',;]+/gi, '$1…');
  if (key && key.length >= 4) out = out.split(key).join('…');
  return out;
}

/**
 * The server's own message in an error body (JSON `message`/`error`/`user-message`/…, or short
 * plain text), shortened to one line; undefined when there is none or it is an HTML page.
 */
export function serverMessage(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.trim();
  if (!t) return undefined;
  let found: string | undefined;
  if (t.startsWith('{')) {
    try {
      const v = JSON.parse(t) as Record<string, unknown>;
      for (const k of ['message', 'user-message', 'developer-message', 'detail', 'error_description', 'error']) {
        const x = v?.[k];
        if (typeof x === 'string' && x.trim()) {
          found = x;
          break;
        }
        if (x && typeof x === 'object' && typeof (x as { message?: unknown }).message === 'string') {
          found = (x as { message: string }).message;
          break;
        }
      }
    } catch {
      return undefined;
    }
  } else if (!t.startsWith('<') && t.length <= 300) {
    found = t;
  }
  if (!found) return undefined;
  const one = redactKeys(found.replace(/\s+/g, ' ').trim());
  return one.length > 240 ? `${one.slice(0, 239)}…` : one || undefined;
}

export function httpMessage(status: number, what = 'The profile', detail?: string, retryAfter?: number): string {
  const lower = what.charAt(0).toLowerCase() + what.slice(1);
  const said = detail ? ` The server said: "${detail}"` : '';
  if (status === 404 || status === 410) return `${what} was not found (HTTP ${status}).${said}`;
  if (status === 401 || status === 403) {
    return detail ? `The server refused access to ${lower} (HTTP ${status}): "${detail}"` : `${what} is not public (HTTP ${status}).`;
  }
  if (status === 429) {
    const when = retryAfter !== undefined ? `try again in ${waitText(retryAfter)}` : 'the server did not say when to try again';
    return `Too many requests for ${lower} (HTTP 429); ${when}.${said}`;
  }
  if (status >= 500) return `The server could not provide ${lower} right now (HTTP ${status}).${said}`;
  return `${what} could not be loaded (HTTP ${status}).${said}`;
}

export const isAbort = (err: unknown): boolean => (err as { name?: string })?.name === 'AbortError';

/** A wait for people: "45 s", "12 min", "15 h". */
export function waitText(ms: number): string {
  const s = Math.max(1, Math.ceil(ms / 1000));
  if (s < 600) return `${s} s`;
  if (s < 3 * 3600) return `${Math.ceil(s / 60)} min`;
  return `${Math.ceil(s / 3600)} h`;
}
