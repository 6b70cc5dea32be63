/// <reference types="node" />
/**
 * `researcher-elements snapshot --group group.json --out DIR`: a whole group for a static site.
 * Writes into DIR
 *
 *   members/<name>.json   one profile JSON (version 1) per member, with `retrieved`;
 *   works.json            the roster's extra `works`, as a profile JSON (when it has one);
 *   group.json            the roster, each member's `src` pointing at its file in members/;
 *   group.merged.json     the merged group (`buildGroup`: members, merged works, links,
 *                         co-authors, counts), for a build step or a search index.
 *
 * so that `<research-group src="DIR/group.json">` shows the group without calling any API. It
 * loads through the public data API only, as the browser does: OpenAlex records by the free
 * lookups, works by the shared batched list calls (`loadMember` for every member in one tick).
 * Requests are counted on the wire (`requests.ts`). Member files newer than `--max-age` are kept
 * unless `--refresh`, so an interrupted run resumes where it stopped and a re-run costs nothing.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, utimes } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DEFAULT_TIMEOUT,
  buildGroup,
  loadMember,
  loadProfile,
  openAlexAuthorKey,
  orcidIdOf,
  parseJson,
  registerAdapters,
  toGroup,
  toProfile,
  type Group,
  type GroupMemberEntry,
  type LoadedProfile,
  type MemberResult,
} from '../data/index.js';
import { UsageError, type SnapshotArgs } from './args.js';
import type { Output } from './output.js';
import { RequestLog } from './requests.js';
import { loadOptions } from './snapshot.js';

/** Member files younger than this are kept when `--max-age` is not given. */
export const DEFAULT_MAX_AGE = 24 * 3_600_000;

const MEMBERS_DIR = 'members';
const ROSTER_FILE = 'group.json';
const MERGED_FILE = 'group.merged.json';
const WORKS_FILE = 'works.json';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The file a member's profile is written to, from its source alone (so a re-run finds it before
 * loading anything): `openalex-A5023888391.json`, `orcid-0000-0003-0902-4386.json`, else the
 * source's file name and a short hash of its URL (`ada-1f2e3d4c.json`).
 */
export function memberFileName(src: string): string {
  const url = new URL(src);
  const clean = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 60);
  const openalex = openAlexAuthorKey(url);
  if (openalex) return `openalex-${clean(openalex)}.json`;
  const orcid = orcidIdOf(url);
  if (orcid) return `orcid-${clean(orcid)}.json`;
  const last = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '').replace(/\.[^.]*$/, '');
  const hash = createHash('sha1').update(url.href).digest('hex').slice(0, 8);
  return `${clean(last) || 'member'}-${hash}.json`;
}

/** A path relative to the output directory, with `/` (a URL path for the roster). */
const urlPath = (outDir: string, file: string) => relative(outDir, file).split(sep).join('/');

interface Item {
  /** The roster entry's absolute URL, and its format. */
  src: string;
  format?: string;
  /** The member's other sources (`also`), merged into its file. */
  also?: string[];
  /** Where its profile is written, absolute. */
  file: string;
  result?: MemberResult;
  /** Read from a fresh file rather than loaded. */
  kept?: boolean;
}

/** A kept file's profile, or undefined when the file is missing, old or unreadable. */
async function keptProfile(file: string, maxAge: number): Promise<LoadedProfile | undefined> {
  try {
    const info = await stat(file);
    if (Date.now() - info.mtimeMs >= maxAge) return undefined;
    const loaded = toProfile(parseJson(await readFile(file, 'utf8'), 'The member file'), pathToFileURL(file).href);
    return loaded;
  } catch {
    return undefined;
  }
}

async function readRoster(path: string) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new Error(`${path} could not be read (${(err as { code?: string }).code ?? (err as Error).message}).`);
  }
  // Relative member URLs resolve against the roster file; local files (file:) are allowed then.
  return toGroup(parseJson(text, 'The group'), pathToFileURL(path).href);
}

const message = (reason: unknown) => ((reason as Error)?.message ?? String(reason)).trim();

export async function snapshotGroup(args: SnapshotArgs, out: Output): Promise<void> {
  const rosterPath = resolve(args.group!);
  const outDir = resolve(args.out!);
  if (join(outDir, ROSTER_FILE) === rosterPath) {
    throw new UsageError(`--out ${args.out} would overwrite the roster itself (${ROSTER_FILE}); write the snapshot into another directory`, 'snapshot');
  }
  if (args.mailto !== undefined) out.say('researcher-elements: --mailto is ignored: OpenAlex requires an API key since 13 February 2026; give --api-key instead.');
  registerAdapters();
  const roster = await readRoster(rosterPath);
  const group: Group = roster.group;
  const maxAge = args.refresh ? 0 : (args.maxAge ?? DEFAULT_MAX_AGE);
  const options = loadOptions(args);
  const timeout = args.timeout || DEFAULT_TIMEOUT;
  await mkdir(join(outDir, MEMBERS_DIR), { recursive: true });

  const items: Item[] = group.members.map((m) => ({ src: m.src, format: m.format, also: m.also, file: join(outDir, MEMBERS_DIR, memberFileName(m.src)) }));
  const extra: Item | undefined = group.works ? { src: group.works, file: join(outDir, WORKS_FILE) } : undefined;
  for (const item of [...items, ...(extra ? [extra] : [])]) {
    const kept = await keptProfile(item.file, maxAge);
    if (kept) Object.assign(item, { kept: true, result: { status: 'fulfilled', value: kept } });
  }

  const openAlexToLoad = items.some((i) => !i.kept && (i.format ?? 'openalex') === 'openalex' && openAlexAuthorKey(new URL(i.src)) !== undefined);
  if (openAlexToLoad && !args.apiKey) {
    out.say('researcher-elements: no OpenAlex API key: without one OpenAlex allows very few list calls a day. Give one with --api-key or OPENALEX_API_KEY (free at https://openalex.org/settings/api).');
  }

  // Progress: members done of total, requests made, retries.
  const log = new RequestLog();
  const tty = process.stderr.isTTY;
  let done = items.filter((i) => i.kept).length;
  const line = () => `members ${done}/${items.length} · ${log.total} request${log.total === 1 ? '' : 's'} · ${log.retries} retr${log.retries === 1 ? 'y' : 'ies'}`;
  const show = (settled: boolean) => {
    if (tty) out.progress(`\r${line()}\u001b[K`);
    else if (settled) out.say(line());
  };
  log.onChange = () => show(false);
  const restore = log.install();
  try {
    if (done) out.say(`researcher-elements: ${done} of ${items.length} member files are newer than the maximum age and are kept (--refresh reloads them).`);
    show(true);
    // Every member asked for in the same tick, so that OpenAlex members share the works list calls.
    const loads = items.map(async (item) => {
      if (item.kept) return;
      try {
        const also = item.also?.length ? { also: item.also } : {};
        item.result = { status: 'fulfilled', value: await loadMember(item.src, { timeout, options, ...(item.format && { format: item.format }), ...also }) };
      } catch (reason) {
        item.result = { status: 'rejected', reason };
        out.say(`researcher-elements: member ${item.src.startsWith('file:') ? urlPath(dirname(rosterPath), fileURLToPath(item.src)) : item.src} failed: ${message(reason)}`);
      }
      done++;
      show(true);
    });
    const extraLoad = extra && !extra.kept
      ? loadProfile(extra.src, { timeout, options }).then(
          (value) => void (extra.result = { status: 'fulfilled', value }),
          (reason) => void (extra.result = { status: 'rejected', reason }),
        )
      : undefined;
    await Promise.all([...loads, extraLoad]);
  } finally {
    restore();
    if (tty) out.progress('\n');
  }

  // The files: every loaded member's profile, with the date it was taken.
  for (const item of [...items, ...(extra ? [extra] : [])]) {
    if (item.kept || item.result?.status !== 'fulfilled') continue;
    const loaded = item.result.value;
    const profile = { ...loaded.profile, retrieved: loaded.profile.retrieved ?? today() };
    item.result = { status: 'fulfilled', value: { ...loaded, profile } };
    await out.result(`${JSON.stringify(profile, null, 2)}\n`, item.file);
    // A profile that loaded only in part (a failed works page) is written, but dated as old, so
    // the next run loads it again whatever --max-age says.
    if (loaded.issues?.length) {
      await utimes(item.file, 0, 0);
      out.say(`researcher-elements: ${loaded.profile.name} loaded only in part (${loaded.issues.map((i) => i.message).join(' ')}); the next run reloads it.`);
    }
  }

  // The roster: loaded members point at their files; a failed member keeps its original source
  // (an address, or a path relative to DIR), so the page lists it as unavailable, or loads it
  // live once it answers again.
  const entries: GroupMemberEntry[] = group.members.map((m, i) => {
    const item = items[i]!;
    if (item.result?.status === 'fulfilled') {
      // The member's file is the merged profile already: its other sources are not read again.
      const { also: _also, ...entry } = m;
      return { ...entry, src: urlPath(outDir, item.file), format: 'profile' };
    }
    return { ...m, src: m.src.startsWith('file:') ? urlPath(outDir, fileURLToPath(m.src)) : m.src };
  });
  const written: Group = { ...group, members: entries };
  if (extra?.result?.status === 'fulfilled') written.works = WORKS_FILE;
  else if (extra) {
    delete written.works;
    out.say(`researcher-elements: the group's extra works (${group.works}) could not be loaded and are left out: ${message((extra.result as PromiseRejectedResult).reason)}`);
  }
  await out.result(`${JSON.stringify(written, null, 2)}\n`, join(outDir, ROSTER_FILE));

  // The merged group, as the element builds it; the profiles themselves are in members/.
  const extraWorks = extra?.result?.status === 'fulfilled' ? extra.result.value.profile.works : undefined;
  const built = buildGroup(group, items.map((i) => i.result), { extraWorks });
  const merged = {
    ...built,
    retrieved: today(),
    group: written,
    members: built.members.map(({ profile: _profile, ...m }) => ({ ...m, entry: entries[m.index]! })),
  };
  await out.result(`${JSON.stringify(merged, null, 2)}\n`, join(outDir, MERGED_FILE));

  const failed = items.filter((i) => i.result?.status !== 'fulfilled');
  out.say(
    `Wrote ${args.out}: ${items.length - failed.length} of ${items.length} members (${items.filter((i) => i.kept).length} kept), ${built.counts.works} works, ${built.counts.collaborators} collaborator${built.counts.collaborators === 1 ? '' : 's'}.`,
  );
  out.say(`Requests: ${log.summary()}.`);
  if (failed.length && !args.allowPartial) {
    throw new Error(`${failed.length} of ${items.length} members could not be loaded (the files of the others are written; --allow-partial accepts this).`);
  }
}
