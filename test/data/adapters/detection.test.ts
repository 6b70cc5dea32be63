import { expect } from '@open-wc/testing';
import { bibtexFormat, isOrcidId, openAlexAuthorKey, openAlexFormat, orcidFormat, orcidIdOf } from '../../../src/data/adapters/index.js';
import { formatNames, getFormat, profileFormat } from '../../../src/data/formats.js';
import { clearProfileCache, loadProfile } from '../../../src/data/load.js';
import { fakeFetch } from '../../helpers/fake-fetch.js';
import { referenceProfile } from '../../helpers/profiles.js';
import { fixtureText } from './fixtures.js';

const u = (s: string) => new URL(s, 'https://lab.example/people/');

describe('source detection', () => {
  it('registers openalex, orcid and bibtex next to profile', () => {
    expect(formatNames()).to.include.members(['profile', 'openalex', 'orcid', 'bibtex']);
    expect(getFormat('openalex')).to.equal(openAlexFormat);
  });

  it('OpenAlex author URLs', () => {
    expect(openAlexAuthorKey(u('https://api.openalex.org/authors/A5023888391'))).to.equal('A5023888391');
    expect(openAlexAuthorKey(u('https://api.openalex.org/authors/A5023888391?mailto=x@y.z'))).to.equal('A5023888391');
    expect(openAlexAuthorKey(u('https://openalex.org/A5023888391'))).to.equal('A5023888391');
    expect(openAlexAuthorKey(u('https://openalex.org/authors/a5023888391/'))).to.equal('A5023888391');
    expect(openAlexAuthorKey(u('https://api.openalex.org/authors/orcid:0000-0001-6187-6610'))).to.equal('orcid:0000-0001-6187-6610');
    expect(openAlexAuthorKey(u('https://api.openalex.org/authors/https://orcid.org/0000-0001-6187-6610'))).to.equal('orcid:0000-0001-6187-6610');
    expect(openAlexAuthorKey(u('https://api.openalex.org/works/W2741809807'))).to.equal(undefined);
    expect(openAlexAuthorKey(u('https://api.openalex.org/authors'))).to.equal(undefined);
    expect(openAlexAuthorKey(u('https://example.org/authors/A5023888391'))).to.equal(undefined);
  });

  it('ORCID URLs and bare iDs (with a valid check digit)', () => {
    expect(orcidIdOf(u('https://pub.orcid.org/v3.0/0000-0003-0902-4386'))).to.equal('0000-0003-0902-4386');
    expect(orcidIdOf(u('https://pub.orcid.org/v3.0/0000-0003-0902-4386/record'))).to.equal('0000-0003-0902-4386');
    expect(orcidIdOf(u('https://orcid.org/0000-0002-1642-628x'))).to.equal('0000-0002-1642-628X');
    expect(orcidIdOf(u('0000-0003-0902-4386'))).to.equal('0000-0003-0902-4386');
    expect(orcidIdOf(u('0000-0003-0902-4387')), 'bad check digit').to.equal(undefined);
    expect(orcidIdOf(u('https://orcid.org/0000-0003-0902-4387'))).to.equal(undefined);
    expect(orcidIdOf(u('https://lab.example/0000-0003-0902-4386.json'))).to.equal(undefined);
    expect(orcidIdOf(u('https://api.openalex.org/authors/orcid:0000-0001-6187-6610'))).to.equal(undefined);
    expect(isOrcidId('0000-0002-1825-0097')).to.equal(true);
    expect(isOrcidId('0000-0002-1825-009')).to.equal(false);
  });

  it('BibTeX URLs and content', () => {
    expect(bibtexFormat.matchesUrl!(u('/_bibliography/papers.bib'))).to.equal(true);
    expect(bibtexFormat.matchesUrl!(u('/refs.BIB?v=2'))).to.equal(true);
    expect(bibtexFormat.matchesUrl!(u('/bib/papers.json'))).to.equal(false);
    expect(bibtexFormat.matchesContent!('---\n---\nText\n@article{key2020,\n title={x}}', 'text/plain')).to.equal(true);
    expect(bibtexFormat.matchesContent!('Write to lab@uni.example, please.', 'text/plain')).to.equal(false);
    expect(bibtexFormat.matchesContent!('{"title": "@article{x, y}"}', 'application/json')).to.equal(false);
  });

  it('content matchers never claim our own profile JSON', () => {
    const ours = JSON.stringify(referenceProfile());
    for (const f of [openAlexFormat, orcidFormat, bibtexFormat]) expect(f.matchesContent!(ours, 'application/json'), f.name).to.equal(false);
    expect(profileFormat.matchesContent!(ours, 'application/json')).to.equal(true);
  });

  it('recorded responses are recognised by their content', async function () {
    const [author, record, person, bib] = await Promise.all(
      [
        'openalex/author-A5023888391-jason-priem.json',
        'orcid/record-0000-0003-0902-4386-tom-demeranville.json',
        'orcid/person-0000-0002-1642-628X-carl-boettiger.json',
        'bibtex/3c-lab-carrette-ucsd-papers.bib',
      ].map(fixtureText),
    );
    if ([author, record, person, bib].includes(null)) {
      console.warn('Skipped: the recorded responses are not in ../shared/fixtures.');
      this.skip();
    }
    const which = (text: string) => [openAlexFormat, orcidFormat, bibtexFormat].filter((f) => f.matchesContent!(text, '')).map((f) => f.name);
    expect(which(author!)).to.deep.equal(['openalex']);
    expect(which(record!)).to.deep.equal(['orcid']);
    expect(which(person!)).to.deep.equal(['orcid']);
    expect(which(bib!)).to.deep.equal(['bibtex']);
  });

  it('the format attribute wins over the URL', async () => {
    const fake = fakeFetch({ '/data/papers.bib': { body: referenceProfile() } });
    try {
      const { profile } = await loadProfile('/data/papers.bib', { format: 'profile' });
      expect(profile.name).to.equal('Wuhui Chen');
    } finally {
      fake.restore();
      clearProfileCache();
    }
  });
});
