/**
 * <researcher-profile> shares a RESULT, not a source (issue 9, item 3): it loads once, the
 * elements inside render its result and never load or validate it themselves, Retry in any child
 * reloads at the provider, one announcement per load (from the provider), a child with a source
 * of its own still loads its own, and the OpenAlex options live where a source is loaded.
 */
import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
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
TrustBadge.define();

type Child = ResearcherCard | PublicationList | CollabGraph | TrustBadge;
const shadowText = (el: Element | null) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** A profile with two works, one with a part that validation drops (and says so, once). */
function profileWithADroppedPart(): ProfileInput {
  const p = referenceProfile();
  return {
    ...p,
    works: [
      ...p.works!,
      { id: 'w2', type: 'article', year: 2023, title: 'Scheduling Serverless Workflows', authors: [{ name: 'Wuhui Chen', id: 'wuhui-chen' }, { name: 'Yue Yu' }] },
      { id: 'w3', type: 'article', year: 'soon' as never, title: 'Dropped for its year' },
    ],
  };
}

async function captureWarnings<T>(run: () => Promise<T>): Promise<{ value: T; warnings: string[] }> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    return { value: await run(), warnings };
  } finally {
    console.warn = original;
  }
}

async function settle(provider: ResearcherProfile, children: Child[]): Promise<void> {
  await provider.updateComplete;
  await provider.loadComplete;
  await provider.updateComplete;
  for (const c of children) {
    await c.loadComplete;
    await c.updateComplete;
  }
}

describe('<researcher-profile> shares its result', () => {
  let net: FakeFetch | null = null;
  afterEach(() => {
    net?.restore();
    net = null;
    clearProfileCache();
  });

  it('card + list + graph: one request, one validation, the same profile object everywhere, one profile-load (the provider’s)', async () => {
    net = fakeFetch({ '/shared-once.json': { body: profileWithADroppedPart(), delay: 20 } });
    const events: string[] = [];
    const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
    wrap.addEventListener('profile-load', (e) => events.push((e.target as Element).localName));
    const { value: el, warnings } = await captureWarnings(async () => {
      const el = document.createElement('researcher-profile');
      el.src = '/shared-once.json';
      el.append(document.createElement('researcher-card'), document.createElement('publication-list'), document.createElement('collab-graph'));
      wrap.append(el);
      await settle(el, [...el.children] as Child[]);
      return el;
    });
    const [card, list, graph] = [...el.children] as [ResearcherCard, PublicationList, CollabGraph];
    expect(el.layout).to.equal('provider');
    expect(shadowText(card)).to.include('Wuhui Chen');
    expect(shadowText(list)).to.include('Scheduling Serverless Workflows');
    expect(graph.shadowRoot!.querySelector('[part~="canvas"]')).to.not.equal(null);
    expect(net.count('/shared-once.json')).to.equal(1);
    // Validated once: the dropped part is reported once for the page, and every child holds the
    // very object the provider validated.
    expect(warnings.filter((w) => w.includes('were dropped'))).to.have.length(1);
    expect(el.loadedProfile).to.not.equal(null);
    for (const c of [card, list, graph]) expect(c.loadedProfile).to.equal(el.loadedProfile);
    expect(events).to.deep.equal(['researcher-profile']);

    // Children never load: with the cache emptied, a child added later still shows the shared
    // profile at once, with no request (a child that loaded by itself would ask again).
    clearProfileCache();
    const badge = document.createElement('trust-badge') as TrustBadge;
    el.append(badge);
    await badge.updateComplete;
    expect(badge.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
    expect(shadowText(badge)).to.include('11');
    expect(badge.loadedProfile).to.equal(el.loadedProfile);
    expect(net.count('/shared-once.json')).to.equal(1);
    expect(events).to.deep.equal(['researcher-profile']);
  });

  it('first response 500: every child shows the error with Retry; Retry in the list reloads the provider once and every child shows the profile', async () => {
    let healthy = false;
    net = fakeFetch({ '/flaky-shared.json': () => (healthy ? { body: profileWithADroppedPart() } : { status: 500, body: 'down' }) });
    const errors: string[] = [];
    const loads: string[] = [];
    const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
    wrap.addEventListener('profile-error', (e) => errors.push(`${(e.target as Element).localName}: ${e.detail.status}`));
    wrap.addEventListener('profile-load', (e) => loads.push((e.target as Element).localName));
    const el = document.createElement('researcher-profile');
    el.src = '/flaky-shared.json';
    el.timeout = 2000;
    el.append(document.createElement('researcher-card'), document.createElement('publication-list'), document.createElement('collab-graph'));
    const failed = oneEvent(el, 'profile-error');
    wrap.append(el);
    await failed;
    const children = [...el.children] as Child[];
    await settle(el, children);
    for (const c of children) {
      expect(c.shadowRoot!.querySelector('[part="error"]'), c.localName).to.not.equal(null);
      expect(shadowText(c), c.localName).to.include('HTTP 500');
      expect(c.shadowRoot!.querySelector('[part="retry-button"]'), c.localName).to.not.equal(null);
    }
    expect(errors).to.deep.equal(['researcher-profile: 500']);
    const before = net.count('/flaky-shared.json');
    await expect(el).to.be.accessible();

    healthy = true;
    const list = children[1] as PublicationList;
    const loaded = oneEvent(el, 'profile-load');
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await loaded;
    await settle(el, children);
    expect(net.count('/flaky-shared.json')).to.equal(before + 1);
    const [card, , graph] = children as [ResearcherCard, PublicationList, CollabGraph];
    expect(shadowText(card)).to.include('Wuhui Chen');
    expect(shadowText(list)).to.include('Scheduling Serverless Workflows');
    expect(graph.loadedProfile).to.equal(el.loadedProfile);
    for (const c of children) expect(c.shadowRoot!.querySelector('[part="error"]'), c.localName).to.equal(null);
    expect(loads).to.deep.equal(['researcher-profile']);
    expect(errors).to.have.length(1);
  });

  it('a child with its own src loads and announces its own; the others keep the shared result', async () => {
    net = fakeFetch({ '/outer.json': { body: referenceProfile() }, '/inner.json': { body: { ...referenceProfile(), name: 'Own Person' } } });
    const loads: string[] = [];
    const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
    wrap.addEventListener('profile-load', (e) => loads.push(`${(e.target as Element).localName} ${e.detail.profile.name}`));
    const el = document.createElement('researcher-profile');
    el.src = '/outer.json';
    const own = document.createElement('researcher-card');
    own.src = '/inner.json';
    const shared = document.createElement('researcher-card');
    el.append(own, shared);
    wrap.append(el);
    await settle(el, [own, shared]);
    await waitUntil(() => shadowText(own).includes('Own Person'));
    expect(shadowText(shared)).to.include('Wuhui Chen');
    expect(shared.loadedProfile).to.equal(el.loadedProfile);
    expect(loads.sort()).to.deep.equal(['researcher-card Own Person', 'researcher-profile Wuhui Chen']);
    expect(net.count('/outer.json')).to.equal(1);
    expect(net.count('/inner.json')).to.equal(1);
  });

  it('a profile given as an object or inline JSON: children render it in their first update, with no request and no loading state', async () => {
    net = fakeFetch({});
    const el = document.createElement('researcher-profile');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ ...referenceProfile(), name: 'Inline Person' });
    const card = document.createElement('researcher-card');
    const badge = document.createElement('trust-badge');
    el.append(script, card, badge);
    const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
    wrap.append(el);
    await card.updateComplete;
    await badge.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
    expect(shadowText(card)).to.include('Inline Person');
    expect(shadowText(badge)).to.include('11');
    expect(card.hasAttribute('aria-busy')).to.equal(false);
    expect(net.calls).to.have.length(0);

    const broken = await fixture<ResearcherProfile>(html`<researcher-profile><script type="application/json">{"version":</script><researcher-card></researcher-card></researcher-profile>`);
    const inner = broken.querySelector('researcher-card')!;
    await inner.updateComplete;
    expect(shadowText(inner)).to.include('The profile written into the page is not valid JSON.');
  });

  it('a provider that upgrades after the elements inside still reaches them (context-root replay)', async () => {
    const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const late = document.createElement('late-researcher-profile') as ResearcherProfile;
    late.profile = { ...referenceProfile(), name: 'Late Provider' };
    const card = document.createElement('researcher-card');
    late.append(card);
    wrap.append(late);
    await card.updateComplete;
    expect(card.loadedProfile).to.equal(null);
    customElements.define('late-researcher-profile', class extends ResearcherProfile {});
    await waitUntil(() => shadowText(card).includes('Late Provider'), 'the card gets the late provider’s profile');
  });

  it('while the provider loads, the children show their loading state and are aria-busy', async () => {
    net = fakeFetch({ '/slow-shared.json': { body: referenceProfile(), delay: 60_000 } });
    const el = await fixture<ResearcherProfile>(html`<researcher-profile src="/slow-shared.json"><researcher-card></researcher-card></researcher-profile>`);
    const card = el.querySelector('researcher-card')!;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="loading"]')).to.not.equal(null);
    expect(card.getAttribute('aria-busy')).to.equal('true');
    el.remove(); // aborts the provider's request
  });
});

describe('source options live where a source is loaded', () => {
  afterEach(() => clearProfileCache());

  it('the card, the list, the graph and the provider take max-works, mailto and api-key; the badge has none of them', () => {
    for (const tag of ['researcher-card', 'publication-list', 'collab-graph', 'researcher-profile'] as const) {
      const el = document.createElement(tag);
      expect('maxWorks' in el && 'mailto' in el && 'apiKey' in el, tag).to.equal(true);
    }
    const badge = document.createElement('trust-badge');
    for (const prop of ['maxWorks', 'mailto', 'apiKey']) expect(prop in badge, prop).to.equal(false);
    expect((customElements.get('trust-badge') as typeof TrustBadge).observedAttributes).to.not.include('max-works');
  });

  it('a card with src="…openalex…" and max-works loads at most that many works', async () => {
    const works = Array.from({ length: 5 }, (_, i) => ({ id: `https://openalex.org/W${i}`, display_name: `Work ${i}`, publication_year: 2020, type: 'article', authorships: [] }));
    const net = fakeFetch({
      'https://api.openalex.org/authors/A42': { body: { id: 'https://openalex.org/A42', display_name: 'Ada Example', works_count: 5 } },
      'https://api.openalex.org/works': { body: { meta: { count: 5, next_cursor: null }, results: works } },
    });
    try {
      const card = await fixture<ResearcherCard>(html`<researcher-card src="https://api.openalex.org/authors/A42" max-works="2"></researcher-card>`);
      await card.loadComplete;
      await card.updateComplete;
      expect(shadowText(card)).to.include('Ada Example');
      expect(card.loadedProfile!.works.length).to.be.at.most(2);
    } finally {
      net.restore();
    }
  });
});
