/**
 * A roster member's `fallbackSrc` (issue 10): a saved copy of that member's profile, loaded only
 * when the member's `src` fails, with the semantics of an element's `fallback-src` (the copy is
 * requested only then; when it fails too, the member is unavailable with `src`'s reason). The
 * failing member is faked on the wire; the rest of the group is untouched.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ResearchGroup } from '../../src/elements/research-group/research-group.js';
import type { PublicationList } from '../../src/elements/publication-list/publication-list.js';
import { clearProfileCache } from '../../src/data/load.js';
import { loadGroup, loadGroupRoster } from '../../src/data/group/load.js';
import { validateGroup } from '../../src/data/group/validate.js';
import type { ProfileInput } from '../../src/data/schema.js';
import { fakeFetch, type FakeFetch, type FakeRoute } from '../helpers/fake-fetch.js';

ResearchGroup.define();

const person = (id: string, name: string, title: string, extra: Partial<ProfileInput> = {}): ProfileInput => ({
  version: 1,
  id,
  name,
  works: [{ id: `${id}-w1`, type: 'article', year: 2024, title, authors: [{ name, id }] }],
  ...extra,
});
const roster = {
  version: 1,
  kind: 'group',
  id: 'saved-lab',
  name: 'Saved Lab',
  members: [
    { src: 'ada.json', role: 'lead' },
    { src: 'bo-live.json', fallbackSrc: 'snapshots/bo.json' },
  ],
};
const sr = (el: Element) => el.shadowRoot!;
const text = (el: Element | ShadowRoot | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('roster members with fallbackSrc', () => {
  let net: FakeFetch | undefined;
  const routes = (bo: FakeRoute, copy: FakeRoute = { body: person('bo', 'Bo Saved', 'Tides from the Saved Copy', { retrieved: '2026-11-02' }) }) => ({
    '/saved/group.json': { body: roster },
    '/saved/ada.json': { body: person('ada', 'Ada Lead', 'Estuaries Live') },
    '/saved/bo-live.json': bo,
    '/saved/snapshots/bo.json': copy,
  });
  beforeEach(() => clearProfileCache());
  afterEach(() => {
    net?.restore();
    net = undefined;
  });

  it('validation resolves fallbackSrc against the roster and drops one that is not an http(s) address, with a warning', () => {
    const r = validateGroup({ ...roster, members: [...roster.members, { src: 'cy.json', fallbackSrc: 'javascript:alert(1)' }] }, { base: 'https://lab.example.org/saved/group.json' });
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.group.members[1]!.fallbackSrc).to.equal('https://lab.example.org/saved/snapshots/bo.json');
    expect(r.group.members[2]).to.not.have.property('fallbackSrc');
    expect(r.warnings).to.deep.equal(['members[2].fallbackSrc: "javascript:alert(1)" is not an http(s) address (field dropped)']);
  });

  it('a member whose src fails is shown from its saved copy, with a "Saved copy from" note; no member-error', async () => {
    net = fakeFetch(routes({ status: 404, body: 'gone' }));
    const errors: Event[] = [];
    const el = await fixture<ResearchGroup>(html`<research-group src="/saved/group.json" @member-error=${(e: Event) => errors.push(e)}></research-group>`);
    await el.updateComplete;
    await el.loadComplete;
    await el.updateComplete;
    const g = el.loadedGroup!;
    const bo = g.members.find((m) => m.entry.src.endsWith('bo-live.json'))!;
    expect([bo.available, bo.fallback, bo.retrieved, bo.name]).to.deep.equal([true, true, '2026-11-02', 'Bo Saved']);
    expect(g.members.find((m) => m.id === 'ada')!.fallback).to.equal(undefined);
    expect(errors).to.have.length(0);
    const notes = [...sr(el).querySelectorAll('[part~="member-saved-copy"]')].map(text);
    expect(notes).to.deep.equal(['Saved copy from Nov 2, 2026: the live source could not be reached.']);
    const list = sr(el).querySelector<PublicationList>('publication-list')!;
    await waitUntil(() => text(sr(list)).includes('Tides from the Saved Copy'), 'the saved copy\'s works are in the merged list');
    expect(text(sr(list))).to.include('Estuaries Live');
    expect(net.count('/saved/bo-live.json')).to.equal(1);
    expect(net.count('/saved/snapshots/bo.json')).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('the saved copy is not requested while src answers', async () => {
    net = fakeFetch(routes({ body: person('bo', 'Bo Live', 'Tides Live') }));
    const g = await loadGroup(await loadGroupRoster('/saved/group.json'));
    expect(g.members.map((m) => [m.name, m.fallback ?? false])).to.deep.equal([
      ['Ada Lead', false],
      ['Bo Live', false],
    ]);
    expect(net.count('/saved/snapshots/bo.json')).to.equal(0);
  });

  it('when the saved copy fails too, the member is unavailable with the reason src failed for', async () => {
    net = fakeFetch(routes({ status: 404, body: 'gone' }, { status: 404, body: 'no copy either' }));
    const g = await loadGroup(await loadGroupRoster('/saved/group.json'));
    const bo = g.members.find((m) => !m.available)!;
    expect(bo.error!.status).to.equal(404);
    expect(bo.fallback).to.equal(undefined);
    expect(net.count('/saved/snapshots/bo.json')).to.equal(1);
  });
});
