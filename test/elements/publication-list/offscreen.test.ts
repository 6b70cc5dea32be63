import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import '../../../src/elements/publication-list/publication-list.define.js';
import type { PublicationList } from '../../../src/elements/publication-list/publication-list.js';
import { generateProfile } from '../../../demo/data/generate.js';

/**
 * A page of 50 works is much taller than the window: the works out of view are not laid out or
 * painted until they come near it (content-visibility: auto), which is most of what the first
 * frame of a long list costs; their text stays in the page (find in page, screen readers).
 */
describe('<publication-list>: works out of view', () => {
  it('skips the rendering of works out of view, keeps their text, and renders them when scrolled to', async () => {
    const profile = generateProfile({ works: 60, seed: 3 });
    const el = await fixture<PublicationList>(html`<publication-list .profile=${profile}></publication-list>`);
    await el.updateComplete;
    // Which works are near the view is settled in the next rendering updates.
    await nextFrame();
    await nextFrame();
    const works = [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.work')];
    expect(works.length).to.equal(50);
    const first = works[0]!;
    const last = works.at(-1)!;
    expect(first.getBoundingClientRect().top).to.be.lessThan(window.innerHeight);
    expect(last.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight * 2);
    const title = (li: HTMLElement) => li.querySelector<HTMLElement>('[part="work-title"]')!;
    expect(title(first).checkVisibility({ contentVisibilityAuto: true }), 'a work in view').to.equal(true);
    expect(title(last).checkVisibility({ contentVisibilityAuto: true }), 'a work out of view').to.equal(false);
    // Still in the page as text.
    expect(title(last).textContent!.trim()).to.not.equal('');
    const shown = oneEvent(last, 'contentvisibilityautostatechange');
    last.scrollIntoView();
    expect(((await shown) as unknown as ContentVisibilityAutoStateChangeEvent).skipped).to.equal(false);
    expect(title(last).checkVisibility({ contentVisibilityAuto: true }), 'the work scrolled to').to.equal(true);
  });
});
