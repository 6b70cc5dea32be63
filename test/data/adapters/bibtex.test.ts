import { expect } from '@open-wc/testing';
import '../../../src/data/adapters/index.js';
import { bibtexFormat } from '../../../src/data/adapters/index.js';
import { parseBibtex } from '../../../src/data/adapters/bibtex-map.js';
import { ProfileLoadError } from '../../../src/data/errors.js';
import { contextFor } from '../../../src/data/formats.js';
import { clearProfileCache, loadProfile } from '../../../src/data/load.js';
import { validateProfile } from '../../../src/data/validate.js';
import { fakeFetch, type FakeFetch } from '../../helpers/fake-fetch.js';
import { fixturesOrSkip } from './fixtures.js';

/** Written for the project: front matter, stray text, comments, @string, nested braces, accents. */
const SAMPLE = String.raw`---
layout: page
contact: lab@uni.example
---
Our papers, newest first. Write to us@example.org for PDFs.

% A comment line with {unbalanced braces
@string{ jcp = "Journal of Chemical Physics" }
@comment{ an @article{fake, title={not an entry}} inside a comment }

@article{angstrom2020,
  author   = {{\AA}ngstr{\"o}m, Anders J. and M{\"u}ller, J{\"o}rg and van der Berg, Jan and {Research Consortium}},
  title    = {The {DNA} of {\AA}ngstr{\"o}m units: {Nested {braces} here} and 20--60\% of cases},
  journal  = jcp # " (Letters)",
  year     = 2020,
  doi      = {https://doi.org/10.1000/xyz.123},
  abstract = {We show that 20-60% of things $\alpha$ work. Caf\'e na\"ive \c{c}a \ss{}.},
}

@inproceedings{doe2019,
  author    = "Doe, Jane and {\AA}ngstr{\"o}m, A. and others",
  title     = "A {GPU} paper",
  booktitle = {Proc. of {ACM} CHI},
  year      = {2019},
  url       = {https://example.org/doe2019?x=1&y=2},
}

@misc{zhou2024,
  author        = {Zhou, Jiahang and {\AA}ngstr{\"o}m, Anders},
  title         = {Training and Serving System of Foundation Models},
  eprint        = {2401.02643},
  archivePrefix = {arXiv},
  year          = {2024},
}

@phdthesis{angstrom2010,
  author = {{\AA}ngstr{\"o}m, Anders Jonas},
  title  = {On {\'E}tudes},
  school = {Uppsala {Universitet}},
  year   = {2010},
}
`;

describe('BibTeX adapter: small samples written for the project', () => {
  it('a % comment inside an entry that runs to the very end of the file does not freeze the page', () => {
    // biblatex-csl-converter 3.2 and 3.6.0 loop for ever on this; the adapter ends the text with a newline.
    const warn = console.warn;
    console.warn = () => {};
    try {
      // Returns (a profile, or the error that there is nothing to show) instead of never returning.
      expect(() => parseBibtex('@book{b2, %P}')).to.throw(ProfileLoadError);
      for (const text of ['@book{b2, author = {Ann Lee}, title = {B}, %P}}', '@article{a, author = {Bo Ng}, title = {A}}\n@book{b, title={B}, %x']) {
        expect(validateProfile(parseBibtex(text).profile).ok, text).to.be.true;
      }
      expect(parseBibtex('@article{a, author = {Bo Ng}, title = {A}}\n@book{b, title={B}, %x').profile.works!.map((w) => w.title)).to.include('A');
    } finally {
      console.warn = warn;
    }
  });

  it('decodes accents, resolves @string and #, keeps % in braces, ignores front matter and comments', () => {
    const r = parseBibtex(SAMPLE, new URL('https://lab.example/papers.bib'));
    const p = r.profile;
    expect(r.warnings).to.deep.equal([]);
    expect(p.works!.map((w) => w.id)).to.deep.equal(['angstrom2020', 'doe2019', 'zhou2024', 'angstrom2010']);
    const [a, b, c, d] = p.works!;
    expect(a).to.deep.include({
      type: 'article',
      year: 2020,
      title: 'The DNA of Ångström units: Nested braces here and 20–60% of cases',
      venue: 'Journal of Chemical Physics (Letters)',
      doi: '10.1000/xyz.123',
      url: 'https://doi.org/10.1000/xyz.123',
      abstract: 'We show that 20-60% of things α work. Café naïve ça ß.',
    });
    expect(a!.authors!.map((x) => x.name)).to.deep.equal(['Anders J. Ångström', 'Jörg Müller', 'Jan van der Berg', 'Research Consortium']);
    expect(b).to.deep.include({ type: 'conference paper', title: 'A GPU paper', venue: 'Proc. of ACM CHI', url: 'https://example.org/doe2019?x=1&y=2', authorsTruncated: true });
    expect(b!.authors!.map((x) => x.name)).to.deep.equal(['Jane Doe', 'A. Ångström']);
    expect(c).to.deep.include({ type: 'preprint', venue: 'arXiv', url: 'https://arxiv.org/abs/2401.02643', year: 2024 });
    expect(d).to.deep.include({ type: 'thesis', title: 'On Études', venue: 'Uppsala Universitet' });
  });

  it('names the profile after the author on most entries; the others become people', () => {
    const r = parseBibtex(SAMPLE);
    const p = r.profile;
    // "Ångström, Anders J.", "Ångström, A." and "Ångström, Anders Jonas" are one person: the fullest spelling wins.
    expect(p).to.include({ id: 'angstrom-a', name: 'Anders Jonas Ångström' });
    expect(p.people!.map((x) => x.name)).to.deep.equal(['Jörg Müller', 'Jan van der Berg', 'Research Consortium', 'Jane Doe', 'Jiahang Zhou']);
    expect(p.works![1]!.authors![1]).to.deep.equal({ name: 'A. Ångström', id: 'angstrom-a' });
    expect(p.works![0]!.authors![1]).to.deep.equal({ name: 'Jörg Müller', id: 'bib:muller-j' });
    expect(p.trust).to.equal(undefined);
    expect(validateProfile(p).warnings).to.deep.equal([]);
  });

  it('the name and id options choose the researcher', () => {
    const r = parseBibtex(SAMPLE, undefined, { name: 'Jane Doe', id: 'jane' });
    const p = r.profile;
    expect(p).to.include({ id: 'jane', name: 'Jane Doe' });
    expect(p.works![1]!.authors![0]).to.deep.equal({ name: 'Jane Doe', id: 'jane' });
    expect(p.people!.some((x) => x.name === 'Jane Doe')).to.equal(false);
  });

  it('keeps the readable entries of a broken file, with a warning', () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const r = parseBibtex('@article{ok, author={Ada Lovelace}, title={Notes}, year={1843}}\n@article{broken, title={Never closed', undefined);
    const p = r.profile;
      expect(p.works!.map((w) => w.id)).to.include('ok');
      expect(r.warnings).to.have.length(1);
      expect(p.works!.find((w) => w.id === 'ok')).to.deep.include({ title: 'Notes', year: 1843 });
      expect(r.warnings[0]).to.match(/^The BibTeX file: \d part\(s\) could not be read \(first: unexpected eof\); the other entries are shown\.$/);
    } finally {
      console.warn = warn;
    }
  });

  it('a file without entries is a clear error', () => {
    expect(() => parseBibtex('Just some text, no entries.', new URL('https://lab.example/empty.bib'))).to.throw(ProfileLoadError, 'The BibTeX file empty.bib has no entries with authors.');
  });

  it('loads a .bib URL through loadProfile, detected by its extension', async () => {
    const fake = fakeFetch({ '/papers.bib': { body: SAMPLE, headers: { 'content-type': 'text/plain' } } });
    try {
      const { profile } = await loadProfile('/papers.bib');
      expect(profile.name).to.equal('Anders Jonas Ångström');
      expect(profile.counts.works).to.equal(4);
    } finally {
      fake.restore();
      clearProfileCache();
    }
  });

  it('detects BibTeX by content when the URL says nothing', async () => {
    const fake = fakeFetch({ '/api/publications': { body: SAMPLE, headers: { 'content-type': 'text/plain' } } });
    try {
      const { profile } = await loadProfile('/api/publications');
      expect(profile.works.map((w) => w.id)).to.include('zhou2024');
    } finally {
      fake.restore();
      clearProfileCache();
    }
  });
});

describe('BibTeX adapter: a real lab file (3C lab, UCSD), recorded', () => {
  let text: string;
  before(async function () {
    [text] = (await fixturesOrSkip(this, 'bibtex/3c-lab-carrette-ucsd-papers.bib')) as [string];
  });

  it('reads all 35 entries past the YAML front matter and the markdown line', async () => {
    const parsed = (await bibtexFormat.parse!(text, new URL('https://3c-lab.example/papers.bib'), contextFor({}))) as ReturnType<typeof parseBibtex>;
    const p = parsed.profile;
    expect(p.works).to.have.length(35);
    expect(parsed.warnings).to.deep.equal([]);
    const r = validateProfile(p);
    expect(r.ok && r.warnings).to.deep.equal([]);
    expect(p.works!.filter((w) => w.abstract)).to.have.length(30);
    expect(p.works!.filter((w) => w.doi)).to.have.length(33);
    expect(Math.max(...p.works!.map((w) => w.authors!.length))).to.equal(39);
    expect(new Set(p.works!.map((w) => w.type))).to.deep.equal(new Set(['article']));
  });

  it('maps the first entry field by field; keys stay the citation keys', () => {
    const r = parseBibtex(text);
    const p = r.profile;
    expect(p.works!.slice(0, 3).map((w) => w.id)).to.deep.equal(['RN1727', 'RN1726', 'RN1506']);
    expect(p.works![0]).to.deep.include({
      title: 'Incentive salience, not psychomotor sensitization or tolerance, drives escalation of cocaine self-administration in heterogeneous stock rats',
      venue: 'Neuropsychopharmacology',
      year: 2026,
      doi: '10.1038/s41386-026-02350-0',
      url: 'https://doi.org/10.1038/s41386-026-02350-0',
    });
    expect(p.works![0]!.authors).to.have.length(16);
    expect(p.works![0]!.abstract!.startsWith('Sensitization and tolerance are two phenomena often studied independently')).to.equal(true);
  });

  it('keeps a % inside an abstract and Unicode text as written', () => {
    const r = parseBibtex(text);
    const p = r.profile;
    const oud = p.works!.find((w) => w.abstract?.startsWith('Family and twin studies'))!;
    expect(oud.abstract).to.contain('indicate that 20-60% of the vulnerability to opioid use disorder (OUD) is influenced by genetic factors, but');
    expect(p.works!.some((w) => w.abstract?.includes('β-adrenergic'))).to.equal(true);
    expect(p.works!.some((w) => w.title?.includes('‘hidden’'))).to.equal(true);
  });

  it('the lab head is the researcher: Carrette, on the most entries under several spellings', () => {
    const r = parseBibtex(text);
    const p = r.profile;
    expect(p).to.include({ id: 'carrette-l', name: 'Lieselot L. G. Carrette' });
    const hers = p.works!.filter((w) => w.authors!.some((a) => a.id === 'carrette-l'));
    expect(hers.length).to.be.at.least(28);
    expect(p.people!.some((x) => /Carrette/.test(x.name))).to.equal(false);
  });
});

describe('BibTeX adapter: errors through loadProfile', () => {
  let fake: FakeFetch | undefined;
  afterEach(() => {
    fake?.restore();
    fake = undefined;
    clearProfileCache();
  });

  it('a missing .bib file names the file', async () => {
    fake = fakeFetch({ '/missing.bib': { status: 404, body: 'Not found' } });
    try {
      await loadProfile('/missing.bib');
      expect.fail('should fail');
    } catch (err) {
      expect(err).to.be.instanceOf(ProfileLoadError);
      expect((err as ProfileLoadError).status).to.equal(404);
      expect((err as ProfileLoadError).message).to.equal('The BibTeX file missing.bib was not found (HTTP 404).');
    }
  });
});
