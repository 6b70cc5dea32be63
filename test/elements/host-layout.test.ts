/**
 * The elements inside a host page's own layout on a phone: a page's grid with one `auto` column
 * (what `display: grid` gives without a template) sizes that column from its items' intrinsic
 * widths (its items' min-content: of a block, the widest thing in it). An element whose intrinsic width is wider than the phone widens the column and the
 * page scrolls sideways. (The card's "room of a typical card" for content-visibility once set
 * its intrinsic width to 30rem as well as its height: 482 px on a 390 px phone.)
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/elements/researcher-card/researcher-card.define.js';
import '../../src/elements/trust-badge/trust-badge.define.js';
import '../../src/elements/publication-list/publication-list.define.js';
import '../../src/elements/researcher-profile/researcher-profile.define.js';
import '../../src/elements/research-group/research-group.define.js';
import '../../src/elements/collab-graph/collab-graph.define.js';
import { generateProfile } from '../../demo/data/generate.js';
import { referenceProfile } from '../helpers/profiles.js';
import { groupValue } from './research-group.helpers.js';

const PHONE = 360;

/** Every element inside `root`, through shadow roots, that has finished its update. */
async function settled(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const all: Element[] = [];
    const walk = (n: Element | ShadowRoot) => {
      for (const el of n.querySelectorAll('*')) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(root);
    await Promise.all(all.map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
    await nextFrame();
  }
}

const cases: [string, () => TemplateResult][] = [
  ['a full researcher-card', () => html`<researcher-card .profile=${referenceProfile()}></researcher-card>`],
  ['a compact researcher-card', () => html`<researcher-card variant="compact" .profile=${referenceProfile()}></researcher-card>`],
  ['a trust-badge', () => html`<trust-badge .profile=${referenceProfile()}></trust-badge>`],
  ['a publication-list of 60 works', () => html`<publication-list .profile=${generateProfile({ works: 60, seed: 5 })}></publication-list>`],
  ['a researcher-profile', () => html`<researcher-profile .profile=${referenceProfile()}></researcher-profile>`],
  ['a research-group page', () => html`<research-group .group=${groupValue()}></research-group>`],
  ['a collab-graph', () => html`<collab-graph .profile=${generateProfile({ works: 30, seed: 7 })}></collab-graph>`],
];

const WIDE = 900;
/** A width an element is usable at (the narrowest layout the elements are made for is 280 px). */
const USABLE = 280;

describe('elements in a page’s grid on a phone', () => {
  for (const [name, template] of cases) {
    it(`${name} does not widen the page's grid column past the phone`, async () => {
      // The element inside a block of the page's own (a heading above it), that block a grid item.
      const grid = await fixture<HTMLDivElement>(html`<div style="display: grid; width: ${PHONE}px"><div><h2>Principal investigator</h2>${template()}</div></div>`);
      await settled(grid);
      const el = grid.firstElementChild!.lastElementChild!;
      expect(el.getBoundingClientRect().width, 'the element').to.be.at.most(PHONE);
      expect(grid.scrollWidth, 'the grid').to.be.at.most(PHONE);
      // It is laid out at that width, with its content inside it.
      expect(el.getBoundingClientRect().width).to.be.greaterThan(PHONE / 2);
    });
  }
});

/**
 * Where a page lets its content decide the width (a flex row, an inline block): the elements lay
 * out their content by container queries on their own width, so their content does not size them
 * (it would be 0 wide: the containment of a container query); each says how wide it would like to
 * be (its flex basis) and the narrowest it is usable at, a phone's width at most.
 */
describe('elements where the page lets their content size them', () => {
  for (const [name, template] of cases) {
    it(`${name}: two side by side in a flex row, neither collapsed`, async () => {
      const row = await fixture<HTMLDivElement>(html`<div style="display: flex; gap: 16px; width: ${WIDE}px">${template()}${template()}</div>`);
      await settled(row);
      const widths = [...row.children].map((c) => c.getBoundingClientRect().width);
      for (const w of widths) expect(w).to.be.at.least(USABLE);
      expect(row.scrollWidth, 'the row').to.be.at.most(WIDE);
    });

    it(`${name}: in an inline block, usable and no wider than the page`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div style="width: ${WIDE}px"><span style="display: inline-block">${template()}</span></div>`);
      await settled(page);
      const w = page.querySelector('span')!.firstElementChild!.getBoundingClientRect().width;
      expect(w).to.be.at.least(USABLE);
      expect(w).to.be.at.most(WIDE);
    });

    it(`${name}: in a flex column, as tall as in a block`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div style=${`width: ${WIDE}px`}><div>${template()}</div><div style="display: flex; flex-direction: column; gap: 16px">${template()}<p>Below</p></div></div>`);
      await settled(page);
      const [inBlock, inColumn] = [...page.children].map((c) => c.firstElementChild!.getBoundingClientRect());
      // (Within 2%: works out of view keep an estimated height until shown, and the two lists
      // are not at the same place on the page.)
      expect(inColumn!.height).to.be.closeTo(inBlock!.height, Math.max(1, inBlock!.height * 0.02));
      expect(inColumn!.width).to.be.closeTo(inBlock!.width, 1);
    });

    it(`${name}: in a phone's flex row that wraps, no wider than the phone`, async () => {
      const row = await fixture<HTMLDivElement>(html`<div style="display: flex; flex-wrap: wrap; gap: 16px; width: ${PHONE}px">${template()}${template()}</div>`);
      await settled(row);
      for (const c of row.children) expect(c.getBoundingClientRect().width).to.be.within(USABLE, PHONE);
      expect(row.scrollWidth, 'the row').to.be.at.most(PHONE);
    });
  }
});
