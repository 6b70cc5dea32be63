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

/**
 * The longest text each kind of field may hold, in characters. Validation cuts longer text (names,
 * titles, venues, abstracts, …, ending in "…") or drops the field when a cut value would be wrong
 * (URLs, DOIs, ORCID iDs), with a warning naming the field; an over-long id drops its item.
 * Documented in docs/profile-format.md; `maxLength` in the generated JSON Schema.
 */
export const TEXT_LIMITS = {
  id: 500,
  name: 300,
  headline: 500,
  title: 1000,
  venue: 500,
  abstract: 10_000,
  type: 100,
  label: 100,
  topic: 200,
  country: 100,
  doi: 300,
  orcid: 100,
  url: 2000,
  date: 40,
} as const;
export type TextLimit = keyof typeof TEXT_LIMITS;

const text = (limit: TextLimit) => v.pipe(v.string(), v.maxLength(TEXT_LIMITS[limit]));
const nonEmpty = v.pipe(v.string(), v.minLength(1), v.maxLength(TEXT_LIMITS.id));
const optionalText = (limit: TextLimit) => v.optional(v.nullable(text(limit)));
const count = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)));

export const AuthorSchema = v.object({
  name: text('name'),
  id: v.optional(nonEmpty),
  orcid: v.optional(text('orcid')),
});

/**
 * Another version of a work, linked from the one shown: the preprint of a published work, found
 * when works are merged (same DOI, work id, or title + author + year; see `merge/works.ts`).
 */
export const WorkVersionSchema = v.object({
  kind: text('type'),
  id: v.optional(text('id')),
  title: optionalText('title'),
  year: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  venue: optionalText('venue'),
  doi: optionalText('doi'),
  url: optionalText('url'),
});

export const WorkSchema = v.object({
  id: nonEmpty,
  type: optionalText('type'),
  year: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  venue: optionalText('venue'),
  title: optionalText('title'),
  abstract: optionalText('abstract'),
  doi: optionalText('doi'),
  url: optionalText('url'),
  citations: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)))),
  authors: v.optional(v.array(AuthorSchema), []),
  authorsTruncated: v.optional(v.boolean()),
  topics: v.optional(v.array(text('topic'))),
  versions: v.optional(v.array(WorkVersionSchema)),
  members: v.optional(v.array(text('id'))),
  sources: v.optional(v.array(text('url'))),
});

export const TopicSchema = v.object({
  id: nonEmpty,
  name: text('topic'),
});

export const PersonSchema = v.object({
  id: nonEmpty,
  name: text('name'),
  orcid: v.optional(text('orcid')),
  institutions: v.optional(v.array(text('id'))),
  url: v.optional(text('url')),
});

export const InstitutionSchema = v.object({
  id: nonEmpty,
  name: text('name'),
  country: v.optional(text('country')),
  url: v.optional(text('url')),
});

/**
 * One piece of evidence behind a trust score and the points it adds: `orcid-record` (50, "ORCID
 * record controlled by its owner"), `openalex-linked` (a cross-source signal), … The badge names
 * known ids in the page's language and shows `label` for others.
 */
export const TrustSignalSchema = v.object({
  id: nonEmpty,
  points: v.pipe(v.number(), v.minValue(-100), v.maxValue(100)),
  source: v.optional(text('label')),
  label: v.optional(text('label')),
});

export const TrustSchema = v.object({
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  label: v.optional(text('label')),
  level: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)),
  claimed: v.optional(v.boolean(), false),
  signals: v.optional(v.array(TrustSignalSchema)),
});

export const CountsSchema = v.object({
  works: count,
  followers: count,
  topics: count,
  collaborators: count,
  citations: count,
  hIndex: count,
});

const link = v.optional(text('url'));
export const LinksSchema = v.object({
  profile: link,
  follow: link,
  claim: link,
  contact: link,
  explorer: link,
});

export const AffiliationSchema = v.object({
  name: text('name'),
  url: v.optional(text('url')),
});

export const ProfileSchema = v.object({
  version: v.literal(1),
  id: nonEmpty,
  name: text('name'),
  headline: optionalText('headline'),
  affiliation: v.optional(v.nullable(AffiliationSchema), null),
  avatar: v.optional(v.nullable(text('url')), null),
  orcid: optionalText('orcid'),
  openToCollaborate: v.optional(v.boolean(), false),
  trust: v.optional(TrustSchema),
  counts: v.optional(CountsSchema, {}),
  links: v.optional(LinksSchema, {}),
  works: v.optional(v.array(WorkSchema), []),
  topics: v.optional(v.array(TopicSchema), []),
  people: v.optional(v.array(PersonSchema), []),
  institutions: v.optional(v.array(InstitutionSchema), []),
  /** When the data was taken from its source (ISO 8601 date, written by the snapshot CLI). */
  retrieved: v.optional(text('date')),
});

/** A validated profile (defaults applied, missing counts derived). */
export type Profile = v.InferOutput<typeof ProfileSchema>;
/**
 * What a producer may write (optional fields may be left out). `version` is any number here, so a
 * profile read from a `.json` file (`import p from './profile.json'`, where TypeScript widens
 * `1` to `number`) type-checks as it is; anything but 1 is rejected when the profile is validated.
 */
export type ProfileInput = Omit<v.InferInput<typeof ProfileSchema>, 'version'> & { version: number };
export type Work = v.InferOutput<typeof WorkSchema>;
export type Author = v.InferOutput<typeof AuthorSchema>;
export type WorkVersion = v.InferOutput<typeof WorkVersionSchema>;
export type Topic = v.InferOutput<typeof TopicSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type Institution = v.InferOutput<typeof InstitutionSchema>;
export type Trust = v.InferOutput<typeof TrustSchema>;
export type TrustSignal = v.InferOutput<typeof TrustSignalSchema>;
export type Counts = v.InferOutput<typeof CountsSchema>;
export type Links = v.InferOutput<typeof LinksSchema>;
