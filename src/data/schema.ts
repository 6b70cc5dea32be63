/**
 * The profile format, version 1: the single source of truth. The TypeScript types are inferred
 * from these schemas and `schema/profile.schema.json` is generated from them
 * (`npm run schema`); validation uses them directly (valibot compiles nothing at run time, so it
 * is safe under a strict Content-Security-Policy).
 *
 * The field names are a contract with data producers: extend, never rename.
 */
import * as v from 'valibot';

const text = (description: string) => v.pipe(v.string(), v.description(description));
const optionalText = (description: string) => v.optional(v.nullable(text(description)));
const id = (description: string) => v.pipe(v.string(), v.minLength(1), v.description(description));
const url = (description: string) => v.pipe(v.string(), v.description(`${description} (http, https or mailto; others are dropped)`));
const count = (description: string) => v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.description(description)));

export const AuthorSchema = v.object({
  name: text('The author as credited on the work.'),
  id: v.optional(id('The id of the matching entry in `people`, or of the profile itself.')),
  orcid: v.optional(text('ORCID iD (0000-0000-0000-0000) or ORCID URL.')),
});

export const WorkSchema = v.object({
  id: id('Unique within the profile.'),
  type: optionalText('article, preprint, book, chapter, dataset, … (free text; lower case is conventional).'),
  year: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.description('Publication year.')))),
  venue: optionalText('Journal, conference, repository or publisher.'),
  title: optionalText('Title as plain text; inline TeX and HTML tags are rendered as text.'),
  abstract: optionalText('Abstract as plain text.'),
  doi: optionalText('DOI, bare (10.1234/x) or as a URL.'),
  url: v.optional(v.nullable(url('Landing page.'))),
  citations: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.description('Times cited, when known.')))),
  authors: v.optional(v.array(AuthorSchema), []),
  authorsTruncated: v.optional(v.pipe(v.boolean(), v.description('True when the source cut the author list short.'))),
  topics: v.optional(v.array(v.pipe(v.string(), v.description('A topic id from `topics`.')))),
});

export const TopicSchema = v.object({
  id: id('Unique topic id.'),
  name: text('Display name.'),
});

export const PersonSchema = v.object({
  id: id('Unique person id (co-author).'),
  name: text('Display name.'),
  orcid: v.optional(text('ORCID iD.')),
  institutions: v.optional(v.array(v.pipe(v.string(), v.description('An institution id from `institutions`.')))),
  url: v.optional(url('Profile page.')),
});

export const InstitutionSchema = v.object({
  id: id('Unique institution id.'),
  name: text('Display name.'),
  country: v.optional(text('ISO 3166-1 alpha-2 country code.')),
  url: v.optional(url('Home page.')),
});

export const TrustSchema = v.object({
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(100), v.description('Trust score, 0–100.')),
  label: v.optional(text('Short word for the score, e.g. "Unverified".')),
  level: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3), v.description('Verification level 0–3, shown as "L1".')),
  claimed: v.optional(v.pipe(v.boolean(), v.description('Whether the researcher has claimed this profile.')), false),
});

export const CountsSchema = v.object({
  works: count('Number of works; derived from `works` when absent.'),
  followers: count('Number of followers; unknown (not shown) when absent.'),
  topics: count('Number of topics; derived from `topics` when absent.'),
  collaborators: count('Number of close collaborators; derived from `people` when absent.'),
  citations: count('Total citations, when known.'),
  hIndex: count('h-index, when known.'),
});

export const LinksSchema = v.object({
  profile: v.optional(url('The full profile page.')),
  follow: v.optional(url('Where "Follow" leads.')),
  claim: v.optional(url('Where "Claim" leads.')),
  contact: v.optional(url('Where "Invite to collaborate" leads (may be mailto:).')),
  explorer: v.optional(url('The full graph explorer.')),
});

export const AffiliationSchema = v.object({
  name: text('Institution name.'),
  url: v.optional(url('Institution home page.')),
});

export const ProfileSchema = v.pipe(
  v.object({
    version: v.pipe(v.literal(1), v.description('Format version: 1.')),
    id: id('Stable id of the researcher (e.g. an OpenAlex or ORCID id).'),
    name: text('Display name.'),
    headline: optionalText('One line about the researcher.'),
    affiliation: v.optional(v.nullable(AffiliationSchema), null),
    avatar: v.optional(v.nullable(text('Portrait image URL (http or https; others are dropped).')), null),
    orcid: optionalText('ORCID iD of the researcher.'),
    openToCollaborate: v.optional(v.boolean(), false),
    trust: v.optional(TrustSchema),
    counts: v.optional(CountsSchema, {}),
    links: v.optional(LinksSchema, {}),
    works: v.optional(v.array(WorkSchema), []),
    topics: v.optional(v.array(TopicSchema), []),
    people: v.optional(v.array(PersonSchema), []),
    institutions: v.optional(v.array(InstitutionSchema), []),
  }),
  v.title('researcher-elements profile, version 1'),
  v.description('A researcher, their works, topics, co-authors and institutions.'),
);

/** A validated profile (defaults applied). */
export type Profile = v.InferOutput<typeof ProfileSchema>;
/** What a producer may write (optional fields may be left out). */
export type ProfileInput = v.InferInput<typeof ProfileSchema>;
export type Work = v.InferOutput<typeof WorkSchema>;
export type Author = v.InferOutput<typeof AuthorSchema>;
export type Topic = v.InferOutput<typeof TopicSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type Institution = v.InferOutput<typeof InstitutionSchema>;
export type Trust = v.InferOutput<typeof TrustSchema>;
export type Counts = v.InferOutput<typeof CountsSchema>;
export type Links = v.InferOutput<typeof LinksSchema>;
