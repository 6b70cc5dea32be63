/**
 * <collab-graph>: what a visitor sees and can do (legend, table, keyboard, live region, events and
 * their default actions), every loading state, reduced motion, and the lifecycle: nothing runs
 * after the element leaves the page, and it picks up again when it comes back.
 * No timing assertions here: speed lives in `npm run bench`.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CollabGraph } from '../../src/elements/collab-graph/collab-graph.js';
import type { NodeSelectEvent } from '../../src/core/events.js';
import type { ProfileInput } from '../../src/data/schema.js';
import { clearProfileCache } from '../../src/data/load.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';
import { referenceProfile } from '../helpers/profiles.js';
import { generateProfile } from '../../demo/data/generate.js';

CollabGraph.define();

// The element rightly pauses in a hidden tab. Each test page has a window of its own (see
// web-test-runner.config.mjs), but a runner elsewhere may not: the tests see the page as visible
// unless a test says otherwise.
let visibility: DocumentVisibilityState = 'visible';
before(() => Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility }));
after(() => delete (document as { visibilityState?: string }).visibilityState);

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const part = <T extends Element = HTMLElement>(el: Element, name: string) => $<T>(el, `[part~="${name}"]`);
const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const live = (el: CollabGraph) => text($(el, '[aria-live]'));
const canvas = (el: CollabGraph) => part<HTMLCanvasElement>(el, 'canvas')!;
const realSetTimeout = window.setTimeout.bind(window);
const sleep = (ms: number) => new Promise((r) => realSetTimeout(r, ms));

/** Mounts a graph and waits until its layout is built (and, with reduced motion, settled). */
async function mount(profile: ProfileInput, attrs: { mode?: string; maxNodes?: number; reduced?: boolean; theme?: string } = {}): Promise<CollabGraph> {
  const el = await fixture<CollabGraph>(
    html`<collab-graph
      .profile=${profile}
      .reducedMotion=${attrs.reduced ?? true}
      mode=${attrs.mode ?? 'coauthors'}
      max-nodes=${attrs.maxNodes ?? 150}
      theme=${attrs.theme ?? 'light'}
    ></collab-graph>`,
  );
  await el.loadComplete;
  await el.updateComplete;
  await waitUntil(() => canvas(el) && $(el, '.building')?.hidden && (attrs.reduced === false || !el.isRunning), 'the layout is built', { timeout: 10000 }).catch((e) => {
    const c = canvas(el);
    throw new Error(e.message + JSON.stringify({ vis: document.visibilityState, w: c?.clientWidth, h: c?.clientHeight, running: el.isRunning, settling: el.isSettling, conn: el.isConnected }));
  });
  return el;
}

/** Ann, Bo and Cy wrote with Mia Ek; Ann twice. One work has a URL; Bo has a profile page. */
function lab(): ProfileInput {
  return {
    version: 1,
    id: 'me',
    name: 'Mia Ek',
    links: { profile: 'https://example.org/me', explorer: 'https://example.org/explore/me' },
    works: [
      { id: 'w1', title: 'One', url: 'https://example.org/w1', authors: [{ name: 'Mia Ek', id: 'me' }, { name: 'Ann Lee', id: 'p1' }, { name: 'Bo Ng', id: 'p2' }], topics: ['t1'] },
      { id: 'w2', title: 'Two', authors: [{ name: 'Mia Ek', id: 'me' }, { name: 'Ann Lee', id: 'p1' }], topics: ['t1'] },
      { id: 'w3', title: 'Three', authors: [{ name: 'Mia Ek', id: 'me' }, { name: 'Cy Oduya', id: 'p3' }] },
    ],
    topics: [{ id: 't1', name: 'Graphs' }],
    people: [
      { id: 'p1', name: 'Ann Lee' },
      { id: 'p2', name: 'Bo Ng', url: 'https://example.org/bo' },
      { id: 'p3', name: 'Cy Oduya' },
    ],
  };
}

/** Counts animation frames and timers requested from now on. */
function spyScheduling() {
  const raf = window.requestAnimationFrame;
  const st = window.setTimeout;
  const calls = { raf: 0, timeout: 0 };
  window.requestAnimationFrame = (cb) => (calls.raf++, raf.call(window, cb));
  window.setTimeout = ((...a: Parameters<typeof st>) => (calls.timeout++, st.apply(window, a))) as unknown as typeof setTimeout;
  return {
    calls,
    restore() {
      window.requestAnimationFrame = raf;
      window.setTimeout = st;
    },
  };
}

describe('<collab-graph>', () => {
  let net: FakeFetch | undefined;
  afterEach(() => {
    net?.restore();
    net = undefined;
    clearProfileCache();
  });

  describe('showing a profile', () => {
    it('draws the researcher and co-authors, with a legend, the counts and the explorer link', async () => {
      const el = await mount(lab());
      expect(el.model!.nodes.map((n) => n.label)).to.have.members(['Mia Ek', 'Ann Lee', 'Bo Ng', 'Cy Oduya']);
      const legend = $$(el, '[part~="legend-button"]');
      expect(legend.map(text)).to.deep.equal(['Co-authors 3']);
      expect(legend[0]!.getAttribute('aria-pressed')).to.equal('true');
      expect(text(part(el, 'legend'))).to.contain('Researcher');
      expect(text(part(el, 'footer'))).to.contain('4 nodes, 4 links');
      const link = part<HTMLAnchorElement>(el, 'explorer-link')!;
      expect(text(link)).to.equal('Open full explorer');
      expect(link.href).to.equal('https://example.org/explore/me');
      const c = canvas(el);
      expect(c.tabIndex).to.equal(0);
      expect(c.getAttribute('aria-label')).to.equal('Collaboration graph of Mia Ek: 4 nodes, 4 links');
      await expect(el).to.be.accessible();
    });

    it('is sharp on high-DPI screens: the canvas has device pixels', async () => {
      const el = await mount(lab());
      const c = canvas(el);
      expect(c.width).to.equal(Math.round(c.clientWidth * devicePixelRatio));
      expect(c.height).to.equal(Math.round(c.clientHeight * devicePixelRatio));
      // Something was drawn.
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let ink = 0;
      for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) ink++;
      expect(ink).to.be.greaterThan(100);
    });

    it('shows every kind in full mode, and the legend toggles a kind', async () => {
      const el = await mount(lab(), { mode: 'full' });
      const buttons = $$(el, '[part~="legend-button"]');
      expect(buttons.map(text)).to.deep.equal(['Co-authors 3', 'Works 3', 'Topics 1']);
      const works = buttons[1]!;
      works.click();
      await el.updateComplete;
      expect(works.getAttribute('aria-pressed')).to.equal('false');
      expect(el.model!.counts.work).to.equal(0);
      expect(text(works), 'the count stays').to.equal('Works 3');
      works.click();
      await el.updateComplete;
      expect(works.getAttribute('aria-pressed')).to.equal('true');
      expect(el.model!.counts.work).to.equal(3);
    });

    it('chooses kinds with the `kinds` attribute', async () => {
      const el = await mount(lab());
      el.kinds = 'person topic';
      await el.updateComplete;
      expect(el.model!.counts).to.include({ researcher: 1, person: 3, topic: 1, work: 0 });
    });

    it('keeps the most connected with max-nodes and says "N of M shown"', async () => {
      const el = await mount(generateProfile({ works: 120, people: 90, seed: 5 }), { maxNodes: 40 });
      expect(el.model!.nodes).to.have.length(40);
      expect(text(part(el, 'footer'))).to.match(/^40 of 9\d shown/);
    });

    it('builds a large profile after a loading state, never showing the empty state on the way', async () => {
      const big = generateProfile({ works: 700, people: 300, seed: 9 });
      const seen = new Set<string>();
      const el = document.createElement('collab-graph') as CollabGraph;
      el.reducedMotion = true;
      el.profile = big;
      let loadingText = '';
      let modelWhileLoading: unknown = 'not seen';
      const watch = new MutationObserver(() => {
        if (part(el, 'empty')) seen.add('empty');
        if (part(el, 'loading') && !seen.has('loading')) {
          seen.add('loading');
          loadingText = text(part(el, 'loading'));
          modelWhileLoading = el.model;
        }
        if (part(el, 'canvas')) seen.add('graph');
      });
      document.body.append(el);
      watch.observe(el.shadowRoot!, { childList: true, subtree: true });
      try {
        // The first render says it is building (rather than "No collaborators"); the graph is built
        // in later tasks, and updateComplete waits for it.
        await el.updateComplete;
        expect(loadingText).to.contain('Building this graph slice…');
        expect(modelWhileLoading, 'built later, in slices').to.equal(null);
        expect(part(el, 'canvas')).to.not.equal(null);
        expect(el.model!.nodes).to.have.length(150);
        expect(el.model!.total).to.be.greaterThan(150);
        expect(text(part(el, 'footer'))).to.match(/^150 of \d+ shown/);
        expect([...seen]).to.deep.equal(['loading', 'graph']);
      } finally {
        watch.disconnect();
        el.remove();
      }
    });

    it('shows the reference researcher from a URL, saying "Building this graph slice…" while it loads', async () => {
      net = fakeFetch({ '/wuhui.json': { body: referenceProfile(), delay: 150 } });
      const el = await fixture<CollabGraph>(html`<collab-graph src="/wuhui.json" theme="dark"></collab-graph>`);
      expect(text(part(el, 'loading'))).to.contain('Building this graph slice…');
      expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
      await el.loadComplete;
      await el.updateComplete;
      expect(el.model!.nodes.map((n) => n.label)).to.include.members(['Wuhui Chen', 'Jiahang Zhou', 'Yue Yu']);
      await expect(el).to.be.accessible();
    });

    it('says "No collaborators to show yet" for an empty profile', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await fixture<CollabGraph>(html`<collab-graph theme=${theme} .profile=${{ version: 1, id: 'x', name: 'Solo', links: { explorer: 'https://example.org/x' } }}></collab-graph>`);
        await el.loadComplete;
        await el.updateComplete;
        expect(text(part(el, 'empty'))).to.equal('No collaborators to show yet.');
        expect(part(el, 'canvas')).to.equal(null);
        expect(part(el, 'explorer-link')).to.not.equal(null);
        await expect(el).to.be.accessible();
      }
    });

    it('shows an error with Retry when the profile cannot load, in both themes', async () => {
      net = fakeFetch({ '/missing.json': { status: 404, body: 'no' } });
      for (const theme of ['light', 'dark']) {
        clearProfileCache();
        const el = await fixture<CollabGraph>(html`<collab-graph src="/missing.json" theme=${theme}></collab-graph>`);
        await el.loadComplete;
        await el.updateComplete;
        expect(part(el, 'error')).to.not.equal(null);
        expect(part(el, 'retry-button')).to.not.equal(null);
        await expect(el).to.be.accessible();
      }
    });

    it('is accessible in the dark and light themes, graph and table', async () => {
      for (const theme of ['dark', 'light']) {
        const el = await mount(lab(), { mode: 'full', theme });
        expect(getComputedStyle(el).colorScheme).to.equal(theme);
        await expect(el).to.be.accessible();
        $$(el, '[part~="actions"] button').find((b) => text(b) === 'Table')!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
    });

    it('reads its colours from the theme: a dark theme draws with different colours', async () => {
      const light = await mount(lab(), { theme: 'light' });
      const dark = await mount(lab(), { theme: 'dark' });
      const probe = (el: CollabGraph) => getComputedStyle($(el, '.probe .person')!).color;
      expect(probe(light)).to.not.equal(probe(dark));
      const pixels = (el: CollabGraph) => {
        const c = canvas(el);
        return c.toDataURL();
      };
      expect(pixels(light)).to.not.equal(pixels(dark));
    });

    it('takes nodes and links directly through the `graph` property', async () => {
      const el = await fixture<CollabGraph>(html`<collab-graph .reducedMotion=${true}></collab-graph>`);
      el.graph = {
        nodes: [
          { id: 'a', kind: 'researcher', label: 'Centre' },
          { id: 'b', label: 'Bee' },
          { id: 'c', kind: 'topic', label: 'Sea' },
        ],
        links: [
          { source: 'a', target: 'b' },
          { source: 'b', target: 'c' },
        ],
      };
      await el.updateComplete;
      expect(el.model!.nodes).to.have.length(3);
      expect(canvas(el).getAttribute('aria-label')).to.equal('Collaboration graph of Centre: 3 nodes, 2 links');
    });
  });

  describe('the table view', () => {
    it('shows the same nodes as an accessible table: node, kind, connections', async () => {
      const el = await mount(lab(), { mode: 'full' });
      const toggle = $$(el, '[part~="actions"] button').find((b) => text(b) === 'Table')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(part(el, 'stage')!.hidden).to.equal(true);
      const table = $(el, 'table')!;
      expect(text(table.querySelector('caption'))).to.equal('Collaboration graph of Mia Ek, as a table: 8 nodes');
      expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal(['Node', 'Kind', 'Connections']);
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows).to.have.length(el.model!.nodes.length);
      expect([...rows[0]!.children].map(text)).to.deep.equal(['Mia Ek', 'researcher', '3']);
      const ann = rows.find((r) => text(r.querySelector('th')) === 'Ann Lee')!;
      expect(text(ann.querySelector('td'))).to.equal('co-author');
      expect(text(ann.querySelector('td.num'))).to.equal('2');
      expect(rows[0]!.querySelector('th')!.getAttribute('scope')).to.equal('row');
      // Nodes with a URL are links.
      expect(rows.find((r) => text(r.querySelector('th')) === 'One')!.querySelector('a')!.href).to.equal('https://example.org/w1');
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect($(el, 'table')).to.equal(null);
      expect(part(el, 'stage')!.hidden).to.equal(false);
    });
  });

  describe('keyboard and the live region', () => {
    it('moves between neighbours with the arrow keys and announces name, kind and connections', async () => {
      const el = await mount(lab());
      canvas(el).focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(live(el)).to.equal('Mia Ek, researcher, 3 connections');
      const centre = el.model!.centre!;
      // From the centre, each arrow goes to a neighbour that lies in that direction.
      for (const [key, dx, dy] of [
        ['ArrowRight', 1, 0],
        ['ArrowLeft', -1, 0],
        ['ArrowDown', 0, 1],
        ['ArrowUp', 0, -1],
      ] as const) {
        await sendKeys({ press: 'Home' });
        await sendKeys({ press: key });
        await el.updateComplete;
        const said = live(el);
        const n = el.model!.nodes.find((m) => said.startsWith(`${m.label},`));
        if (!n || n === centre) {
          // No neighbour that way: it says so, and stays.
          expect(said).to.match(/^No connection/);
          continue;
        }
        expect(said).to.match(/^(Ann Lee|Bo Ng|Cy Oduya), co-author, \d connections?$/);
        expect((n.x! - centre.x!) * dx + (n.y! - centre.y!) * dy, `${key} went to ${n.label}`).to.be.greaterThan(0);
      }
    });

    it('Enter fires node-select with the node; Escape clears', async () => {
      const el = await mount(lab());
      const open = window.open;
      const opened: unknown[][] = [];
      window.open = (...a: unknown[]) => (opened.push(a), null);
      try {
        el.addEventListener('node-select', (e) => e.preventDefault(), { once: true });
        canvas(el).focus();
        await sendKeys({ press: 'Home' });
        const ev = oneEvent(el, 'node-select') as Promise<NodeSelectEvent>;
        await sendKeys({ press: 'Enter' });
        const { detail } = await ev;
        expect(detail.node).to.deep.include({ id: 'me', kind: 'researcher', label: 'Mia Ek', url: 'https://example.org/me' });
        expect(opened, 'cancelled: nothing opens').to.deep.equal([]);
        await el.updateComplete;
        expect(live(el)).to.equal('Mia Ek, researcher, 3 connections, selected');
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(live(el)).to.equal('Selection cleared.');
      } finally {
        window.open = open;
      }
    });

    it('activating a node with a URL opens it unless the event is cancelled', async () => {
      const el = await mount(lab());
      const open = window.open;
      const opened: unknown[][] = [];
      window.open = (...a: unknown[]) => (opened.push(a), null);
      try {
        canvas(el).focus();
        await sendKeys({ press: 'Home' });
        await sendKeys({ press: 'Enter' });
        expect(opened).to.deep.equal([['https://example.org/me', '_blank', 'noopener']]);
        const stop = (e: Event) => e.preventDefault();
        el.addEventListener('node-select', stop);
        await sendKeys({ press: 'Enter' });
        expect(opened).to.have.length(1);
        el.removeEventListener('node-select', stop);
      } finally {
        window.open = open;
      }
    });

    it('a node without a URL is selected but opens nothing', async () => {
      const el = await mount(lab());
      const open = window.open;
      const opened: unknown[] = [];
      window.open = (...a: unknown[]) => (opened.push(a), null);
      try {
        canvas(el).focus();
        // Ann and Cy have no URL; go from the centre to whichever of them an arrow reaches.
        let reached = '';
        for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown'] as const) {
          await sendKeys({ press: 'Home' });
          await sendKeys({ press: key });
          await el.updateComplete;
          reached = ['Ann Lee', 'Cy Oduya'].find((name) => live(el).startsWith(`${name},`)) ?? '';
          if (reached) break;
        }
        expect(reached, 'an arrow reaches a co-author without a URL').to.not.equal('');
        const ev = oneEvent(el, 'node-select') as Promise<NodeSelectEvent>;
        await sendKeys({ press: 'Enter' });
        expect((await ev).detail.node).to.deep.include({ label: reached, url: null });
        expect(opened).to.deep.equal([]);
      } finally {
        window.open = open;
      }
    });

    it('clicking a node selects it (pointer events)', async () => {
      const el = await mount(lab());
      el.addEventListener('node-select', (e) => e.preventDefault());
      const c = canvas(el);
      const r = c.getBoundingClientRect();
      const centre = el.model!.centre!;
      const [sx, sy] = el.screenPosition(centre);
      const ev = oneEvent(el, 'node-select') as Promise<NodeSelectEvent>;
      const at = { clientX: r.left + sx, clientY: r.top + sy, pointerId: 7, pointerType: 'mouse', button: 0, bubbles: true, composed: true };
      c.dispatchEvent(new PointerEvent('pointerdown', at));
      c.dispatchEvent(new PointerEvent('pointerup', at));
      expect((await ev).detail.node.id).to.equal('me');
    });

    it('dragging the background pans, and Fit brings everything back into view', async () => {
      const el = await mount(lab());
      const c = canvas(el);
      const r = c.getBoundingClientRect();
      const centre = el.model!.centre!;
      const before = el.screenPosition(centre);
      const at = (x: number, y: number) => ({ clientX: r.left + x, clientY: r.top + y, pointerId: 3, pointerType: 'mouse', button: 0, buttons: 1, bubbles: true, composed: true });
      c.dispatchEvent(new PointerEvent('pointerdown', at(5, 5)));
      c.dispatchEvent(new PointerEvent('pointermove', at(45, 25)));
      c.dispatchEvent(new PointerEvent('pointerup', at(45, 25)));
      const after = el.screenPosition(centre);
      expect(after[0] - before[0]).to.be.closeTo(40, 1e-6);
      expect(after[1] - before[1]).to.be.closeTo(20, 1e-6);
      $$(el, '[part~="actions"] button').find((b) => text(b) === 'Fit')!.click();
      const fitted = el.screenPosition(centre);
      expect(fitted[0]).to.be.closeTo(before[0], 1e-6);
      expect(fitted[1]).to.be.closeTo(before[1], 1e-6);
    });
  });

  describe('motion and lifecycle', () => {
    it('under reduced motion, lays out ahead of time and draws it settled: no frames loop', async () => {
      const el = await mount(generateProfile({ works: 60, people: 40, seed: 2 }), { reduced: true });
      expect(el.isSettling).to.equal(false);
      const positions = el.model!.nodes.map((n) => [n.x, n.y]);
      const spy = spyScheduling();
      try {
        await sleep(120);
        expect(spy.calls.raf).to.equal(0);
        expect(el.isRunning).to.equal(false);
      } finally {
        spy.restore();
      }
      expect(el.model!.nodes.map((n) => [n.x, n.y])).to.deep.equal(positions);
    });

    it('follows prefers-reduced-motion when not told otherwise', async () => {
      const el = await fixture<CollabGraph>(html`<collab-graph .profile=${lab()}></collab-graph>`);
      await el.loadComplete;
      expect(el.reducedMotion).to.equal(null);
      // Headless Chromium reports no preference: the layout animates.
      await waitUntil(() => el.isSettling && el.isRunning, 'animating');
    });

    it('stops everything on disconnect (nothing runs 100 ms later) and resumes on reconnect', async () => {
      const el = await mount(generateProfile({ works: 80, people: 60, seed: 4 }), { reduced: false });
      expect(el.isSettling, 'still settling right after the warm-up').to.equal(true);
      expect(el.isRunning).to.equal(true);
      const parent = el.parentElement!;
      const positions = () => el.model!.nodes.map((n) => `${n.x},${n.y}`).join(';');
      el.remove();
      const spy = spyScheduling();
      try {
        const frozen = positions();
        await sleep(100);
        expect(el.isRunning).to.equal(false);
        expect(spy.calls.raf, 'animation frames after removal').to.equal(0);
        expect(spy.calls.timeout, 'timers after removal').to.equal(0);
        expect(positions(), 'the layout did not move').to.equal(frozen);
      } finally {
        spy.restore();
      }
      const again = spyScheduling();
      try {
        parent.append(el);
        expect(el.isRunning).to.equal(true);
        expect(again.calls.raf, 'an animation frame is requested again').to.be.greaterThan(0);
      } finally {
        again.restore();
      }
    });

    it('pauses while the table is shown and when the tab is hidden', async () => {
      const el = await mount(generateProfile({ works: 80, people: 60, seed: 4 }), { reduced: false });
      expect(el.isRunning).to.equal(true);
      const toggle = $$(el, '[part~="actions"] button').find((b) => text(b) === 'Table')!;
      toggle.click();
      await el.updateComplete;
      expect(el.isRunning).to.equal(false);
      toggle.click();
      await el.updateComplete;
      await waitUntil(() => el.isRunning, 'running again');
      visibility = 'hidden';
      try {
        document.dispatchEvent(new Event('visibilitychange'));
        expect(el.isRunning).to.equal(false);
      } finally {
        visibility = 'visible';
      }
      document.dispatchEvent(new Event('visibilitychange'));
      expect(el.isRunning).to.equal(true);
    });

    it('does not freeze on a 10,000-author work: bounded by max-nodes', async () => {
      const authors = Array.from({ length: 10_000 }, (_, i) => ({ name: `Author ${i}` }));
      const el = await mount({ version: 1, id: 'me', name: 'Me', works: [{ id: 'big', authors: [{ name: 'Me' }, ...authors] }] });
      expect(el.model!.nodes).to.have.length(150);
      expect(text(part(el, 'footer'))).to.contain('150 of 10,001 shown');
    });
  });
});
