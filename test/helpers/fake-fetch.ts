/** A fake `fetch` for tests: routes by URL, counts calls, can delay and honours AbortSignal. */
export interface FakeRoute {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  delay?: number;
  /** Throw a network error instead of answering. */
  networkError?: boolean;
}

export type Responder = FakeRoute | FakeRoute[] | ((url: string, call: number) => FakeRoute);

export interface FakeFetch {
  calls: string[];
  count(match?: string | RegExp): number;
  restore(): void;
}

export function fakeFetch(routes: Record<string, Responder>): FakeFetch {
  const original = window.fetch;
  const calls: string[] = [];
  const perRoute = new Map<string, number>();
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push(url);
    const key = Object.keys(routes).find((k) => url === k || url.endsWith(k)) ?? Object.keys(routes).find((k) => url.includes(k));
    const n = perRoute.get(key ?? '') ?? 0;
    perRoute.set(key ?? '', n + 1);
    const responder = key ? routes[key] : { status: 404, body: 'not found' };
    const route: FakeRoute =
      typeof responder === 'function' ? responder(url, n) : Array.isArray(responder) ? (responder[Math.min(n, responder.length - 1)] ?? {}) : responder!;
    const signal = init?.signal;
    await new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(new DOMException('aborted', 'AbortError'));
      const t = setTimeout(resolve, route.delay ?? 0);
      signal?.addEventListener('abort', () => {
        clearTimeout(t);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
    if (route.networkError) throw new TypeError('Failed to fetch');
    const body = typeof route.body === 'string' ? route.body : JSON.stringify(route.body ?? {});
    return new Response(body, { status: route.status ?? 200, headers: { 'content-type': 'application/json', ...route.headers } });
  }) as typeof fetch;
  return {
    calls,
    count: (match) => calls.filter((c) => (match === undefined ? true : typeof match === 'string' ? c.includes(match) : match.test(c))).length,
    restore: () => {
      window.fetch = original;
    },
  };
}
