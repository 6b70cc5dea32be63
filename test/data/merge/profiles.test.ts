/**
 * One researcher from several sources (issue 14, built on the groups' merge rules): identity from
 * the strongest source, works each once with their sources, the researcher emphasised whatever
 * id a source gave them. Small profiles written for the project.
 */
import { expect } from '@open-wc/testing';
import { mergeProfiles } from '../../../src/data/merge/profiles.js';
import { validateProfile } from '../../../src/data/validate.js';
import type { Profile } from '../../../src/data/schema.js';

function profile(input: Record<string, unknown>): Profile {
  const r = validateProfile({ version: 1, ...input });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.profile;
}

const ORCID_ID = '0000-0002-1825-0097';
const orcid = profile({
  id: ORCID_ID,
  name: 'Ada Lovelace',
  orcid: ORCID_ID,
  trust: { score: 60, level: 2, claimed: true },
  links: { profile: `https://orcid.org/${ORCID_ID}` },
  works: [
    { id: '111', title: 'Engines that think', year: 2021, doi: '10.1000/e1', authors: [] },
    { id: '112', title: 'A note on looms', year: 2019, authors: [] },
  ],
});
const openalex = profile({
  id: 'A1',
  name: 'A. Lovelace',
  orcid: ORCID_ID,
  trust: { score: 30, level: 1, claimed: false },
  counts: { works: 40, citations: 900, hIndex: 12 },
  topics: [{ id: 'T1', name: 'Computing machinery' }],
  people: [{ id: 'A2', name: 'Charles Babbage' }],
  links: { profile: 'https://openalex.org/A1', explorer: 'https://example.org/explore/A1' },
  works: [
    { id: 'W1', title: 'Engines That Think', year: 2021, doi: 'https://doi.org/10.1000/E1', citations: 31, authors: [{ name: 'A. Lovelace', id: 'A1' }, { name: 'Charles Babbage', id: 'A2' }] },
    { id: 'W2', title: 'Engines that think', year: 2020, type: 'preprint', venue: 'arXiv', doi: '10.48550/arxiv.1', authors: [{ name: 'A. Lovelace', id: 'A1' }] },
  ],
});
const bib = profile({ id: 'ada', name: 'Ada', works: [{ id: 'lovelace1843', title: 'Notes on the analytical engine', year: 1843, authors: [{ name: 'Ada Lovelace', id: 'ada' }] }] });

describe('mergeProfiles', () => {
  const sources = [
    { id: 'https://lab.example.org/ada.bib', profile: bib },
    { id: 'https://api.openalex.org/authors/A1', profile: openalex },
    { id: `https://orcid.org/${ORCID_ID}`, profile: orcid },
  ];

  it('takes the identity from the record its owner controls (ORCID), whatever the order', () => {
    const p = mergeProfiles(sources);
    expect(p).to.include({ id: ORCID_ID, name: 'Ada Lovelace', orcid: ORCID_ID });
    expect(p.trust).to.include({ claimed: true, level: 2 });
    // Links the identity source lacks come from the others.
    expect(p.links).to.deep.equal({ profile: `https://orcid.org/${ORCID_ID}`, explorer: 'https://example.org/explore/A1' });
  });

  it('follows preferIdentityFrom when given', () => {
    expect(mergeProfiles(sources, { preferIdentityFrom: ['https://api.openalex.org/authors/A1'] }).id).to.equal('A1');
  });

  it('merges the works once each, with their sources, the preprint linked, the researcher emphasised', () => {
    const p = mergeProfiles(sources);
    expect(p.works.map((w) => w.title)).to.deep.equal(['Notes on the analytical engine', 'Engines That Think', 'A note on looms']);
    const engines = p.works[1]!;
    expect(engines.sources).to.deep.equal(['https://api.openalex.org/authors/A1', `https://orcid.org/${ORCID_ID}`]);
    expect(engines.citations).to.equal(31);
    expect(engines.versions?.[0]).to.include({ kind: 'preprint', venue: 'arXiv' });
    expect(engines.authors[0]).to.include({ id: ORCID_ID });
    expect(p.works[0]!.authors[0]).to.include({ id: ORCID_ID });
  });

  it('keeps topics, co-authors and counts from the sources that have them', () => {
    const p = mergeProfiles(sources);
    expect(p.topics).to.deep.equal([{ id: 'T1', name: 'Computing machinery' }]);
    expect(p.people.map((x) => x.id)).to.deep.equal(['A2']);
    expect(p.counts).to.include({ works: 40, citations: 900, hIndex: 12, topics: 1, collaborators: 1 });
  });
});
