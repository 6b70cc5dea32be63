/**
 * <researcher-card>: every field a visitor sees, every state, bad and hostile input, sharing and
 * de-duplicated loading, the src race, the request events and their default actions,
 * accessibility in both themes, registration, plurals, and the 280 px layout.
 */
import { aTimeout, expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ResearcherCard } from '../../src/elements/researcher-card/researcher-card.js';
import { TrustBadge } from '../../src/elements/trust-badge/trust-badge.js';
import { ResearcherProfile } from '../../src/elements/researcher-profile/researcher-profile.js';
import { clearProfileCache } from '../../src/data/load.js';
import type { Profile, ProfileInput } from '../../src/data/schema.js';
import { VERSION } from '../../src/core/version.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';
import { referenceProfile } from '../helpers/profiles.js';

ResearcherCard.define();
ResearcherProfile.define();

/**
 * The text a visitor can see (or a screen reader reads), through nested shadow roots; skips hidden
 * nodes. Not `checkVisibility()`: a card out of view is not laid out (`content-visibility: auto`),
 * so its nodes have no box yet, although its text is there for find-in-page and screen readers.
 */
function visibleText(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && !(node instanceof HTMLSlotElement) && getComputedStyle(node).display === 'none') return;
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
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

const words = (el: Element | null | undefined) => (el ? visibleText(el) : '');
const part = <T extends Element = HTMLElement>(el: Element, name: string) => el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const settle = async (el: ResearcherCard) => {
  await el.updateComplete; // the load starts after the first update
  await el.loadComplete;
  await el.updateComplete;
  const badge = el.shadowRoot!.querySelector('trust-badge');
  if (badge) await badge.updateComplete;
};
const card = async (profile: ProfileInput | Record<string, unknown>, attrs = html``) => {
  const el = await fixture<ResearcherCard>(html`<researcher-card .profile=${profile}>${attrs}</researcher-card>`);
  await settle(el);
  return el;
};
const counts = (el: ResearcherCard) => parts(el, 'count').map((c) => words(c));

// Wrappers that are not Lit elements are mounted with fixtureSync: fixture() waits for an
// animation frame, which a page running in the background (parallel test files) may never get.

/** A richer profile: claimed, level 2, open to collaborate, with every link. */
function claimedProfile(over: Partial<ProfileInput> = {}): ProfileInput {
  return {
    ...referenceProfile(),
    id: 'ada',
    name: 'Ada Okafor',
    headline: 'Computational hydrologist.',
    affiliation: { name: 'Northbridge Institute of Technology', url: 'https://www.example.edu/northbridge' },
    avatar: 'https://images.example.org/ada.png',
    trust: { score: 78, label: 'Verified', level: 2, claimed: true },
    counts: { followers: 1284, works: 44, topics: 10, collaborators: 26 },
    links: {
      profile: 'https://example.org/researchers/ada',
      follow: 'https://example.org/researchers/ada/follow',
      contact: 'mailto:ada@example.edu',
      explorer: 'https://example.org/explore/ada',
    },
    ...over,
  };
}

function stubOpen() {
  const calls: unknown[][] = [];
  const original = window.open;
  window.open = ((...args: unknown[]) => {
    calls.push(args);
    return null;
  }) as typeof window.open;
  return { calls, restore: () => (window.open = original) };
}

function captureWarnings(): { messages: string[]; restore(): void } {
  const messages: string[] = [];
  const warn = console.warn;
  console.warn = (...a: unknown[]) => messages.push(a.map(String).join(' '));
  return { messages, restore: () => (console.warn = warn) };
}

describe('<researcher-card>', () => {
  let net: FakeFetch | undefined;
  afterEach(() => {
    net?.restore();
    net = undefined;
    clearProfileCache();
  });

  describe('the reference researcher, every field', () => {
    let el: ResearcherCard;
    beforeEach(async () => {
      el = await card(referenceProfile());
    });

    it('shows the name as a heading, the headline and the role', () => {
      const name = part(el, 'name')!;
      expect(name.tagName).to.equal('H2');
      expect(words(name)).to.equal('Wuhui Chen');
      expect(words(part(el, 'headline'))).to.equal('Wuhui Chen contributes to research discovery and scholarly infrastructure.');
      expect(words(part(el, 'role'))).to.equal('Researcher');
    });

    it('shows "Affiliation not imported" when there is no affiliation', () => {
      expect(words(part(el, 'affiliation'))).to.equal('Affiliation not imported');
      expect(part(el, 'affiliation')!.tagName).to.not.equal('A');
    });

    it('shows initials when there is no avatar, hidden from screen readers next to the name', () => {
      expect(part(el, 'avatar-image')).to.equal(null);
      const ini = part(el, 'initials')!;
      expect(ini.textContent).to.equal('WC');
      expect(ini.getAttribute('aria-hidden')).to.equal('true');
    });

    it('shows the "Open to collaborate" tag', () => {
      expect(words(part(el, 'open-tag'))).to.equal('Open to collaborate');
    });

    it('shows the trust snapshot through <trust-badge>', () => {
      const badge = part<TrustBadge>(el, 'badge')!;
      expect(badge.tagName).to.equal('TRUST-BADGE');
      expect(words(badge)).to.include('Trust 11 · Unverified Verification L1 Unclaimed');
    });

    it('shows the counts with real plurals: 1 work, 0 followers, 1 topic, 4 close collaborators', () => {
      expect(counts(el)).to.deep.equal(['1 work', '0 followers', '1 topic', '4 close collaborators']);
    });

    it('has a Follow button showing the follower count', () => {
      const follow = part<HTMLButtonElement>(el, 'follow-button')!;
      expect(follow.tagName).to.equal('BUTTON');
      const spoken = (n: Element) => n.textContent!.replace(/\s+/g, ' ').trim();
      expect(spoken(part(el, 'follower-count')!)).to.equal('(0 followers)');
      expect(spoken(follow)).to.equal('Follow (0 followers)');
      // On screen it reads "Follow 0"; the parentheses and the word are for screen readers only.
      const pill = part(el, 'follower-count')!;
      const onScreen = [...pill.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
      expect(onScreen.trim()).to.equal('0');
      for (const hidden of pill.querySelectorAll('.visually-hidden')) expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('offers to claim the unclaimed profile, and explains what claiming does', () => {
      expect(words(part(el, 'claim-button'))).to.equal('Claim this profile');
      expect(words(part(el, 'claim-note'))).to.include('Claiming links this public author record');
    });

    it('says direct invitations need the profile claimed first, with no Invite button', () => {
      expect(words(part(el, 'collaboration-heading'))).to.equal('Direct collaboration');
      expect(words(part(el, 'collaboration-note'))).to.equal('Direct invitations unlock once the author claims this profile.');
      expect(part(el, 'invite-button')).to.equal(null);
    });

    it('links to the full profile and the explorer', () => {
      expect(part<HTMLAnchorElement>(el, 'profile-link')!.href).to.equal('https://example.org/researchers/wuhui-chen');
      expect(words(part(el, 'profile-link'))).to.equal('View full profile');
      expect(part<HTMLAnchorElement>(el, 'explorer-link')!.href).to.equal('https://example.org/explore/wuhui-chen');
      expect(words(part(el, 'explorer-link'))).to.equal('Open full explorer');
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('other profiles', () => {
    it('links the affiliation and shows the avatar of a claimed profile, with Invite instead of Claim', async () => {
      const el = await card(claimedProfile());
      const aff = part<HTMLAnchorElement>(el, 'affiliation')!;
      expect(aff.tagName).to.equal('A');
      expect(aff.href).to.equal('https://www.example.edu/northbridge');
      expect(words(aff)).to.equal('Northbridge Institute of Technology');
      const img = part<HTMLImageElement>(el, 'avatar-image')!;
      expect(img.getAttribute('src')).to.equal('https://images.example.org/ada.png');
      expect(img.hasAttribute('alt')).to.equal(true);
      expect(part(el, 'claim-button')).to.equal(null);
      expect(words(part(el, 'invite-button'))).to.equal('Invite to collaborate');
      expect(words(part(el, 'badge'))).to.include('Trust 78 · Verified Verification L2 Claimed');
      expect(counts(el)).to.deep.equal(['44 works', '1,284 followers', '10 topics', '26 close collaborators']);
    });

    it('falls back to initials when the avatar image fails to load', async () => {
      const el = await card(claimedProfile({ avatar: '/no-such-avatar.png' }));
      await waitUntil(() => part(el, 'initials'), 'the broken avatar was never replaced');
      expect(part(el, 'initials')!.textContent).to.equal('AO');
      expect(part(el, 'avatar-image')).to.equal(null);
    });

    it('a claimed profile that is not open to collaborate says so', async () => {
      const el = await card(claimedProfile({ openToCollaborate: false }));
      expect(part(el, 'open-tag')).to.equal(null);
      expect(part(el, 'invite-button')).to.equal(null);
      expect(words(part(el, 'collaboration-note'))).to.equal('Not open to collaboration invitations right now.');
    });

    it('does not claim "0 followers" when the follower count is unknown', async () => {
      const p = referenceProfile();
      p.counts = {};
      const el = await card(p);
      expect(counts(el)).to.deep.equal(['1 work', '1 topic', '4 close collaborators']);
      expect(part(el, 'follower-count')).to.equal(null);
      expect(words(part(el, 'follow-button'))).to.equal('Follow');
    });

    it('uses real plural rules and the page language for numbers', async () => {
      const one = await card({ ...referenceProfile(), counts: { works: 2, followers: 1, topics: 0, collaborators: 1 } });
      expect(counts(one)).to.deep.equal(['2 works', '1 follower', '0 topics', '1 close collaborator']);
      expect(one.shadowRoot!.textContent).to.not.match(/\(s\)/);
      const wrap = fixtureSync(html`<div lang="de"><researcher-card .profile=${claimedProfile({ counts: { works: 1234, followers: 1284 } })}></researcher-card></div>`);
      const de = wrap.querySelector('researcher-card')!;
      await settle(de);
      expect(counts(de).slice(0, 2)).to.deep.equal(['1.234 works', '1.284 followers']);
    });

    it('shows citations and h-index when the profile has them', async () => {
      const el = await card(claimedProfile({ counts: { followers: 3, citations: 3474, hIndex: 24 } }));
      expect(counts(el)).to.include('3,474 citations');
      expect(counts(el)).to.include('24 h-index');
    });

    it('an almost empty profile still renders a complete, honest card', async () => {
      const el = await card({ version: 1, id: 'min', name: 'Minimal Person' });
      expect(words(part(el, 'name'))).to.equal('Minimal Person');
      expect(part(el, 'headline')).to.equal(null);
      expect(words(part(el, 'affiliation'))).to.equal('Affiliation not imported');
      expect(part(el, 'initials')!.textContent).to.equal('MP');
      expect(part(el, 'badge')).to.equal(null);
      expect(counts(el)).to.deep.equal(['0 works', '0 topics', '0 close collaborators']);
      expect(part(el, 'links')).to.equal(null);
      expect(part(el, 'claim-button')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('reads the profile from an inline JSON child', async () => {
      const el = await fixture<ResearcherCard>(html`<researcher-card
        ><script type="application/json">
          {"version":1,"id":"inline","name":"Inline Person","counts":{"works":3}}
        </script></researcher-card
      >`);
      await settle(el);
      expect(words(part(el, 'name'))).to.equal('Inline Person');
      expect(counts(el)[0]).to.equal('3 works');
    });

    it('takes its heading level from heading-level', async () => {
      const el = await fixture<ResearcherCard>(html`<researcher-card heading-level="3" .profile=${referenceProfile()}></researcher-card>`);
      await settle(el);
      expect(part(el, 'name')!.getAttribute('aria-level')).to.equal('3');
      expect(part(el, 'collaboration-heading')!.getAttribute('aria-level')).to.equal('4');
    });
  });

  describe('hostile and broken data', () => {
    const hostile = () => ({
      ...referenceProfile(),
      name: '<img src=x onerror=alert(1)>',
      headline: '<script>alert(2)</script>',
      avatar: 'javascript:alert(3)',
      affiliation: { name: '<b>Evil U</b>', url: 'javascript:alert(4)' },
      trust: { score: 5, level: 0, label: '<i onmouseover=alert(5)>x</i>', claimed: false },
      links: { profile: 'javascript:alert(6)', explorer: ' JaVaScRiPt:alert(7)', follow: 'data:text/html,<script>alert(8)</script>', claim: 'vbscript:x' },
    });

    it('renders hostile strings as text and drops unsafe links and images', async () => {
      const el = await card(hostile());
      expect(words(part(el, 'name'))).to.equal('<img src=x onerror=alert(1)>');
      expect(words(part(el, 'headline'))).to.equal('<script>alert(2)</script>');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.querySelector('script')).to.equal(null);
      expect(part(el, 'initials')).to.not.equal(null);
      expect(part(el, 'affiliation')!.tagName).to.equal('SPAN');
      expect(words(part(el, 'affiliation'))).to.equal('<b>Evil U</b>');
      expect(part(el, 'profile-link')).to.equal(null);
      expect(part(el, 'explorer-link')).to.equal(null);
      for (const a of el.shadowRoot!.querySelectorAll('a')) expect(a.href).to.match(/^(https?|mailto):/);
      expect(words(part(el, 'badge'))).to.include('<i onmouseover=alert(5)>x</i>');
    });

    it('never opens an unsafe link as a default action', async () => {
      const open = stubOpen();
      try {
        const el = await card(hostile());
        part<HTMLButtonElement>(el, 'follow-button')!.click();
        part<HTMLButtonElement>(el, 'claim-button')!.click();
        expect(open.calls).to.deep.equal([]);
      } finally {
        open.restore();
      }
    });

    const cases: [string, Parameters<typeof fakeFetch>[0][string], RegExp][] = [
      ['not JSON', { body: 'this is not json {' }, /not valid JSON/],
      ['an HTML page', { body: '<!doctype html><title>Oops</title>', headers: { 'content-type': 'text/html' } }, /not valid JSON|HTML/],
      ['the wrong shape', { body: { version: 1, id: 'x', name: 42 } }, /not in the expected format: name: expected a string/],
      ['a JSON array', { body: [1, 2, 3] }, /not in the expected format/],
      ['a 404', { status: 404, body: 'missing' }, /The profile was not found \(HTTP 404\)\./],
      ['a 500', { status: 500, body: 'boom' }, /HTTP 500/],
    ];
    for (const [what, route, message] of cases) {
      it(`${what}: a human error, Retry, fallback children visible, profile-error, no exception`, async function () {
        this.timeout(10000);
        net = fakeFetch({ '/bad/p.json': route });
        const errors: string[] = [];
        const onError = (e: ErrorEvent) => errors.push(e.message);
        window.addEventListener('error', onError);
        try {
          const details: { message: string; status?: number }[] = [];
          const el = await fixture<ResearcherCard>(html`<researcher-card src="/bad/p.json" @profile-error=${(e: CustomEvent) => details.push(e.detail)}
            ><a href="https://example.org/fallback">Fallback link</a></researcher-card
          >`);
          await settle(el);
          const box = part(el, 'error')!;
          expect(box.getAttribute('role')).to.equal('alert');
          expect(words(box)).to.match(message);
          expect(words(part(el, 'retry-button'))).to.equal('Retry');
          expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
          expect(details).to.have.length(1);
          expect(details[0]!.message).to.match(message);
          if (route && !Array.isArray(route) && typeof route === 'object' && route.status) expect(details[0]!.status).to.equal(route.status);
          await expect(el).to.be.accessible();
        } finally {
          window.removeEventListener('error', onError);
        }
        expect(errors).to.deep.equal([]);
      });
    }

    it('a timeout (the timeout attribute) gives up with a clear message', async () => {
      net = fakeFetch({ '/bad/slow.json': { body: referenceProfile(), delay: 2000 } });
      const el = await fixture<ResearcherCard>(html`<researcher-card src="/bad/slow.json" timeout="60"></researcher-card>`);
      await settle(el);
      expect(words(part(el, 'error'))).to.match(/took too long to load/);
      expect(part(el, 'name')).to.equal(null);
    });

    it('Retry loads again and shows the card', async () => {
      net = fakeFetch({ '/bad/flaky.json': [{ status: 404 }, { body: referenceProfile() }] });
      const el = await fixture<ResearcherCard>(html`<researcher-card src="/bad/flaky.json"></researcher-card>`);
      await settle(el);
      part<HTMLButtonElement>(el, 'retry-button')!.click();
      await waitUntil(() => part(el, 'name'), 'Retry never showed the card');
      expect(words(part(el, 'name'))).to.equal('Wuhui Chen');
      expect(net.count('/bad/flaky.json')).to.equal(2);
    });
  });

  describe('loading', () => {
    it('shows a busy skeleton while loading, then the card', async () => {
      net = fakeFetch({ '/load/p.json': { body: referenceProfile(), delay: 300 } });
      const el = await fixture<ResearcherCard>(html`<researcher-card src="/load/p.json"><a href="https://example.org/w">Wuhui Chen</a></researcher-card>`);
      expect(el.getAttribute('aria-busy')).to.equal('true');
      const skeleton = part(el, 'loading')!;
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(skeleton.getAttribute('aria-label')).to.equal('Loading researcher profile');
      await expect(el).to.be.accessible();
      await settle(el);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(words(part(el, 'name'))).to.equal('Wuhui Chen');
    });

    it('50 cards on one src make exactly one request and all show the researcher', async () => {
      net = fakeFetch({ '/load/shared.json': { body: referenceProfile(), delay: 30 } });
      const wrap = fixtureSync(html`<div>${Array.from({ length: 50 }, () => html`<researcher-card src="/load/shared.json" variant="compact"></researcher-card>`)}</div>`);
      const cards = [...wrap.querySelectorAll('researcher-card')];
      await Promise.all(cards.map(settle));
      expect(net.count('/load/shared.json')).to.equal(1);
      for (const c of cards) expect(words(part(c, 'name'))).to.equal('Wuhui Chen');
    });

    it('a card inside <researcher-profile src> with no src of its own shares the provider’s profile', async () => {
      net = fakeFetch({ '/load/provider.json': { body: referenceProfile(), delay: 20 } });
      const wrap = await fixture<ResearcherProfile>(html`<researcher-profile src="/load/provider.json">
        <researcher-card></researcher-card><researcher-card variant="compact"></researcher-card><trust-badge></trust-badge>
      </researcher-profile>`);
      const cards = [...wrap.querySelectorAll('researcher-card')];
      await Promise.all(cards.map(settle));
      await (wrap.querySelector('trust-badge') as TrustBadge).loadComplete;
      for (const c of cards) expect(words(part(c, 'name'))).to.equal('Wuhui Chen');
      expect(net.count('/load/provider.json')).to.equal(1);
    });

    it('also shares it when the provider element is defined after the cards', async () => {
      net = fakeFetch({ '/load/late.json': { body: referenceProfile() } });
      const wrap = fixtureSync(html`<late-researcher-profile src="/load/late.json"><researcher-card></researcher-card></late-researcher-profile>`);
      const c = wrap.querySelector('researcher-card')!;
      await c.updateComplete;
      class LateProfile extends ResearcherProfile {}
      LateProfile.define('late-researcher-profile');
      await waitUntil(() => part(c, 'name'), 'the card never received the late provider’s profile');
      expect(words(part(c, 'name'))).to.equal('Wuhui Chen');
    });

    it('aborts its request when removed from the page', async () => {
      const original = window.fetch;
      const signals: AbortSignal[] = [];
      window.fetch = ((_: RequestInfo | URL, init?: RequestInit) => {
        signals.push(init!.signal!);
        return new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      }) as typeof fetch;
      try {
        const el = await fixture<ResearcherCard>(html`<researcher-card src="/load/hang.json"></researcher-card>`);
        await waitUntil(() => signals.length === 1, 'no request was made');
        expect(signals[0]!.aborted).to.equal(false);
        el.remove();
        await aTimeout(0);
        expect(signals[0]!.aborted).to.equal(true);
      } finally {
        window.fetch = original;
      }
    });

    it('put back after being removed mid-load, loads again and shows the card', async () => {
      net = fakeFetch({ '/load/moved.json': { body: referenceProfile(), delay: 200 } });
      const el = await fixture<ResearcherCard>(html`<researcher-card src="/load/moved.json"></researcher-card>`);
      await waitUntil(() => net!.count('/load/moved.json') === 1, 'no request was made');
      const parent = el.parentElement!;
      el.remove();
      await aTimeout(0); // the abort settles while the card is out of the page
      parent.append(el);
      await waitUntil(() => part(el, 'name'), 'the card never loaded again after it was put back');
      expect(net!.count('/load/moved.json')).to.equal(2);
      expect(words(part(el, 'name'))).to.equal('Wuhui Chen');
    });

    it('when src changes during a slow load, only the new profile ever renders', async () => {
      net = fakeFetch({
        '/race/old.json': { body: { ...referenceProfile(), name: 'Old Name' }, delay: 300 },
        '/race/new.json': { body: { ...referenceProfile(), name: 'New Name' }, delay: 20 },
      });
      const el = await fixture<ResearcherCard>(html`<researcher-card src="/race/old.json"></researcher-card>`);
      const seen = new Set<string>();
      const observer = new MutationObserver(() => {
        const n = part(el, 'name');
        if (n) seen.add(words(n));
      });
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      const loaded: string[] = [];
      el.addEventListener('profile-load', (e) => loaded.push(e.detail.profile.name));
      await aTimeout(50);
      el.src = '/race/new.json';
      await waitUntil(() => part(el, 'name'), 'the new profile never rendered');
      await aTimeout(400);
      observer.disconnect();
      expect(words(part(el, 'name'))).to.equal('New Name');
      expect([...seen]).to.deep.equal(['New Name']);
      expect(loaded).to.deep.equal(['New Name']);
    });
  });

  describe('Follow, Claim and Invite', () => {
    let open: ReturnType<typeof stubOpen>;
    beforeEach(() => (open = stubOpen()));
    afterEach(() => open.restore());

    it('Follow fires a cancelable follow-request with the profile, then opens links.follow in a new tab', async () => {
      const el = await card(claimedProfile());
      const events: CustomEvent<{ profile: Profile }>[] = [];
      el.addEventListener('follow-request', (e) => events.push(e));
      part<HTMLButtonElement>(el, 'follow-button')!.click();
      expect(events).to.have.length(1);
      expect(events[0]!.cancelable).to.equal(true);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      expect(events[0]!.detail.profile.name).to.equal('Ada Okafor');
      expect(open.calls).to.deep.equal([['https://example.org/researchers/ada/follow', '_blank', 'noopener']]);
    });

    it('Follow opens nothing when the host prevents it', async () => {
      const el = await card(claimedProfile());
      document.addEventListener('follow-request', (e) => e.preventDefault(), { once: true });
      part<HTMLButtonElement>(el, 'follow-button')!.click();
      expect(open.calls).to.deep.equal([]);
    });

    it('Follow without a follow link fires the event for the host and opens nothing', async () => {
      const el = await card(referenceProfile());
      let fired = 0;
      el.addEventListener('follow-request', () => fired++);
      part<HTMLButtonElement>(el, 'follow-button')!.click();
      expect(fired).to.equal(1);
      expect(open.calls).to.deep.equal([]);
    });

    it('Claim fires claim-request and opens links.claim; nothing when prevented', async () => {
      const el = await card(referenceProfile());
      const events: Event[] = [];
      el.addEventListener('claim-request', (e) => events.push(e));
      part<HTMLButtonElement>(el, 'claim-button')!.click();
      expect(events).to.have.length(1);
      expect((events[0] as CustomEvent).detail.profile.id).to.equal('wuhui-chen');
      expect(open.calls).to.deep.equal([['https://example.org/claim/wuhui-chen', '_blank', 'noopener']]);
      el.addEventListener('claim-request', (e) => e.preventDefault());
      part<HTMLButtonElement>(el, 'claim-button')!.click();
      expect(events).to.have.length(2);
      expect(open.calls).to.have.length(1);
    });

    it('Invite fires collaborate-request and opens the mailto: contact in place; nothing when prevented', async () => {
      const el = await card(claimedProfile());
      const events: Event[] = [];
      el.addEventListener('collaborate-request', (e) => events.push(e));
      part<HTMLButtonElement>(el, 'invite-button')!.click();
      expect(events).to.have.length(1);
      expect((events[0] as CustomEvent).cancelable).to.equal(true);
      expect(open.calls).to.deep.equal([['mailto:ada@example.edu', '_self']]);
      el.addEventListener('collaborate-request', (e) => e.preventDefault());
      part<HTMLButtonElement>(el, 'invite-button')!.click();
      expect(events).to.have.length(2);
      expect(open.calls).to.have.length(1);
    });

    it('an https contact link opens in a new tab', async () => {
      const el = await card(claimedProfile({ links: { contact: 'https://example.org/contact/ada' } }));
      part<HTMLButtonElement>(el, 'invite-button')!.click();
      expect(open.calls).to.deep.equal([['https://example.org/contact/ada', '_blank', 'noopener']]);
    });
  });

  describe('themes and accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`theme="${theme}" switches the colours and stays accessible in every state`, async () => {
        const loaded = await fixture<ResearcherCard>(html`<researcher-card theme=${theme} .profile=${referenceProfile()}></researcher-card>`);
        await settle(loaded);
        expect(getComputedStyle(loaded).colorScheme).to.equal(theme);
        const bg = getComputedStyle(loaded).backgroundColor;
        expect(bg).to.equal(theme === 'dark' ? 'rgb(22, 27, 34)' : 'rgb(255, 255, 255)');
        await expect(loaded).to.be.accessible();

        const claimed = await card(claimedProfile({ avatar: null }));
        claimed.setAttribute('theme', theme);
        await claimed.updateComplete;
        await expect(claimed).to.be.accessible();

        const compact = await fixture<ResearcherCard>(html`<researcher-card theme=${theme} variant="compact" .profile=${claimedProfile({ avatar: null })}></researcher-card>`);
        await settle(compact);
        await expect(compact).to.be.accessible();

        net = fakeFetch({ '/a11y/slow.json': { body: referenceProfile(), delay: 500 }, '/a11y/missing.json': { status: 404 } });
        const loading = await fixture<ResearcherCard>(html`<researcher-card theme=${theme} src="/a11y/slow.json"></researcher-card>`);
        await expect(loading).to.be.accessible();
        const failed = await fixture<ResearcherCard>(html`<researcher-card theme=${theme} src="/a11y/missing.json"><a href="https://example.org/x">Wuhui Chen</a></researcher-card>`);
        await settle(failed);
        expect(part(failed, 'error')).to.not.equal(null);
        await expect(failed).to.be.accessible();
        const empty = await fixture<ResearcherCard>(html`<researcher-card theme=${theme} .profile=${{ version: 1, id: 'e', name: 'Empty' }}></researcher-card>`);
        await settle(empty);
        await expect(empty).to.be.accessible();
        await loading.loadComplete;
      });
    }

    it('the inner badge follows the card’s theme and tokens', async () => {
      const el = await fixture<ResearcherCard>(html`<researcher-card theme="dark" .profile=${referenceProfile()}></researcher-card>`);
      await settle(el);
      const badge = part<TrustBadge>(el, 'badge')!;
      expect(getComputedStyle(badge).colorScheme).to.equal('dark');
      el.style.setProperty('--researcher-card-color-text', 'rgb(1, 2, 3)');
      const score = badge.shadowRoot!.querySelector('[part~="score"]')!;
      expect(getComputedStyle(score).color).to.equal('rgb(1, 2, 3)');
      // A page's --trust-badge-* still wins inside the card.
      el.style.setProperty('--trust-badge-color-text', 'rgb(4, 5, 6)');
      expect(getComputedStyle(score).color).to.equal('rgb(4, 5, 6)');
    });
  });

  describe('layout', () => {
    const longName = 'Maximiliana Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaftschaferswessenschafewaren';
    const wide = () =>
      claimedProfile({
        name: longName,
        headline: 'x'.repeat(200),
        affiliation: { name: 'Institute-of-Very-Long-Unbroken-Names-'.repeat(4), url: 'https://example.edu/' + 'a'.repeat(120) },
        counts: { works: 123456, followers: 9876543, topics: 10000, collaborators: 123456, citations: 99999999 },
      });

    for (const variant of ['compact', 'full'] as const) {
      it(`the ${variant} variant at 280 px has no horizontal overflow, even with long unbroken strings`, async () => {
        const wrap = fixtureSync<HTMLDivElement>(html`<div style="width: 280px"><researcher-card variant=${variant} .profile=${wide()}></researcher-card></div>`);
        const el = wrap.querySelector('researcher-card')!;
        await settle(el);
        expect(el.getBoundingClientRect().width).to.equal(280);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        const root = part(el, 'card')!;
        expect(root.scrollWidth).to.be.at.most(root.clientWidth);
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('[part]')) {
          expect(node.getBoundingClientRect().right, node.getAttribute('part')!).to.be.at.most(el.getBoundingClientRect().right + 0.5);
        }
        expect(words(part(el, 'name'))).to.equal(longName);
      });
    }

    it('compact shows name, affiliation, avatar, badge and counts, and none of the full card’s actions', async () => {
      const el = await fixture<ResearcherCard>(html`<researcher-card variant="compact" .profile=${claimedProfile({ avatar: null })}></researcher-card>`);
      await settle(el);
      expect(part<HTMLAnchorElement>(el, 'name-link')!.href).to.equal('https://example.org/researchers/ada');
      expect(words(part(el, 'affiliation'))).to.equal('Northbridge Institute of Technology');
      expect(part(el, 'initials')!.textContent).to.equal('AO');
      expect(part(el, 'badge')).to.not.equal(null);
      expect(counts(el)).to.deep.equal(['44 works', '1,284 followers', '10 topics', '26 close collaborators']);
      for (const gone of ['headline', 'follow-button', 'claim-button', 'collaboration', 'links']) expect(part(el, gone), gone).to.equal(null);
    });

    it('puts the snapshot and the ways to connect side by side in a wide container', async () => {
      const wrap = fixtureSync<HTMLDivElement>(html`<div style="width: 900px"><researcher-card .profile=${referenceProfile()}></researcher-card></div>`);
      const el = wrap.querySelector('researcher-card')!;
      await settle(el);
      const snap = part(el, 'snapshot')!.getBoundingClientRect();
      const connect = part(el, 'connect')!.getBoundingClientRect();
      expect(connect.left).to.be.greaterThan(snap.right - 1);
      expect(Math.abs(connect.top - snap.top)).to.be.lessThan(2);
    });

    it('has a part on every structural node', async () => {
      const el = await card(claimedProfile());
      for (const node of part(el, 'card')!.querySelectorAll('div, p, ul, li, section, h2, h3, a, button')) {
        if (node.classList.contains('visually-hidden')) continue;
        expect(node.getAttribute('part'), `${node.tagName}.${node.className}`).to.be.a('string');
      }
    });
  });

  describe('registration', () => {
    it('define() twice throws nothing, and registers <trust-badge> too', () => {
      expect(() => {
        ResearcherCard.define();
        ResearcherCard.define();
      }).to.not.throw();
      expect(customElements.get('researcher-card')).to.equal(ResearcherCard);
      expect(customElements.get('trust-badge')).to.equal(TrustBadge);
    });

    it('a different version already holding the tag gets a console warning naming both versions', () => {
      class OtherVersion extends LitElement {
        static readonly version = '0.0.1-old';
      }
      customElements.define('researcher-card-version-test', OtherVersion);
      const warnings = captureWarnings();
      try {
        expect(() => ResearcherCard.define('researcher-card-version-test')).to.not.throw();
      } finally {
        warnings.restore();
      }
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('0.0.1-old');
      expect(warnings.messages[0]).to.include(VERSION);
      expect(customElements.get('researcher-card-version-test')).to.equal(OtherVersion);
    });
  });
});
