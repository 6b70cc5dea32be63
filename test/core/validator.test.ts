/**
 * The on-demand core (src/core/validator.ts, src/core/source-controller.ts): a page with only
 * `<trust-badge>` has neither the source controller nor the validator until a badge needs them:
 * inside a provider it loads the controller (and takes the provider's result, validating
 * nothing); given a profile value it loads both, stays quietly pending (no skeleton, no "Loading"
 * text, the light-DOM fallback stays), and renders the profile. This file imports the badge alone on purpose: every other element registers the
 * validator statically (and is tested to render a value in its first update elsewhere).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { TrustBadge } from '../../src/elements/trust-badge/trust-badge.js';
import { validator } from '../../src/core/validator.js';
import { sourceController } from '../../src/core/source-controller.js';
import { ContextProvider } from '@lit/context';
import { profileResultContext, type ProfileResult } from '../../src/core/context.js';
import { profileFromObject } from '../../src/data/from-object.js';
import { IDLE_RESULT } from '../../src/core/profile-element.js';
import { referenceProfile } from '../helpers/profiles.js';

/** A badge that records, after each of its renders, what the visitor saw. */
class RecordingBadge extends TrustBadge {
  frames: { loading: boolean; text: string; busy: string | null }[] = [];
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const root = this.renderRoot as ShadowRoot;
    const slot = root.querySelector('slot');
    const fallback = slot ? slot.assignedNodes({ flatten: true }).map((n) => n.textContent ?? '').join('') : '';
    this.frames.push({
      loading: root.querySelector('[part="loading"]') !== null,
      text: `${root.textContent ?? ''} ${fallback}`.replace(/\s+/g, ' ').trim(),
      busy: this.getAttribute('aria-busy'),
    });
  }
}
TrustBadge.define();
customElements.define('recording-badge', RecordingBadge);

describe('validator registry: <trust-badge> alone loads the validator on demand', () => {
  it('a badge from attributes needs no validator and loads none', async () => {
    const el = await fixture<TrustBadge>(html`<trust-badge score="11" level="1" label="Unverified"></trust-badge>`);
    expect(el.shadowRoot!.textContent).to.match(/Trust\s*11/);
    expect(validator.current, 'validator after a badge from attributes').to.equal(undefined);
    expect(sourceController.current, 'source controller after a badge from attributes').to.equal(undefined);
  });

  it("a badge without attributes inside a provider loads its source controller and shows the provider's result", async () => {
    const result: ProfileResult = { ...IDLE_RESULT, status: 'complete', profile: profileFromObject(referenceProfile()).profile };
    const provider = document.createElement('div');
    new ContextProvider(provider, { context: profileResultContext, initialValue: result });
    const el = document.createElement('recording-badge') as RecordingBadge;
    provider.append(el);
    document.body.append(provider);
    try {
      await el.updateComplete;
      expect(sourceController.current, 'source controller').to.not.equal(undefined);
      expect(validator.current, 'the badge validated nothing').to.equal(undefined);
      expect(el.frames[0].loading, 'a skeleton first').to.equal(false);
      expect(el.frames.at(-1)!.text).to.match(/Trust\s*\d/);
    } finally {
      provider.remove();
    }
  });

  it('a profile value: quiet while the validator loads (fallback kept, no skeleton), then the profile', async () => {
    expect(validator.current, 'validator before').to.equal(undefined);
    const el = document.createElement('recording-badge') as RecordingBadge;
    el.append(Object.assign(document.createElement('a'), { href: 'https://example.org/ada', textContent: 'Ada Lovelace' }));
    el.profile = referenceProfile();
    document.body.append(el);
    try {
      await el.updateComplete; // includes the validator's load and the render that follows
      expect(validator.current, 'validator after').to.not.equal(undefined);
      expect(el.frames.length, 'renders').to.be.greaterThan(1);
      const [first] = el.frames;
      expect(first.loading, 'a loading skeleton in the first frame').to.equal(false);
      expect(first.text, 'the first frame shows the light-DOM fallback').to.equal('Ada Lovelace');
      expect(first.busy).to.equal('true');
      const last = el.frames.at(-1)!;
      expect(last.loading).to.equal(false);
      expect(last.text).to.match(/Trust\s*\d/);
      expect(last.busy).to.equal(null);
      expect(el.frames.some((f) => f.loading), 'a skeleton at any point').to.equal(false);
    } finally {
      el.remove();
    }
  });

  it('once loaded, a badge with inline JSON renders it in its first update', async () => {
    expect(validator.current).to.not.equal(undefined);
    const el = document.createElement('recording-badge') as RecordingBadge;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(referenceProfile());
    el.append(script);
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.frames[0].text).to.match(/Trust\s*\d/);
    } finally {
      el.remove();
    }
  });
});
