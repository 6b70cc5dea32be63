/**
 * <trust-badge> explains its evidence: each signal of `trust.signals` with its points and source,
 * the total, in the page's language; an id the badge does not know shows the profile's label; a
 * badge without signals loads no evidence code. Zero axe violations in both themes.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { TrustBadge } from '../../src/elements/trust-badge/trust-badge.js';
import type { ProfileInput } from '../../src/data/schema.js';

TrustBadge.define();

const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

const profile = (): ProfileInput => ({
  version: 1,
  id: '0000-0002-1825-0097',
  name: 'Ada Example',
  orcid: '0000-0002-1825-0097',
  trust: {
    score: 75,
    level: 2,
    claimed: true,
    signals: [
      { id: 'orcid-record', points: 50, source: 'ORCID' },
      { id: 'openalex-linked', points: 10, source: 'OpenAlex' },
      { id: 'lab-roster', points: 15, source: 'Systems Lab', label: 'listed on the lab roster' },
    ],
  },
});

async function open(el: TrustBadge): Promise<HTMLElement[]> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="evidence"]'), 'the evidence shows');
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="evidence-item"]')];
}

describe('<trust-badge> evidence', () => {
  it('lists each signal, its points and source, and the total; an unknown id shows its label', async () => {
    const el = await fixture<TrustBadge>(html`<trust-badge .profile=${profile()}></trust-badge>`);
    const items = (await open(el)).map(text);
    expect(items).to.deep.equal([
      '+50 ORCID record controlled by its owner (source: ORCID)',
      '+10 OpenAlex author record linked to that ORCID iD (source: OpenAlex)',
      '+15 listed on the lab roster (source: Systems Lab)',
    ]);
    expect(text(el.shadowRoot!.querySelector('[part~="explanation"]'))).to.include('Total: 75 out of 100.');
    await expect(el).to.be.accessible();
  });

  it('in Simplified Chinese, and accessible in the dark theme', async () => {
    const el = await fixture<TrustBadge>(html`<trust-badge lang="zh-Hans" theme="dark" .profile=${profile()}></trust-badge>`);
    const items = await open(el);
    await waitUntil(() => text(items[0]).includes('由本人管理的 ORCID 记录'), 'the Chinese strings load');
    expect(text(el.shadowRoot!.querySelector('[part~="explanation"]'))).to.include('合计：75');
    await expect(el).to.be.accessible();
  });

  it('signals and notes passed as properties to a badge built from attributes (as <researcher-card> does)', async () => {
    const el = await fixture<TrustBadge>(
      html`<trust-badge score="60" level="2" claimed .signals=${[{ id: 'orcid-record', points: 50, source: 'ORCID' }, { id: 'works-confirmed', points: 10, source: 'ORCID, OpenAlex' }]} .notes=${['No OpenAlex author has the ORCID iD 0000-0002-1825-0097.']}></trust-badge>`,
    );
    const items = (await open(el)).map(text);
    expect(items[1]).to.equal('+10 works found in more than one source (source: ORCID, OpenAlex)');
    expect(text(el.shadowRoot!.querySelector('[part~="source-notes"]'))).to.include('No OpenAlex author has the ORCID iD 0000-0002-1825-0097.');
    await expect(el).to.be.accessible();
  });

  it('a badge without signals shows the explanation as before, with no evidence list', async () => {
    const el = await fixture<TrustBadge>(html`<trust-badge score="40" level="1"></trust-badge>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="explanation"]')!.checkVisibility()).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="evidence"]')).to.equal(null);
  });
});
