import { expect } from '@open-wc/testing';
import { TEXT_LIMITS } from '../../src/data/schema.js';
import { truncate } from '../../src/data/limits.js';
import { validateProfile } from '../../src/data/validate.js';
import { referenceProfile } from '../helpers/profiles.js';

const big = (n: number, c = 'a') => c.repeat(n);

describe('validateProfile: length limits', () => {
  it('cuts every over-long text field to its own limit, with a warning naming the field', () => {
    const input = referenceProfile();
    input.name = big(5_000_000);
    input.headline = big(10_000);
    input.affiliation = { name: big(1000) };
    input.trust = { score: 1, level: 1, label: big(500) };
    const w = input.works![0]!;
    Object.assign(w, { title: big(50_000), venue: big(5000), abstract: big(1_000_000), type: big(1000), topics: [big(1000)] });
    w.authors = [{ name: big(100_000) }, { name: 'Yue Yu' }];
    input.topics = [{ id: 't1', name: big(1000) }];
    input.people = [{ id: 'p1', name: big(2000) }];
    input.institutions = [{ id: 'i1', name: big(2000), country: big(500) }];
    const r = validateProfile(input);
    expect(r.ok).to.be.true;
    if (!r.ok) return;
    const p = r.profile;
    expect(p.name).to.have.length(TEXT_LIMITS.name);
    expect(p.name.endsWith('…')).to.be.true;
    expect(p.headline).to.have.length(TEXT_LIMITS.headline);
    expect(p.affiliation!.name).to.have.length(TEXT_LIMITS.name);
    expect(p.trust!.label).to.have.length(TEXT_LIMITS.label);
    expect(p.works[0]!.title).to.have.length(TEXT_LIMITS.title);
    expect(p.works[0]!.venue).to.have.length(TEXT_LIMITS.venue);
    expect(p.works[0]!.abstract).to.have.length(TEXT_LIMITS.abstract);
    expect(p.works[0]!.type).to.have.length(TEXT_LIMITS.type);
    expect(p.works[0]!.topics![0]).to.have.length(TEXT_LIMITS.topic);
    expect(p.works[0]!.authors.map((a) => a.name.length)).to.deep.equal([TEXT_LIMITS.name, 6]);
    expect(p.topics[0]!.name).to.have.length(TEXT_LIMITS.topic);
    expect(p.people[0]!.name).to.have.length(TEXT_LIMITS.name);
    expect(p.institutions[0]!.name).to.have.length(TEXT_LIMITS.name);
    expect(p.institutions[0]!.country).to.have.length(TEXT_LIMITS.country);
    expect(r.warnings).to.include.members([
      'name: longer than 300 characters (5,000,000), cut',
      'headline: longer than 500 characters (10,000), cut',
      'affiliation.name: longer than 300 characters (1,000), cut',
      'trust.label: longer than 100 characters (500), cut',
      'works[0].title: longer than 1,000 characters (50,000), cut',
      'works[0].venue: longer than 500 characters (5,000), cut',
      'works[0].abstract: longer than 10,000 characters (1,000,000), cut',
      'works[0].topics[0]: longer than 200 characters, cut',
      'works[0].authors[0].name: longer than 300 characters (100,000), cut',
      'topics[0].name: longer than 200 characters (1,000), cut',
      'people[0].name: longer than 300 characters (2,000), cut',
      'institutions[0].country: longer than 100 characters (500), cut',
    ]);
  });

  it('drops over-long URLs, DOIs and ORCID iDs (a cut one would be wrong) but keeps their item', () => {
    const input = referenceProfile();
    input.avatar = `https://example.org/${big(3000)}`;
    input.links = { profile: `https://example.org/${big(3000)}` };
    Object.assign(input.works![0]!, { url: `https://example.org/${big(3000)}`, doi: `10.1000/${big(1000)}` });
    input.people = [{ id: 'p1', name: 'Ann', orcid: big(200), url: `https://x.org/${big(3000)}`, institutions: ['i1', big(1000)] }];
    const r = validateProfile(input);
    expect(r.ok).to.be.true;
    if (!r.ok) return;
    expect(r.profile.avatar).to.equal(null);
    expect(r.profile.links.profile).to.equal(undefined);
    expect(r.profile.works).to.have.length(1);
    expect(r.profile.works[0]!.url).to.equal(undefined);
    expect(r.profile.works[0]!.doi).to.equal(undefined);
    expect(r.profile.people[0]).to.deep.equal({ id: 'p1', name: 'Ann', institutions: ['i1'] });
    expect(r.warnings).to.include.members([
      'avatar: longer than 2,000 characters, dropped',
      'links.profile: longer than 2,000 characters, dropped',
      'works[0].url: longer than 2,000 characters, dropped',
      'works[0].doi: longer than 300 characters, dropped',
      'people[0].orcid: longer than 100 characters, dropped',
      'people[0].institutions[1]: longer than 500 characters, dropped',
    ]);
  });

  it('an over-long id drops its item (and is an error for the profile itself)', () => {
    const input = referenceProfile();
    input.works = [...input.works!, { id: big(1000), title: 'x' }];
    const r = validateProfile(input);
    expect(r.ok && r.profile.works.length).to.equal(1);
    expect(r.warnings).to.include('works[1].id: longer than 500 characters (item dropped)');
    const bad = validateProfile({ ...referenceProfile(), id: big(1000) });
    expect(bad.ok).to.be.false;
    expect(!bad.ok && bad.errors).to.deep.equal(['id: longer than 500 characters']);
  });

  it('text within its limit is left as it is, and the input is never modified', () => {
    const input = referenceProfile();
    input.name = big(TEXT_LIMITS.name);
    const r = validateProfile(input);
    expect(r.ok && r.profile.name).to.equal(input.name);
    expect(r.warnings).to.deep.equal([]);
    const long = { ...referenceProfile(), name: big(1000) };
    validateProfile(long);
    expect(long.name).to.have.length(1000);
  });

  it('truncate never splits a surrogate pair', () => {
    const s = '😀'.repeat(10);
    const t = truncate(s, 6);
    expect(t).to.equal('😀😀…');
    expect(t.length).to.be.at.most(6);
  });
});
