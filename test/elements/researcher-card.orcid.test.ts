/**
 * The ORCID iD on <researcher-card>, as ORCID's display guidelines ask (issue 11): the iD icon next
 * to the full https://orcid.org/… URL, linked, with an accessible name; the authenticated (green)
 * style only for an iD its owner controls (a claimed profile, or one loaded from ORCID); the
 * compact card shows the icon alone, linked; the iD is in the JSON-LD `sameAs`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ResearcherCard } from '../../src/elements/researcher-card/researcher-card.js';
import { clearProfileCache } from '../../src/data/load.js';
import type { ProfileInput } from '../../src/data/schema.js';
import { fakeFetch } from '../helpers/fake-fetch.js';
import { referenceProfile } from '../helpers/profiles.js';

ResearcherCard.define();

const ORCID = 'https://orcid.org/0000-0002-1825-0097';
const withOrcid = (over: Partial<ProfileInput> = {}): ProfileInput => ({ ...referenceProfile(), orcid: '0000-0002-1825-0097', ...over });
const claimed = () => withOrcid({ trust: { score: 60, label: 'Claimed', level: 2, claimed: true } });

async function mount(profile: ProfileInput, variant: 'full' | 'compact' = 'full'): Promise<ResearcherCard> {
  const el = await fixture<ResearcherCard>(html`<researcher-card lang="en" variant=${variant} structured-data .profile=${profile}></researcher-card>`);
  await el.updateComplete;
  return el;
}

const link = (el: ResearcherCard) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="orcid-link"]');
/** The accessible name of the link: its text (the icon is aria-hidden and has none). */
const accessibleName = (a: Element) => (a.textContent ?? '').replace(/\s+/g, ' ').trim();
/** What is painted: text that is not visually hidden. */
const visibleText = (a: Element) =>
  [...a.querySelectorAll('span')]
    .filter((s) => !s.classList.contains('visually-hidden') && s.getBoundingClientRect().width > 1)
    .map((s) => s.textContent)
    .join('')
    .trim();

describe('<researcher-card>: ORCID iD', () => {
  afterEach(() => clearProfileCache());

  it('a narrow full card keeps the name beside the avatar: the iD line takes the full width', async () => {
    // In a narrow card the header is one grid (avatar | name); the iD line, placed in the avatar's
    // column, widened it to the whole URL and pushed the name to the far right, wrapped.
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 420px">
      <researcher-card lang="en" .profile=${withOrcid()}></researcher-card>
    </div>`);
    const el = wrap.querySelector('researcher-card') as ResearcherCard;
    await el.updateComplete;
    const part = (name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`)!.getBoundingClientRect();
    const avatar = part('avatar');
    const name = part('name');
    const orcid = part('orcid');
    expect(name.left - avatar.right, 'the name starts right after the avatar').to.be.below(32);
    expect(Math.round(name.top), 'one row').to.be.below(Math.round(avatar.bottom));
    expect(orcid.left, 'the iD line starts at the card edge, like the headline').to.be.closeTo(part('headline').left, 1);
  });

  it('full card, unclaimed profile: icon + full URL, linked, unauthenticated style and name', async () => {
    const el = await mount(withOrcid());
    const a = link(el)!;
    expect(a, 'orcid link').to.exist;
    expect(a.getAttribute('href')).to.equal(ORCID);
    expect(visibleText(a)).to.equal(ORCID);
    expect(accessibleName(a)).to.equal(`ORCID iD (not authenticated) ${ORCID}`);
    expect(a.getAttribute('part')).to.contain('orcid-unauthenticated');
    expect(a.dataset.authenticated).to.equal('false');
    // The icon is inline SVG: nothing is requested, no inline style.
    const icon = a.querySelector('svg[part="orcid-icon"]')!;
    expect(icon).to.exist;
    expect(icon.getAttribute('aria-hidden')).to.equal('true');
    expect(a.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
    expect(icon.getBoundingClientRect().width).to.be.greaterThan(8);
    // Grey, not ORCID green.
    const bg = getComputedStyle(icon.querySelector('.orcid-icon-bg')!).fill;
    expect(bg).to.equal('rgb(140, 140, 140)');
    await expect(el).to.be.accessible();
  });

  it('a claimed profile: the authenticated (green) style and name', async () => {
    const el = await mount(claimed());
    const a = link(el)!;
    expect(a.getAttribute('href')).to.equal(ORCID);
    expect(accessibleName(a)).to.equal(`ORCID iD ${ORCID}`);
    expect(a.getAttribute('part')).to.contain('orcid-authenticated');
    expect(a.dataset.authenticated).to.equal('true');
    expect(getComputedStyle(a.querySelector('.orcid-icon-bg')!).fill).to.equal('rgb(166, 206, 57)');
    await expect(el).to.be.accessible();
  });

  it('a profile loaded from orcid.org is authenticated even when its trust says nothing', async () => {
    const { trust: _, ...untrusted } = withOrcid();
    const net = fakeFetch({ 'orcid.org/0000-0002-1825-0097': { body: untrusted } });
    try {
      const el = await fixture<ResearcherCard>(html`<researcher-card lang="en" format="profile" src=${ORCID}></researcher-card>`);
      await el.loadComplete;
      await el.updateComplete;
      expect(link(el)!.dataset.authenticated).to.equal('true');
    } finally {
      net.restore();
    }
  });

  it('compact card: the icon alone, linked, with the URL in its accessible name', async () => {
    const el = await mount(claimed(), 'compact');
    const a = link(el)!;
    expect(a.getAttribute('href')).to.equal(ORCID);
    expect(accessibleName(a)).to.equal(`ORCID iD ${ORCID}`);
    expect(visibleText(a)).to.equal('');
    expect(a.querySelector('svg[part="orcid-icon"]')!.getBoundingClientRect().width).to.be.greaterThan(8);
    await expect(el).to.be.accessible();
  });

  it('no iD, or one that is not an iD: nothing is shown', async () => {
    const none = await mount(referenceProfile());
    expect(link(none)).to.equal(null);
    expect(none.shadowRoot!.querySelector('[part="orcid"]')).to.equal(null);
    const junk = await mount(withOrcid({ orcid: 'javascript:alert(1)' }));
    expect(link(junk)).to.equal(null);
  });

  it('the JSON-LD sameAs carries the same https://orcid.org URL', async () => {
    const el = await mount(withOrcid());
    const ld = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!) as { sameAs: string[] };
    expect(ld.sameAs).to.include(ORCID);
  });
});
