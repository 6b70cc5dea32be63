/// <reference types="node" />
/**
 * `researcher-elements snapshot`: writes a validated profile JSON (version 1) from OpenAlex,
 * ORCID, a BibTeX file or any address the elements accept, for a site to host itself.
 *
 * It runs the browser's code, through the public data API only: the same formats, format
 * detection (`loadFromUrl`), adapters, HTTP retries and validation (`toProfile`). A local file is
 * a `file:` URL; the command's source context reads such URLs from disk and everything else
 * over HTTP, so a file is detected and parsed exactly as the same file on a web server would be.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DEFAULT_TIMEOUT,
  ProfileLoadError,
  contextFor,
  formatNames,
  loadFromUrl,
  openAlexAuthorKey,
  orcidIdOf,
  orcidUrl,
  parseJson,
  registerAdapters,
  toProfile,
  type SourceContext,
} from '../data/index.js';
import { UsageError, type SnapshotArgs } from './args.js';
import type { Output } from './output.js';
import { combinedCallsOpenAlex, combines, loadCombined } from './snapshot-sources.js';

/** Where the profile comes from: a URL (`file:` for a local file) and the format, if chosen. */
export interface Source {
  url: URL;
  format?: string;
}

const KEY_HINT = 'Give an OpenAlex API key with --api-key or the OPENALEX_API_KEY environment variable (free at https://openalex.org/settings/api).';

const isWeb = (s: string) => /^https?:\/\//i.test(s);
const usage = (message: string) => new UsageError(message, 'snapshot');

function webUrl(value: string): URL {
  try {
    return new URL(value);
  } catch {
    throw usage(`"${value}" is not a valid address`);
  }
}

/** The source the arguments name, checked with the data layer's own identifier rules. */
export function resolveSource(args: SnapshotArgs): Source {
  if (args.openalex !== undefined) {
    const v = args.openalex.trim();
    if (isWeb(v)) return { url: webUrl(v), format: 'openalex' };
    const url = new URL(`https://api.openalex.org/authors/${encodeURIComponent(v)}`);
    if (!openAlexAuthorKey(url)) throw usage(`"${v}" is not an OpenAlex author id (A followed by digits, or orcid:0000-…)`);
    return { url, format: 'openalex' };
  }
  if (args.orcid !== undefined) {
    const v = args.orcid.trim();
    let id: string | undefined;
    try {
      id = orcidIdOf(new URL(isWeb(v) ? v : `https://orcid.org/${encodeURIComponent(v)}`));
    } catch {
      id = undefined;
    }
    if (!id) throw usage(`"${args.orcid}" is not a valid ORCID iD (0000-0000-0000-0000 with a correct check digit)`);
    return { url: new URL(orcidUrl(id)), format: 'orcid' };
  }
  if (args.bibtex !== undefined) {
    return { url: isWeb(args.bibtex) ? webUrl(args.bibtex) : pathToFileURL(resolve(args.bibtex)), format: 'bibtex' };
  }
  const given = args.url!;
  if (args.format !== undefined && !formatNames().includes(args.format)) {
    throw usage(`unknown format "${args.format}" (choose from ${formatNames().join(', ')})`);
  }
  if (isWeb(given)) return { url: webUrl(given), format: args.format };
  if (existsSync(given)) return { url: pathToFileURL(resolve(given)), format: args.format };
  throw usage(`"${given}" is neither an http(s) address nor a file`);
}

/** True when loading `source` calls the OpenAlex API (where the key matters). */
export function callsOpenAlex(source: Source): boolean {
  const web = source.url.protocol === 'https:' || source.url.protocol === 'http:';
  return web && (source.format ?? 'openalex') === 'openalex' && openAlexAuthorKey(source.url) !== undefined;
}

/** The format options the command passes to the data layer. */
export function loadOptions(args: SnapshotArgs): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  if (args.maxWorks !== undefined) options.maxWorks = args.maxWorks;
  if (args.apiKey) options.apiKey = args.apiKey;
  if (args.name) options.name = args.name;
  if (args.id) options.id = args.id;
  return options;
}

async function readLocal(href: string): Promise<{ text: string; contentType: string }> {
  const path = fileURLToPath(href);
  try {
    return { text: await readFile(path, 'utf8'), contentType: '' };
  } catch (err) {
    const e = err as { code?: string; message?: string };
    throw new ProfileLoadError(`${path} could not be read (${e.code ?? e.message}).`, { src: href });
  }
}

/** The data layer's source context, reading `file:` URLs from disk. */
function sourceContext(args: SnapshotArgs, onProgress: (message: string) => void): SourceContext {
  const base = contextFor({ timeout: args.timeout || DEFAULT_TIMEOUT, options: loadOptions(args), onProgress });
  return {
    ...base,
    fetchText: (url, opts) => (url.startsWith('file:') ? readLocal(url) : base.fetchText(url, opts)),
    fetchJson: async (url, opts) => (url.startsWith('file:') ? parseJson((await readLocal(url)).text, opts?.what) : base.fetchJson(url, opts)),
  };
}

/** A refusal that a key would avoid says so. */
function explain(err: unknown, keyless: boolean): unknown {
  if (!keyless || !(err instanceof ProfileLoadError)) return err;
  const status = err.status;
  if (status !== 401 && status !== 403 && status !== 429) return err;
  return new ProfileLoadError(`${err.message} ${KEY_HINT}`, err.options);
}

export async function snapshot(args: SnapshotArgs, out: Output): Promise<void> {
  const source = resolveSource(args);
  if (args.mailto !== undefined) {
    out.say('researcher-elements: --mailto is ignored: OpenAlex no longer has an email "polite pool" (it requires an API key since 13 February 2026); give --api-key instead.');
  }
  const merged = combines(args, source);
  const openAlex = merged ? combinedCallsOpenAlex(args, source) : callsOpenAlex(source);
  const keyless = openAlex && !args.apiKey;
  if (keyless) out.say(`researcher-elements: no OpenAlex API key: without one OpenAlex allows very few list calls a day. ${KEY_HINT}`);

  const tty = process.stderr.isTTY;
  let lastProgress = '';
  const onProgress = (message: string) => {
    lastProgress = message;
    if (tty) out.progress(`\r${message}\u001b[K`);
    else out.say(message);
  };

  let value: unknown;
  try {
    registerAdapters();
    // The source's own warnings (a failed page of works) are already on stderr; so are the
    // notes about merged sources (a link that found nothing).
    const ctx = sourceContext(args, onProgress);
    ({ profile: value } = merged ? await loadCombined(args, source, ctx) : await loadFromUrl(source.url, source.format, ctx));
  } catch (err) {
    throw explain(err, keyless);
  } finally {
    if (tty && lastProgress) out.progress('\n');
  }
  // Validation as in the browser: invalid parts are dropped with a warning (on stderr), a
  // profile without an id or name is an error.
  const { profile: validated } = toProfile(value, source.url.href);
  // When the data was taken (an ISO date), shown by an element that falls back to this snapshot.
  // A profile that already says when it was retrieved (a snapshot of a snapshot) keeps its date.
  const profile = { ...validated, retrieved: validated.retrieved ?? new Date().toISOString().slice(0, 10) };
  await out.result(`${JSON.stringify(profile, null, 2)}\n`, args.out);
  if (args.out) out.say(`Wrote ${args.out}: ${profile.name}, ${profile.works.length} works, ${profile.people.length} co-authors.`);
}
