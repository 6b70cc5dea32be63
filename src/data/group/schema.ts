/**
 * The group format (a roster), version 1: one lab or department, its members and where each
 * member's profile comes from. The single source of truth for its structure, as `../schema.ts` is
 * for the profile format: the TypeScript types are inferred from it, `validate.ts` (beside this
 * file) checks untrusted rosters with it, and `schema/group.schema.json` is generated from it by
 * `npm run schema`, with the descriptions of `schema-docs.ts`.
 *
 * The field names are a contract with the people who write rosters: extend, never rename.
 */
import * as v from 'valibot';

/** At most this many members are read from a roster; the rest are dropped with a warning. */
export const MAX_MEMBERS = 500;
/** At most this many other sources per member (`also`). */
export const MAX_ALSO = 10;
/** Longest URL read from a roster (longer ones are dropped with a warning). */
export const MAX_URL_LENGTH = 2048;
/** Longest id, role or format. */
export const MAX_KEY_LENGTH = 200;
/** Longest name. */
export const MAX_NAME_LENGTH = 300;
/** Longest headline. */
export const MAX_TEXT_LENGTH = 1000;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const required = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const url = text(MAX_URL_LENGTH);
const year = v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(9999));

export const GroupMemberSchema = v.object({
  src: required(MAX_URL_LENGTH),
  format: v.optional(required(MAX_KEY_LENGTH)),
  role: v.optional(required(MAX_KEY_LENGTH), 'member'),
  since: v.optional(year),
  until: v.optional(year),
  name: v.optional(required(MAX_NAME_LENGTH)),
  also: v.optional(v.pipe(v.array(required(MAX_URL_LENGTH)), v.maxLength(MAX_ALSO))),
  fallbackSrc: v.optional(required(MAX_URL_LENGTH)),
});

export const GroupAffiliationSchema = v.object({
  name: required(MAX_NAME_LENGTH),
  ror: v.optional(url),
  url: v.optional(url),
});

export const GroupLinksSchema = v.object({
  homepage: v.optional(url),
  explorer: v.optional(url),
});

export const GroupSchema = v.object({
  version: v.literal(1),
  kind: v.literal('group'),
  id: required(MAX_KEY_LENGTH),
  name: required(MAX_NAME_LENGTH),
  headline: v.optional(v.nullable(text(MAX_TEXT_LENGTH))),
  affiliation: v.optional(v.nullable(GroupAffiliationSchema), null),
  links: v.optional(GroupLinksSchema, {}),
  members: v.pipe(v.array(GroupMemberSchema), v.maxLength(MAX_MEMBERS)),
  works: v.optional(url),
});

/** A validated roster: URLs absolute and safe, defaults applied. */
export type Group = v.InferOutput<typeof GroupSchema>;
/** What a roster's author may write. */
export type GroupInput = v.InferInput<typeof GroupSchema>;
export type GroupMemberEntry = v.InferOutput<typeof GroupMemberSchema>;
export type GroupAffiliation = v.InferOutput<typeof GroupAffiliationSchema>;
export type GroupLinks = v.InferOutput<typeof GroupLinksSchema>;
