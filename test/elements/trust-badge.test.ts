/**
 * <trust-badge>: what a visitor reads (score, label, level, claim status), the disclosure that
 * explains them, the static-attribute mode, every loading state, bad input and registration.
 */
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { TrustBadge } from '../../src/elements/trust-badge/trust-badge.js';
import { VERIFICATION_LEVELS } from '../../src/elements/trust-badge/levels.js';
import { ResearcherProfile } from '../../src/elements/researcher-profile/researcher-profile.js';
import { clearProfileCache } from '../../src/data/load.js';
import { VERSION } from '../../src/core/version.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';
import { referenceProfile } from '../helpers/profiles.js';

TrustBadge.define();
ResearcherProfile.define();

/** The text a visitor can see (or a screen reader reads), through nested shadow roots; skips hidden nodes. */
function visibleText(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && !(node instanceof HTMLSlotElement) && !node.checkVisibility()) return;
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
    // Boxes that are not inline separate words, as they do on screen.
    const boxed = node instanceof Element && getComputedStyle(node).display !== 'inline';
    if (boxed) out.push(' ');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    if (node instanceof HTMLSlotElement) node.assignedNodes({ flatten: true }).forEach(walk);
    node.childNodes.forEach(walk);
    if (boxed) out.push(' ');
  };
  walk(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return out.join('').replace(/\s+/g, ' ').trim();
}

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const part = <T extends Element = HTMLElement>(el: Element, name: string) => $<T>(el, `[part~="${name}"]`);
const settle = async (el: TrustBadge) => {
  await el.updateComplete; // the load starts after the first update
  await el.loadComplete;
  await el.updateComplete;
};

function captureWarnings(): { messages: string[]; restore(): void } {
  const messages: string[] = [];
  const warn = console.warn;
  console.warn = (...a: unknown[]) => messages.push(a.map(String).join(' '));
  return { messages, restore: () => (console.warn = warn) };
}

describe('<trust-badge>', () => {
  let net: FakeFetch | undefined;
  afterEach(() => {
    net?.restore();
    net = undefined;
    clearProfileCache();
  });

  describe('from plain attributes (static pages)', () => {
    it('shows "Trust 11 · Unverified", "Verification L1" and "Unclaimed" without any request', async () => {
      net = fakeFetch({});
      const el = await fixture<TrustBadge>(html`<trust-badge score="11" level="1" label="Unverified"></trust-badge>`);
      expect(part(el, 'score')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Trust 11 · Unverified');
      expect(part(el, 'level')!.textContent!.trim()).to.equal('Verification L1');
      expect(part(el, 'claim-status')!.textContent!.trim()).to.equal('Unclaimed');
      expect(net.calls).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('reads `claimed` as a boolean attribute, with claimed="false" meaning unclaimed', async () => {
      const yes = await fixture<TrustBadge>(html`<trust-badge score="78" level="2" label="Verified" claimed></trust-badge>`);
      expect(part(yes, 'claim-status')!.textContent!.trim()).to.equal('Claimed');
      const no = await fixture<TrustBadge>(html`<trust-badge score="78" level="2" claimed="false"></trust-badge>`);
      expect(part(no, 'claim-status')!.textContent!.trim()).to.equal('Unclaimed');
    });

    it('shows the score without a label, and a level without a score', async () => {
      const a = await fixture<TrustBadge>(html`<trust-badge score="42"></trust-badge>`);
      expect(part(a, 'score')!.textContent!.trim()).to.equal('Trust 42');
      expect(part(a, 'level')).to.equal(null);
      const b = await fixture<TrustBadge>(html`<trust-badge level="L3"></trust-badge>`);
      expect(part(b, 'score')).to.equal(null);
      expect(part(b, 'level')!.textContent!.trim()).to.equal('Verification L3');
    });

    it('formats the score for the page language', async () => {
      const el = fixtureSync<HTMLDivElement>(html`<div lang="de"><trust-badge score="11.5" level="1"></trust-badge></div>`);
      const badge = el.querySelector('trust-badge')!;
      await badge.updateComplete;
      expect(part(badge, 'score')!.textContent!.trim()).to.equal('Trust 11,5');
    });

    it('colours each level differently, and never by colour alone: text and icon shape differ too', async () => {
      const badges = await Promise.all(
        [0, 1, 2, 3].map((n) => fixture<TrustBadge>(html`<trust-badge score="50" level=${String(n)}></trust-badge>`)),
      );
      const colours = badges.map((b) => getComputedStyle(part(b, 'level')!).borderTopColor);
      expect(new Set(colours).size, colours.join(' | ')).to.equal(4);
      const texts = badges.map((b) => part(b, 'level')!.textContent!.trim());
      expect(texts).to.deep.equal(['Verification L0', 'Verification L1', 'Verification L2', 'Verification L3']);
      const shapes = badges.map((b) => part(b, 'level')!.querySelector('svg')!.innerHTML.replace(/<!--.*?-->/g, ''));
      expect(new Set(shapes).size).to.equal(4);
      // The claim status has its own icon shape as well as its word.
      const claimed = await fixture<TrustBadge>(html`<trust-badge score="50" level="2" claimed></trust-badge>`);
      expect(part(claimed, 'claim-status')!.querySelector('svg')!.innerHTML).to.not.equal(part(badges[2]!, 'claim-status')!.querySelector('svg')!.innerHTML);
    });

    it('renders a hostile label as text', async () => {
      const el = await fixture<TrustBadge>(html`<trust-badge score="1" level="0" label="<img src=x onerror=alert(1)>"></trust-badge>`);
      expect(part(el, 'label')!.textContent).to.equal('<img src=x onerror=alert(1)>');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });
  });

  describe('invalid attributes', () => {
    for (const [attrs, expected] of [
      [{ score: 'abc', level: '1' }, 'score "abc" is not a number from 0 to 100'],
      [{ score: '150', level: '1' }, 'score "150" is not a number from 0 to 100'],
      [{ score: '', level: '1' }, 'score "" is not a number from 0 to 100'],
      [{ score: '11', level: '9' }, 'level "9" is not a verification level (0, 1, 2 or 3)'],
      [{ score: '11', level: '1.5' }, 'level "1.5" is not a verification level (0, 1, 2 or 3)'],
    ] as const) {
      it(`score="${attrs.score}" level="${attrs.level}" shows a clear inline message instead of a badge`, async () => {
        const warnings = captureWarnings();
        const errors: string[] = [];
        const onError = (e: ErrorEvent) => errors.push(e.message);
        window.addEventListener('error', onError);
        try {
          const el = await fixture<TrustBadge>(html`<trust-badge score=${attrs.score} level=${attrs.level}></trust-badge>`);
          const msg = part(el, 'invalid')!;
          expect(msg.textContent).to.include('This trust badge cannot be shown');
          expect(msg.textContent).to.include(expected);
          expect(part(el, 'score')).to.equal(null);
          expect(warnings.messages.join('\n')).to.include(expected);
          await expect(el).to.be.accessible();
        } finally {
          warnings.restore();
          window.removeEventListener('error', onError);
        }
        expect(errors).to.deep.equal([]);
      });
    }

    it('recovers when a bad attribute is corrected', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<TrustBadge>(html`<trust-badge score="abc" level="1"></trust-badge>`);
        el.setAttribute('score', '11');
        await el.updateComplete;
        expect(part(el, 'invalid')).to.equal(null);
        expect(part(el, 'score')!.textContent!.trim()).to.equal('Trust 11');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('the explanation disclosure', () => {
    it('is a real button with aria-expanded and aria-controls that shows and hides the explanation', async () => {
      const el = await fixture<TrustBadge>(html`<trust-badge score="11" level="1" label="Unverified"></trust-badge>`);
      const button = part<HTMLButtonElement>(el, 'toggle')!;
      expect(button.tagName).to.equal('BUTTON');
      expect(button.getAttribute('type')).to.equal('button');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const panel = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(panel).to.equal(part(el, 'explanation'));
      expect(panel.checkVisibility()).to.equal(false);
      expect(visibleText(el)).to.not.include('out of 100');

      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();

      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.checkVisibility()).to.equal(false);
    });

    it('explains the score, all four levels (marking this one) and the claim status', async () => {
      const el = await fixture<TrustBadge>(html`<trust-badge score="11" level="1" label="Unverified"></trust-badge>`);
      part<HTMLButtonElement>(el, 'toggle')!.click();
      await el.updateComplete;
      const text = visibleText(part(el, 'explanation')!);
      expect(text).to.include('Trust score: 11 out of 100.');
      expect(text).to.include('Verification level L1: Record matched.');
      for (const l of VERIFICATION_LEVELS) {
        expect(text).to.include(`L${l.level}`);
        expect(text).to.include(l.name);
        expect(text).to.include(l.description);
      }
      const items = [...part(el, 'levels')!.querySelectorAll('li')];
      expect(items).to.have.length(4);
      expect(items.map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, 'true', null, null]);
      expect(items[1]!.textContent).to.include('(this profile)');
      expect(text).to.include('Unclaimed.');
      for (const node of part(el, 'base')!.querySelectorAll('div, p, ol, li, button, span.chip')) {
        expect(node.getAttribute('part'), `${node.tagName}.${node.className}`).to.be.a('string');
      }
    });

    it('works from the keyboard: Tab to the button, Enter opens, Escape closes and keeps focus on the button', async () => {
      const el = await fixture<TrustBadge>(html`<trust-badge score="11" level="1" label="Unverified"></trust-badge>`);
      const button = part<HTMLButtonElement>(el, 'toggle')!;
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(part(el, 'explanation')!.checkVisibility()).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(button);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      before.remove();
    });
  });

  describe('from a profile', () => {
    it('reads the trust snapshot from the profile property', async () => {
      const el = await fixture<TrustBadge>(html`<trust-badge .profile=${referenceProfile()}></trust-badge>`);
      await settle(el);
      expect(visibleText(el)).to.equal('Trust 11 · Unverified Verification L1 Unclaimed What do trust and verification mean?');
    });

    it('loads from src, firing profile-load', async () => {
      net = fakeFetch({ '/badge/p.json': { body: { ...referenceProfile(), trust: { score: 96, level: 3, label: 'Institution verified', claimed: true } } } });
      const loads: string[] = [];
      const el = await fixture<TrustBadge>(html`<trust-badge src="/badge/p.json" @profile-load=${(e: CustomEvent) => loads.push(e.detail.src)}></trust-badge>`);
      await settle(el);
      expect(part(el, 'score')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Trust 96 · Institution verified');
      expect(part(el, 'level')!.textContent!.trim()).to.equal('Verification L3');
      expect(part(el, 'claim-status')!.textContent!.trim()).to.equal('Claimed');
      expect(loads).to.have.length(1);
      expect(loads[0]).to.match(/\/badge\/p\.json$/);
    });

    it('shares the profile of an enclosing <researcher-profile>, with one request for several badges', async () => {
      net = fakeFetch({ '/badge/shared.json': { body: referenceProfile(), delay: 20 } });
      const wrap = await fixture<ResearcherProfile>(html`<researcher-profile src="/badge/shared.json">
        <trust-badge></trust-badge><trust-badge></trust-badge><trust-badge></trust-badge>
      </researcher-profile>`);
      const badges = [...wrap.querySelectorAll('trust-badge')];
      await Promise.all(badges.map(settle));
      for (const b of badges) expect(part(b, 'score')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Trust 11 · Unverified');
      expect(net.count('/badge/shared.json')).to.equal(1);
    });

    it('says plainly when the profile has no trust information', async () => {
      const el = await fixture<TrustBadge>(html`<trust-badge .profile=${{ version: 1, id: 'x', name: 'No Trust' }}></trust-badge>`);
      await settle(el);
      expect(visibleText(el)).to.equal('No trust information for this profile yet.');
      await expect(el).to.be.accessible();
    });
  });

  describe('states', () => {
    it('loading: a busy skeleton', async () => {
      net = fakeFetch({ '/badge/slow.json': { body: referenceProfile(), delay: 400 } });
      const el = await fixture<TrustBadge>(html`<trust-badge src="/badge/slow.json"></trust-badge>`);
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
      await settle(el);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(part(el, 'score')).to.not.equal(null);
    });

    it('error: one human sentence, a Retry that works, and the fallback children stay visible', async () => {
      net = fakeFetch({ '/badge/flaky.json': [{ status: 404, body: 'nope' }, { body: referenceProfile() }] });
      const el = await fixture<TrustBadge>(html`<trust-badge src="/badge/flaky.json"><span id="fallback">Trust 11 (Unverified)</span></trust-badge>`);
      await settle(el);
      expect(visibleText(el)).to.include('The profile was not found (HTTP 404).');
      expect(el.querySelector('#fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      part<HTMLButtonElement>(el, 'retry-button')!.click();
      await waitUntil(() => part(el, 'score'), 'the retry never rendered the badge');
      expect(part(el, 'score')!.textContent).to.include('Trust 11');
    });

    it('invalid data: a clear message naming the field', async () => {
      net = fakeFetch({ '/badge/bad.json': { body: { version: 1, id: 'x', name: 42 } } });
      const el = await fixture<TrustBadge>(html`<trust-badge src="/badge/bad.json"></trust-badge>`);
      await settle(el);
      expect(visibleText(el)).to.include('name: expected a string');
    });

    it('stays accessible in dark and light themes, open and closed', async () => {
      for (const theme of ['dark', 'light'] as const) {
        const el = await fixture<TrustBadge>(html`<trust-badge theme=${theme} score="11" level="1" label="Unverified"></trust-badge>`);
        expect(getComputedStyle(el).colorScheme).to.equal(theme);
        await expect(el).to.be.accessible();
        part<HTMLButtonElement>(el, 'toggle')!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
      const dark = await fixture<TrustBadge>(html`<trust-badge theme="dark" score="1" level="0"></trust-badge>`);
      const light = await fixture<TrustBadge>(html`<trust-badge theme="light" score="1" level="0"></trust-badge>`);
      expect(getComputedStyle(part(dark, 'score')!).color).to.not.equal(getComputedStyle(part(light, 'score')!).color);
    });
  });

  describe('registration', () => {
    it('define() twice throws nothing and keeps the class', () => {
      expect(() => {
        TrustBadge.define();
        TrustBadge.define();
      }).to.not.throw();
      expect(customElements.get('trust-badge')).to.equal(TrustBadge);
    });

    it('a different version already holding the tag gets a console warning naming both versions', () => {
      class OtherVersion extends LitElement {
        static readonly version = '0.0.9-other';
      }
      customElements.define('trust-badge-version-test', OtherVersion);
      const warnings = captureWarnings();
      try {
        expect(() => TrustBadge.define('trust-badge-version-test')).to.not.throw();
      } finally {
        warnings.restore();
      }
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('0.0.9-other');
      expect(warnings.messages[0]).to.include(VERSION);
      expect(customElements.get('trust-badge-version-test')).to.equal(OtherVersion);
    });
  });
});
