/**
 * English strings of <trust-badge>'s evidence list (what the score is made of, and the notes about
 * merged sources): loaded with `../evidence.ts` the first time an explanation that has evidence
 * opens. Simplified Chinese in ./evidence-zh-Hans.ts.
 */
export const enEvidence = {
  evidenceHeading: 'What the score is made of:',
  evidenceLabel: 'Evidence behind the trust score',
  evidencePoints: '+{points}',
  evidenceSource: 'source: {source}',
  evidenceTotal: 'Total: {score} out of 100.',
  sourceNotesHeading: 'About the sources:',
  'signal:orcid-record': 'ORCID record controlled by its owner',
  'signal:orcid-employment': 'employment asserted by an organization',
  'signal:orcid-work': 'a work added by an organization (Crossref, DataCite, a publisher, …)',
  'signal:openalex-record': 'public OpenAlex author record',
  'signal:openalex-orcid': 'the OpenAlex record names an ORCID iD',
  'signal:openalex-ror': 'last known institution identified by its ROR id',
  'signal:openalex-works': 'at least 5 works',
  'signal:openalex-linked': 'OpenAlex author record linked to that ORCID iD',
  'signal:works-confirmed': 'works found in more than one source',
};

export type EvidenceMessageKey = keyof typeof enEvidence;
