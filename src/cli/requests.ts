/// <reference types="node" />
/**
 * The requests a command makes, counted on the wire: a wrapper around `globalThis.fetch`, which
 * the data layer's HTTP code calls for every attempt (retries included). It also serves `file:`
 * URLs from disk (Node's fetch has none), so a roster's local members load through the same code
 * as on a web server; reading a file is not counted as a request.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

export type RequestKind = 'author' | 'works' | 'orcid' | 'other';

const ORCID_HOSTS = /^(?:www\.|pub\.|api\.)?(?:sandbox\.)?orcid\.org$/i;

/** What a request is, for the summary: an OpenAlex author lookup or works list call, ORCID, other. */
export function kindOf(url: URL): RequestKind {
  if (/^(?:www\.)?api\.openalex\.org$/i.test(url.hostname)) {
    if (/^\/authors\/[^/]+$/.test(url.pathname)) return 'author';
    if (/^\/works\/?$/.test(url.pathname)) return 'works';
    return 'other';
  }
  return ORCID_HOSTS.test(url.hostname) ? 'orcid' : 'other';
}

const TYPES: Record<string, string> = { '.json': 'application/json', '.bib': 'application/x-bibtex', '.bibtex': 'application/x-bibtex' };

async function fileResponse(url: URL): Promise<Response> {
  const path = fileURLToPath(url);
  try {
    const body = await readFile(path);
    return new Response(body, { status: 200, headers: { 'content-type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream' } });
  } catch (err) {
    const code = (err as { code?: string }).code;
    const status = code === 'ENOENT' ? 404 : 403;
    return new Response(JSON.stringify({ message: `${path} could not be read (${code ?? 'error'})` }), { status, headers: { 'content-type': 'application/json' } });
  }
}

export class RequestLog {
  readonly counts: Record<RequestKind, number> = { author: 0, works: 0, orcid: 0, other: 0 };
  /** Attempts at an address whose previous attempt failed (an error status or no answer). */
  retries = 0;
  /** Called after every counted request. */
  onChange?: () => void;
  private readonly failed = new Set<string>();

  get total(): number {
    return this.counts.author + this.counts.works + this.counts.orcid + this.counts.other;
  }

  /** Wraps `globalThis.fetch` until the returned function is called. */
  install(): () => void {
    const previous = globalThis.fetch;
    const log = this;
    globalThis.fetch = async function (input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
      const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const url = new URL(href);
      if (url.protocol === 'file:') return fileResponse(url);
      log.counts[kindOf(url)]++;
      if (log.failed.has(href)) log.retries++;
      log.onChange?.();
      try {
        const res = await previous(input, init);
        if (res.ok) log.failed.delete(href);
        else log.failed.add(href);
        return res;
      } catch (err) {
        log.failed.add(href);
        throw err;
      }
    };
    return () => {
      globalThis.fetch = previous;
    };
  }

  /** `2 author lookups, 1 works list call, 0 ORCID, 0 other; 0 retries` */
  summary(): string {
    const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
    const c = this.counts;
    return `${n(c.author, 'author lookup', 'author lookups')}, ${n(c.works, 'works list call', 'works list calls')}, ${c.orcid} ORCID, ${c.other} other; ${n(this.retries, 'retry', 'retries')}`;
  }
}
