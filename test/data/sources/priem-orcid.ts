/**
 * A small ORCID record (`/v3.0/{iD}/record`) written for this project: Jason Priem's iD (the one
 * his recorded OpenAlex author carries, ../shared/fixtures/openalex), with five works. Three are
 * also in his recorded OpenAlex works (two by DOI, one — no DOI here — by title, author and a year
 * apart) and two are this record's alone (a sample DOI under Crossref's test prefix 10.5555, and a
 * talk without one). One employment and one work were added by an organization's system.
 */
export const PRIEM_ORCID = '0000-0001-6187-6610';

const summary = (putCode: number, title: string, year: number, type: string, doi?: string, byClient = false) => ({
  'put-code': putCode,
  'display-index': '1',
  type,
  title: { title: { value: title } },
  'publication-date': { year: { value: String(year) } },
  'journal-title': null,
  'external-ids': doi ? { 'external-id': [{ 'external-id-type': 'doi', 'external-id-value': doi, 'external-id-relationship': 'self' }] } : { 'external-id': [] },
  source: byClient ? { 'source-client-id': { path: '0000-0001-9884-1913' }, 'source-name': { value: 'Crossref' } } : { 'source-orcid': { path: PRIEM_ORCID } },
});

const group = (s: ReturnType<typeof summary>) => ({ 'external-ids': s['external-ids'], 'work-summary': [s] });

/** The shared works' DOIs (their OpenAlex records have them too). */
export const SHARED_DOIS = ['10.7717/peerj.4375', '10.5210/fm.v15i7.2874'];
/** The shared work matched by title (OpenAlex has it with no DOI, dated a year later). */
export const SHARED_TITLE = 'altmetrics: a manifesto';
/** Works only this record has. */
export const ORCID_ONLY = ['A sample article written for the researcher-elements tests', 'A sample talk on open scholarly infrastructure'];

export const priemOrcidRecord = {
  'orcid-identifier': { uri: `https://orcid.org/${PRIEM_ORCID}`, path: PRIEM_ORCID, host: 'orcid.org' },
  person: {
    name: { 'given-names': { value: 'Jason' }, 'family-name': { value: 'Priem' }, 'credit-name': null },
    biography: { content: 'Co-founder of OurResearch (sample biography written for the tests).' },
    keywords: { keyword: [{ content: 'altmetrics; open science' }] },
  },
  'activities-summary': {
    employments: {
      'affiliation-group': [
        {
          summaries: [
            {
              'employment-summary': {
                'start-date': { year: { value: '2011' } },
                'end-date': null,
                organization: {
                  name: 'OurResearch',
                  address: { country: 'US' },
                  'disambiguated-organization': { 'disambiguated-organization-identifier': 'https://ror.org/02nr0ka47', 'disambiguation-source': 'ROR' },
                },
                source: { 'source-client-id': { path: 'APP-0000000000000000' } },
              },
            },
          ],
        },
      ],
    },
    works: {
      group: [
        group(summary(1001, 'The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles', 2018, 'journal-article', SHARED_DOIS[0], true)),
        group(summary(1002, 'Scientometrics 2.0: New metrics of scholarly impact on the social Web', 2010, 'journal-article', SHARED_DOIS[1])),
        group(summary(1003, 'Altmetrics: A manifesto', 2010, 'other')),
        group(summary(1004, ORCID_ONLY[0]!, 2023, 'journal-article', '10.5555/re-tests.0001')),
        group(summary(1005, ORCID_ONLY[1]!, 2024, 'lecture-speech')),
      ],
    },
  },
};
