/**
 * Big profiles load in slices: the JSON text is parsed and the profile validated in pieces
 * between which the page runs its own tasks; the result is exactly what a one-piece parse gives.
 */
import { expect } from '@open-wc/testing';
import { parseJsonSteps, SLICED_JSON_CHARS } from '../../src/data/json-slices.js';
import { runNow, runSliced } from '../../src/data/slices.js';
import { validateProfile, validateProfileAsync } from '../../src/data/validate.js';
import { clearProfileCache, loadProfile, needsSlicedValidation, LARGE_PROFILE_WORKS } from '../../src/data/load.js';
import { ProfileLoadError } from '../../src/data/errors.js';
import { generateProfile } from '../../demo/data/generate.js';
import { fakeFetch } from '../helpers/fake-fetch.js';
import { tasksDuring } from '../helpers/tasks.js';

const big = (works = 6000) => generateProfile({ works, seed: 3 });

describe('big profiles: sliced JSON parsing and validation', () => {
  it('parses a big JSON text in slices into exactly what JSON.parse gives', async () => {
    const text = JSON.stringify({ ...big(), extra: { nested: [1, 2, { a: '"}]' }] }, '__proto__': { polluted: true }, tricky: 'a\\"b}]' }, null, 1);
    expect(text.length).to.be.above(SLICED_JSON_CHARS);
    // A break after every step (slices of 0 ms): what is tested is that the parse comes in pieces
    // the page can run between, whatever this machine's speed (a fast one parses it in one slice).
    const { value, tasks } = await tasksDuring(() => runSliced(parseJsonSteps(text), undefined, 0));
    expect(value).to.deep.equal(JSON.parse(text));
    expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).to.equal(undefined);
    expect(tasks, 'tasks of the page that ran during the parse').to.be.at.least(2);
  });

  it('a malformed big text fails as JSON.parse fails', () => {
    const text = JSON.stringify(big()).slice(0, -10);
    expect(() => runNow(parseJsonSteps(text))).to.throw(SyntaxError);
    expect(() => runNow(parseJsonSteps(`${JSON.stringify(big())} x`))).to.throw(SyntaxError);
  });

  it('validates a big profile in slices, with the same result as at once', async () => {
    const input = big();
    const { value, tasks } = await tasksDuring(() => validateProfileAsync(input));
    expect(value).to.deep.equal(validateProfile(input));
    expect(tasks).to.be.at.least(2);
  });

  it('loadProfile reads a big profile from a URL without holding the main thread', async () => {
    const input = big();
    const fake = fakeFetch({ '/big.json': { body: JSON.stringify(input), headers: { 'content-type': 'application/json' } } });
    try {
      const { value, tasks } = await tasksDuring(() => loadProfile('/big.json'));
      expect(value.profile.works).to.have.length(input.works!.length);
      expect(tasks).to.be.at.least(2);
    } finally {
      fake.restore();
      clearProfileCache();
    }
  });

  it('a big body that is not JSON is still "not valid JSON"', async () => {
    const fake = fakeFetch({ '/broken.json': { body: `${JSON.stringify(big()).slice(0, -5)}`, headers: { 'content-type': 'application/json' } } });
    try {
      let err: unknown;
      await loadProfile('/broken.json', { format: 'profile' }).catch((e) => (err = e));
      expect(err).to.be.instanceOf(ProfileLoadError);
      expect((err as Error).message).to.equal('The profile is not valid JSON.');
    } finally {
      fake.restore();
      clearProfileCache();
    }
  });

  it('only profiles over the size limit are validated in slices', () => {
    expect(needsSlicedValidation(big(LARGE_PROFILE_WORKS))).to.be.false;
    expect(needsSlicedValidation(big(LARGE_PROFILE_WORKS + 1))).to.be.true;
  });
});
