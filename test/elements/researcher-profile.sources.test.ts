/**
 * Issue 14, done when: an ORCID iD alone on `<researcher-profile>` shows the claimed researcher,
 * a co-author graph and a deduplicated list, in the real browser. OpenAlex and ORCID are faked at
 * the network layer (Jason Priem's recorded OpenAlex author and works from ../shared/fixtures, and
 * a small ORCID record written for the project); every request is counted. Also: the trust
 * badge's evidence and the source notes, the Cite panel's sources, `also` on a lone card, and
 * zero axe violations.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ResearcherProfile } from '../../src/elements/researcher-profile/researcher-profile.js';
import type { ResearcherCard } from '../../src/elements/researcher-card/researcher-card.js';
import type { CollabGraph } from '../../src/elements/collab-graph/collab-graph.js';
import type { PublicationList } from '../../src/elements/publication-list/publication-list.js';
import type { TrustBadge } from '../../src/elements/trust-badge/trust-badge.js';
import { clearProfileCache } from '../../src/data/load.js';
import { msg } from '../../src/core/i18n.js';
import type { FakeFetch } from '../helpers/fake-fetch.js';
import { countsOf, recordedPriem, serveApis, type Recorded } from '../data/sources/fake-apis.js';
import { ORCID_ONLY, PRIEM_ORCID } from '../data/sources/priem-orcid.js';

ResearcherProfile.define();

const inner = (el: ResearcherProfile) => ({
  card: el.shadowRoot!.querySelector<ResearcherCard>('researcher-card')!,
  graph: el.shadowRoot!.querySelector<CollabGraph>('collab-graph')!,
  list: el.shadowRoot!.querySelector<PublicationList>('publication-list')!,
});
const text = (el: Element | ShadowRoot | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function settle(el: ResearcherProfile): Promise<void> {
  await el.updateComplete;
  await el.loadComplete;
  for (const p of Object.values(inner(el))) {
    await p.updateComplete;
    await p.loadComplete;
    await p.updateComplete;
  }
  await el.updateComplete;
}

describe('<researcher-profile> from an ORCID iD alone (sources linked)', () => {
  let rec: Recorded;
  let net: FakeFetch | undefined;
  let warn: typeof console.warn;

  before(async function () {
    rec = await recordedPriem(this);
  });
  beforeEach(() => {
    warn = console.warn;
    console.warn = () => undefined; // the adapters' and the linker's warnings are asserted on the result
  });
  afterEach(() => {
    console.warn = warn;
    net?.restore();
    net = undefined;
    clearProfileCache();
  });

  it('shows the claimed researcher, a graph with co-author nodes and a deduplicated list; free lookups only', async () => {
    net = serveApis(rec);
    const el = await fixture<ResearcherProfile>(html`<researcher-profile src=${PRIEM_ORCID}></researcher-profile>`);
    await settle(el);
    const { card, graph, list } = inner(el);

    // The claimed researcher, with the identity from ORCID.
    expect(text(card.shadowRoot!.querySelector('[part~="name"]'))).to.equal('Jason Priem');
    const badge = card.shadowRoot!.querySelector<TrustBadge>('trust-badge')!;
    await badge.updateComplete;
    expect(text(badge.shadowRoot!.querySelector('[part~="claim-status"]'))).to.equal('Claimed');

    // The graph: the table view lists co-authors from OpenAlex.
    const tableButton = [...graph.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="actions"] button')].find((b) => text(b) === msg('en', 'table'))!;
    tableButton.click();
    await graph.updateComplete;
    const rows = [...graph.shadowRoot!.querySelectorAll('[part~="table"] tbody tr')];
    const coauthors = rows.filter((r) => text(r.querySelector('td')) === msg('en', 'kind.person'));
    expect(coauthors.length).to.be.greaterThan(5);
    expect(rows.some((r) => text(r.querySelector('th')) === 'Heather Piwowar')).to.equal(true);

    // The list: each work once (OpenAlex's own duplicates and ORCID's shared works merged).
    const expected = list.loadedProfile!.works.length;
    expect(text(list.shadowRoot!.querySelector('[part~="count"]'))).to.equal(msg('en', 'publicationCount', { count: expected }));
    const titles = list.loadedProfile!.works.map((w) => (w.title ?? '').toLowerCase().replace(/[^a-z0-9]/g, ''));
    expect(new Set(titles).size, 'no title twice').to.equal(titles.length);
    for (const t of ORCID_ONLY) expect(list.loadedProfile!.works.some((w) => w.title === t)).to.equal(true);

    // Requests: the ORCID record, one free OpenAlex lookup by iD, the one works page; nothing else.
    const c = countsOf(net);
    expect(c).to.deep.include({ orcid: 1, byOrcid: 1, byId: 0, works: 1, otherLists: 0 });
    await expect(el).to.be.accessible();
  });

  it('the trust badge lists each signal, its points and source, and the total', async () => {
    net = serveApis(rec);
    const el = await fixture<ResearcherProfile>(html`<researcher-profile src=${`https://orcid.org/${PRIEM_ORCID}`}></researcher-profile>`);
    await settle(el);
    const badge = inner(el).card.shadowRoot!.querySelector<TrustBadge>('trust-badge')!;
    // Opened as a visitor opens it; the evidence (a lazy chunk with its strings) then shows.
    badge.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    await waitUntil(() => badge.shadowRoot!.querySelector('[part~="evidence"]'), 'the evidence list shows');
    const items = [...badge.shadowRoot!.querySelectorAll('[part~="evidence-item"]')].map(text);
    expect(items).to.include('+50 ORCID record controlled by its owner (source: ORCID)');
    expect(items).to.include('+15 employment asserted by an organization (source: ORCID)');
    expect(items).to.include('+10 OpenAlex author record linked to that ORCID iD (source: OpenAlex)');
    const score = inner(el).card.loadedProfile!.trust!.score;
    expect(text(badge.shadowRoot!.querySelector('[part~="explanation"]'))).to.include(`Total: ${score} out of 100.`);
    await expect(badge).to.be.accessible();
  });

  it('a lookup that finds nothing: the ORCID record alone, and a discreet note in the badge explanation', async () => {
    net = serveApis(rec, { author: null });
    const el = await fixture<ResearcherProfile>(html`<researcher-profile src=${PRIEM_ORCID}></researcher-profile>`);
    await settle(el);
    const { card, list } = inner(el);
    expect(card.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(list.loadedProfile!.works).to.have.length(5);
    const badge = card.shadowRoot!.querySelector<TrustBadge>('trust-badge')!;
    const notes = () => badge.shadowRoot!.querySelector<HTMLElement>('[part~="source-notes"]');
    expect(notes()?.checkVisibility() ?? false, 'not shown until the explanation is opened').to.equal(false);
    badge.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    await waitUntil(() => notes()?.checkVisibility(), 'the notes show in the open explanation');
    expect(text(notes()!)).to.include(`No OpenAlex author has the ORCID iD ${PRIEM_ORCID}`);
    await expect(el).to.be.accessible();
  });

  it('link-sources="false" loads the ORCID record alone', async () => {
    net = serveApis(rec);
    const el = await fixture<ResearcherProfile>(html`<researcher-profile src=${PRIEM_ORCID} link-sources="false"></researcher-profile>`);
    await settle(el);
    expect(countsOf(net)).to.deep.include({ orcid: 1, byOrcid: 0, works: 0 });
    expect(inner(el).list.loadedProfile!.works).to.have.length(5);
  });

  it('the Cite panel says where a work came from', async () => {
    net = serveApis(rec);
    const el = await fixture<ResearcherProfile>(html`<researcher-profile src=${PRIEM_ORCID}></researcher-profile>`);
    await settle(el);
    const { list } = inner(el);
    // A work both sources have (found by DOI): its item, and its Cite button.
    const work = list.loadedProfile!.works.find((w) => w.doi === '10.7717/peerj.4375')!;
    const item = [...list.shadowRoot!.querySelectorAll('[part~="work"]')].find((li) => text(li.querySelector('[part~="work-title"]')).startsWith('The state of OA'))!;
    item.querySelector<HTMLButtonElement>('[part~="cite-toggle"]')!.click();
    await list.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    await list.updateComplete;
    const line = item.querySelector('[part~="work-sources"]');
    const names = (work.sources ?? []).map((s) => (s === `https://orcid.org/${PRIEM_ORCID}` ? 'ORCID' : s === 'https://openalex.org/A5023888391' ? 'OpenAlex' : s));
    expect(names).to.have.members(['ORCID', 'OpenAlex']);
    expect(text(line)).to.equal(`Found in: ${names.join(' · ')}`);
    await expect(list).to.be.accessible();
  });
});

describe('also on a lone element', () => {
  let rec: Recorded;
  let net: FakeFetch | undefined;
  before(async function () {
    rec = await recordedPriem(this);
  });
  afterEach(() => {
    net?.restore();
    net = undefined;
    clearProfileCache();
  });

  it('<researcher-card also="…"> merges the OpenAlex author into the ORCID record; a lone card links nothing by itself', async () => {
    await import('../../src/elements/researcher-card/researcher-card.define.js');
    net = serveApis(rec);
    const card = await fixture<ResearcherCard>(html`<researcher-card src=${PRIEM_ORCID} also="https://api.openalex.org/authors/A5023888391"></researcher-card>`);
    await card.updateComplete;
    await card.loadComplete;
    await card.updateComplete;
    expect(card.sources).to.deep.equal(['https://api.openalex.org/authors/A5023888391']);
    expect(card.loadedProfile!.name).to.equal('Jason Priem');
    expect(card.loadedProfile!.trust!.claimed).to.equal(true);
    expect(card.loadedProfile!.counts.citations).to.equal(rec.author.cited_by_count);
    expect(countsOf(net)).to.deep.include({ orcid: 1, byId: 1, byOrcid: 0 });

    clearProfileCache();
    const lone = await fixture<ResearcherCard>(html`<researcher-card src=${PRIEM_ORCID}></researcher-card>`);
    await lone.updateComplete;
    await lone.loadComplete;
    expect(countsOf(net).byOrcid, 'a lone card does not link').to.equal(0);
  });
});
