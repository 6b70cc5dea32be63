/**
 * A group's <publication-list> (inside <research-group>, issue 10 "Merged publications"): every
 * member's name is marked in the author lists, a "member" filter joins the toolbar, and each work
 * says which members wrote it. A researcher's own list is unchanged (no member filter). The group
 * is a value whose members carry profiles written for this test: no request.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ResearchGroup } from '../../../src/elements/research-group/research-group.js';
import type { PublicationList } from '../../../src/elements/publication-list/publication-list.js';
import type { ProfileInput } from '../../../src/data/schema.js';

ResearchGroup.define();

const JOINT = 'Flood Forecasting with Sparse Gauges';
const ORCID = '0000-0002-1825-0097';

function person(id: string, name: string, works: ProfileInput['works'], orcid?: string): ProfileInput {
  return { version: 1, id, name, ...(orcid ? { orcid } : {}), affiliation: { name: 'Example University' }, works };
}
const ada = () =>
  person('ada', 'Ada Lovelace', [
    { id: 'a1', type: 'article', year: 2024, title: JOINT, doi: '10.1000/joint', authors: [{ name: 'Ada Lovelace', id: 'ada' }, { name: 'Bo Chen', id: 'bo' }] },
    { id: 'a2', type: 'article', year: 2022, title: 'Satellite Rainfall over the Volta Basin', authors: [{ name: 'Zed Outside' }, { name: 'Ada Lovelace', id: 'ada' }] },
    { id: 'a3', type: 'book', year: 2020, title: 'Hydrology for Engineers', authors: [{ name: 'Ada Lovelace', id: 'ada' }] },
    { id: 'a4', type: 'article', year: 2021, title: 'Gauges and Glaciers', authors: [{ name: 'Ada Lovelace', id: 'ada' }, { name: 'C. Wu', orcid: `https://orcid.org/${ORCID}` }] },
  ]);
const bo = () =>
  person('bo', 'Bo Chen', [
    { id: 'b1', type: 'article', year: 2024, title: JOINT, doi: 'https://doi.org/10.1000/JOINT', authors: [{ name: 'Ada Lovelace', id: 'ada' }, { name: 'Bo Chen', id: 'bo' }] },
    { id: 'b2', type: 'article', year: 2023, title: 'Urban Floodplains in Growing Cities', authors: [{ name: 'Bo Chen', id: 'bo' }, { name: 'Yan Elsewhere' }] },
    { id: 'b3', type: 'preprint', year: 2019, title: 'Rain Radar Calibration', authors: [{ name: 'Bo Chen', id: 'bo' }] },
  ]);
const cy = () => person('cy', 'Cy Wu', [{ id: 'c1', type: 'book', year: 2018, title: 'Rivers without Gauges', authors: [{ name: 'Cy Wu', id: 'cy' }] }], ORCID);

const group = () => ({
  version: 1,
  kind: 'group',
  id: 'river-lab',
  name: 'River Lab',
  members: [
    { src: 'bo.json', role: 'PhD student', profile: bo() },
    { src: 'ada.json', role: 'lead', profile: ada() },
    { src: 'cy.json', role: 'alumni', profile: cy() },
  ],
});

const sr = (el: Element) => el.shadowRoot!;
const text = (el: Element | ShadowRoot | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const works = (list: PublicationList) => [...sr(list).querySelectorAll('[part~="work"]')];
const titles = (list: PublicationList) => works(list).map((w) => text(w.querySelector('[part~="work-title"]')));
const work = (list: PublicationList, title: string) => works(list).find((w) => text(w.querySelector('[part~="work-title"]')) === title)!;
const marked = (w: Element) => [...w.querySelectorAll('mark[part~="member"]')].map((m) => text(m).replace(/[\u2066-\u2069]/g, ''));
const memberLine = (w: Element) => text(w.querySelector('[part~="work-members"]'));

async function mountGroup(theme?: 'light' | 'dark'): Promise<PublicationList> {
  const el = await fixture<ResearchGroup>(
    html`<research-group .group=${group()}><publication-list theme=${theme ?? 'auto'} debounce="0"></publication-list></research-group>`,
  );
  await el.updateComplete;
  await el.loadComplete;
  const list = el.querySelector('publication-list')!;
  await list.loadComplete;
  await list.updateComplete;
  return list;
}

describe('<publication-list> of a group: members', () => {
  it('marks every member in the author lists (bold and underlined, not colour alone)', async () => {
    const list = await mountGroup();
    expect(titles(list)).to.have.length(7); // the joint work once
    expect(marked(work(list, JOINT))).to.deep.equal(['Ada Lovelace', 'Bo Chen']);
    expect(marked(work(list, 'Satellite Rainfall over the Volta Basin'))).to.deep.equal(['Ada Lovelace']);
    // A member found by ORCID iD, under another spelling of the name.
    expect(marked(work(list, 'Gauges and Glaciers'))).to.deep.equal(['Ada Lovelace', 'C. Wu']);
    expect(text(work(list, 'Satellite Rainfall over the Volta Basin').querySelector('[part~="work-authors"]'))).to.include('Zed Outside');
    const mark = sr(list).querySelector('mark[part~="member"]')!;
    const style = getComputedStyle(mark);
    expect(Number(style.fontWeight)).to.be.at.least(700);
    expect(style.textDecorationLine).to.equal('underline');
    expect(sr(list).querySelector('[part~="self"]')).to.equal(null);
  });

  it('each work says which members wrote it', async () => {
    const list = await mountGroup();
    expect(memberLine(work(list, JOINT))).to.equal('Members: Ada Lovelace, Bo Chen');
    expect(memberLine(work(list, 'Gauges and Glaciers'))).to.equal('Members: Ada Lovelace, Cy Wu');
    expect(memberLine(work(list, 'Rivers without Gauges'))).to.equal('Members: Cy Wu');
  });

  it('the member filter narrows to one member, in the group order (lead first), and clears', async () => {
    const list = await mountGroup();
    const select = sr(list).querySelector<HTMLSelectElement>('select#member')!;
    expect(select, 'a member select').to.exist;
    expect(text(sr(list).querySelector('label[for="member"]'))).to.equal('Member');
    expect([...select.options].map((o) => text(o))).to.deep.equal(['All members', 'Ada Lovelace (4)', 'Bo Chen (3)', 'Cy Wu (2)']);
    select.value = 'bo';
    select.dispatchEvent(new Event('change'));
    await list.updateComplete;
    expect(list.member).to.equal('bo');
    expect(titles(list)).to.deep.equal([JOINT, 'Urban Floodplains in Growing Cities', 'Rain Radar Calibration']);
    expect(text(sr(list).querySelector('[part~="count"]'))).to.equal('3 of 7 shown');
    const clear = [...sr(list).querySelectorAll<HTMLButtonElement>('[part~="controls"] button')].find((b) => text(b) === 'Clear filters')!;
    clear.click();
    await list.updateComplete;
    expect(list.member).to.equal(null);
    expect(titles(list)).to.have.length(7);
    expect(sr(list).querySelector<HTMLSelectElement>('select#member')!.value).to.equal('');
  });

  it('the member attribute presets the filter', async () => {
    const list = await mountGroup();
    list.member = 'cy';
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Gauges and Glaciers', 'Rivers without Gauges']);
    expect(sr(list).querySelector<HTMLSelectElement>('select#member')!.value).to.equal('cy');
  });

  it('keyboard: the select is reached with Tab and changed with the arrow keys', async () => {
    const list = await mountGroup();
    const select = sr(list).querySelector<HTMLSelectElement>('select#member')!;
    const yearTo = sr(list).querySelector<HTMLSelectElement>('select#year-to')!;
    yearTo.focus();
    await sendKeys({ press: 'Tab' });
    expect(sr(list).activeElement).to.equal(select);
    await sendKeys({ press: 'ArrowDown' });
    await list.updateComplete;
    expect(list.member).to.equal('ada');
    expect(titles(list)).to.have.length(4);
    await sendKeys({ press: 'ArrowDown' });
    await list.updateComplete;
    expect(list.member).to.equal('bo');
    expect(titles(list)).to.have.length(3);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`theme="${theme}": accessible, with the member filter set`, async () => {
      const list = await mountGroup(theme);
      expect(getComputedStyle(list).colorScheme).to.equal(theme);
      await expect(list).to.be.accessible();
      list.member = 'ada';
      await list.updateComplete;
      await expect(list).to.be.accessible();
    });
  }

  it("a researcher's own list has no member filter, no member line, and emphasises the researcher as before", async () => {
    const list = await fixture<PublicationList>(html`<publication-list .profile=${ada()} controls="all"></publication-list>`);
    await list.loadComplete;
    await list.updateComplete;
    expect(works(list)).to.have.length(4);
    expect(sr(list).querySelector('select#member')).to.equal(null);
    expect(sr(list).querySelector('[part~="work-members"]')).to.equal(null);
    expect(sr(list).querySelector('mark')).to.equal(null);
    expect(text(sr(list).querySelector('strong[part~="self"]'))).to.include('Ada Lovelace');
  });
});
