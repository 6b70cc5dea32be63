/// <reference types="node" />
/**
 * The command line of `researcher-elements`: which command, its options, and the checks that
 * need no library code (anything wrong here is a usage error: exit status 2 and the usage).
 * Values that only the data or rendering code can judge (an ORCID iD's check digit, an element
 * name) are checked by the command, with that code.
 */
import { parseArgs } from 'node:util';

export type Command = 'snapshot' | 'render';

/** A mistake on the command line: printed with the command's usage, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly command?: Command,
  ) {
    super(message);
  }
}

export interface SnapshotArgs {
  command: 'snapshot';
  openalex?: string;
  orcid?: string;
  bibtex?: string;
  /** A URL or a file given without a source option. */
  url?: string;
  out?: string;
  /** From `--api-key`, else `OPENALEX_API_KEY`. */
  apiKey?: string;
  /** Given, so the command can say it is ignored. */
  mailto?: string;
  maxWorks?: number;
  name?: string;
  id?: string;
  format?: string;
  timeout?: number;
  /** `--group FILE`: a roster to snapshot whole, into the directory `out`. */
  group?: string;
  /** `--max-age`, in ms: member files newer than this are kept (group snapshots). */
  maxAge?: number;
  refresh?: boolean;
  allowPartial?: boolean;
  /** `--also`: more sources for the same person (repeatable, or several separated by spaces). */
  also?: string[];
  /** Cross-link ORCID and OpenAlex (default on; `--no-link-sources` turns it off). */
  linkSources?: boolean;
}

export interface RenderArgs {
  command: 'render';
  /** A file, or `-` for standard input. */
  profile: string;
  /** As given; the render command checks the names against the renderer's list. */
  elements?: string[];
  /** `--attr` values as given (`TAG:NAME=VALUE`); the render command reads them. */
  attr: string[];
  out?: string;
  lang?: string;
  theme?: string;
  baseUrl?: string;
}

export interface HelpArgs {
  command: 'help';
  /** The command whose help was asked for, if any. */
  about?: Command;
}

export type Args = SnapshotArgs | RenderArgs | HelpArgs;

const SNAPSHOT_OPTIONS = ['openalex', 'orcid', 'bibtex', 'group', 'api-key', 'mailto', 'max-works', 'name', 'id', 'format', 'timeout', 'max-age', 'refresh', 'allow-partial', 'also', 'link-sources', 'no-link-sources'] as const;
/** Options that only a group snapshot reads. */
const GROUP_ONLY = ['max-age', 'refresh', 'allow-partial'] as const;
/** Options that only a single snapshot reads. */
const SINGLE_ONLY = ['name', 'id', 'format', 'also', 'link-sources', 'no-link-sources'] as const;
const RENDER_OPTIONS = ['profile', 'elements', 'lang', 'theme', 'base-url', 'attr'] as const;

const OPTIONS = {
  openalex: { type: 'string' },
  orcid: { type: 'string' },
  bibtex: { type: 'string' },
  group: { type: 'string' },
  'max-age': { type: 'string' },
  refresh: { type: 'boolean' },
  'allow-partial': { type: 'boolean' },
  also: { type: 'string', multiple: true },
  'link-sources': { type: 'boolean' },
  'no-link-sources': { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  'api-key': { type: 'string' },
  mailto: { type: 'string' },
  'max-works': { type: 'string' },
  name: { type: 'string' },
  id: { type: 'string' },
  format: { type: 'string' },
  timeout: { type: 'string' },
  profile: { type: 'string', short: 'p' },
  elements: { type: 'string' },
  lang: { type: 'string' },
  theme: { type: 'string' },
  'base-url': { type: 'string' },
  attr: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>>['values'];

/** Reads the command line; `env` supplies `OPENALEX_API_KEY`. Throws a UsageError. */
export function parseCommandLine(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Args {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const [command, ...rest] = positionals;
  if (values.help) return { command: 'help', about: command === 'snapshot' || command === 'render' ? command : undefined };
  if (command !== 'snapshot' && command !== 'render') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  const foreign = command === 'render' ? SNAPSHOT_OPTIONS : RENDER_OPTIONS;
  const stray = foreign.find((k) => values[k] !== undefined);
  if (stray) throw new UsageError(`--${stray} is not an option of ${command}`, command);
  return command === 'render' ? renderArgs(values, rest) : snapshotArgs(values, rest, env);
}

function wholeNumber(values: Values, key: 'max-works' | 'timeout'): number | undefined {
  const v = values[key];
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`--${key} must be a whole number, not "${v}"`, 'snapshot');
  return Number(v);
}

const DURATION_UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `--max-age`: a whole number with a unit (`30m`, `12h`, `7d`, `2w`; `s` for seconds). */
export function parseDuration(value: string): number {
  const m = /^(\d+)\s*([smhdw])$/.exec(value.trim());
  if (!m) throw new UsageError(`--max-age must be a number and a unit (s, m, h, d or w), e.g. 7d or 12h, not "${value}"`, 'snapshot');
  return Number(m[1]) * DURATION_UNITS[m[2]!]!;
}

function snapshotArgs(values: Values, rest: string[], env: Readonly<Record<string, string | undefined>>): SnapshotArgs {
  const sources = [values.openalex, values.orcid, values.bibtex, values.group, ...rest].filter((s) => s !== undefined);
  if (sources.length !== 1) {
    throw new UsageError(sources.length ? 'give exactly one source' : 'no source given (--openalex, --orcid, --bibtex, --group or a URL)', 'snapshot');
  }
  const grouped = values.group !== undefined;
  const misplaced = (grouped ? SINGLE_ONLY : GROUP_ONLY).find((k) => values[k] !== undefined);
  if (misplaced) throw new UsageError(grouped ? `--${misplaced} is not an option of snapshot --group` : `--${misplaced} needs --group`, 'snapshot');
  if (values['link-sources'] && values['no-link-sources']) throw new UsageError('give --link-sources or --no-link-sources, not both', 'snapshot');
  const also = (values.also ?? []).flatMap((a) => a.split(/\s+/)).filter(Boolean);
  if (values.also !== undefined && !also.length) throw new UsageError('--also is empty', 'snapshot');
  if (grouped && !values.out) throw new UsageError('--group needs --out DIR (the directory to write the group into)', 'snapshot');
  const maxWorks = wholeNumber(values, 'max-works');
  const timeout = wholeNumber(values, 'timeout');
  // Never echo the key itself, not even in a usage error.
  if (values['api-key'] !== undefined && !values['api-key'].trim()) throw new UsageError('--api-key is empty', 'snapshot');
  const apiKey = values['api-key']?.trim() || env.OPENALEX_API_KEY?.trim() || undefined;
  return {
    command: 'snapshot',
    openalex: values.openalex,
    orcid: values.orcid,
    bibtex: values.bibtex,
    url: rest[0],
    out: values.out,
    apiKey,
    mailto: values.mailto,
    maxWorks,
    name: values.name,
    id: values.id,
    format: values.format,
    timeout,
    group: values.group,
    maxAge: values['max-age'] !== undefined ? parseDuration(values['max-age']) : undefined,
    refresh: values.refresh,
    allowPartial: values['allow-partial'],
    ...(also.length && { also }),
    ...(!grouped && { linkSources: !values['no-link-sources'] }),
  };
}

function renderArgs(values: Values, rest: string[]): RenderArgs {
  const fail = (message: string) => new UsageError(message, 'render');
  if (rest.length) throw fail(`unexpected argument "${rest[0]}"`);
  if (values.profile === undefined || values.profile === '') throw fail('no profile given (--profile FILE, or --profile - for standard input)');
  let elements: string[] | undefined;
  if (values.elements !== undefined) {
    elements = values.elements
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    if (!elements.length) throw fail('--elements is empty');
  }
  return {
    command: 'render',
    profile: values.profile,
    elements,
    attr: values.attr ?? [],
    out: values.out,
    lang: values.lang,
    theme: values.theme,
    baseUrl: values['base-url'],
  };
}
