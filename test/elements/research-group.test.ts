/**
 * <research-group> (issue 10): one roster, its members' cards by role, the merged publications
 * and the group's graph; a failed member never fails the group; with children it provides the
 * group to the elements inside. Rosters and member profiles written for the project, served by a
 * fake fetch.
 */
import { aTimeout, expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ResearchGroup } from '../../src/elements/research-group/research-group.js';
import type { ResearcherCard } from '../../src/elements/researcher-card/researcher-card.js';
import type { PublicationList } from '../../src/elements/publication-list/publication-list.js';
import type { CollabGraph } from '../../src/elements/collab-graph/collab-graph.js';
import { MemberErrorEvent, ProfileLoadEvent } from '../../src/core/events.js';
import { clearProfileCache } from '../../src/data/load.js';
import type { ProfileInput } from '../../src/data/schema.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';

ResearchGroup.define();

const JOINT = 'Flood Forecasting with Sparse Gauges';

function person(id: string, name: string, works: ProfileInput['works']): ProfileInput {
  return { version: 1, id, name, affiliation: { name: 'Example University' }, links: { profile: `https://example.org/people/${id}` }, works };
}
const ada = () =>
  person('ada', 'Ada Lead', [
    { id: 'a1', type: 'article', year: 2024, title: JOINT, doi: '10.1000/joint', authors: [{ name: 'Ada Lead', id: 'ada' }, { name: 'Bo Student', id: 'bo' }] },
    { id: 'a2', type: 'article', year: 2022, title: 'Satellite Rainfall over the Volta Basin', authors: [{ name: 'Ada Lead', id: 'ada' }, { name: 'Zed Outside' }] },
  ]);
const bo = () =>
  person('bo', 'Bo Student', [
    { id: 'b1', type: 'article', year: 2024, title: JOINT, doi: 'https://doi.org/10.1000/JOINT', authors: [{ name: 'Ada Lead', id: 'ada' }, { name: 'Bo Student', id: 'bo' }] },
    { id: 'b2', type: 'article', year: 2023, title: 'Urban Floodplains in Growing Cities', authors: [{ name: 'Bo Student', id: 'bo' }, { name: 'Yan Elsewhere' }] },
  ]);
const cy = () => person('cy', 'Cy Former', [{ id: 'c1', type: 'book', year: 2019, title: 'Rivers without Gauges', authors: [{ name: 'Cy Former', id: 'cy' }] }]);

const roster = (members: { src: string; role?: string; name?: string }[]) => ({
  version: 1,
  kind: 'group',
  id: 'river-lab',
  name: 'River Lab',
  headline: 'Hydrology where data is scarce',
  affiliation: { name: 'Example University', url: 'https://www.example.edu/' },
  links: { homepage: 'https://river.example.edu/' },
  members,
});
const MEMBERS = [
  { src: 'cy.json', role: 'alumni' },
  { src: 'bo.json', role: 'PhD student' },
  { src: 'gone.json', role: 'member', name: 'Gone Member' },
  { src: 'ada.json', role: 'lead' },
];

const sr = (el: Element | null | undefined) => el!.shadowRoot!;
const text = (el: Element | ShadowRoot | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const inner = (el: ResearchGroup) => ({
  cards: [...sr(el).querySelectorAll<ResearcherCard>('researcher-card')],
  list: sr(el).querySelector<PublicationList>('publication-list')!,
  graph: sr(el).querySelector<CollabGraph>('collab-graph')!,
});

/** Every element with a `style` attribute, in the light DOM and every shadow root below `root`. */
function styled(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const e of root.querySelectorAll('*')) {
    if (e.hasAttribute('style')) out.push(e);
    if (e.shadowRoot) out.push(...styled(e.shadowRoot));
  }
  return out;
}

async function settle(el: ResearchGroup): Promise<void> {
  await el.updateComplete; // the first update starts the load: only then is there one to wait for
  await el.loadComplete;
  await el.updateComplete;
  const { cards, list, graph } = inner(el);
  for (const c of cards) await c.updateComplete;
  await waitUntil(() => list && text(sr(list)).includes(JOINT), 'the merged list renders');
  await waitUntil(() => graph?.model, 'the graph is built');
}

describe('<research-group>', () => {
  let net: FakeFetch | undefined;
  const routes = () => ({
    '/lab/group.json': { body: roster(MEMBERS) },
    '/lab/ada.json': { body: ada() },
    '/lab/bo.json': { body: bo() },
    '/lab/cy.json': { body: cy() },
    '/lab/gone.json': { status: 404, body: 'not found' },
  });
  beforeEach(() => clearProfileCache());
  afterEach(() => {
    net?.restore();
    net = undefined;
  });

  it('a roster URL: the header counts, the members as compact cards by role, the merged list (a joint work once) and the graph', async () => {
    net = fakeFetch(routes());
    const el = fixtureSync<ResearchGroup>(html`<research-group src="/lab/group.json"></research-group>`);
    const loaded = await oneEvent(el, 'profile-load');
    expect(loaded).to.be.instanceOf(ProfileLoadEvent);
    await settle(el);
    const root = sr(el);
    expect(text(root.querySelector('[part~="name"]'))).to.equal('River Lab');
    expect(text(root.querySelector('[part~="affiliation"]'))).to.equal('Example University');
    // 4 members (one unavailable), 4 works (the joint one once), 2 outside collaborators.
    expect(text(root.querySelector('[part~="counts"]'))).to.equal('4 members 4 works 2 collaborators');
    // Leads first, then the roles in roster order, alumni last and labelled.
    const roles = [...root.querySelectorAll('[part~="role-heading"]')].map(text);
    expect(roles).to.deep.equal(['Leads', 'PhD student', 'Members', 'Alumni']);
    const { cards, list, graph } = inner(el);
    expect(cards.map((c) => c.variant)).to.deep.equal(['compact', 'compact', 'compact']);
    expect(cards.map((c) => text(sr(c).querySelector('[part~="name"]')))).to.deep.equal(['Ada Lead', 'Bo Student', 'Cy Former']);
    const listText = text(sr(list));
    expect(listText.split(JOINT)).to.have.length(2); // once
    for (const t of ['Satellite Rainfall over the Volta Basin', 'Urban Floodplains in Growing Cities', 'Rivers without Gauges']) expect(listText).to.include(t);
    // The group's graph: the members (the lead at the centre) and their outside co-authors; Ada
    // and Bo wrote the joint work together: a member–member link weighted by it.
    const g = graph.model!;
    expect(g.centre!.label).to.equal('Ada Lead');
    expect(g.nodes.filter((n) => n.kind === 'member').map((n) => n.label)).to.deep.equal(['Ada Lead', 'Bo Student', 'Cy Former']);
    expect(g.nodes.filter((n) => n.kind === 'person').map((n) => n.label).sort()).to.deep.equal(['Yan Elsewhere', 'Zed Outside']);
    const pair = g.links.find((l) => [l.source.label, l.target.label].sort().join('+') === 'Ada Lead+Bo Student');
    expect(pair?.weight).to.equal(el.loadedGroup!.links[0]!.works);
    expect(el.loadedGroup!.links).to.deep.equal([{ source: 'ada', target: 'bo', works: 1 }]);
    // One request per member and the roster; the elements inside load nothing.
    expect(net.count('group.json')).to.equal(1);
    for (const m of ['ada', 'bo', 'cy']) expect(net.count(`/lab/${m}.json`)).to.equal(1);
    expect(styled(el)).to.deep.equal([]);
  });

  it('put back after being removed mid-load, loads again and shows the group', async () => {
    const slow = { ...routes(), '/lab/ada.json': { body: ada(), delay: 200 } };
    net = fakeFetch(slow);
    const el = fixtureSync<ResearchGroup>(html`<research-group src="/lab/group.json"></research-group>`);
    await waitUntil(() => net!.count('/lab/ada.json') === 1, 'the members were never requested');
    const parent = el.parentElement!;
    el.remove();
    await aTimeout(0); // the abort settles while the group is out of the page
    parent.append(el);
    await waitUntil(() => text(sr(el).querySelector('[part~="name"]')) === 'River Lab', 'the group never loaded again after it was put back');
    await settle(el);
    expect(net.count('group.json')).to.equal(2);
    expect(inner(el).cards.map((c) => text(sr(c).querySelector('[part~="name"]')))).to.deep.equal(['Ada Lead', 'Bo Student', 'Cy Former']);
  });

  it('a member that fails: a member-error event, an "unavailable" entry with the reason, and the rest renders', async () => {
    net = fakeFetch(routes());
    const el = fixtureSync<ResearchGroup>(html`<research-group src="/lab/group.json"></research-group>`);
    const errors: MemberErrorEvent[] = [];
    const failed: Event[] = [];
    document.addEventListener('member-error', (e) => errors.push(e), { once: true });
    el.addEventListener('profile-error', (e) => failed.push(e));
    await settle(el);
    expect(errors).to.have.length(1);
    const e = errors[0]!;
    expect(e).to.be.instanceOf(MemberErrorEvent);
    expect(e.bubbles && e.composed).to.equal(true);
    expect(e.detail.src).to.equal(new URL('/lab/gone.json', location.href).href);
    expect(e.detail.member.name).to.equal('Gone Member');
    expect(e.detail.status).to.equal(404);
    expect(e.detail.message).to.be.a('string').and.not.equal('');
    expect(failed).to.have.length(0);
    const entry = sr(el).querySelector('[part~="member-unavailable"]')!;
    expect(text(entry.querySelector('[part~="member-name"]'))).to.equal('Gone Member');
    expect(text(entry.querySelector('[part~="member-reason"]'))).to.equal(`Unavailable: ${e.detail.message}`);
    expect(inner(el).cards).to.have.length(3);
  });

  it('a roster that cannot be loaded: profile-error, the message and Retry', async () => {
    net = fakeFetch({ '/lab/group.json': { status: 500, body: 'oops' } });
    const el = fixtureSync<ResearchGroup>(html`<research-group src="/lab/group.json"></research-group>`);
    const ev = await oneEvent(el, 'profile-error');
    expect(ev.detail.status).to.equal(500);
    await el.updateComplete;
    expect(sr(el).querySelector('[part="error"]')).to.not.equal(null);
    expect(sr(el).querySelector('[part="retry-button"]')!.localName).to.equal('button');
  });

  it('with children it provides the group: a list inside shows the merged works (one roster load), a card with its own src shows its member', async () => {
    net = fakeFetch(routes());
    const el = await fixture<ResearchGroup>(html`<research-group src="/lab/group.json">
      <publication-list></publication-list>
      <researcher-card src="/lab/cy.json"></researcher-card>
    </research-group>`);
    await el.loadComplete;
    const list = el.querySelector('publication-list')!;
    const card = el.querySelector('researcher-card')!;
    await waitUntil(() => text(sr(list)).includes(JOINT), 'the list shows the group');
    await card.loadComplete;
    await card.updateComplete;
    expect(el.layout).to.equal('provider');
    expect(sr(el).querySelector('slot')).to.not.equal(null);
    expect(text(sr(list)).split(JOINT)).to.have.length(2);
    expect(text(sr(list))).to.include('Rivers without Gauges');
    expect(text(sr(card))).to.include('Cy Former');
    expect(text(sr(card))).to.not.include('River Lab');
    expect(net.count('group.json')).to.equal(1);
    expect(el.loadedGroup!.counts.works).to.equal(4);
  });

  it('inline JSON (a roster whose members carry their profiles) renders with no request', async () => {
    net = fakeFetch({});
    const json = JSON.stringify(roster([{ src: 'ada.json', role: 'lead', profile: ada() }, { src: 'bo.json', profile: bo() }] as never));
    const wrap = document.createElement('div');
    const el = document.createElement('research-group');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
    wrap.append(el);
    document.body.append(wrap);
    try {
      await settle(el);
      expect(el.layout).to.equal('full');
      expect(inner(el).cards.map((c) => text(sr(c).querySelector('[part~="name"]')))).to.deep.equal(['Ada Lead', 'Bo Student']);
      expect(text(sr(inner(el).list)).split(JOINT)).to.have.length(2);
      expect(net.calls).to.deep.equal([]);
    } finally {
      wrap.remove();
    }
  });

  it('the group property (what loadGroup returns) renders with no request; a member given without a profile is unavailable', async () => {
    net = fakeFetch(routes());
    const { loadGroup } = await import('../../src/data/group/load.js');
    const value = await loadGroup(new URL('/lab/group.json', location.href).href);
    net.restore();
    net = fakeFetch({});
    const el = fixtureSync<ResearchGroup>(html`<research-group .group=${value}></research-group>`);
    const errors: MemberErrorEvent[] = [];
    el.addEventListener('member-error', (e) => errors.push(e));
    await settle(el);
    expect(inner(el).cards).to.have.length(3);
    expect(text(sr(el).querySelector('[part~="counts"]'))).to.equal('4 members 4 works 2 collaborators');
    expect(errors.map((e) => e.detail.member.name)).to.deep.equal(['Gone Member']);
    expect(net.calls).to.deep.equal([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`theme="${theme}": accessible, no style attributes`, async () => {
      net = fakeFetch(routes());
      const wrap = fixtureSync<HTMLDivElement>(html`<div><research-group theme=${theme} src="/lab/group.json"></research-group></div>`);
      const el = wrap.querySelector('research-group')!;
      await settle(el);
      expect(getComputedStyle(inner(el).list).colorScheme).to.equal(theme);
      expect(styled(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('keyboard: Tab reaches the homepage link, the member cards and the publication list', async () => {
    net = fakeFetch(routes());
    const wrap = await fixture<HTMLDivElement>(html`<div><button>before</button><research-group src="/lab/group.json"></research-group></div>`);
    const el = wrap.querySelector('research-group')!;
    await settle(el);
    wrap.querySelector('button')!.focus();
    const seen = new Set<Element>();
    const deepActive = () => {
      let a: Element | null = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a;
    };
    const hosts = () => {
      const out: string[] = [];
      let n: Node | null = deepActive();
      while (n) {
        const root: Node = n.getRootNode();
        if (root instanceof ShadowRoot) {
          out.push(root.host.localName);
          n = root.host;
        } else n = null;
      }
      return out;
    };
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await sendKeys({ press: 'Tab' });
      const a = deepActive();
      if (!a || seen.has(a) || !el.contains(document.activeElement)) break;
      seen.add(a);
      const h = hosts();
      if (a.getAttribute('part') === 'name-link' && h[0] === 'research-group') reached.add('homepage');
      if (h[0] === 'researcher-card') reached.add('card');
      if (h[0] === 'publication-list') reached.add('list');
    }
    expect([...reached].sort()).to.deep.equal(['card', 'homepage', 'list']);
  });
});
