/**
 * The sentences for HTTP failures: a status in words, the server's own message from an error
 * body, waits, and keys removed from anything quoted. Loaded when a request fails with a status
 * (and by the adapters' mapping code), so that the element files do not carry them.
 */

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
  } else if (!t.startsWith('<') && t.length <= 300 && !/^(\d{3}\b.*|not found|forbidden|unauthori[sz]ed|too many requests|bad request|internal server error|bad gateway|service unavailable|gateway time-?out)\.?$/i.test(t)) {
    found = t; // plain text, unless it is just a status phrase ("Not found", "404 Not Found")
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

/** A wait for people: "45 s", "12 min", "15 h". */
export function waitText(ms: number): string {
  const s = Math.max(1, Math.ceil(ms / 1000));
  if (s < 600) return `${s} s`;
  if (s < 3 * 3600) return `${Math.ceil(s / 60)} min`;
  return `${Math.ceil(s / 3600)} h`;
}
