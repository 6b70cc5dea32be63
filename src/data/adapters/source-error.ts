/**
 * The sentences for a source's HTTP failures (404, 429, OpenAlex's spent allowance and refused
 * keys). Only the adapters' mapping code (loaded on first use) imports this module, so it stays
 * out of the element files.
 */
import { ProfileLoadError } from '../errors.js';
import { redactKeys, waitText } from '../http-errors.js';
import { str } from './shared.js';

/**
 * Rewrites an HTTP failure into a sentence naming the source, the thing and the cause:
 * "OpenAlex has no author A999 (HTTP 404).", "ORCID is limiting requests (HTTP 429) …", and for
 * OpenAlex the spent daily allowance and refused API keys. Other errors (and aborts) pass through.
 * `key` (an API key in use) is removed from any text that could carry it.
 */
export function sourceError(err: unknown, source: string, thing: string, src?: string, key?: string): unknown {
  if (!(err instanceof ProfileLoadError)) return err;
  const { status, retryAfter, detail: rawDetail } = err.options;
  const detail = rawDetail ? redactKeys(rawDetail, key) : undefined;
  const options = { ...err.options, detail, src };
  if (status === 404 || status === 410) return new ProfileLoadError(`${source} has no ${thing} (HTTP ${status}).`, options);
  if (source === 'OpenAlex' && (status === 401 || status === 403 || (status === 429 && isAllowanceSpent(err)))) {
    return new ProfileLoadError(openAlexRefusal(status, thing, !!key, detail, retryAfter), options);
  }
  if (status === 429) {
    const when = retryAfter !== undefined ? `try again in ${waitText(retryAfter)}` : 'it did not say for how long; try again later';
    return new ProfileLoadError(`${source} is limiting requests (HTTP 429) while loading ${thing}; ${when}.`, options);
  }
  return detail === rawDetail ? err : new ProfileLoadError(redactKeys(err.message, key), options);
}

/**
 * True when an OpenAlex 429 means the daily allowance is spent rather than a short burst: no
 * readable Retry-After, or a long one, or `X-RateLimit-Remaining: 0`, or an error body about
 * budgets, credits or keys.
 */
function isAllowanceSpent(err: ProfileLoadError): boolean {
  const { retryAfter, rateLimitRemaining, detail } = err.options;
  return retryAfter === undefined || retryAfter > 10 * 60_000 || rateLimitRemaining === 0 || /budget|allowance|credit|usd|api[ _-]?key|daily|per day/i.test(detail ?? '');
}

/** One sentence for OpenAlex refusing: the spent allowance (429 or an error body) or a key problem (401/403). */
export function openAlexRefusal(status: number | undefined, thing: string, keyed: boolean, detail?: string, retryAfter?: number): string {
  const said = detail ? ` (OpenAlex said: "${detail}")` : '';
  const code = status ? ` (HTTP ${status})` : '';
  if (status === 401 || status === 403 || (status === undefined && /api[ _-]?key|unauthori[sz]ed|forbidden/i.test(detail ?? '') && !/budget|allowance|credit/i.test(detail ?? ''))) {
    return keyed
      ? `OpenAlex did not accept the API key, so it did not send ${thing}${code}${said}.`
      : `OpenAlex asks for an API key before it sends ${thing}${code}${said}.`;
  }
  const when = retryAfter !== undefined ? `try again in ${waitText(retryAfter)}` : 'try again tomorrow';
  return keyed
    ? `OpenAlex did not send ${thing} because the daily allowance of this API key is used up; ${when}${said}.`
    : `OpenAlex did not send ${thing} because the daily allowance for requests without an API key is used up; ${when}, or use an OpenAlex API key${said}.`;
}

/** A 200 whose body is OpenAlex's `{"error", "message"}` instead of data: its message, else undefined. */
function errorBody(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || (body as Record<string, unknown>).id !== undefined || (body as Record<string, unknown>).results !== undefined) return undefined;
  const b = body as Record<string, unknown>;
  const m = str(b.message) ?? str(b.error);
  return m ? redactKeys(m.replace(/\s+/g, ' ')).slice(0, 240) : undefined;
}

/** Throws the sentence for an OpenAlex error body that came with a 200 (or, for a `list`, a body without `results`). */
export function throwIfErrorBody(body: unknown, thing: string, key: string | undefined, list = false): void {
  const said = errorBody(body);
  if (!said) {
    if (list && !Array.isArray((body as { results?: unknown } | null)?.results)) throw new ProfileLoadError(`OpenAlex sent no "results" list for ${thing}.`);
    return;
  }
  const detail = redactKeys(said, key);
  if (/budget|allowance|credit|usd|api[ _-]?key|unauthori[sz]ed|forbidden|rate limit|daily/i.test(detail)) {
    throw new ProfileLoadError(openAlexRefusal(undefined, thing, !!key, detail), { detail });
  }
  throw new ProfileLoadError(`OpenAlex answered with an error instead of ${thing}: "${detail}".`, { detail });
}
