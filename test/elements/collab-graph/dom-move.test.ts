/**
 * <collab-graph> moved in the DOM (`other.append(graph)`: a disconnect and a connect in one go, as
 * a keyed reorder in React, Vue or Svelte does it) at every stage of its life: what is painted on
 * the canvas afterwards, read back pixel by pixel.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CollabGraph } from '../../../src/elements/collab-graph/collab-graph.js';
import { clearProfileCache } from '../../../src/data/load.js';
import { fakeFetch, type FakeFetch } from '../../helpers/fake-fetch.js';
import { generateProfile } from '../../../demo/data/generate.js';
import { yieldToMain } from '../../../src/elements/collab-graph/layout.js';
import { building, built, canvas, elsewhere, frame, ink, lab, mount, part } from './helpers.js';

// The element rightly pauses in a hidden tab: the tests see the page as visible.
before(() => Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' }));
after(() => delete (document as { visibilityState?: string }).visibilityState);

/** Painted: at least a node's worth of pixels. */
const PAINTED = 100;

describe('<collab-graph> moved in the DOM', () => {
  let net: FakeFetch | undefined;
  const boxes: HTMLElement[] = [];
  afterEach(() => {
    net?.restore();
    net = undefined;
    clearProfileCache();
    for (const b of boxes.splice(0)) b.remove();
  });
  const move = (el: CollabGraph) => {
    const box = elsewhere();
    boxes.push(box);
    box.append(el);
    return box;
  };

  it('settled: still painted after the move, after a frame and after a resize', async () => {
    const el = await mount(lab(), { reduced: true });
    expect(ink(el), 'painted before the move').to.be.greaterThan(PAINTED);
    const box = move(el);
    expect(ink(el), 'right after the move').to.be.greaterThan(PAINTED);
    await frame();
    await frame();
    expect(ink(el), 'a frame later').to.be.greaterThan(PAINTED);
    // The new box is narrower: the canvas is measured again (which clears it) and repainted.
    await waitUntil(() => canvas(el)!.width === Math.round(canvas(el)!.clientWidth * devicePixelRatio), 'the canvas takes its new width');
    await frame();
    expect(ink(el), 'after the resize').to.be.greaterThan(PAINTED);
    box.style.width = '300px';
    await waitUntil(() => canvas(el)!.clientWidth < 300 && canvas(el)!.width === Math.round(canvas(el)!.clientWidth * devicePixelRatio), 'the canvas takes the narrower width');
    await frame();
    expect(ink(el), 'after a second resize').to.be.greaterThan(PAINTED);
  });

  it('settled: removed in one task and put back in a later one, it paints again', async () => {
    const el = await mount(lab(), { reduced: true });
    const parent = el.parentElement!;
    el.remove();
    await frame();
    parent.append(el);
    await frame();
    expect(ink(el)).to.be.greaterThan(PAINTED);
  });

  it('animating: it keeps painting the moving layout after the move', async () => {
    const el = await mount(generateProfile({ works: 80, people: 60, seed: 4 }), { reduced: false });
    expect(el.isSettling, 'animating').to.equal(true);
    move(el);
    await frame();
    await frame();
    expect(el.isRunning, 'the frames go on').to.equal(true);
    expect(ink(el), 'a frame after the move').to.be.greaterThan(PAINTED);
    const c = canvas(el)!;
    const before = c.toDataURL();
    await frame();
    await frame();
    expect(c.toDataURL(), 'the picture moves').to.not.equal(before);
    expect(ink(el), 'frames later').to.be.greaterThan(PAINTED);
    // Motion turned off: the layout is finished ahead of time and drawn settled.
    el.reducedMotion = true;
    await waitUntil(() => !el.isSettling && !el.isRunning, 'settles');
    expect(ink(el), 'settled after the move').to.be.greaterThan(PAINTED);
  });

  it('warming up: moved before the warm-up starts, and in the middle of it, the graph appears', async () => {
    for (const when of ['before', 'during'] as const) {
      const el = await fixture<CollabGraph>(
        html`<collab-graph .reducedMotion=${true} mode="full" max-nodes="800" .profile=${generateProfile({ works: 500, people: 280, seed: 3 })}></collab-graph>`,
      );
      if (when === 'during') {
        // A few of the warm-up's tasks: its set-up, then the first slices of ticks.
        for (let i = 0; i < 8; i++) await yieldToMain();
      }
      expect(building(el), `still building (${when})`).to.equal(true);
      move(el);
      await built(el, `built after a move ${when} the warm-up`);
      await frame();
      expect(ink(el), `painted (moved ${when} the warm-up)`).to.be.greaterThan(PAINTED);
      // Off screen, a graph rightly waits to be scrolled into view: keep the next one on screen.
      for (const b of boxes.splice(0)) b.remove();
    }
  });

  it('loading: moved while the profile loads, and while a large one is built, the graph appears', async () => {
    net = fakeFetch({ '/lab.json': { body: lab(), delay: 100 } });
    const el = await fixture<CollabGraph>(html`<collab-graph src="/lab.json" .reducedMotion=${true}></collab-graph>`);
    expect(!!part(el, 'loading'), 'loading').to.equal(true);
    move(el);
    await el.loadComplete;
    await el.updateComplete;
    await built(el);
    await frame();
    expect(ink(el), 'painted after a move while loading').to.be.greaterThan(PAINTED);
    for (const b of boxes.splice(0)) b.remove();

    const big = document.createElement('collab-graph') as CollabGraph;
    big.reducedMotion = true;
    big.profile = generateProfile({ works: 700, people: 300, seed: 9 });
    const start = elsewhere();
    boxes.push(start);
    start.append(big);
    // The first render (the loading state) comes in a microtask; the build is in later tasks.
    for (let i = 0; i < 20 && !part(big, 'loading'); i++) await Promise.resolve();
    expect(!!part(big, 'loading'), 'building the large graph').to.equal(true);
    move(big);
    await big.updateComplete;
    await built(big);
    await frame();
    expect(ink(big), 'painted after a move while building').to.be.greaterThan(PAINTED);
  });
});
