/**
 * A very big profile given as an object: the element shows its loading state while the profile
 * is validated in slices (the page keeps running its own tasks), then the list; a normal-sized
 * profile still renders in the first update, with no loading state.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { PublicationList } from '../../src/elements/publication-list/publication-list.js';
import { LARGE_PROFILE_WORKS } from '../../src/data/load.js';
import { generateProfile } from '../../demo/data/generate.js';
import { tasksDuring } from '../helpers/tasks.js';

PublicationList.define();

const count = (el: Element) => (el.shadowRoot!.querySelector('[part="count"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('a very big profile given as an object', () => {
  it(`over ${LARGE_PROFILE_WORKS.toLocaleString('en')} works: loading state, validation in slices, then the list`, async () => {
    const profile = generateProfile({ works: LARGE_PROFILE_WORKS + 1000, seed: 4 });
    const el = await fixture<PublicationList>(html`<publication-list .profile=${profile}></publication-list>`);
    expect(el.shadowRoot!.querySelector('[part~="loading"]'), 'the loading state').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="empty"]')).to.equal(null);
    // Validation, then the list's own preparation (entries, order, search keys), both in slices.
    const { tasks } = await tasksDuring(() => waitUntil(() => el.shadowRoot!.querySelector('[part="count"]'), 'the list appears', { timeout: 20000 }));
    await el.updateComplete;
    expect(tasks, 'tasks of the page that ran meanwhile').to.be.at.least(2);
    expect(count(el)).to.contain(`${(LARGE_PROFILE_WORKS + 1000).toLocaleString('en')} publications`);
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
  });

  it('a profile of normal size renders in the first update (no loading flash)', async () => {
    const profile = generateProfile({ works: 1000, seed: 4 });
    const el = await fixture<PublicationList>(html`<publication-list .profile=${profile}></publication-list>`);
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
    expect(count(el)).to.contain('1,000 publications');
  });
});
