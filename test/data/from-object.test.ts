import { expect } from '@open-wc/testing';
import { profileFromObject, profileFromObjectAsync, needsSlicedValidation } from '../../src/data/from-object.js';
import { validateProfile } from '../../src/data/validate.js';
import { referenceProfile } from '../helpers/profiles.js';

describe('profileFromObject: a profile is validated once', () => {
  it('gives a profile it validated back as it is, with no warnings of its own', () => {
    const raw = referenceProfile();
    raw.works!.push({ id: 'w2', year: '2024' as unknown as number, title: 'Bad year' });
    const first = profileFromObject(raw);
    expect(first.warnings).to.have.length(1);
    // A group member's card, or a second element, given the validated profile: no copy, no second report.
    const again = profileFromObject(first.profile);
    expect(again.profile).to.equal(first.profile);
    expect(again.warnings).to.deep.equal([]);
    expect(needsSlicedValidation(first.profile)).to.equal(false);
  });

  it('gives the same for a profile validated in slices', async () => {
    const first = await profileFromObjectAsync(referenceProfile());
    expect(profileFromObject(first.profile).profile).to.equal(first.profile);
    expect((await profileFromObjectAsync(first.profile)).profile).to.equal(first.profile);
  });

  it('is right to: validating a validated profile again changes nothing', () => {
    const first = profileFromObject(referenceProfile()).profile;
    const r = validateProfile(first);
    expect(r.ok && r.profile).to.deep.equal(first);
    expect(r.warnings).to.deep.equal([]);
  });
});
