/**
 * Elements while their profile is on its way: the page below them should not jump. Waiting for
 * its first render (the render queue's turn), an element keeps the room of what it will show
 * (`:state(waiting)`); its loading state is about that tall too.
 * - <researcher-card>: as tall as a card of its width will be. Before: 2 px while waiting, a
 *   103 px skeleton, then a card of 380–930 px: everything below moved twice, by up to 800 px.
 * - <collab-graph>: the graph with its toolbar and footer rows. Before: 26 px, then 442, then 515.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/elements/researcher-card/researcher-card.define.js';
import '../../src/elements/collab-graph/collab-graph.define.js';
import type { ResearcherCard } from '../../src/elements/researcher-card/researcher-card.js';
import { renderQueueForTests } from '../../src/core/render-queue.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';
import { referenceProfile } from '../helpers/profiles.js';

const part = (el: ResearcherCard, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('<researcher-card> keeps the room of what it will show', () => {
  let net: FakeFetch | undefined;
  afterEach(() => net?.restore());

  for (const [variant, width] of [
    ['full', 360],
    ['full', 520],
    ['full', 900],
    ['compact', 360],
    ['compact', 900],
  ] as const) {
    it(`${variant}, ${width} px wide: the text below moves by less than a quarter of the card's height`, async () => {
      const src = `/room/${variant}-${width}.json`; // a source not loaded before (a loaded one renders at once)
      net = fakeFetch({ [src]: { body: referenceProfile(), delay: 150 } });
      const release = renderQueueForTests.hold();
      let page: HTMLDivElement;
      try {
        page = await fixture<HTMLDivElement>(
          html`<div style=${`width: ${width}px`}><researcher-card variant=${variant} src=${src}></researcher-card><p>Below the card</p></div>`,
        );
        await nextFrame();
        await nextFrame();
      } finally {
        release();
      }
      const card = page.querySelector('researcher-card')!;
      const below = () => page.querySelector('p')!.getBoundingClientRect().top;
      const waiting = below();
      // Waiting for its turn, it is not an empty line.
      expect(card.getBoundingClientRect().height, 'waiting').to.be.at.least(variant === 'full' ? 240 : 120);

      await waitUntil(() => part(card, 'loading'), 'the loading state', { timeout: 5000 });
      await nextFrame();
      const loading = below();
      // The skeleton in the card's shape: a round avatar and three lines at its top.
      const avatar = part(card, 'loading')!.querySelector('.skeleton-avatar')!.getBoundingClientRect();
      expect(avatar.width, 'the avatar').to.be.at.least(24);
      expect(avatar.height).to.be.closeTo(avatar.width, 0.5);
      const lines = [...part(card, 'loading')!.querySelectorAll('.skeleton-line')].map((l) => l.getBoundingClientRect());
      expect(lines.length).to.equal(3);
      for (const l of lines) {
        expect(l.width, 'a line').to.be.greaterThan(40);
        expect(l.height).to.be.greaterThan(8);
        expect(l.top - avatar.top, 'near the top').to.be.lessThan(80);
      }
      await waitUntil(() => part(card, 'name'), 'the profile', { timeout: 5000 });
      await nextFrame();
      const shown = below();
      const height = card.getBoundingClientRect().height;
      expect(part(card, 'name')!.textContent).to.include(referenceProfile().name);
      expect(Math.abs(shown - loading), `loading (${loading.toFixed(0)}) → shown (${shown.toFixed(0)})`).to.be.at.most(height / 4);
      // And from the room kept while waiting, less than the card's height (it was most of it).
      expect(Math.abs(loading - waiting), `waiting (${waiting.toFixed(0)}) → loading`).to.be.lessThan(height * 0.6);
    });
  }

  it('--researcher-card-loading-height sets the loading height', async () => {
    net = fakeFetch({ '/room/slow.json': { body: referenceProfile(), delay: 5000 } });
    const card = await fixture<ResearcherCard>(html`<researcher-card src="/room/slow.json" style="--researcher-card-loading-height: 12rem"></researcher-card>`);
    await waitUntil(() => part(card, 'loading'), 'the loading state', { timeout: 5000 });
    await nextFrame();
    expect(part(card, 'loading')!.getBoundingClientRect().height).to.be.closeTo(12 * 16, 1);
  });
});

describe('<collab-graph> keeps the room of what it will show', () => {
  let net: FakeFetch | undefined;
  afterEach(() => net?.restore());

  /** Mounts a graph with a slow `src` while the render queue waits; the heights of its states. */
  async function states(src: string, shown: (el: Element) => unknown) {
    net = fakeFetch({ [src]: { body: referenceProfile(), delay: 150 } });
    const release = renderQueueForTests.hold();
    let page: HTMLDivElement;
    try {
      page = await fixture<HTMLDivElement>(html`<div style="width: 900px"><collab-graph src=${src}></collab-graph><p>Below</p></div>`);
      await nextFrame();
      await nextFrame();
    } finally {
      release();
    }
    const el = page.firstElementChild!;
    const height = () => el.getBoundingClientRect().height;
    const waiting = height();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="loading"]'), 'the loading state', { timeout: 5000 });
    await nextFrame();
    const loading = height();
    await waitUntil(() => shown(el), 'the profile shown', { timeout: 10000 });
    await nextFrame();
    return { waiting, loading, shown: height() };
  }

  it('a graph: waiting and loading about as tall as the graph it shows', async () => {
    const h = await states('/room/graph.json', (el) => el.shadowRoot!.querySelector('canvas'));
    expect(h.shown).to.be.greaterThan(26 * 16);
    expect(Math.abs(h.loading - h.shown), `loading ${h.loading} → shown ${h.shown}`).to.be.at.most(16);
    expect(Math.abs(h.waiting - h.shown), `waiting ${h.waiting} → shown ${h.shown}`).to.be.at.most(40);
  });
});
