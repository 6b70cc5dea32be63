import { expect } from '@open-wc/testing';
import fc from '../helpers/fc.js';
import { validateProfile, formatPath } from '../../src/data/validate.js';
import { referenceProfile } from '../helpers/profiles.js';

describe('validateProfile', () => {
  it('accepts the reference profile and derives missing counts from the arrays', () => {
    const r = validateProfile(referenceProfile());
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.profile.name).to.equal('Wuhui Chen');
    expect(r.profile.counts).to.include({ works: 1, topics: 1, collaborators: 4, followers: 0 });
    expect(r.warnings).to.deep.equal([]);
  });

  it('keeps explicit counts over derived ones', () => {
    const r = validateProfile({ ...referenceProfile(), counts: { works: 62, collaborators: 9 } });
    expect(r.ok && r.profile.counts).to.include({ works: 62, collaborators: 9, topics: 1 });
  });

  it('rejects a wrong top-level shape with path-named errors', () => {
    expect(validateProfile('hello')).to.deep.include({ ok: false, errors: ['profile: expected an object'] });
    expect(validateProfile([1, 2])).to.deep.include({ ok: false });
    const r = validateProfile({ version: 1, id: 'x', name: 42 });
    expect(r.ok).to.equal(false);
    expect(!r.ok && r.errors).to.deep.equal(['name: expected a string']);
    const missing = validateProfile({ version: 1, name: 'A' });
    expect(!missing.ok && missing.errors).to.deep.equal(['id: is required']);
    const version = validateProfile({ version: 2, id: 'x', name: 'A' });
    expect(!version.ok && version.errors[0]).to.match(/^version: expected 1/);
  });

  it('drops an invalid work with a warning naming its path, and keeps the rest', () => {
    const p = referenceProfile();
    p.works!.push({ id: 'w2', year: '2024' as unknown as number, title: 'Bad year' }, { id: 'w3', title: 'Good' });
    const r = validateProfile(p);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.profile.works.map((w) => w.id)).to.deep.equal(['w1', 'w3']);
    expect(r.warnings).to.deep.equal(['works[1].year: expected a number (item dropped)']);
  });

  it('drops invalid authors, duplicate ids and invalid optional objects, keeping the profile', () => {
    const p = referenceProfile() as Record<string, unknown> & ReturnType<typeof referenceProfile>;
    p.works![0]!.authors!.push({ name: null as unknown as string });
    p.works!.push({ id: 'w1', title: 'duplicate' });
    (p as Record<string, unknown>).trust = { score: 'high', level: 1 };
    const r = validateProfile(p);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.profile.works).to.have.length(1);
    expect(r.profile.works[0]!.authors).to.have.length(5);
    expect(r.profile.trust).to.equal(undefined);
    expect(r.warnings).to.include('works[0].authors[5].name: expected a string (item dropped)');
    expect(r.warnings).to.include('works[1].id: duplicate id "w1", dropped');
    expect(r.warnings).to.include('trust.score: expected a number (field dropped)');
  });

  it('formats paths as works[3].year', () => {
    expect(formatPath(['works', 3, 'year'])).to.equal('works[3].year');
    expect(formatPath([])).to.equal('profile');
  });

  it('never throws: any JSON value yields a profile or path-named errors', () => {
    const anyProfileish = fc.oneof(
      fc.jsonValue(),
      fc.record({
        version: fc.oneof(fc.constant(1), fc.jsonValue()),
        id: fc.oneof(fc.string(), fc.jsonValue()),
        name: fc.oneof(fc.string(), fc.jsonValue()),
        works: fc.oneof(fc.array(fc.jsonValue()), fc.array(fc.record({ id: fc.string(), year: fc.jsonValue(), authors: fc.jsonValue() }))),
        trust: fc.jsonValue(),
        counts: fc.jsonValue(),
      }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(anyProfileish, (value) => {
        const r = validateProfile(value);
        if (r.ok) {
          expect(r.profile.version).to.equal(1);
          expect(r.profile.name).to.be.a('string');
          expect(r.profile.works).to.be.an('array');
        } else {
          expect(r.errors.length).to.be.greaterThan(0);
          for (const e of r.errors) expect(e).to.match(/^[A-Za-z_$][\w$]*(\[\d+\]|\.[\w$]+)*: |^profile: /);
        }
      }),
      { numRuns: 400 },
    );
  });
});
