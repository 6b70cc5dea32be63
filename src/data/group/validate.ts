/**
 * Validation of an untrusted roster (group format v1), done once when a roster is loaded.
 *
 * - Not an object, a wrong `version` or `kind`, a missing `id` or `name`, or `members` that is
 *   not a list is an error: no group.
 * - An invalid member (no `src`, a `src` that is not an http(s) address, a string over its length
 *   cap, a year that is not a whole number) is dropped with a warning naming it
 *   (`members[2].src: expected a string (member dropped)`); members past the 500th are dropped.
 * - An invalid optional field (`headline`, `affiliation`, `links`, `works`, a member's
 *   `fallbackSrc`, a link that is not a safe URL) is dropped with a warning; the rest is kept.
 * - URLs resolve against the roster's own URL (`base`), and pass the one URL allowlist
 *   (`safeUrl`): `src` and `works` must be http or https (or file: when the roster itself is a
 *   local file, as for the snapshot command), links may also be mailto:.
 *
 * It never throws, whatever JSON value it is given.
 */
import * as v from 'valibot';
import { safeUrl } from '../../core/safe-url.js';
import { describeIssue, formatPath } from '../validate.js';
import { GroupAffiliationSchema, GroupLinksSchema, GroupMemberSchema, GroupSchema, MAX_MEMBERS, type Group, type GroupMemberEntry } from './schema.js';

export type GroupValidationResult = { ok: true; group: Group; warnings: string[] } | { ok: false; errors: string[]; warnings: string[] };

export interface GroupValidationOptions {
  /** The roster's own URL: relative member `src`s and links resolve against it (default: the page). */
  base?: string;
}

type Path = (string | number)[];

const WEB = new Set(['https:', 'http:']);
const LOCAL = new Set(['https:', 'http:', 'file:']);
const LINK = new Set(['https:', 'http:', 'mailto:']);

function messages(issues: readonly v.BaseIssue<unknown>[], prefix: Path): string[] {
  const out = new Set<string>();
  for (const issue of issues) out.add(`${formatPath([...prefix, ...(issue.path ?? []).map((p) => p.key as string | number)])}: ${describeIssue(issue)}`);
  return [...out].map((m) => (m.startsWith('profile:') ? `group${m.slice(7)}` : m));
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

// The roster with its optional parts and members left unchecked: they are checked one by one.
const Shell = v.object({
  version: GroupSchema.entries.version,
  kind: GroupSchema.entries.kind,
  id: GroupSchema.entries.id,
  name: GroupSchema.entries.name,
  members: v.array(v.unknown()),
});
const FATAL = new Set(['version', 'kind', 'id', 'name', 'members']);

/** The trimmed URL made absolute against `base` when it passes the allowlist, else null. */
function resolve(value: string, base: string | undefined, allowed: ReadonlySet<string>): string | null {
  return safeUrl(value, base, allowed);
}

function quote(s: string): string {
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 79)}…` : s);
}

/** Validates any value as a version-1 roster. Never throws. */
export function validateGroup(input: unknown, opts: GroupValidationOptions = {}): GroupValidationResult {
  const warnings: string[] = [];
  try {
    if (!isObject(input)) return { ok: false, errors: ['group: expected an object'], warnings };
    const shell = v.safeParse(Shell, input);
    if (!shell.success) {
      const fatal = shell.issues.filter((i) => FATAL.has(String(i.path?.[0]?.key ?? '')) || !i.path?.length);
      return { ok: false, errors: messages(fatal.length ? fatal : shell.issues, []), warnings };
    }
    const base = opts.base ?? (typeof document !== 'undefined' ? document.baseURI : undefined);
    const local = !!base && /^file:/i.test(base);
    const group: Group = {
      version: 1,
      kind: 'group',
      id: shell.output.id,
      name: shell.output.name,
      affiliation: null,
      links: {},
      members: [],
    };

    // headline
    if (input.headline !== undefined) {
      const r = v.safeParse(GroupSchema.entries.headline, input.headline);
      if (r.success) group.headline = r.output;
      else warnings.push(...messages(r.issues, ['headline']).map((m) => `${m} (field dropped)`));
    }

    // affiliation
    if (input.affiliation !== undefined && input.affiliation !== null) {
      const r = v.safeParse(GroupAffiliationSchema, isObject(input.affiliation) ? input.affiliation : NaN);
      if (!r.success) warnings.push(...messages(r.issues, ['affiliation']).map((m) => `${m} (field dropped)`));
      else {
        const a: Group['affiliation'] = { name: r.output.name };
        for (const key of ['ror', 'url'] as const) {
          const raw = r.output[key];
          if (raw === undefined) continue;
          const ok = resolve(raw, base, WEB);
          if (ok) a[key] = ok;
          else warnings.push(`affiliation.${key}: ${quote(raw)} is not an http(s) address (field dropped)`);
        }
        group.affiliation = a;
      }
    }

    // links
    if (input.links !== undefined) {
      const r = v.safeParse(GroupLinksSchema, isObject(input.links) ? input.links : NaN);
      if (!r.success) warnings.push(...messages(r.issues, ['links']).map((m) => `${m} (field dropped)`));
      else {
        for (const key of ['homepage', 'explorer'] as const) {
          const raw = r.output[key];
          if (raw === undefined) continue;
          const ok = resolve(raw, base, LINK);
          if (ok) group.links[key] = ok;
          else warnings.push(`links.${key}: ${quote(raw)} is not an http(s) or mailto address (field dropped)`);
        }
      }
    }

    // works: an extra source of works
    if (input.works !== undefined) {
      const r = v.safeParse(GroupSchema.entries.works, input.works);
      if (!r.success) warnings.push(...messages(r.issues, ['works']).map((m) => `${m} (field dropped)`));
      else if (r.output !== undefined) {
        const ok = resolve(r.output, base, local ? LOCAL : WEB);
        if (ok) group.works = ok;
        else warnings.push(`works: ${quote(r.output)} is not an http(s) address (field dropped)`);
      }
    }

    // members
    const list = shell.output.members;
    if (list.length > MAX_MEMBERS) {
      warnings.push(`members: ${list.length} members listed, only the first ${MAX_MEMBERS} are read (the rest dropped)`);
    }
    list.slice(0, MAX_MEMBERS).forEach((item, i) => {
      const m = checkMember(item, i, base, local, warnings);
      if (m) group.members.push(m);
    });
    if (!group.members.length) warnings.push('members: the group has no members that can be loaded');
    return { ok: true, group, warnings };
  } catch (err) {
    // Defensive: valibot does not throw on data, but a getter on a hostile object might.
    return { ok: false, errors: [`group: could not be read (${String((err as Error)?.message ?? err)})`], warnings };
  }
}

function checkMember(item: unknown, i: number, base: string | undefined, local: boolean, warnings: string[]): GroupMemberEntry | null {
  // `also` is checked on its own: a bad list of other sources drops the list, not the member.
  const also = isObject(item) && item.also !== undefined ? checkAlso(item.also, i, base, local, warnings) : undefined;
  const r = v.safeParse(GroupMemberSchema, isObject(item) ? { ...item, also: undefined } : NaN);
  if (!r.success) {
    warnings.push(...messages(r.issues, ['members', i]).map((m) => `${m} (member dropped)`));
    return null;
  }
  const src = resolve(r.output.src, base, local ? LOCAL : WEB);
  if (!src) {
    warnings.push(`members[${i}].src: ${quote(r.output.src)} is not an http(s) address (member dropped)`);
    return null;
  }
  const m: GroupMemberEntry = { ...r.output, src };
  if (also?.length) m.also = also;
  else delete m.also;
  if (m.fallbackSrc !== undefined) {
    const fallback = resolve(m.fallbackSrc, base, local ? LOCAL : WEB);
    if (fallback) m.fallbackSrc = fallback;
    else {
      warnings.push(`members[${i}].fallbackSrc: ${quote(m.fallbackSrc)} is not an http(s) address (field dropped)`);
      delete m.fallbackSrc;
    }
  }
  if (m.since !== undefined && m.until !== undefined && m.until < m.since) {
    warnings.push(`members[${i}].until: ${m.until} is before since (${m.since}); until dropped`);
    delete m.until;
  }
  return m;
}

/** A member's other sources: each resolved and allowed like `src`; bad ones dropped with a warning. */
function checkAlso(value: unknown, i: number, base: string | undefined, local: boolean, warnings: string[]): string[] | undefined {
  const r = v.safeParse(GroupMemberSchema.entries.also, value);
  if (!r.success) {
    warnings.push(...messages(r.issues, ['members', i, 'also']).map((m) => `${m} (field dropped)`));
    return undefined;
  }
  const out: string[] = [];
  (r.output ?? []).forEach((raw, j) => {
    const ok = resolve(raw, base, local ? LOCAL : WEB);
    if (ok) out.push(ok);
    else warnings.push(`members[${i}].also[${j}]: ${quote(raw)} is not an http(s) address (dropped)`);
  });
  return out;
}
