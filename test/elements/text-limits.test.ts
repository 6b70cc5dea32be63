/** Over-long text seen through the elements: cut, with a warning, and the card's JSON-LD bounded. */
import { expect, fixture, html } from '@open-wc/testing';
import { ResearcherCard } from '../../src/elements/researcher-card/researcher-card.js';
import { PublicationList } from '../../src/elements/publication-list/publication-list.js';
import { TEXT_LIMITS } from '../../src/data/schema.js';
import { referenceProfile } from '../helpers/profiles.js';

ResearcherCard.define();
PublicationList.define();

function captureWarnings(): { messages: string[]; restore(): void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('text limits through the elements', () => {
  it('a 5 MB name renders cut to the name limit, with a warning naming the field, and the JSON-LD stays small', async () => {
    const profile = { ...referenceProfile(), name: `Ann ${'x'.repeat(5_000_000)}`, headline: 'h'.repeat(100_000) };
    const warnings = captureWarnings();
    let el: ResearcherCard;
    try {
      el = await fixture<ResearcherCard>(html`<researcher-card structured-data .profile=${profile}></researcher-card>`);
      await el.loadComplete;
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    const name = el.shadowRoot!.querySelector('[part~="name"]')!.textContent!.trim();
    expect(name.startsWith('Ann xxx')).to.be.true;
    expect(name.endsWith('…')).to.be.true;
    expect(name.length).to.equal(TEXT_LIMITS.name);
    expect(warnings.messages.join('\n')).to.include('name: longer than 300 characters (5,000,004), cut');
    const script = el.querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent!.length).to.be.below(5000);
    expect((JSON.parse(script.textContent!) as { name: string }).name).to.equal(name);
  });

  it('a 1 MB title in a list renders cut to the title limit', async () => {
    const profile = referenceProfile();
    profile.works![0]!.title = `A study ${'t'.repeat(1_000_000)}`;
    const warnings = captureWarnings();
    let el: PublicationList;
    try {
      el = await fixture<PublicationList>(html`<publication-list .profile=${profile}></publication-list>`);
      await el.loadComplete;
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    const title = el.shadowRoot!.querySelector('[part~="work-title"]')!.textContent!.trim();
    expect(title.length).to.equal(TEXT_LIMITS.title);
    expect(warnings.messages.join('\n')).to.include('works[0].title: longer than 1,000 characters (1,000,008), cut');
  });
});
