/**
 * Where profiles come from. A format turns a URL (or a fetched body) into a value that the
 * validator then checks as a version-1 profile. The built-in `profile` format reads our own JSON;
 * adapters (OpenAlex, ORCID, BibTeX) register more.
 */
import { fetchJson, fetchText, parseJson, type Body, type HttpOptions } from './http.js';
import { SLICED_JSON_CHARS, runSliced } from './slices.js';
import type { LoadIssue } from './errors.js';

export interface SourceContext {
  signal?: AbortSignal;
  timeout?: number;
  /** Extra options from the element or caller, e.g. `maxWorks`, `mailto`. */
  options: Record<string, unknown>;
  /** Progress for long loads (paging), e.g. "works 200 of 620". */
  onProgress?: (message: string) => void;
  fetchText(url: string, opts?: Partial<HttpOptions>): Promise<Body>;
  fetchJson(url: string, opts?: Partial<HttpOptions>): Promise<unknown>;
}

/**
 * What a source gives back: the profile-shaped value (validated later), the warnings about it
 * ("works page 3 failed; 400 of 620 works shown"), and, for what is missing, issues in a form
 * elements can show (with a Retry).
 */
export interface SourceResult<P = unknown> {
  profile: P;
  warnings: string[];
  issues?: LoadIssue[];
}

export interface SourceFormat {
  /** The value of the `format` attribute that picks this format. */
  readonly name: string;
  /** True when the URL alone says the data is in this format. */
  matchesUrl?(url: URL): boolean;
  /** True when a fetched body is in this format (checked when the URL said nothing). */
  matchesContent?(text: string, contentType: string): boolean;
  /** Loads from a URL with requests of its own (e.g. an author, then pages of works). */
  load?(url: URL, ctx: SourceContext): Promise<SourceResult>;
  /** Turns a fetched body into a profile-shaped value. */
  parse?(text: string, url: URL, ctx: SourceContext): SourceResult | Promise<SourceResult>;
  /** As `parse`, from the pieces the body was read in (never joined into one string). */
  parseChunks?(chunks: readonly string[], url: URL, ctx: SourceContext): SourceResult | Promise<SourceResult>;
}

/** How much of a body the content matchers see. */
const SNIFF_CHARS = 256_000;

/**
 * Our own profile JSON (the default). A big text (over {@link SLICED_JSON_CHARS}) is parsed in
 * slices by `json-slices.ts`, loaded only then; a short one at once.
 */
export const profileFormat: SourceFormat = {
  name: 'profile',
  matchesContent: (text) => /^\s*\{/.test(text) && /"version"\s*:\s*1\b/.test(text),
  parse: (text, url, ctx) => profileFormat.parseChunks!([text], url, ctx),
  // JSON.parse's error becomes ours (`parseJson` says what is wrong where).
  parseChunks: async (chunks, _url, ctx) => {
    let size = 0;
    for (const c of chunks) size += c.length;
    if (size < SLICED_JSON_CHARS) return { profile: parseJson(chunks.join('')), warnings: [] };
    const { parseJsonSteps } = await import('./json-slices.js');
    const profile = await runSliced(parseJsonSteps(chunks), ctx.signal).catch((err: unknown) =>
      err instanceof SyntaxError ? parseJson(chunks.join('')) : Promise.reject(err),
    );
    return { profile, warnings: [] };
  },
};

const registry = new Map<string, SourceFormat>([[profileFormat.name, profileFormat]]);

/** Adds (or replaces) a format. Adapters call this when they are imported. */
export function registerFormat(format: SourceFormat): void {
  registry.set(format.name, format);
}

export function getFormat(name: string): SourceFormat | undefined {
  return registry.get(name);
}

export function formatNames(): string[] {
  return [...registry.keys()];
}

export function contextFor(opts: { signal?: AbortSignal; timeout?: number; options?: Record<string, unknown>; onProgress?: (m: string) => void }): SourceContext {
  const base = { signal: opts.signal, timeout: opts.timeout };
  return {
    ...base,
    options: opts.options ?? {},
    onProgress: opts.onProgress,
    fetchText: (url, o) => fetchText(url, { ...base, ...o }),
    fetchJson: (url, o) => fetchJson(url, { ...base, ...o }),
  };
}

/**
 * Loads a profile-shaped value from `url`: with the named format, else the format the URL
 * matches, else by the content of the response (falling back to our profile JSON).
 */
export async function loadFromUrl(url: URL, format: string | undefined, ctx: SourceContext): Promise<SourceResult> {
  let chosen = format ? registry.get(format) : undefined;
  if (format && !chosen) throw new Error(`Unknown format "${format}"; expected one of: ${formatNames().join(', ')}.`);
  chosen ??= [...registry.values()].find((f) => f.matchesUrl?.(url));
  if (chosen?.load) return chosen.load(url, ctx);
  const body = await ctx.fetchText(url.href);
  // A body read by `fetchText` comes in pieces, and is kept so: a caller's own `fetchText` (the
  // CLI's for files) may give one string.
  const chunks = body.chunks ?? [body.text];
  chosen ??= sniffFormat(chunks, body.contentType);
  if (chosen.parseChunks) return chosen.parseChunks(chunks, url, ctx);
  const text = body.chunks ? chunks.join('') : body.text;
  return chosen.parse ? chosen.parse(text, url, ctx) : { profile: parseJson(text), warnings: [] };
}

/**
 * The format of a body, told by how it begins: the matchers see its first SNIFF_CHARS characters,
 * taken from the first pieces only (the body is never joined to sniff it, nor scanned whole).
 */
export function sniffFormat(chunks: readonly string[], contentType: string): SourceFormat {
  let head = '';
  for (let i = 0; i < chunks.length && head.length < SNIFF_CHARS; i++) head += chunks[i]!;
  if (head.length > SNIFF_CHARS) head = head.slice(0, SNIFF_CHARS);
  return [...registry.values()].find((f) => f !== profileFormat && f.matchesContent?.(head, contentType)) ?? profileFormat;
}
