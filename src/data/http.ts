/**
 * HTTP for the data layer: a timeout per attempt, up to `retries` retries with exponential
 * backoff on network errors, 5xx and 429 (honouring Retry-After), and the caller's AbortSignal.
 */
import { ProfileLoadError, httpMessage, isAbort } from './errors.js';

export interface HttpOptions {
  signal?: AbortSignal;
  /** Milliseconds per attempt. Default 10 000. */
  timeout?: number;
  /** Retries after the first attempt. Default 2. */
  retries?: number;
  /** Base backoff in ms (doubled each retry). Default 400. */
  backoff?: number;
  /** Longest wait for a Retry-After, in ms. Default 10 000. */
  maxRetryAfter?: number;
  headers?: Record<string, string>;
  /** What to call the thing in messages, e.g. "The OpenAlex author A123". */
  what?: string;
}

export const DEFAULT_TIMEOUT = 10_000;

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Retry-After in ms: seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const s = Number(value.trim());
  if (Number.isFinite(s) && s >= 0) return s * 1000;
  const d = Date.parse(value);
  return Number.isNaN(d) ? undefined : Math.max(0, d - now);
}

async function attempt(url: string, opts: HttpOptions): Promise<Response> {
  const timeout = opts.timeout ?? DEFAULT_TIMEOUT;
  const ctrl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort();
  }, timeout);
  const onAbort = () => ctrl.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await fetch(url, { signal: ctrl.signal, headers: opts.headers, credentials: 'omit' });
  } catch (err) {
    if (opts.signal?.aborted) throw abortError();
    if (timedOut) {
      throw new ProfileLoadError(`${opts.what ?? 'The profile'} took too long to load (over ${Math.round(timeout / 100) / 10} s).`, {
        retryable: false,
      });
    }
    throw new ProfileLoadError(`${opts.what ?? 'The profile'} could not be loaded: the network request failed.`, { retryable: true });
    void err;
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/** GETs `url` and returns the response body as text; throws ProfileLoadError or an AbortError. */
export async function fetchText(url: string, opts: HttpOptions = {}): Promise<{ text: string; contentType: string }> {
  const retries = opts.retries ?? 2;
  const what = opts.what ?? 'The profile';
  for (let n = 0; ; n++) {
    if (opts.signal?.aborted) throw abortError();
    let error: ProfileLoadError;
    try {
      const res = await attempt(url, opts);
      if (res.ok) {
        try {
          return { text: await res.text(), contentType: res.headers.get('content-type') ?? '' };
        } catch (err) {
          if (opts.signal?.aborted || isAbort(err)) throw abortError();
          throw new ProfileLoadError(`${what} was cut off while loading.`, { retryable: true });
        }
      }
      const retryable = res.status === 429 || res.status >= 500;
      error = new ProfileLoadError(httpMessage(res.status, what), {
        status: res.status,
        retryable,
        retryAfter: parseRetryAfter(res.headers.get('retry-after')),
      });
    } catch (err) {
      if (!(err instanceof ProfileLoadError)) throw err;
      error = err;
    }
    if (!error.options.retryable || n >= retries) throw error;
    const wait = error.options.retryAfter ?? (opts.backoff ?? 400) * 2 ** n * (0.75 + Math.random() * 0.5);
    if (wait > (opts.maxRetryAfter ?? 10_000)) throw error;
    await sleep(wait, opts.signal);
  }
}

/** GETs `url` and parses JSON; a body that is not JSON is a clear error. */
export async function fetchJson(url: string, opts: HttpOptions = {}): Promise<unknown> {
  const { text } = await fetchText(url, opts);
  return parseJson(text, opts.what);
}

export function parseJson(text: string, what = 'The profile'): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const empty = !text.trim();
    throw new ProfileLoadError(empty ? `${what} is empty.` : `${what} is not valid JSON${/^\s*</.test(text) ? ' (an HTML page came back instead)' : ''}.`);
  }
}
