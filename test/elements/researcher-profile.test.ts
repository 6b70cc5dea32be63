/**
 * <researcher-profile>: without children it lays out the whole profile (card, research graph,
 * publications) from one request, responsive by its own width; with children it stays the
 * provider (a slot and nothing else). One load/error announcement, Retry, structured data,
 * heading levels, registration, and accessibility in both themes.
 */
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { ResearcherProfile } from '../../src/elements/researcher-profile/researcher-profile.js';
import { ResearcherCard } from '../../src/elements/researcher-card/researcher-card.js';
import { TrustBadge } from '../../src/elements/trust-badge/trust-badge.js';
import { CollabGraph } from '../../src/elements/collab-graph/collab-graph.js';
import { PublicationList } from '../../src/elements/publication-list/publication-list.js';
import { clearProfileCache } from '../../src/data/load.js';
import type { ProfileInput } from '../../src/data/schema.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';
import { referenceProfile } from '../helpers/profiles.js';

ResearcherProfile.define();

type Part = ResearcherCard | CollabGraph | PublicationList;

const inner = (el: ResearcherProfile) => ({
  card: el.shadowRoot!.querySelector<ResearcherCard>('researcher-card'),
  graph: el.shadowRoot!.querySelector<CollabGraph>('collab-graph'),
  list: el.shadowRoot!.querySelector<PublicationList>('publication-list'),
});
const part = (el: ResearcherProfile, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const shadowText = (el: Element | null) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** Waits until the layout's parts have loaded (or failed) and rendered. */
async function settle(el: ResearcherProfile): Promise<void> {
  await el.updateComplete;
  const parts = Object.values(inner(el)).filter(Boolean) as Part[];
  for (const p of parts) {
    await p.updateComplete;
    await p.loadComplete;
    await p.updateComplete;
  }
  await el.updateComplete;
}

/** A profile with works from two years, so the list and the graph have something to show. */
function richerProfile(): ProfileInput {
  const p = referenceProfile();
  return {
    ...p,
    works: [
      ...p.works!,
      { id: 'w2', type: 'article', year: 2023, title: 'Scheduling Serverless Workflows', authors: [{ name: 'Wuhui Chen', id: 'wuhui-chen' }, { name: 'Yue Yu' }] },
    ],
  };
}

describe('<researcher-profile>', () => {
  let net: FakeFetch | null = null;
  afterEach(() => {
    net?.restore();
    net = null;
    clearProfileCache();
  });

  describe('without children: the whole profile', () => {
    it('lays out the card, the research graph and the publications, from one request', async () => {
      net = fakeFetch({ '/whole.json': { body: richerProfile(), delay: 10 } });
      const el = await fixture<ResearcherProfile>(html`<researcher-profile src="/whole.json"></researcher-profile>`);
      await settle(el);
      expect(el.layout).to.equal('full');
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      const { card, graph, list } = inner(el);
      expect(card && graph && list).to.be.ok;
      // Each part shows the shared profile, with no src of its own.
      for (const p of [card!, graph!, list!]) expect(p.src).to.equal(null);
      expect(shadowText(card)).to.include('Wuhui Chen').and.include('close collaborators');
      const badge = card!.shadowRoot!.querySelector('trust-badge')!;
      await badge.updateComplete;
      expect(shadowText(badge)).to.include('Trust 11');
      expect(shadowText(list)).to.include('Training and Serving System of Foundation Models').and.include('Scheduling Serverless Workflows');
      expect(graph!.loadedProfile?.name).to.equal('Wuhui Chen');
      expect(graph!.shadowRoot!.querySelector('[part~="canvas"]')).to.not.equal(null);
      expect(part(el, 'section-heading')!.textContent!.trim()).to.equal('Collaboration graph');
      expect(net.count('/whole.json')).to.equal(1);
    });

    it('announces one profile-load for the whole layout, not one per part', async () => {
      net = fakeFetch({ '/once.json': { body: referenceProfile(), delay: 10 } });
      const seen: string[] = [];
      const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
      host.addEventListener('profile-load', (e) => seen.push(e.detail.profile.name));
      const el = document.createElement('researcher-profile');
      el.src = '/once.json';
      host.append(el);
      await settle(el);
      await new Promise((r) => setTimeout(r, 50));
      expect(seen).to.deep.equal(['Wuhui Chen']);
    });

    it('renders a profile given as an object, or as inline JSON (a script child is not content)', async () => {
      const el = await fixture<ResearcherProfile>(html`<researcher-profile .profile=${referenceProfile()}></researcher-profile>`);
      await settle(el);
      expect(shadowText(inner(el).card)).to.include('Wuhui Chen');

      const json = JSON.stringify({ ...referenceProfile(), name: 'Inline Person' });
      const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json;
      const inline = document.createElement('researcher-profile');
      inline.append(script);
      wrap.append(inline);
      await settle(inline);
      expect(inline.layout).to.equal('full');
      expect(shadowText(inner(inline).card)).to.include('Inline Person');
    });

    it('one failure shows one message with Retry (the graph and list step aside); Retry brings everything back', async () => {
      net = fakeFetch({ '/flaky.json': [{ status: 404, body: 'gone' }, { body: richerProfile() }] });
      const errors: string[] = [];
      const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
      wrap.addEventListener('profile-error', (e) => errors.push(e.detail.message));
      const el = document.createElement('researcher-profile');
      el.src = '/flaky.json';
      wrap.append(el);
      await settle(el);
      const { card, graph, list } = inner(el);
      expect(card!.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
      expect(errors).to.have.length(1);
      expect(part(el, 'main')!.hidden).to.equal(true);
      expect(part(el, 'main')!.getBoundingClientRect().height).to.equal(0);
      await expect(el).to.be.accessible();

      card!.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await waitUntil(() => !part(el, 'main')!.hidden, 'the graph and list come back');
      await settle(el);
      expect(shadowText(card)).to.include('Wuhui Chen');
      await waitUntil(() => shadowText(list).includes('Scheduling Serverless Workflows'), 'the list reloads');
      expect(graph!.loadedProfile?.name).to.equal('Wuhui Chen');
      expect(net.count('/flaky.json')).to.equal(2);
    });

    it('heading-level sets the name’s level; the sections go one below', async () => {
      const el = await fixture<ResearcherProfile>(html`<researcher-profile heading-level="1" .profile=${referenceProfile()}></researcher-profile>`);
      await settle(el);
      const { card, list } = inner(el);
      const name = card!.shadowRoot!.querySelector('[part="name"]')!;
      expect(name.getAttribute('aria-level')).to.equal('1');
      expect(part(el, 'section-heading')!.getAttribute('aria-level')).to.equal('2');
      expect(list!.headingLevel).to.equal(2);
      el.headingLevel = 2;
      await settle(el);
      expect(name.getAttribute('aria-level')).to.equal(null); // an <h2>
      expect(part(el, 'section-heading')!.localName).to.equal('h3');
      expect(part(el, 'section-heading')!.hasAttribute('aria-level')).to.equal(false);
    });

    it('speaks the language that applies to it, and follows a change of lang', async () => {
      const el = await fixture<ResearcherProfile>(html`<researcher-profile lang="zh-CN" .profile=${referenceProfile()}></researcher-profile>`);
      await settle(el);
      expect(part(el, 'section-heading')!.textContent!.trim()).to.equal('合作图谱');
      expect(shadowText(inner(el).card)).to.include('关注'); // the card inside inherits the language
      el.setAttribute('lang', 'en');
      await waitUntil(() => part(el, 'section-heading')!.textContent!.trim() === 'Collaboration graph', 'the heading follows lang');
    });

    it('structured-data writes schema.org Person JSON-LD into its own light DOM and keeps the layout', async () => {
      const el = await fixture<ResearcherProfile>(html`<researcher-profile structured-data .profile=${{ ...referenceProfile(), orcid: '0000-0002-1825-0097' }}></researcher-profile>`);
      await settle(el);
      const script = el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-researcher-profile]');
      expect(script).to.not.equal(null);
      const data = JSON.parse(script!.textContent!);
      expect(data).to.deep.include({ '@type': 'Person', name: 'Wuhui Chen' });
      expect(data.sameAs).to.include('https://orcid.org/0000-0002-1825-0097');
      await new Promise((r) => setTimeout(r, 0)); // the MutationObserver has seen the script
      await el.updateComplete;
      expect(el.layout).to.equal('full');
      expect(inner(el).card).to.not.equal(null);
      el.structuredData = false;
      await el.updateComplete;
      expect(el.querySelector('script')).to.equal(null);
    });
  });

  describe('with children: the provider', () => {
    it('renders only a slot, and the children share its profile (one request)', async () => {
      net = fakeFetch({ '/shared.json': { body: referenceProfile(), delay: 10 } });
      const el = await fixture<ResearcherProfile>(html`<researcher-profile src="/shared.json">
        <researcher-card variant="compact"></researcher-card>
        <trust-badge></trust-badge>
      </researcher-profile>`);
      expect(el.layout).to.equal('provider');
      const shadowChildren = [...el.shadowRoot!.children];
      expect(shadowChildren.map((c) => c.localName)).to.deep.equal(['slot']);
      const card = el.querySelector('researcher-card')!;
      const badge = el.querySelector('trust-badge')!;
      await card.updateComplete;
      await card.loadComplete;
      await badge.loadComplete;
      await waitUntil(() => shadowText(card).includes('Wuhui Chen') && shadowText(badge).includes('11'));
      expect(net.count('/shared.json')).to.equal(1);
      // The provider loaded, so the provider announces (issue 9 item 3: children render the shared
      // result and announce nothing; before, each child loaded and announced on its own). A child's
      // retry() reloads at the provider.
      const seen: string[] = [];
      el.addEventListener('profile-load', (e) => seen.push((e.target as Element).localName));
      card.retry();
      await el.updateComplete;
      await el.loadComplete;
      await el.updateComplete;
      expect(seen).to.deep.equal(['researcher-profile']);
    });

    it('switches between provider and whole profile as children come and go', async () => {
      const el = await fixture<ResearcherProfile>(html`<researcher-profile .profile=${referenceProfile()}></researcher-profile>`);
      await settle(el);
      expect(inner(el).card).to.not.equal(null);
      const badge = document.createElement('trust-badge') as TrustBadge;
      el.append(badge);
      await waitUntil(() => el.layout === 'provider');
      await el.updateComplete;
      expect(inner(el).card).to.equal(null);
      expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
      await badge.updateComplete;
      await waitUntil(() => shadowText(badge).includes('11'), 'the new child gets the profile');
      badge.remove();
      await waitUntil(() => el.layout === 'full');
      await settle(el);
      expect(shadowText(inner(el).card)).to.include('Wuhui Chen');
    });
  });

  describe('responsive layout', () => {
    const place = (el: ResearcherProfile) => {
      const card = part(el, 'card')!.getBoundingClientRect();
      const graph = part(el, 'graph-section')!.getBoundingClientRect();
      const list = part(el, 'publications')!.getBoundingClientRect();
      return { card, graph, list };
    };

    it('at 360 px: one column — card, then graph, then publications — with nothing wider than the element', async () => {
      const wrap = fixtureSync<HTMLDivElement>(html`<div style="width: 360px"><researcher-profile .profile=${richerProfile()}></researcher-profile></div>`);
      const el = wrap.querySelector('researcher-profile')!;
      await settle(el);
      const { card, graph, list } = place(el);
      expect(card.left).to.equal(graph.left);
      expect(graph.left).to.equal(list.left);
      expect(card.width).to.equal(360);
      expect(graph.width).to.equal(360);
      expect(graph.top).to.be.at.least(card.bottom);
      expect(list.top).to.be.at.least(graph.bottom);
      expect(el.scrollWidth).to.be.at.most(360);
      expect(getComputedStyle(part(el, 'layout')!).gridTemplateColumns.split(' ')).to.have.length(1);
    });

    it('at 1200 px: two columns — the card beside the graph and the publications', async () => {
      const wrap = fixtureSync<HTMLDivElement>(html`<div style="width: 1200px"><researcher-profile .profile=${richerProfile()}></researcher-profile></div>`);
      const el = wrap.querySelector('researcher-profile')!;
      await settle(el);
      const { card, graph, list } = place(el);
      expect(getComputedStyle(part(el, 'layout')!).gridTemplateColumns.split(' ')).to.have.length(2);
      expect(card.top).to.equal(graph.top);
      expect(graph.left).to.be.greaterThan(card.right);
      expect(list.left).to.equal(graph.left);
      expect(list.top).to.be.at.least(graph.bottom);
      expect(card.width).to.be.within(288, 384);
      expect(card.width + graph.width).to.be.below(1200);
    });

    it('follows its own width, not the window: the same element in a narrow column stacks', async () => {
      const wrap = fixtureSync<HTMLDivElement>(html`<div style="width: 1200px"><researcher-profile .profile=${referenceProfile()}></researcher-profile></div>`);
      const el = wrap.querySelector('researcher-profile')!;
      await settle(el);
      expect(getComputedStyle(part(el, 'layout')!).gridTemplateColumns.split(' ')).to.have.length(2);
      wrap.style.width = '600px';
      await el.updateComplete; // no animation frame: a page running in the background may never get one
      expect(getComputedStyle(part(el, 'layout')!).gridTemplateColumns.split(' ')).to.have.length(1);
    });
  });

  describe('themes and accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`theme="${theme}": the parts follow it, the layout paints its ground, and it is accessible`, async () => {
        const wrap = fixtureSync<HTMLDivElement>(html`<div style="width: 1100px"><researcher-profile theme=${theme} .profile=${richerProfile()}></researcher-profile></div>`);
        const el = wrap.querySelector('researcher-profile')!;
        await settle(el);
        const { card, graph, list } = inner(el);
        for (const p of [card!, graph!, list!]) expect(getComputedStyle(p).colorScheme).to.equal(theme);
        const ground = getComputedStyle(el.shadowRoot!.querySelector('.container')!).backgroundColor;
        expect(ground).to.equal(theme === 'dark' ? 'rgb(33, 38, 45)' : 'rgb(246, 248, 250)');
        await expect(el).to.be.accessible();
      });
    }

    it('loading: every part shows its skeleton, accessible', async () => {
      net = fakeFetch({ '/slow.json': { body: referenceProfile(), delay: 60_000 } });
      const el = await fixture<ResearcherProfile>(html`<researcher-profile src="/slow.json"></researcher-profile>`);
      const { card, graph, list } = inner(el);
      for (const p of [card!, graph!, list!]) await p.updateComplete;
      for (const p of [card!, list!]) expect(p.shadowRoot!.querySelector('[part="loading"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('without a theme there is no painted ground: the page shows through', async () => {
      const el = await fixture<ResearcherProfile>(html`<researcher-profile .profile=${referenceProfile()}></researcher-profile>`);
      await settle(el);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.container')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });
  });

  describe('registration', () => {
    it('define() also registers what the layout shows', () => {
      expect(customElements.get('researcher-profile')).to.equal(ResearcherProfile);
      expect(customElements.get('researcher-card')).to.equal(ResearcherCard);
      expect(customElements.get('trust-badge')).to.equal(TrustBadge);
      expect(customElements.get('collab-graph')).to.equal(CollabGraph);
      expect(customElements.get('publication-list')).to.equal(PublicationList);
    });
  });
});
