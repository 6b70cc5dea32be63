/**
 * <collab-graph>: the way back when the legend hides every kind, a researcher without co-authors,
 * the element sized by CSS `height`, and the table view's scroll area reached by keyboard.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CollabGraph } from '../../../src/elements/collab-graph/collab-graph.js';
import type { ProfileInput } from '../../../src/data/schema.js';
import { generateProfile } from '../../../demo/data/generate.js';
import { $, $$, built, button, canvas, frame, ink, lab, mount, part, text } from './helpers.js';

before(() => Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' }));
after(() => delete (document as { visibilityState?: string }).visibilityState);

const legendButtons = (el: CollabGraph) => $$<HTMLButtonElement>(el, '[part~="legend-button"]');
const note = (el: CollabGraph) => text(part(el, 'stage-note'));

/** Mia Ek wrote alone: works, topics and her institution, but nobody to share them with. */
function solo(): ProfileInput {
  return {
    version: 1,
    id: 'me',
    name: 'Mia Ek',
    affiliation: { name: 'Lund University' },
    institutions: [{ id: 'i1', name: 'Lund University' }],
    links: { explorer: 'https://example.org/explore/me' },
    topics: [
      { id: 't1', name: 'Graphs' },
      { id: 't2', name: 'Forces' },
    ],
    works: [
      { id: 'w1', title: 'One', authors: [{ name: 'Mia Ek', id: 'me' }], topics: ['t1'] },
      { id: 'w2', title: 'Two', authors: [{ name: 'Mia Ek', id: 'me' }], topics: ['t1', 't2'] },
      { id: 'w3', title: 'Three', authors: [{ name: 'Mia Ek' }] },
    ],
  };
}

describe('<collab-graph> states', () => {
  describe('the legend never removes the graph for good', () => {
    it('hiding the only kind keeps the toolbar and the legend, says so, and pressing it again brings the graph back', async () => {
      const el = await mount(lab());
      const [coauthors, ...rest] = legendButtons(el);
      expect(rest).to.have.length(0);
      expect(text(coauthors!)).to.equal('Co-authors 3');
      coauthors!.click();
      await el.updateComplete;
      expect(!!part(el, 'empty'), 'no empty state').to.equal(false);
      expect(!!part(el, 'toolbar'), 'the toolbar stays').to.equal(true);
      const again = legendButtons(el)[0]!;
      expect(text(again)).to.equal('Co-authors 3');
      expect(again.getAttribute('aria-pressed')).to.equal('false');
      expect(note(el)).to.equal('Every kind is hidden. Press one in the legend to show it again.');
      expect(part(el, 'stage-note')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
      again.click();
      await el.updateComplete;
      await built(el);
      expect(legendButtons(el)[0]!.getAttribute('aria-pressed')).to.equal('true');
      expect(el.model!.counts.person).to.equal(3);
      expect(!!part(el, 'stage-note')).to.equal(false);
      await frame();
      expect(ink(el), 'the graph is drawn again').to.be.greaterThan(100);
    });

    it('in full mode, and for a graph given as data with no researcher, hiding every kind keeps the legend', async () => {
      const full = await mount(lab(), { mode: 'full' });
      for (const b of legendButtons(full)) {
        b.click();
        await full.updateComplete;
      }
      expect(legendButtons(full).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false']);
      expect(note(full)).to.contain('Every kind is hidden.');

      const data = await fixture<CollabGraph>(html`<collab-graph .reducedMotion=${true}></collab-graph>`);
      data.graph = { nodes: [{ id: 'a', label: 'Ay' }, { id: 'b', label: 'Bee' }], links: [{ source: 'a', target: 'b' }] };
      await data.updateComplete;
      legendButtons(data)[0]!.click();
      await data.updateComplete;
      expect(!!part(data, 'empty')).to.equal(false);
      expect(legendButtons(data)).to.have.length(1);
      expect(note(data)).to.contain('Every kind is hidden.');
      legendButtons(data)[0]!.click();
      await data.updateComplete;
      expect(data.model!.nodes).to.have.length(2);
    });
  });

  describe('a researcher without co-authors', () => {
    it('shows the researcher with nearby works, topics and institutions instead of an empty box', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await mount(solo(), { theme });
        expect(!!part(el, 'empty'), 'not empty').to.equal(false);
        expect(el.model!.counts).to.deep.equal({ researcher: 1, member: 0, person: 0, work: 3, topic: 2, institution: 1 });
        expect(legendButtons(el).map(text)).to.deep.equal(['Works 3', 'Topics 2', 'Institutions 1']);
        expect(text(part(el, 'footer'))).to.contain('No co-authors yet: showing nearby works, topics and institutions.');
        expect(el.getAttribute('mode'), 'the attribute is left as it was').to.equal('coauthors');
        expect(ink(el)).to.be.greaterThan(100);
        await expect(el).to.be.accessible();
      }
    });

    it('keeps kinds that were asked for explicitly, and still says so when there is nothing at all', async () => {
      const el = await mount(solo());
      el.kinds = 'person';
      await el.updateComplete;
      expect(text(part(el, 'empty'))).to.equal('No collaborators to show yet.');
      const nothing = await fixture<CollabGraph>(html`<collab-graph .profile=${{ version: 1, id: 'x', name: 'Solo' }}></collab-graph>`);
      await nothing.updateComplete;
      expect(text(part(nothing, 'empty'))).to.equal('No collaborators to show yet.');
    });
  });

  describe('sized by CSS', () => {
    it('CSS `height` on the element sizes the graph: nothing overflows, and the canvas fills the rest', async () => {
      const el = await mount(lab());
      el.style.height = '300px';
      await built(el);
      await frame();
      await frame();
      const box = el.getBoundingClientRect();
      expect(box.height).to.equal(300);
      for (const name of ['toolbar', 'stage', 'footer']) {
        expect(part(el, name)!.getBoundingClientRect().bottom, `${name} inside`).to.be.at.most(box.bottom);
      }
      const c = canvas(el)!;
      const stage = part(el, 'stage')!.getBoundingClientRect();
      expect(c.clientHeight, 'the canvas fills the stage').to.be.closeTo(stage.height - 2, 1);
      expect(c.clientHeight).to.be.greaterThan(120);
      expect(c.height).to.equal(Math.round(c.clientHeight * devicePixelRatio));
      expect(ink(el)).to.be.greaterThan(100);
      // The table takes the same room, and scrolls.
      button(el, 'Table')!.click();
      await el.updateComplete;
      expect(part(el, 'table')!.getBoundingClientRect().bottom).to.be.at.most(box.bottom);
      expect(part(el, 'footer')!.getBoundingClientRect().bottom).to.be.at.most(box.bottom);
    });

    it('without a height, --collab-graph-height still sets the graph\'s height', async () => {
      const el = await mount(lab());
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(part(el, 'stage')!.getBoundingClientRect().height).to.be.closeTo(26 * rem, 0.5);
      el.style.setProperty('--collab-graph-height', '250px');
      await built(el);
      expect(part(el, 'stage')!.getBoundingClientRect().height).to.be.closeTo(250, 0.5);
    });
  });

  describe('the table view', () => {
    it('its scroll area is reached by keyboard, is named, and passes axe in both themes', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await mount(generateProfile({ works: 120, people: 90, seed: 5 }), { theme, maxNodes: 60 });
        const toggle = button(el, 'Table')!;
        toggle.click();
        await el.updateComplete;
        const wrap = part(el, 'table')!;
        expect(wrap.scrollHeight, 'it scrolls').to.be.greaterThan(wrap.clientHeight);
        expect(wrap.tabIndex).to.equal(0);
        expect(wrap.getAttribute('role')).to.equal('region');
        expect(wrap.getAttribute('aria-label')).to.equal(text($(el, 'caption')));
        toggle.focus();
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement === wrap, 'Tab from the Table button reaches the scroll area').to.equal(true);
        const top = wrap.scrollTop;
        await sendKeys({ press: 'PageDown' });
        // Keyboard scrolling may be animated (smooth scrolling): wait for it to move, not a frame.
        await waitUntil(() => wrap.scrollTop > top, 'the keyboard scrolls it', { timeout: 5000 });
        expect(wrap.scrollTop, 'the keyboard scrolls it').to.be.greaterThan(top);
        await expect(el).to.be.accessible();
      }
    });
  });
});
