/**
 * Validation of untrusted profile data, done once when a profile is loaded.
 *
 * - Not an object, a wrong `version`, or a missing `id` or `name` is an error: no profile.
 * - An invalid item inside an array (a work, author, topic, person, institution) is dropped
 *   with a warning; an invalid optional object (`trust`, `links`, …) is dropped with a warning.
 * - Duplicate ids inside an array are dropped with a warning (the first one wins).
 * - Counts missing from `counts` are derived from the arrays.
 * - Text longer than its limit (`TEXT_LIMITS`) is cut, or dropped when a cut value would be
 *   wrong (URLs, DOIs, ORCID iDs), with a warning naming the field (`limits.ts`).
 *
 * It never throws, whatever JSON value it is given.
 */
import * as v from 'valibot';
import {
  AuthorSchema,
  InstitutionSchema,
  PersonSchema,
  ProfileSchema,
  TopicSchema,
  WorkSchema,
  type Profile,
} from './schema.js';
import {
  AFFILIATION_FIELDS,
  AUTHOR_FIELDS,
  INSTITUTION_FIELDS,
  LINK_FIELDS,
  PERSON_FIELDS,
  PERSON_LISTS,
  PROFILE_FIELDS,
  TOPIC_FIELDS,
  TRUST_FIELDS,
  WORK_FIELDS,
  WORK_LISTS,
  capFields,
} from './limits.js';
import { runNow, runSliced, type Steps } from './slices.js';
import { FAIL, compileCheck } from './fast-check.js';
import { fastAuthor, fastWork } from './fast-work.js';

export type ValidationResult =
  | { ok: true; profile: Profile; warnings: string[] }
  | { ok: false; errors: string[]; warnings: string[] };

type Path = (string | number)[];

/** `works[3].year` from `['works', 3, 'year']`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${key}` : key;
  }
  return out || 'profile';
}

const ARTICLES: Record<string, string> = {
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  Object: 'an object',
  Array: 'a list',
  array: 'a list',
  null: 'null',
};

/** One valibot issue in words (`expected a string`, `longer than 300 characters`, …). */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.received === 'undefined' && issue.kind === 'schema') return 'is required';
  switch (issue.type) {
    case 'integer':
      return 'expected a whole number';
    case 'min_value':
      return `expected at least ${issue.requirement as number}`;
    case 'max_value':
      return `expected at most ${issue.requirement as number}`;
    case 'min_length':
      return 'must not be empty';
    case 'max_length':
      return `longer than ${(issue.requirement as number).toLocaleString('en')} characters`;
    case 'literal':
      return `expected ${issue.expected}`;
    default: {
      const expected = (issue.expected ?? '').split(' | ').map((e) => ARTICLES[e] ?? e);
      return `expected ${expected.filter((e) => e !== 'null').join(' or ') || expected.join(' or ')}`;
    }
  }
}

function issuesToMessages(issues: readonly v.BaseIssue<unknown>[], prefix: Path): string[] {
  const seen = new Set<string>();
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path ?? []).map((p) => p.key as string | number)];
    seen.add(`${formatPath(path)}: ${describeIssue(issue)}`);
  }
  return [...seen];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

// The profile with its arrays left unchecked: checked item by item below.
const loose = v.optional(v.array(v.unknown()), []);
const Shell = v.object({ ...ProfileSchema.entries, works: loose, topics: loose, people: loose, institutions: loose });
const WorkShell = v.object({ ...WorkSchema.entries, authors: loose });
const FATAL = new Set(['version', 'id', 'name']);

function rootKey(issue: v.BaseIssue<unknown>): string | undefined {
  const k = issue.path?.[0]?.key;
  return typeof k === 'string' ? k : undefined;
}

/** Items checked between two looks at the clock when validating in slices. */
const STEP = 128;

function* items<T>(
  list: unknown[],
  name: string,
  check: (item: unknown, path: Path, warnings: string[]) => T | null,
  warnings: string[],
): Generator<void, T[], void> {
  const out: T[] = [];
  const ids = new Set<string>();
  // One path for all items (its index set per item): a check reads it only to word a warning, at once.
  const path: Path = [name, 0];
  for (let i = 0; i < list.length; i++) {
    if (i % STEP === STEP - 1) yield;
    path[1] = i;
    const ok = check(list[i], path, warnings);
    if (!ok) continue;
    const id = (ok as { id?: unknown }).id;
    if (typeof id === 'string') {
      if (ids.has(id)) {
        warnings.push(`${name}[${i}].id: duplicate id "${id.slice(0, 80)}", dropped`);
        continue;
      }
      ids.add(id);
    }
    out.push(ok);
  }
  return out;
}

type Parsed<S extends v.GenericSchema> = { success: true; output: v.InferOutput<S> } | { success: false; issues: readonly v.BaseIssue<unknown>[] };

/** `v.safeParse(schema, …)`, valid data decided by the compiled fast path first (fast-check.ts). */
function parser<S extends v.GenericSchema>(schema: S): (value: unknown) => Parsed<S> {
  const fast = compileCheck(schema);
  return (value) => {
    const out = fast ? fast(value) : FAIL;
    return out !== FAIL ? { success: true, output: out as v.InferOutput<S> } : v.safeParse(schema, value);
  };
}

function simple<S extends v.GenericSchema>(schema: S, spec: Parameters<typeof capFields>[1], lists?: Parameters<typeof capFields>[1]) {
  const parse = parser(schema);
  return (item: unknown, path: Path, warnings: string[]): v.InferOutput<S> | null => {
    const r = parse(capFields(item, spec, path, warnings, lists));
    if (r.success) return r.output;
    warnings.push(...issuesToMessages(r.issues, path).map((m) => `${m} (item dropped)`));
    return null;
  };
}

const checkAuthor = simple(AuthorSchema, AUTHOR_FIELDS);
const checkTopic = simple(TopicSchema, TOPIC_FIELDS);
const checkPerson = simple(PersonSchema, PERSON_FIELDS, PERSON_LISTS);
const checkInstitution = simple(InstitutionSchema, INSTITUTION_FIELDS);
const parseWork = parser(WorkShell);

function checkWork(item: unknown, path: Path, warnings: string[]) {
  // The common case by hand (fast-work.ts); anything else by the general code, with its warnings.
  const fast = fastWork(item);
  let work: Record<string, unknown> & { authors: unknown[] };
  let list: unknown[];
  if (fast) {
    work = fast.work as typeof work;
    list = fast.authors;
  } else {
    const r = parseWork(capFields(item, WORK_FIELDS, path, warnings, WORK_LISTS));
    if (!r.success) {
      warnings.push(...issuesToMessages(r.issues, path).map((m) => `${m} (item dropped)`));
      return null;
    }
    work = r.output as typeof work;
    list = work.authors;
  }
  const authors: v.InferOutput<typeof AuthorSchema>[] = [];
  let at: Path | null = null;
  for (let i = 0; i < list.length; i++) {
    let ok = fastAuthor(list[i]);
    if (!ok) {
      at ??= [...path, 'authors', 0];
      at[at.length - 1] = i;
      ok = checkAuthor(list[i], at, warnings);
    }
    if (ok) authors.push(ok);
  }
  // The work is a fresh object (made here, or valibot's or the compiled check's): its authors are replaced in place.
  work.authors = authors;
  return work as v.InferOutput<typeof WorkShell> & { authors: v.InferOutput<typeof AuthorSchema>[] };
}

/** Validates any value as a version-1 profile. Never throws. */
export function validateProfile(input: unknown): ValidationResult {
  return runNow(validateSteps(input));
}

/**
 * {@link validateProfile} in slices that give the page the main thread back (for big profiles);
 * rejects only with an AbortError when `signal` aborts.
 */
export function validateProfileAsync(input: unknown, signal?: AbortSignal): Promise<ValidationResult> {
  return runSliced(validateSteps(input), signal);
}

function* validateSteps(input: unknown): Steps<ValidationResult> {
  const warnings: string[] = [];
  try {
    if (!isObject(input)) return { ok: false, errors: ['profile: expected an object'], warnings };
    let data: Record<string, unknown> = capFields(input, PROFILE_FIELDS, [], warnings);
    for (const [key, spec] of [['affiliation', AFFILIATION_FIELDS], ['trust', TRUST_FIELDS], ['links', LINK_FIELDS]] as const) {
      const part = capFields(data[key], spec, [key], warnings);
      if (part !== data[key]) data = { ...data, [key]: part };
    }
    let r = v.safeParse(Shell, data);
    if (!r.success) {
      const fatal = r.issues.filter((i) => !rootKey(i) || FATAL.has(rootKey(i)!));
      if (fatal.length) return { ok: false, errors: issuesToMessages(fatal, []), warnings };
      // Drop the invalid optional parts and try again.
      data = { ...data };
      for (const issue of r.issues) {
        const key = rootKey(issue)!;
        delete data[key];
      }
      warnings.push(...issuesToMessages(r.issues, []).map((m) => `${m} (field dropped)`));
      r = v.safeParse(Shell, data);
      if (!r.success) return { ok: false, errors: issuesToMessages(r.issues, []), warnings };
    }
    const shell = r.output;
    const works = yield* items(shell.works, 'works', checkWork, warnings);
    const topics = yield* items(shell.topics, 'topics', checkTopic, warnings);
    const people = yield* items(shell.people, 'people', checkPerson, warnings);
    const institutions = yield* items(shell.institutions, 'institutions', checkInstitution, warnings);
    const counts = {
      ...shell.counts,
      works: shell.counts.works ?? works.length,
      topics: shell.counts.topics ?? topics.length,
      collaborators: shell.counts.collaborators ?? people.length,
    };
    const profile: Profile = { ...shell, counts, works, topics, people, institutions };
    return { ok: true, profile, warnings };
  } catch (err) {
    // Defensive: valibot does not throw on data, but a getter on a hostile object might.
    return { ok: false, errors: [`profile: could not be read (${String((err as Error)?.message ?? err)})`], warnings };
  }
}
