/**
 * Many elements mounted at once (issue 13 item 8: a department page of 200 cards): their updates
 * are spread over several tasks, on-screen elements first, badges with their cards; a source the
 * cache holds renders in the first update with no loading state; cards out of view are not laid
 * out until they come near it.
 */
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { ResearcherCard } from '../../src/elements/researcher-card/researcher-card.js';
import { RENDER_BUDGET_MS, renderQueueForTests } from '../../src/core/render-queue.js';
import { clearProfileCache } from '../../src/data/load.js';
import { fakeFetch } from '../helpers/fake-fetch.js';
import { referenceProfile } from '../helpers/profiles.js';
// nextTask: a message on a channel of its own, so it runs after the queue's own message (posted messages run in the order they were posted).
import { nextTask } from '../../src/data/slices.js';

ResearcherCard.define();

/** Lets every microtask chain of the current task run out (no other task runs meanwhile). */
async function drainMicrotasks(): Promise<void> {
  for (let i = 0; i < 50; i++) await Promise.resolve();
}

/** Waits for a task in which the queue's clock has not started and nothing waits. */
async function queueIdle(): Promise<void> {
  while (renderQueueForTests.elapsed >= 0 || renderQueueForTests.waiting) await nextTask();
}

const named = (card: Element) => card.shadowRoot?.querySelector('[part~="name"]')?.textContent?.trim() ?? null;

function cards(n: number, name = (i: number) => `Researcher ${i}`): ResearcherCard[] {
  return Array.from({ length: n }, (_, i) => {
    const c = document.createElement('researcher-card') as ResearcherCard;
    c.profile = { ...referenceProfile(), id: `r${i}`, name: name(i) };
    return c;
  });
}

describe('render queue: many elements mounted at once', () => {
  afterEach(() => {
    renderQueueForTests.budget(RENDER_BUDGET_MS);
  });

  it('renders only what fits in the budget in the mounting task, the rest in later tasks, each card with its badge', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    await queueIdle();
    renderQueueForTests.budget(0); // the mounting spends it: then one element per task
    const els = cards(5);
    host.append(...els);
    await drainMicrotasks();
    expect(els.filter((c) => named(c)).length, 'rendered in the mounting task').to.equal(0);
    expect(renderQueueForTests.waiting).to.equal(5);
    await nextTask();
    await drainMicrotasks();
    // The next task rendered one (and the badge inside it), not five.
    const shown = els.filter((c) => named(c));
    expect(shown.length, 'rendered in the next task').to.equal(1);
    expect(named(shown[0]!)).to.equal('Researcher 0');
    const badge = shown[0]!.shadowRoot!.querySelector('trust-badge')!;
    expect(badge.shadowRoot!.textContent, 'the badge rendered with its card').to.contain('Unverified');
    await Promise.all(els.map((c) => c.updateComplete));
    expect(els.map(named)).to.deep.equal(['Researcher 0', 'Researcher 1', 'Researcher 2', 'Researcher 3', 'Researcher 4']);
  });

  it('with the default budget, a few cards mounted together render in the mounting task', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    await queueIdle();
    const els = cards(3);
    host.append(...els);
    await drainMicrotasks();
    expect(els.map(named)).to.deep.equal(['Researcher 0', 'Researcher 1', 'Researcher 2']);
  });

  it('renders the cards on screen before the cards above them', async () => {
    renderQueueForTests.budget(0);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const els = cards(40);
    const order: number[] = [];
    host.addEventListener('profile-load', (e) => order.push(els.indexOf(e.target as ResearcherCard)));
    const release = renderQueueForTests.hold();
    try {
      host.append(...els);
      // Not rendered yet, each card out of view keeps the room of a card (content-visibility), so
      // the last cards are far below: scroll there and let the page see which are on screen.
      await nextFrame();
      expect(els.filter((c) => named(c)).length).to.equal(0);
      els.at(-1)!.scrollIntoView();
      // Once an observer made now sees the last card on screen, the queue's own observer (made
      // before, so notified first) has seen it too: no fixed number of frames (a loaded machine
      // may deliver intersections later).
      await new Promise<void>((resolve) => {
        const io = new IntersectionObserver((entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          io.disconnect();
          resolve();
        });
        io.observe(els.at(-1)!);
      });
      await nextFrame();
    } finally {
      release();
    }
    // The cards on screen when the queue is released (how many depends on the window's height).
    const shown = els.map((c, i) => [c.getBoundingClientRect(), i] as const).filter(([r]) => r.bottom > 0 && r.top < innerHeight).map(([, i]) => i);
    await Promise.all(els.map((c) => c.updateComplete));
    expect(order.length).to.equal(40);
    expect(shown.length, 'cards on screen').to.be.greaterThan(0);
    // The first rendered is from the bottom of the list, where the page is scrolled, and every
    // card on screen renders before the first card of the list (far above, out of view). Which
    // others come next depends on when the page next reports what is on screen (the cards above
    // get their own height as they render), so it is not asserted.
    const at = `(order ${order.join(',')}; on screen ${shown.join(',')})`;
    expect(order[0], `rendered first ${at}`).to.be.greaterThan(25);
    for (const i of shown) expect(order.indexOf(i), `card ${i} before card 0 ${at}`).to.be.lessThan(order.indexOf(0));
    window.scrollTo(0, 0);
  });

  it('a source the cache holds renders in the first update: no loading state, one profile-load, no request', async () => {
    const net = fakeFetch({ '/queue/dept.json': { body: { ...referenceProfile(), name: 'Cached Person' } } });
    try {
      const first = await fixture<ResearcherCard>(html`<researcher-card src="/queue/dept.json"></researcher-card>`);
      await first.loadComplete;
      await first.updateComplete;
      expect(named(first)).to.equal('Cached Person');
      expect(net.count('/queue/dept.json')).to.equal(1);

      const card = document.createElement('researcher-card') as ResearcherCard;
      card.setAttribute('src', '/queue/dept.json');
      const loads: Event[] = [];
      card.addEventListener('profile-load', (e) => loads.push(e));
      first.parentElement!.append(card);
      // Every node ever put into its shadow root: never a loading skeleton.
      const added: string[] = [];
      const watch = new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) added.push(n.getAttribute('part') ?? n.localName);
      });
      watch.observe(card.shadowRoot!, { childList: true, subtree: true });
      await card.updateComplete;
      watch.disconnect();
      expect(named(card), 'the first render').to.equal('Cached Person');
      expect(added).to.include('card');
      expect(added).to.not.include('loading');
      await card.loadComplete;
      await nextFrame();
      expect(loads.length, 'profile-load events').to.equal(1);
      expect(card.hasAttribute('aria-busy')).to.equal(false);
      expect(net.count('/queue/dept.json'), 'requests').to.equal(1);
    } finally {
      net.restore();
      clearProfileCache();
    }
  });

  it('loadComplete right after connecting waits for the load the first update starts', async () => {
    const net = fakeFetch({ '/queue/late.json': { body: { ...referenceProfile(), name: 'Late Person' }, delay: 30 } });
    try {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const card = document.createElement('researcher-card') as ResearcherCard;
      card.setAttribute('src', '/queue/late.json');
      host.append(card);
      await card.loadComplete;
      await card.updateComplete;
      expect(named(card)).to.equal('Late Person');
    } finally {
      net.restore();
      clearProfileCache();
    }
  });

  it('does not lay out or paint cards out of view, keeps their text, and renders them when scrolled to', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const els = cards(30);
    host.append(...els);
    await Promise.all(els.map((c) => c.updateComplete));
    await nextFrame();
    await nextFrame();
    const last = els.at(-1)!;
    const name = (c: ResearcherCard) => c.shadowRoot!.querySelector<HTMLElement>('[part~="name"]')!;
    expect(last.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight * 2);
    expect(name(els[0]!).checkVisibility({ contentVisibilityAuto: true }), 'a card in view').to.equal(true);
    expect(name(last).checkVisibility({ contentVisibilityAuto: true }), 'a card out of view').to.equal(false);
    expect(name(last).textContent!.trim()).to.equal('Researcher 29');
    const shown = oneEvent(last, 'contentvisibilityautostatechange');
    last.scrollIntoView();
    expect(((await shown) as unknown as ContentVisibilityAutoStateChangeEvent).skipped).to.equal(false);
    expect(name(last).checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
    window.scrollTo(0, 0);
  });
});
