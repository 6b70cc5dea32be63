/**
 * Descriptions of the group (roster) fields, merged into `schema/group.schema.json` by
 * `scripts/schema.mjs` (the structure comes from `schema.ts` beside this file). Keys are dotted
 * paths; `[]` steps into array items. The script fails when a key names no field or a field has
 * no description.
 */
const URL_NOTE = ' Relative URLs resolve against the roster\'s own URL. Only http and https URLs are used (mailto: too for links); others are dropped with a warning.';

export const GROUP_SCHEMA_TITLE = 'researcher-elements group (roster), version 1';
export const GROUP_SCHEMA_DESCRIPTION =
  'A lab or department: its name and its members, each with the source of their profile. The group\'s publications and collaboration graph are merged from the members\' profiles.';

export const GROUP_FIELD_DOCS: Record<string, string> = {
  version: 'Format version: always 1.',
  kind: 'Always "group": tells a roster from a profile.',
  id: 'Stable id of the group (a slug, e.g. "systems-lab").',
  name: 'Display name of the group.',
  headline: 'One line about the group.',
  affiliation: 'The institution the group belongs to, or null.',
  'affiliation.name': 'Institution name.',
  'affiliation.ror': 'The institution\'s ROR id as a URL (https://ror.org/…).' + URL_NOTE,
  'affiliation.url': 'Institution home page.' + URL_NOTE,
  links: 'Where the group\'s actions lead.',
  'links.homepage': 'The group\'s own home page.' + URL_NOTE,
  'links.explorer': 'The full graph explorer for the group.' + URL_NOTE,
  members: 'The members, in the order they are listed within their role (leads first, alumni last). At most 500; invalid members are dropped with a warning.',
  'members[].src': 'Where the member\'s profile comes from: anything an element\'s src accepts (our profile JSON, an OpenAlex author, an ORCID record, a .bib file).' + URL_NOTE,
  'members[].format': 'The source\'s format when its URL does not say: profile, openalex, orcid, bibtex.',
  'members[].role': 'Free text, "member" when absent. "lead" (listed first) and "alumni" (listed last, labelled) are understood.',
  'members[].since': 'Year the member joined.',
  'members[].until': 'Year the member left.',
  'members[].name': 'Display name, overriding the source\'s name.',
  'members[].also': 'More sources for the same member (at most 10 URLs: an ORCID record, an OpenAlex author, a .bib file, our profile JSON), merged with src into one profile as the also attribute does (docs/data-sources.md). A source that fails is a warning. An invalid list is dropped with a warning, the member kept.' + URL_NOTE,
  'members[].fallbackSrc':
    'A saved copy of the member\'s profile (usually a snapshot in our profile format), loaded only when src fails (not when it is slow to answer or aborted); the member is then shown with a discreet "Saved copy" note and the snapshot\'s retrieved date. When the copy fails too, the member is unavailable with src\'s reason.' +
    URL_NOTE,
  works: 'An extra source of works for the group, e.g. the lab\'s own BibTeX file; merged with the members\' works.' + URL_NOTE,
};
