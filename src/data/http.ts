/**
 * HTTP for the data layer. Each attempt has one timer and one abort signal that cover the whole
 * response, headers and body: a server that sends headers and part of the body and then stalls
 * times out, and the caller's AbortSignal cancels the body read too.
 *
 * Retries (up to `retries`, exponential backoff): 5xx, and a body cut off while reading. A 429 is
 * retried only when the server's Retry-After is readable and short (cross-origin, it is readable
 * only when the server exposes it); otherwise it is a stop, with what is known. A request that
 * got no answer at all (fetch's TypeError: blocked by the page's CSP `connect-src`, refused by
 * CORS, unreachable, offline) is not retried, and the error says which, when the page can tell.
 */
import { ProfileLoadError, isAbort } from './errors.js';
import { acquireSlot } from './limiter.js';
import { SLICE_MS, nextTask } from './slices.js';

export interface HttpOptions {
  signal?: AbortSignal;
  /** Milliseconds per attempt, headers and body. Default 10 000; at most 300 000. */
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
/** The longest timeout honoured (a larger one, NaN or ≤ 0 never reaches `setTimeout`). */
export const MAX_TIMEOUT = 300_000;

/** A timeout `setTimeout` can take: the default for anything not a positive finite number, at most MAX_TIMEOUT. */
export function saneTimeout(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.min(value, MAX_TIMEOUT) : DEFAULT_TIMEOUT;
}

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

/** A break after this many chunks at most (a network chunk is up to ~64 KB), or after SLICE_MS. */
const CHUNKS_PER_SLICE = 64;
/** Decoded chunks are gathered into pieces of about this many characters. */
const PIECE_CHARS = 1 << 20;

/**
 * Reads a body as text, decoding chunk by chunk and giving the page the main thread back between
 * slices; cancelling `signal` cancels the read (even of a stream that stalls). The text comes back
 * as a list of pieces of about a megabyte, never joined here: making ~100 MB into one string is a
 * long task of its own (the JSON parser reads the pieces as they are, see `json-slices.ts`).
 */
async function readBody(res: Response, signal: AbortSignal): Promise<string[]> {
  if (!res.body) return [];
  if (signal.aborted) throw abortError();
  const reader = res.body.getReader();
  const onAbort = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', onAbort, { once: true });
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  let piece = '';
  const add = (s: string) => {
    if (piece.length + s.length > PIECE_CHARS && piece) {
      pieces.push(piece);
      piece = '';
    }
    piece += s;
  };
  let end = performance.now() + SLICE_MS;
  let chunks = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal.aborted) throw abortError();
      if (done) break;
      add(decoder.decode(value, { stream: true }));
      // Chunks already received resolve in microtasks, all in one task: a body of tens of
      // megabytes would be decoded without the page getting the main thread back.
      if (++chunks % CHUNKS_PER_SLICE === 0 || performance.now() >= end) {
        await nextTask();
        if (signal.aborted) throw abortError();
        end = performance.now() + SLICE_MS;
      }
    }
    add(decoder.decode());
    if (piece) pieces.push(piece);
    return pieces;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/** A body as text: `chunks` as read, `text` (joined on first use) for callers that want one string. */
export interface Body {
  readonly text: string;
  readonly contentType: string;
  /** The text in the pieces it was read in (absent when a caller's own `fetchText` gave one string). */
  readonly chunks?: readonly string[];
}

function body(chunks: readonly string[], contentType: string): Body {
  let text: string | undefined;
  return {
    contentType,
    chunks,
    get text() {
      return (text ??= chunks.length === 1 ? chunks[0]! : chunks.join(''));
    },
  };
}

interface Answer {
  status: number;
  ok: boolean;
  headers: Headers;
  chunks: string[];
}

const tick = () => new Promise((r) => setTimeout(r, 0));

/** Watches for a CSP `connect-src` violation about `url` while a request runs. */
function watchCsp(url: string): { blocked(): boolean; stop(): void } {
  if (typeof document === 'undefined') return { blocked: () => false, stop: () => undefined };
  let hit = false;
  let origin = '';
  try {
    origin = new URL(url, document.baseURI).origin;
  } catch {}
  const on = (e: SecurityPolicyViolationEvent) => {
    const directive = e.effectiveDirective || e.violatedDirective;
    if (!/connect-src|default-src/.test(directive)) return;
    try {
      if (!e.blockedURI || new URL(e.blockedURI, document.baseURI).origin === origin) hit = true;
    } catch {
      hit = true;
    }
  };
  document.addEventListener('securitypolicyviolation', on);
  return { blocked: () => hit, stop: () => document.removeEventListener('securitypolicyviolation', on) };
}

async function attempt(url: string, opts: HttpOptions): Promise<Answer> {
  // A host with a cap on requests in flight (orcid.org: 4 per page) waits for a slot first.
  const release = await acquireSlot(url, opts.signal);
  try {
    return await attemptNow(url, opts);
  } finally {
    release();
  }
}

async function attemptNow(url: string, opts: HttpOptions): Promise<Answer> {
  const timeout = saneTimeout(opts.timeout);
  const what = opts.what ?? 'The profile';
  const ctrl = new AbortController();
  let timedOut = false;
  let answered = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort();
  }, timeout);
  const onAbort = () => ctrl.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const csp = watchCsp(url);
  try {
    const res = await fetch(url, { signal: ctrl.signal, headers: opts.headers, credentials: 'omit' });
    answered = true;
    const chunks = await readBody(res, ctrl.signal);
    return { status: res.status, ok: res.ok, headers: res.headers, chunks };
  } catch (err) {
    if (opts.signal?.aborted) throw abortError();
    if (timedOut) {
      throw new ProfileLoadError(`${what} took too long to load (over ${Math.round(timeout / 100) / 10} s).`, { retryable: false, cause: 'timeout' });
    }
    if (answered) throw new ProfileLoadError(`${what} was cut off while loading.`, { retryable: true, cause: 'cut-off' });
    if (isAbort(err)) throw err;
    throw await noAnswer(url, what, csp);
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
    csp.stop();
  }
}

/** Why fetch gave no answer at all: blocked by the page's CSP, offline, or CORS / unreachable. */
async function noAnswer(url: string, what: string, csp: { blocked(): boolean }): Promise<ProfileLoadError> {
  let origin = url;
  try {
    origin = new URL(url, typeof document !== 'undefined' ? document.baseURI : undefined).origin;
  } catch {}
  // The violation event is queued as a task of its own: let it arrive.
  if (!csp.blocked()) await tick();
  if (csp.blocked()) {
    return new ProfileLoadError(`${what} was blocked by this page's Content Security Policy: add ${origin} to its connect-src.`, {
      retryable: false,
      cause: 'blocked',
    });
  }
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    return new ProfileLoadError(`${what} could not be loaded: this device is offline.`, { retryable: false, cause: 'offline' });
  }
  return new ProfileLoadError(
    `${what} could not be loaded: no answer could be read from ${origin} (the server is unreachable, or it does not let other sites read its data: it must send Access-Control-Allow-Origin).`,
    { retryable: false, cause: 'network' },
  );
}

/**
 * GETs `url` and returns the response body as text (see {@link Body}: a big body is joined only
 * when `text` is read); throws ProfileLoadError or an AbortError.
 */
export async function fetchText(url: string, opts: HttpOptions = {}): Promise<Body> {
  const retries = opts.retries ?? 2;
  const what = opts.what ?? 'The profile';
  const maxWait = opts.maxRetryAfter ?? 10_000;
  for (let n = 0; ; n++) {
    if (opts.signal?.aborted) throw abortError();
    let error: ProfileLoadError;
    try {
      const res = await attempt(url, opts);
      if (res.ok) return body(res.chunks, res.headers.get('content-type') ?? '');
      const retryAfter = parseRetryAfter(res.headers.get('retry-after'));
      const remaining = Number(res.headers.get('x-ratelimit-remaining') ?? NaN);
      // A 429 is retried only when the server said (readably) how long to wait, and not for long.
      const retryable = res.status >= 500 || (res.status === 429 && retryAfter !== undefined && retryAfter <= maxWait);
      // The sentences load with the first failure (a lazy chunk): the server did answer.
      let message = `${what} could not be loaded (HTTP ${res.status}).`;
      let detail: string | undefined;
      try {
        const words = await import('./http-errors.js');
        // An error body is short (its first megabyte is enough): a huge one is not joined for it.
        detail = words.serverMessage(res.chunks[0] ?? '');
        message = words.httpMessage(res.status, what, detail, retryAfter);
      } catch {}
      error = new ProfileLoadError(message, {
        status: res.status,
        retryable,
        retryAfter,
        detail,
        ...(Number.isFinite(remaining) && { rateLimitRemaining: remaining }),
      });
    } catch (err) {
      if (!(err instanceof ProfileLoadError)) throw err;
      error = err;
    }
    if (!error.options.retryable || n >= retries) throw error;
    const wait = error.options.retryAfter ?? (opts.backoff ?? 400) * 2 ** n * (0.75 + Math.random() * 0.5);
    if (wait > maxWait) throw error;
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
    throw new ProfileLoadError(empty ? `${what} is empty.` : `${what} is not valid JSON${markupKind(text)}.`);
  }
}

/** " (an HTML page came back instead)", " (an XML document came back instead)" or "". */
function markupKind(text: string): string {
  const head = text.slice(0, 2000);
  if (!/^\s*(\uFEFF)?</.test(head)) return '';
  if (/<!doctype\s+html|<(html|head|body|title|meta|div|p|script)[\s>/]/i.test(head)) return ' (an HTML page came back instead)';
  return ' (an XML document came back instead)';
}
