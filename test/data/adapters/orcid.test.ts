import { expect } from '@open-wc/testing';
import '../../../src/data/adapters/index.js';
import { orcidFormat } from '../../../src/data/adapters/index.js';
import { ProfileLoadError } from '../../../src/data/errors.js';
import { contextFor } from '../../../src/data/formats.js';
import { clearProfileCache, loadProfile } from '../../../src/data/load.js';
import type { Profile } from '../../../src/data/schema.js';
import { fakeFetch, type FakeFetch } from '../../helpers/fake-fetch.js';
import { fixturesOrSkip } from './fixtures.js';

const TOM = '0000-0003-0902-4386';
const RECORD = `https://pub.orcid.org/v3.0/${TOM}/record`;

describe('ORCID adapter: Tom Demeranville, a recorded /record', () => {
  let record: string;
  let fake: FakeFetch | undefined;

  before(async function () {
    [record] = (await fixturesOrSkip(this, 'orcid/record-0000-0003-0902-4386-tom-demeranville.json')) as [string];
  });
  afterEach(() => {
    fake?.restore();
    fake = undefined;
    clearProfileCache();
  });

  async function load(src: string) {
    fake = fakeFetch({ [RECORD]: { body: record } });
    return (await loadProfile(src)).profile;
  }

  it('asks pub.orcid.org/v3.0 for the record as JSON, however the iD is written', async () => {
    const headers: (string | null)[] = [];
    for (const src of [`https://pub.orcid.org/v3.0/${TOM}`, `https://orcid.org/${TOM}`, TOM, `https://pub.orcid.org/v3.0/${TOM}/record`]) {
      fake = fakeFetch({ [RECORD]: { body: record } });
      const original = window.fetch;
      window.fetch = (input, init) => {
        headers.push(new Headers(init?.headers).get('accept'));
        return original(input, init);
      };
      const { profile } = await loadProfile(src);
      expect(profile.name, src).to.equal("Tom 'Amazing' Demeranville");
      expect(fake.calls, src).to.deep.equal([RECORD]);
      fake.restore();
      clearProfileCache();
    }
    expect(headers).to.deep.equal(Array(4).fill('application/json'));
  });

  it('maps the person: credit name, biography, keyword, current employment', async () => {
    const p = await load(`https://orcid.org/${TOM}`);
    expect(p).to.include({ id: TOM, orcid: TOM, name: "Tom 'Amazing' Demeranville" });
    expect(p.headline).to.equal('ORCID Product Director. A technical background in innovation, software engineering and identity management.');
    expect(p.topics).to.deep.equal([{ id: 'keyword:awesome', name: 'awesome' }]);
    // Four employments: the current one (ORCID, Director of Product since 2018) is the affiliation.
    expect(p.affiliation).to.deep.equal({ name: 'ORCID', url: 'https://info.orcid.org/orcid-team/' });
    expect(p.institutions.map((i) => i.name)).to.deep.equal(['ORCID', 'British Library', 'Eduserv Athens']);
    expect(p.links.profile).to.equal(`https://orcid.org/${TOM}`);
  });

  it('maps trust: claimed, level 2, scored by the documented rule', async () => {
    const p = await load(TOM);
    // 50 (ORCID record) + 15 (employment added by an organization) + 15 (works added by organizations)
    expect(p.trust).to.deep.equal({ score: 80, level: 2, claimed: true, label: 'Claimed', signals: [{ id: 'orcid-record', points: 50, source: 'ORCID' }, { id: 'orcid-employment', points: 15, source: 'ORCID' }, { id: 'orcid-work', points: 15, source: 'ORCID' }] });
  });

  it('one work per work group: 37 works with title, year, type, venue, DOI and url', async () => {
    const p = await load(TOM);
    expect(p.works).to.have.length(37);
    expect(p.counts.works).to.equal(37);
    expect(p.works[0]).to.deep.equal({
      id: '82730320',
      title: 'Peer Review and ORCID',
      year: 2020,
      type: 'article',
      venue: 'Editorial Office News',
      doi: '10.18243/eon/2020.13.1.3',
      url: 'https://www.lens.org/060-310-030-268-156',
      authors: [],
    });
    const second = p.works[1]!;
    expect(second).to.include({ title: 'ORCID Update - RDA UK/FREYA Workshop', type: 'other', venue: 'Zenodo', doi: '10.5281/zenodo.3361412' });
    expect(second.url).to.equal('https://doi.org/10.5281/zenodo.3361412');
    expect(p.works.filter((w) => w.doi)).to.have.length(36);
    expect(p.works.find((w) => w.title === 'Recognising Peer Review With Orcid')!.type).to.equal('poster');
    expect(p.works.filter((w) => w.type === 'dataset')).to.have.length(5);
    expect(p.works.at(-1)).to.include({ title: 'PDB, "TEST"', year: null, doi: null });
  });

  it('a saved record is recognised by its content', async () => {
    fake = fakeFetch({ '/data/tom.json': { body: record } });
    const { profile } = await loadProfile('/data/tom.json');
    expect(profile).to.include({ id: TOM, name: "Tom 'Amazing' Demeranville" });
    expect(profile.trust).to.include({ claimed: true, level: 2 });
  });
});

describe('ORCID adapter: /person + /works (Scott Chamberlain, Carl Boettiger)', () => {
  const SCOTT = '0000-0003-1444-9135';
  let fake: FakeFetch | undefined;
  afterEach(() => {
    fake?.restore();
    fake = undefined;
    clearProfileCache();
  });

  it('a /person URL loads /person, /works and /employments', async function () {
    const [person, works] = await fixturesOrSkip(this, `orcid/person-${SCOTT}-scott-chamberlain.json`, `orcid/works-${SCOTT}-scott-chamberlain.json`);
    const base = `https://pub.orcid.org/v3.0/${SCOTT}`;
    fake = fakeFetch({
      [`${base}/person`]: { body: person },
      [`${base}/works`]: { body: works },
      [`${base}/employments`]: { body: { 'affiliation-group': [] } },
    });
    const { profile } = await loadProfile(`${base}/person`);
    expect(fake.calls.sort()).to.deep.equal([`${base}/employments`, `${base}/person`, `${base}/works`]);
    expect(profile).to.include({ id: SCOTT, name: 'Scott A Chamberlain' });
    expect(profile.headline).to.equal('Co-founder at rOpenSci - a non-profit making software to facilitate reproducible and open science');
    // One keyword written as a comma-separated list becomes five topics.
    expect(profile.topics.map((t) => t.name)).to.deep.equal(['ecology', 'open access', 'bioinformatics', 'evolution', 'R']);
    expect(profile.works).to.have.length(111);
    const types = profile.works.reduce<Record<string, number>>((n, w) => ({ ...n, [w.type!]: (n[w.type!] ?? 0) + 1 }), {});
    expect(types).to.deep.equal({ other: 62, article: 34, dataset: 15 });
    expect(profile.works[0]).to.include({ title: 'Phylogeny Based Biodiversity Data Queries', year: 2018, doi: '10.3897/biss.2.25589' });
    expect(profile.affiliation).to.equal(null);
    // 50 + 15 (works from Crossref); no employment.
    expect(profile.trust).to.deep.equal({ score: 65, level: 2, claimed: true, label: 'Claimed', signals: [{ id: 'orcid-record', points: 50, source: 'ORCID' }, { id: 'orcid-work', points: 15, source: 'ORCID' }] });
  });

  it('works failing after the person loaded: the person, with a warning', async function () {
    const [person] = await fixturesOrSkip(this, `orcid/person-${SCOTT}-scott-chamberlain.json`);
    const base = `https://pub.orcid.org/v3.0/${SCOTT}`;
    fake = fakeFetch({
      [`${base}/person`]: { body: person },
      [`${base}/works`]: { body: '{"group":[{"work-summary":[' },
      [`${base}/employments`]: { body: { 'affiliation-group': [] } },
    });
    const warn = console.warn;
    console.warn = () => {};
    try {
      const { profile, warnings } = await orcidFormat.load!(new URL(`https://orcid.org/${SCOTT}/works`), contextFor({}));
      const value = profile as Profile;
      expect(value.name).to.equal('Scott A Chamberlain');
      expect(value.works).to.deep.equal([]);
      expect(warnings).to.deep.equal([`The works of ORCID record ${SCOTT} is not valid JSON. The profile is shown without them.`]);
    } finally {
      console.warn = warn;
    }
  });

  it('a saved /person without a credit name uses the given and family names', async function () {
    const [person] = await fixturesOrSkip(this, 'orcid/person-0000-0002-1642-628X-carl-boettiger.json');
    fake = fakeFetch({ '/data/carl.json': { body: person } });
    const { profile } = await loadProfile('/data/carl.json');
    expect(profile).to.include({ id: '0000-0002-1642-628X', name: 'Carl Boettiger', headline: 'http://carlboettiger.info' });
    expect(profile.topics.map((t) => t.name)).to.deep.equal(['Ecology', 'Evolution', 'Regime Shifts', 'Stochastic Dynamics']);
    expect(profile.works).to.deep.equal([]);
  });
});

describe('ORCID adapter: failures and small samples', () => {
  let fake: FakeFetch | undefined;
  afterEach(() => {
    fake?.restore();
    fake = undefined;
    clearProfileCache();
  });

  async function failure(routes: Record<string, any>, src: string): Promise<ProfileLoadError> {
    fake = fakeFetch(routes);
    try {
      await loadProfile(src);
    } catch (err) {
      expect(err).to.be.instanceOf(ProfileLoadError);
      return err as ProfileLoadError;
    }
    throw new Error('expected the load to fail');
  }

  it('an unknown iD: 404 names the source and the iD', async () => {
    const id = '0000-0002-1825-0097';
    const err = await failure({ [`https://pub.orcid.org/v3.0/${id}/record`]: { status: 404, body: { 'error-code': 9016 } } }, `https://orcid.org/${id}`);
    expect(err.message).to.equal(`ORCID has no record ${id} (HTTP 404).`);
    expect(err.status).to.equal(404);
  });

  it('429 with a long Retry-After', async () => {
    const id = '0000-0002-1825-0097';
    const err = await failure({ [`https://pub.orcid.org/v3.0/${id}/record`]: { status: 429, headers: { 'retry-after': '60' } } }, id);
    expect(err.message).to.equal(`ORCID is limiting requests (HTTP 429) while loading record ${id}; try again in 60 s.`);
  });

  it('a truncated record', async () => {
    const id = '0000-0002-1825-0097';
    const err = await failure({ [`https://pub.orcid.org/v3.0/${id}/record`]: { body: '{"orcid-identifier":{"path":"0000-' } }, id);
    expect(err.message).to.equal(`The ORCID record ${id} is not valid JSON.`);
  });

  it('a record with the name kept private falls back to the iD; X check digits are read', async () => {
    const id = '0000-0002-9079-593X';
    fake = fakeFetch({ [`https://pub.orcid.org/v3.0/${id}/record`]: { body: { 'orcid-identifier': { path: id }, person: { name: null }, 'activities-summary': {} } } });
    const { profile } = await loadProfile(`https://orcid.org/${id.toLowerCase()}`);
    expect(profile).to.include({ id, name: id, headline: null });
    expect(profile.trust).to.deep.equal({ score: 50, level: 2, claimed: true, label: 'Claimed', signals: [{ id: 'orcid-record', points: 50, source: 'ORCID' }] });
  });

  it('a long biography is cut to one line', async () => {
    const id = '0000-0002-1825-0097';
    const bio = `${'Word '.repeat(60)}end.\n\nSecond paragraph.`;
    fake = fakeFetch({ [`https://pub.orcid.org/v3.0/${id}/record`]: { body: { person: { name: { 'given-names': { value: 'Josiah' }, 'family-name': { value: 'Carberry' } }, biography: { content: bio } } } } });
    const { profile } = await loadProfile(id);
    expect(profile.name).to.equal('Josiah Carberry');
    expect(profile.headline!.length).to.be.at.most(201);
    expect(profile.headline!.endsWith('Word…')).to.equal(true);
  });
});
