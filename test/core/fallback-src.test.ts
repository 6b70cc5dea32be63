/**
 * `fallback-src` (issue 11, "A static safety net"): when the live source fails, the element loads
 * the snapshot with the same options, shows it with a discreet "saved copy from <date>" note and
 * fires `profile-load` with `{fallback: true}`. With the live source healthy the snapshot is never
 * requested. Driven by a faked fetch (requests counted on the wire).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ResearcherCard } from '../../src/elements/researcher-card/researcher-card.js';
import { ResearcherProfile } from '../../src/elements/researcher-profile/researcher-profile.js';
import { PublicationList } from '../../src/elements/publication-list/publication-list.js';
import { clearProfileCache } from '../../src/data/load.js';
import type { ProfileLoadEvent } from '../../src/core/events.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';
import { referenceProfile } from '../helpers/profiles.js';

ResearcherCard.define();
ResearcherProfile.define();
PublicationList.define();

const LIVE = '/live/wuhui.json';
const SNAPSHOT = '/snapshots/wuhui.json';
const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const savedCopy = (el: Element) => el.shadowRoot!.querySelector('[part="saved-copy"]');

function snapshotProfile() {
  return { ...referenceProfile(), name: 'Wuhui Chen (saved)', retrieved: '2026-11-02' };
}

/** A card with `src` and `fallback-src`, waited for until it announces a load or an error. */
async function card(attrs: string): Promise<{ el: ResearcherCard; event: Event }> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('researcher-card') as ResearcherCard;
  el.setAttribute('lang', 'en');
  for (const [, name, value] of attrs.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(name, value);
  const settled = Promise.race([oneEvent(el, 'profile-load'), oneEvent(el, 'profile-error')]);
  host.append(el);
  const event = await settled;
  await el.updateComplete;
  return { el, event };
}

describe('fallback-src', () => {
  let net: FakeFetch | undefined;
  afterEach(() => {
    net?.restore();
    net = undefined;
    clearProfileCache();
  });

  it('live 500: the snapshot is shown with a note naming its date, and profile-load says fallback', async () => {
    net = fakeFetch({ [LIVE]: { status: 500, body: 'boom' }, [SNAPSHOT]: { body: snapshotProfile() } });
    const { el, event } = await card(`src="${LIVE}" fallback-src="${SNAPSHOT}"`);
    expect(event.type).to.equal('profile-load');
    const detail = (event as ProfileLoadEvent).detail;
    expect(detail.fallback).to.equal(true);
    expect(detail.src).to.match(/\/snapshots\/wuhui\.json$/);
    expect(shadowText(el)).to.contain('Wuhui Chen (saved)');
    const note = savedCopy(el)!;
    expect(note, 'saved-copy note').to.exist;
    expect(note.getAttribute('role')).to.equal('note');
    expect(note.textContent).to.contain('Saved copy from Nov 2, 2026');
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(net.count(SNAPSHOT)).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('live 200: the snapshot is never requested and no note is shown', async () => {
    net = fakeFetch({ [LIVE]: { body: referenceProfile() }, [SNAPSHOT]: { body: snapshotProfile() } });
    const { el, event } = await card(`src="${LIVE}" fallback-src="${SNAPSHOT}"`);
    expect(event.type).to.equal('profile-load');
    expect((event as ProfileLoadEvent).detail.fallback).to.equal(false);
    expect(shadowText(el)).to.contain('Wuhui Chen');
    expect(shadowText(el)).not.to.contain('(saved)');
    expect(savedCopy(el)).to.equal(null);
    expect(net.count(LIVE)).to.equal(1);
    expect(net.count(SNAPSHOT)).to.equal(0);
  });

  it('live and snapshot both failing: the error names the live failure', async () => {
    net = fakeFetch({ [LIVE]: { status: 404, body: 'gone' }, [SNAPSHOT]: { status: 404, body: 'gone too' } });
    const { el, event } = await card(`src="${LIVE}" fallback-src="${SNAPSHOT}"`);
    expect(event.type).to.equal('profile-error');
    const detail = (event as CustomEvent<{ src: string; status?: number; message: string }>).detail;
    expect(detail.status).to.equal(404);
    expect(detail.src).to.match(/\/live\/wuhui\.json$/);
    const shown = el.shadowRoot!.querySelector('[part="error"]')!.textContent!;
    expect(shown).to.contain('404');
    expect(net.count(LIVE)).to.equal(1);
    expect(net.count(SNAPSHOT)).to.equal(1);
    expect(savedCopy(el)).to.equal(null);
  });

  it('a 429 from OpenAlex (allowance spent): the snapshot is shown', async () => {
    net = fakeFetch({
      'api.openalex.org': { status: 429, body: { error: 'Rate limit exceeded', message: 'Your daily budget is spent. Add an API key.' } },
      [SNAPSHOT]: { body: snapshotProfile() },
    });
    const { el, event } = await card(`src="https://api.openalex.org/authors/A5023888391" fallback-src="${SNAPSHOT}"`);
    expect(event.type).to.equal('profile-load');
    expect((event as ProfileLoadEvent).detail.fallback).to.equal(true);
    expect(shadowText(el)).to.contain('Wuhui Chen (saved)');
    expect(savedCopy(el)!.textContent).to.contain('Saved copy from');
    expect(net.count('api.openalex.org')).to.be.greaterThan(0);
    expect(net.count(SNAPSHOT)).to.equal(1);
  });

  it('a network error and a timeout fall back too', async () => {
    net = fakeFetch({ '/live/offline.json': { networkError: true }, '/live/slow.json': { delay: 60_000 }, [SNAPSHOT]: { body: snapshotProfile() } });
    const offline = await card(`src="/live/offline.json" fallback-src="${SNAPSHOT}"`);
    expect((offline.event as ProfileLoadEvent).detail.fallback).to.equal(true);
    expect(savedCopy(offline.el)).to.exist;
    const slow = await card(`src="/live/slow.json" fallback-src="${SNAPSHOT}" timeout="100"`);
    expect((slow.event as ProfileLoadEvent).detail.fallback).to.equal(true);
    expect(shadowText(slow.el)).to.contain('Wuhui Chen (saved)');
  });

  it('a snapshot without `retrieved` says "Saved copy" without a date', async () => {
    const { retrieved: _, ...undated } = snapshotProfile();
    net = fakeFetch({ [LIVE]: { status: 503, body: 'down' }, [SNAPSHOT]: { body: undated } });
    const { el } = await card(`src="${LIVE}" fallback-src="${SNAPSHOT}"`);
    expect(savedCopy(el)!.textContent!.trim()).to.equal('Saved copy: the live source could not be reached.');
  });

  it('an abort (the element removed while loading) never requests the snapshot', async () => {
    net = fakeFetch({ [LIVE]: { delay: 60_000 }, [SNAPSHOT]: { body: snapshotProfile() } });
    const el = await fixture<ResearcherCard>(html`<researcher-card src=${LIVE} fallback-src=${SNAPSHOT}></researcher-card>`);
    await waitUntil(() => net!.count(LIVE) === 1, 'the live request is made');
    const settled = el.loadComplete;
    el.remove();
    await settled;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(net.count(SNAPSHOT)).to.equal(0);
  });

  it('<researcher-profile fallback-src>: its children show the snapshot and the note', async () => {
    net = fakeFetch({ [LIVE]: { status: 500, body: 'boom' }, [SNAPSHOT]: { body: snapshotProfile() } });
    const provider = document.createElement('researcher-profile') as ResearcherProfile;
    provider.setAttribute('src', LIVE);
    provider.setAttribute('fallback-src', SNAPSHOT);
    provider.setAttribute('lang', 'en');
    const child = document.createElement('researcher-card') as ResearcherCard;
    const list = document.createElement('publication-list') as PublicationList;
    provider.append(child, list);
    const loaded = oneEvent(provider, 'profile-load');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(provider);
    const event = await loaded;
    expect(event.detail.fallback).to.equal(true);
    await child.updateComplete;
    await list.updateComplete;
    expect(shadowText(child)).to.contain('Wuhui Chen (saved)');
    expect(savedCopy(child)!.textContent).to.contain('Nov 2, 2026');
    expect(savedCopy(list)!.textContent).to.contain('Nov 2, 2026');
    expect(net.count(SNAPSHOT)).to.equal(1);
  });

  it('the note is in the element language (zh-Hans)', async () => {
    net = fakeFetch({ [LIVE]: { status: 500, body: 'boom' }, [SNAPSHOT]: { body: snapshotProfile() } });
    const { el } = await card(`src="${LIVE}" fallback-src="${SNAPSHOT}" lang="zh-Hans"`);
    expect(savedCopy(el)!.textContent).to.contain('保存于');
    expect(savedCopy(el)!.textContent).to.contain('2026');
  });
});
