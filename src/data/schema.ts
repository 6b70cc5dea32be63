/**
 * The profile format, version 1: the single source of truth for its structure. The TypeScript
 * types are inferred from these schemas, validation uses them directly (valibot compiles nothing
 * at run time, so it is safe under a strict Content-Security-Policy), and
 * `schema/profile.schema.json` is generated from them by `npm run schema`, with the field
 * descriptions of `schema-docs.ts` (kept out of this module so they cost the bundle nothing).
 *
 * The field names are a contract with data producers: extend, never rename.
 */
import * as v from 'valibot';

const str = v.string();
const nonEmpty = v.pipe(v.string(), v.minLength(1));
const optionalText = v.optional(v.nullable(str));
const count = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)));

export const AuthorSchema = v.object({
  name: str,
  id: v.optional(nonEmpty),
  orcid: v.optional(str),
});

/**
 * Another version of a work, linked from the one shown: the preprint of a published work, found
 * when works are merged (same DOI, work id, or title + author + year; see `merge/works.ts`).
 */
export const WorkVersionSchema = v.object({
  kind: str,
  id: v.optional(str),
  title: optionalText,
  year: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  venue: optionalText,
  doi: optionalText,
  url: optionalText,
});

export const WorkSchema = v.object({
  id: nonEmpty,
  type: optionalText,
  year: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  venue: optionalText,
  title: optionalText,
  abstract: optionalText,
  doi: optionalText,
  url: optionalText,
  citations: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)))),
  authors: v.optional(v.array(AuthorSchema), []),
  authorsTruncated: v.optional(v.boolean()),
  topics: v.optional(v.array(str)),
  versions: v.optional(v.array(WorkVersionSchema)),
  members: v.optional(v.array(str)),
  sources: v.optional(v.array(str)),
});

export const TopicSchema = v.object({
  id: nonEmpty,
  name: str,
});

export const PersonSchema = v.object({
  id: nonEmpty,
  name: str,
  orcid: v.optional(str),
  institutions: v.optional(v.array(str)),
  url: v.optional(str),
});

export const InstitutionSchema = v.object({
  id: nonEmpty,
  name: str,
  country: v.optional(str),
  url: v.optional(str),
});

export const TrustSchema = v.object({
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  label: v.optional(str),
  level: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)),
  claimed: v.optional(v.boolean(), false),
});

export const CountsSchema = v.object({
  works: count,
  followers: count,
  topics: count,
  collaborators: count,
  citations: count,
  hIndex: count,
});

export const LinksSchema = v.object({
  profile: v.optional(str),
  follow: v.optional(str),
  claim: v.optional(str),
  contact: v.optional(str),
  explorer: v.optional(str),
});

export const AffiliationSchema = v.object({
  name: str,
  url: v.optional(str),
});

export const ProfileSchema = v.object({
  version: v.literal(1),
  id: nonEmpty,
  name: str,
  headline: optionalText,
  affiliation: v.optional(v.nullable(AffiliationSchema), null),
  avatar: v.optional(v.nullable(str), null),
  orcid: optionalText,
  openToCollaborate: v.optional(v.boolean(), false),
  trust: v.optional(TrustSchema),
  counts: v.optional(CountsSchema, {}),
  links: v.optional(LinksSchema, {}),
  works: v.optional(v.array(WorkSchema), []),
  topics: v.optional(v.array(TopicSchema), []),
  people: v.optional(v.array(PersonSchema), []),
  institutions: v.optional(v.array(InstitutionSchema), []),
});

/** A validated profile (defaults applied, missing counts derived). */
export type Profile = v.InferOutput<typeof ProfileSchema>;
/** What a producer may write (optional fields may be left out). */
export type ProfileInput = v.InferInput<typeof ProfileSchema>;
export type Work = v.InferOutput<typeof WorkSchema>;
export type Author = v.InferOutput<typeof AuthorSchema>;
export type WorkVersion = v.InferOutput<typeof WorkVersionSchema>;
export type Topic = v.InferOutput<typeof TopicSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type Institution = v.InferOutput<typeof InstitutionSchema>;
export type Trust = v.InferOutput<typeof TrustSchema>;
export type Counts = v.InferOutput<typeof CountsSchema>;
export type Links = v.InferOutput<typeof LinksSchema>;
