/**
 * An author's `hidden` hides every element (issue 12 item 6): `el.hidden = true` leaves no box,
 * in the loaded state and before any source is set, and removing it shows the element again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { ResearcherProfile } from '../../src/elements/researcher-profile/researcher-profile.js';
import { TrustBadge } from '../../src/elements/trust-badge/trust-badge.js';
import { referenceProfile } from '../helpers/profiles.js';

ResearcherProfile.define(); // also the card, the badge, the graph and the list
TrustBadge.define();

const TAGS = ['researcher-profile', 'researcher-card', 'trust-badge', 'publication-list', 'collab-graph'] as const;

function expectShown(el: HTMLElement, what: string): void {
  expect(getComputedStyle(el).display, what).to.not.equal('none');
  expect(el.offsetParent, `${what}: offsetParent`).to.not.equal(null);
  expect(el.getBoundingClientRect().height, `${what}: height`).to.be.greaterThan(0);
}

function expectHidden(el: HTMLElement, what: string): void {
  expect(getComputedStyle(el).display, what).to.equal('none');
  expect(el.offsetParent, `${what}: offsetParent`).to.equal(null);
  const box = el.getBoundingClientRect();
  expect([box.width, box.height], `${what}: box`).to.deep.equal([0, 0]);
  expect(el.getClientRects().length, `${what}: no box`).to.equal(0);
}

describe('the hidden attribute', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: el.hidden = true hides it, false shows it again`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement(tag) as LitElement & { profile: unknown };
      if (tag === 'trust-badge') el.setAttribute('score', '11');
      else el.profile = referenceProfile();
      wrapper.append(el);
      await el.updateComplete;
      expectShown(el, `${tag} before`);
      el.hidden = true;
      expectHidden(el, `${tag} hidden`);
      el.hidden = false;
      expectShown(el, `${tag} shown again`);
    });

    it(`<${tag} hidden> in the markup is hidden from the start, whatever its state`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      // Without a source (its fallback or nothing), then loaded.
      const el = document.createElement(tag) as LitElement & { profile: unknown };
      el.setAttribute('hidden', '');
      el.append(Object.assign(document.createElement('a'), { href: 'https://example.org/me', textContent: 'Fallback' }));
      wrapper.append(el);
      await el.updateComplete;
      expectHidden(el, `${tag} without a source`);
      if (tag === 'trust-badge') el.setAttribute('score', '11');
      else el.profile = referenceProfile();
      await el.updateComplete;
      expectHidden(el, `${tag} loaded`);
    });
  }
});
