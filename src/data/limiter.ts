/**
 * Requests in flight per host, for the data layer's HTTP path. ORCID has no batch endpoint, so a
 * department page of ORCID members would otherwise fire every record at once: at most
 * `ORCID_IN_FLIGHT` (4) requests to orcid.org hosts run at a time on a page; the others wait
 * their turn (in order; a caller's abort takes it out of the queue). Other hosts are not limited.
 */

export const ORCID_IN_FLIGHT = 4;

interface Slot {
  limit: number;
  running: number;
  queue: { go: () => void; signal?: AbortSignal; onAbort: () => void }[];
}

const slots = new Map<string, Slot>();

/** The limiter's name for a URL's host, or undefined when the host is not limited. */
function limitedHost(url: string): { name: string; limit: number } | undefined {
  if (!/orcid\.org/i.test(url)) return undefined; // most requests: no URL parsing
  let host: string;
  try {
    host = new URL(url, typeof document !== 'undefined' ? document.baseURI : undefined).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (host === 'orcid.org' || host.endsWith('.orcid.org')) return { name: 'orcid', limit: ORCID_IN_FLIGHT };
  return undefined;
}

const free = () => undefined;

/**
 * Waits for a free slot for `url` and returns its release (call it once the request is over);
 * resolves at once for hosts that are not limited. Rejects with an AbortError when `signal` aborts
 * while waiting.
 */
export function acquireSlot(url: string, signal?: AbortSignal): Promise<() => void> {
  const host = limitedHost(url);
  if (!host) return Promise.resolve(free);
  let slot = slots.get(host.name);
  if (!slot) slots.set(host.name, (slot = { limit: host.limit, running: 0, queue: [] }));
  const s = slot;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    s.running--;
    const next = s.queue.shift();
    if (next) next.go();
  };
  if (s.running < s.limit) {
    s.running++;
    return Promise.resolve(release);
  }
  return new Promise((resolve, reject) => {
    const waiter = {
      signal,
      go: () => {
        signal?.removeEventListener('abort', waiter.onAbort);
        s.running++;
        resolve(release);
      },
      onAbort: () => {
        const i = s.queue.indexOf(waiter);
        if (i >= 0) s.queue.splice(i, 1);
        reject(new DOMException('The operation was aborted.', 'AbortError'));
      },
    };
    if (signal?.aborted) return waiter.onAbort();
    signal?.addEventListener('abort', waiter.onAbort, { once: true });
    s.queue.push(waiter);
  });
}

/** Requests running and waiting for a limited host (`orcid`), for tests and diagnostics. */
export function slotState(name = 'orcid'): { running: number; waiting: number } {
  const s = slots.get(name);
  return { running: s?.running ?? 0, waiting: s?.queue.length ?? 0 };
}
