/**
 * Bidirectional text from data: a name with a right-to-left override (U+202E) must not reverse
 * the names and words after it. Each user string that shares a line with others is isolated; the
 * visual checks measure where later words are drawn.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { PublicationList } from '../../src/elements/publication-list/publication-list.js';
import { ResearcherCard } from '../../src/elements/researcher-card/researcher-card.js';
import { TrustBadge } from '../../src/elements/trust-badge/trust-badge.js';
import { CollabGraph } from '../../src/elements/collab-graph/collab-graph.js';
import { closeBidi, isolate } from '../../src/core/bidi.js';
import type { ProfileInput } from '../../src/data/schema.js';
import { referenceProfile } from '../helpers/profiles.js';

PublicationList.define();
ResearcherCard.define();
TrustBadge.define();
CollabGraph.define();

const RLO = '\u202e';
const EVIL = `Eve${RLO}Mallory`;

/** The bounding box of the first occurrence of `needle` in the text under `root` (shadow roots included). */
function boxOf(root: Node, needle: string): DOMRect {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.textContent!.indexOf(needle);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + needle.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${needle}" is not in the text`);
}

function profile(): ProfileInput {
  const p = referenceProfile();
  p.works![0]!.authors = [{ name: 'Ann Lee' }, { name: EVIL }, { name: 'Bob Smith' }, { name: 'Carl Jones' }, { name: 'Wuhui Chen', id: 'wuhui-chen' }];
  p.works![0]!.venue = `Venue${RLO}X`;
  p.affiliation = { name: `Uni${RLO}versity` };
  p.trust = { score: 40, level: 1, label: `Label${RLO}Z` };
  return p;
}

describe('bidirectional text is isolated', () => {
  it('<publication-list>: each author name is isolated (FSI … PDI: the line stays a few text runs), and names after an override still read left to right', async () => {
    const el = await fixture<PublicationList>(html`<publication-list .profile=${profile()}></publication-list>`);
    await el.loadComplete;
    await el.updateComplete;
    const line = el.shadowRoot!.querySelector('[part~="work-authors"]')!;
    const isolated = [...line.textContent!.matchAll(/\u2068([^\u2068\u2069]*)\u2069/g)].map((m) => m[1]);
    expect(isolated).to.deep.equal(['Ann Lee', `${EVIL}\u202c`, 'Bob Smith', 'Carl Jones', 'Wuhui Chen']);
    expect(line.textContent!.replace(/\u2068[^\u2068\u2069]*\u2069/g, '').replace(/\s+/g, ' ').trim()).to.equal(', , , ,');
    expect(line.querySelector('[part~="self"]')!.textContent).to.equal('\u2068Wuhui Chen\u2069');
    // Visual order on the line: Bob before Carl, Carl before the researcher.
    const bob = boxOf(line, 'Bob Smith');
    const carl = boxOf(line, 'Carl Jones');
    const self = boxOf(line, 'Wuhui Chen');
    expect(bob.top).to.equal(carl.top);
    expect(bob.right).to.be.at.most(carl.left);
    if (self.top === carl.top) expect(carl.right).to.be.at.most(self.left);
    expect(el.shadowRoot!.querySelector('.venue bdi')!.textContent).to.equal(`Venue${RLO}X`);
  });

  it('<researcher-card>: the affiliation and name are isolated; the tag after the affiliation stays to its right', async () => {
    const p = profile();
    p.name = `Wuhui${RLO}Chen`;
    const el = await fixture<ResearcherCard>(html`<researcher-card .profile=${p}></researcher-card>`);
    await el.loadComplete;
    await el.updateComplete;
    const aff = el.shadowRoot!.querySelector('[part~="affiliation"] > bdi')!;
    expect(aff.textContent).to.equal(`Uni${RLO}versity`);
    expect(el.shadowRoot!.querySelector('[part~="name"] bdi')!.textContent).to.equal(p.name);
    const open = el.shadowRoot!.querySelector('[part~="open-tag"]')!.getBoundingClientRect();
    const affBox = aff.getBoundingClientRect();
    if (open.top < affBox.bottom && open.bottom > affBox.top) expect(open.left).to.be.at.least(affBox.right - 0.5);
  });

  it('<trust-badge>: the label is isolated', async () => {
    const el = await fixture<TrustBadge>(html`<trust-badge score="40" level="1" label=${`Label${RLO}Z`}></trust-badge>`);
    await el.updateComplete;
    const label = el.shadowRoot!.querySelector('[part~="label"]')!;
    expect(label.localName).to.equal('bdi');
    expect(label.textContent).to.equal(`Label${RLO}Z`);
  });

  it('<collab-graph> table: each node name is isolated, and the caption after the name reads left to right', async () => {
    const p = profile();
    p.name = `Wuhui${RLO}Chen`;
    const el = await fixture<CollabGraph>(html`<collab-graph .profile=${p} .reducedMotion=${true} mode="coauthors"></collab-graph>`);
    await el.loadComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="actions"] button[aria-pressed]'), 'the toolbar is rendered', { timeout: 10000 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="actions"] button[aria-pressed]')!.click();
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('tbody th')];
    expect(rows.length).to.be.above(2);
    for (const th of rows) expect(th.querySelector('bdi'), th.textContent!).to.not.equal(null);
    expect(rows.map((th) => th.querySelector('bdi')!.textContent)).to.include(EVIL);
    const caption = el.shadowRoot!.querySelector('caption')!;
    expect(boxOf(caption, 'as').right).to.be.at.most(boxOf(caption, 'table').left);
  });

  it('isolate wraps a string in FSI … PDI that nothing inside can end early', () => {
    expect(isolate('Mia Ek')).to.equal('\u2068Mia Ek\u2069');
    expect(isolate(`a\u2069${RLO}b`)).to.equal(`\u2068a${RLO}b\u202c\u2069`);
    expect(isolate('a\u2066b\u2069c\u2069')).to.equal('\u2068a\u2066b\u2069c\u2069');
  });

  it('closeBidi closes what a string opens and leaves ordinary text alone', () => {
    expect(closeBidi('Mia Ek')).to.equal('Mia Ek');
    expect(closeBidi(`a${RLO}b`)).to.equal(`a${RLO}b\u202c`);
    expect(closeBidi('a\u2067b\u202ec')).to.equal('a\u2067b\u202ec\u202c\u2069');
    expect(closeBidi('a\u2066b\u2069c')).to.equal('a\u2066b\u2069c');
  });
});
