/**
 * A framework that renders an element before it is defined (React 19 with the registration in a
 * `useEffect`, Svelte 5 in `onMount`) writes attributes for everything: `profile="[object Object]"`.
 * The element must say so in the console, once, naming the fix, instead of showing nothing silently.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ResearcherCard } from '../../src/elements/researcher-card/researcher-card.js';
import { TrustBadge } from '../../src/elements/trust-badge/trust-badge.js';
import { referenceProfile } from '../helpers/profiles.js';

/** Runs `fn` with console.warn captured; returns the warnings as strings. */
async function captureWarnings(fn: () => Promise<void> | void): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...a: unknown[]) => warnings.push(a.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
let n = 0;

describe('the profile attribute (frameworks that render before the element is defined)', () => {
  it('profile="[object Object]" written before the tag is defined: one warning naming the profile property and src', async () => {
    const tag = `late-card-${++n}`;
    const el = document.createElement(tag);
    // What React 19 does for an unknown element: every prop becomes an attribute.
    el.setAttribute('profile', String(referenceProfile()));
    el.setAttribute('variant', 'compact');
    document.body.append(el);
    try {
      const warnings = await captureWarnings(async () => {
        customElements.define(tag, class extends ResearcherCard {});
        await (el as ResearcherCard).updateComplete;
        // A re-render writes the attribute again: still one warning for this element.
        el.setAttribute('profile', '[object Object] ');
        await (el as ResearcherCard).updateComplete;
      });
      const ours = warnings.filter((w) => w.includes('profile attribute'));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.include(`<${tag}>`);
      expect(ours[0]).to.include('[object Object]');
      expect(ours[0]).to.include('profile property');
      expect(ours[0]).to.include('src=');
    } finally {
      el.remove();
    }
  });

  it('each element warns for itself, and an element without the attribute does not warn', async () => {
    const warnings = await captureWarnings(async () => {
      const a = await fixture<TrustBadge>(html`<div><trust-badge-x1 profile="[object Object]"></trust-badge-x1><trust-badge-x1 profile="undefined"></trust-badge-x1><trust-badge-x1 score="11"></trust-badge-x1></div>`);
      customElements.define('trust-badge-x1', class extends TrustBadge {});
      await Promise.all([...a.children].map((c) => (c as TrustBadge).updateComplete));
    });
    expect(warnings.filter((w) => w.includes('profile attribute'))).to.have.length(2);
  });

  it('a profile attribute holding a JSON object is read as the profile, with no warning', async () => {
    ResearcherCard.define();
    let el!: ResearcherCard;
    const warnings = await captureWarnings(async () => {
      el = await fixture<ResearcherCard>(html`<researcher-card profile=${JSON.stringify(referenceProfile())}></researcher-card>`);
      await el.updateComplete;
    });
    expect(text(el)).to.include('Wuhui Chen');
    expect(warnings.filter((w) => w.includes('profile attribute'))).to.deep.equal([]);
  });

  it('the profile property, as frameworks set it once the element is defined, does not warn', async () => {
    ResearcherCard.define();
    let el!: ResearcherCard;
    const warnings = await captureWarnings(async () => {
      el = await fixture<ResearcherCard>(html`<researcher-card .profile=${referenceProfile()}></researcher-card>`);
    });
    expect(text(el)).to.include('Wuhui Chen');
    expect(warnings).to.deep.equal([]);
  });
});
