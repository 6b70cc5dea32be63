/**
 * The shared behaviour of every profile element, through a minimal element built on the base:
 * where the profile comes from, the four states, events, abort on disconnect, the src race,
 * retry, and sharing through <researcher-profile>.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { ProfileElement } from '../../src/core/profile-element.js';
import { hostStyles, stateStyles, tokens } from '../../src/core/styles.js';
import { ResearcherProfile } from '../../src/elements/researcher-profile/researcher-profile.js';
import { clearProfileCache } from '../../src/data/load.js';
import type { Profile } from '../../src/data/schema.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';
import { referenceProfile } from '../helpers/profiles.js';

class TestProfileView extends ProfileElement {
  static override styles = [hostStyles, tokens('test-profile-view'), stateStyles];
  protected renderProfile(p: Profile) {
    return litHtml`<h2 part="name">${p.name}</h2><p part="works">${p.counts.works} works</p>`;
  }
  protected override isEmpty(p: Profile) {
    return p.works.length === 0;
  }
}
customElements.define('test-profile-view', TestProfileView);
ResearcherProfile.define();

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const settle = async (el: TestProfileView) => {
  await el.loadComplete;
  await el.updateComplete;
};

describe('ProfileElement (shared element behaviour)', () => {
  let net: FakeFetch | undefined;
  afterEach(() => {
    net?.restore();
    net = undefined;
    clearProfileCache();
  });

  it('renders from the profile property, before inline JSON and src', async () => {
    net = fakeFetch({ '/p.json': { body: { ...referenceProfile(), name: 'From src' } } });
    const el = await fixture<TestProfileView>(html`<test-profile-view src="/p.json" .profile=${referenceProfile()}>
      <script type="application/json">{"version":1,"id":"i","name":"From inline"}</script>
    </test-profile-view>`);
    await settle(el);
    expect(text(el)).to.include('Wuhui Chen');
    expect(net.calls).to.have.length(0);
  });

  it('a profile given as an object renders in the first update, with no loading flash, and fires profile-load', async () => {
    const el = document.createElement('test-profile-view') as TestProfileView;
    const events: string[] = [];
    el.addEventListener('profile-load', (e) => events.push(e.detail.profile.name));
    el.profile = referenceProfile();
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
      expect(text(el)).to.include('Wuhui Chen');
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(events).to.deep.equal(['Wuhui Chen']);
      expect(el.loadedProfile?.name).to.equal('Wuhui Chen');
    } finally {
      el.remove();
    }
  });

  it('renders from an inline JSON script before src', async () => {
    net = fakeFetch({ '/p.json': { body: referenceProfile() } });
    const el = await fixture<TestProfileView>(html`<test-profile-view src="/p.json"><script type="application/json">{"version":1,"id":"i","name":"From inline","works":[{"id":"w"}]}</script></test-profile-view>`);
    await settle(el);
    expect(text(el)).to.include('From inline');
    expect(net.calls).to.have.length(0);
  });

  it('says so when the inline JSON is broken', async () => {
    const el = await fixture<TestProfileView>(html`<test-profile-view><script type="application/json">{"version":1,</script></test-profile-view>`);
    await settle(el);
    expect(text(el)).to.include('The profile written into the page is not valid JSON.');
  });

  it('shows a busy skeleton while loading, then the profile, and fires profile-load', async () => {
    net = fakeFetch({ '/p.json': { body: referenceProfile(), delay: 100 } });
    const el = await fixture<TestProfileView>(html`<test-profile-view src="/p.json"></test-profile-view>`);
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.not.equal(null);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    const loaded = oneEvent(el, 'profile-load');
    await expect(el).to.be.accessible();
    const ev = await loaded;
    expect(ev.detail.profile.name).to.equal('Wuhui Chen');
    expect(ev.detail.src).to.equal(new URL('/p.json', location.href).href);
    await el.updateComplete;
    expect(text(el)).to.include('Wuhui Chen');
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });

  it('shows a human error with Retry, keeps the light-DOM fallback visible, and fires profile-error with the status', async () => {
    net = fakeFetch({ '/p.json': [{ status: 404 }, { body: referenceProfile() }] });
    const el = await fixture<TestProfileView>(html`<test-profile-view src="/p.json"><a href="https://example.org/wuhui">Wuhui Chen</a></test-profile-view>`);
    const ev = await oneEvent(el, 'profile-error');
    expect(ev.detail).to.deep.equal({ src: '/p.json', status: 404, message: 'The profile was not found (HTTP 404).' });
    await el.updateComplete;
    expect(text(el)).to.include('The profile was not found (HTTP 404).');
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => text(el).includes('Wuhui Chen'), 'retry did not load');
    expect(net.count('/p.json')).to.equal(2);
  });

  it('renders the empty state', async () => {
    const el = await fixture<TestProfileView>(html`<test-profile-view .profile=${{ version: 1, id: 'x', name: 'X' }}></test-profile-view>`);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="empty"]')).to.not.equal(null);
  });

  it('never throws on hostile or wrong input: not-JSON, wrong shapes, 500', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    net = fakeFetch({ '/notjson': { body: 'hello' }, '/array': { body: [1, 2, 3] }, '/500': { status: 500 } });
    try {
      for (const [src, msg] of [
        ['/notjson', 'not valid JSON'],
        ['/array', 'profile: expected an object'],
        ['/500', 'HTTP 500'],
      ]) {
        const el = await fixture<TestProfileView>(html`<test-profile-view src=${src} timeout="2000"></test-profile-view>`);
        await waitUntil(() => text(el).includes(msg), `${src}: ${text(el)}`, { timeout: 8000 });
      }
      for (const bad of [42, 'str', null, [], { version: 1 }, { version: 1, id: 'x', name: 'n', works: 'nope' }]) {
        const el = await fixture<TestProfileView>(html`<test-profile-view .profile=${bad as never}></test-profile-view>`);
        await settle(el);
      }
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('aborts its request when disconnected, and loads again when reconnected', async () => {
    let signal: AbortSignal | undefined;
    const original = window.fetch;
    window.fetch = ((_u: string, init: RequestInit) => {
      signal = init.signal!;
      return new Promise((_, reject) => signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }) as typeof fetch;
    try {
      const el = await fixture<TestProfileView>(html`<test-profile-view src="/slow.json"></test-profile-view>`);
      await waitUntil(() => signal !== undefined);
      const parent = el.parentElement!;
      el.remove();
      expect(signal!.aborted).to.equal(true);
      window.fetch = original;
      net = fakeFetch({ '/slow.json': { body: referenceProfile() } });
      parent.append(el);
      await waitUntil(() => text(el).includes('Wuhui Chen'), 'did not reload after reconnect');
    } finally {
      if (window.fetch !== original && !net) window.fetch = original;
    }
  });

  it('never renders a result for an old src (the src-change race)', async () => {
    net = fakeFetch({ '/old.json': { body: { ...referenceProfile(), name: 'Old' }, delay: 150 }, '/new.json': { body: { ...referenceProfile(), name: 'New' }, delay: 10 } });
    const el = await fixture<TestProfileView>(html`<test-profile-view src="/old.json"></test-profile-view>`);
    const seen: string[] = [];
    el.addEventListener('profile-load', (e) => seen.push(e.detail.profile.name));
    el.src = '/new.json';
    await waitUntil(() => text(el).includes('New'));
    await new Promise((r) => setTimeout(r, 250));
    expect(text(el)).to.include('New');
    expect(text(el)).to.not.include('Old');
    expect(seen).to.deep.equal(['New']);
  });

  it('elements inside <researcher-profile src> share its profile: one request for all', async () => {
    net = fakeFetch({ '/shared.json': { body: referenceProfile(), delay: 20 } });
    const el = await fixture<ResearcherProfile>(html`<researcher-profile src="/shared.json">
      ${Array.from({ length: 10 }, () => html`<test-profile-view></test-profile-view>`)}
    </researcher-profile>`);
    const views = [...el.querySelectorAll('test-profile-view')] as TestProfileView[];
    await waitUntil(() => views.every((v) => text(v).includes('Wuhui Chen')), 'not all views rendered');
    expect(net.count('/shared.json')).to.equal(1);
  });

  it('an element with its own src inside a provider uses its own', async () => {
    net = fakeFetch({ '/shared.json': { body: referenceProfile() }, '/own.json': { body: { ...referenceProfile(), name: 'Own' } } });
    const el = await fixture<ResearcherProfile>(html`<researcher-profile src="/shared.json"><test-profile-view src="/own.json"></test-profile-view></researcher-profile>`);
    const view = el.querySelector('test-profile-view') as TestProfileView;
    await waitUntil(() => text(view).includes('Own'));
  });

  it('follows theme="dark" through light-dark() tokens', async () => {
    const el = await fixture<TestProfileView>(html`<test-profile-view theme="dark" .profile=${referenceProfile()}></test-profile-view>`);
    await settle(el);
    const dark = getComputedStyle(el).color;
    el.theme = 'light';
    await el.updateComplete;
    const light = getComputedStyle(el).color;
    expect(dark).to.not.equal(light);
    expect(light).to.equal('rgb(31, 35, 40)');
  });
});
