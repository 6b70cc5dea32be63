/**
 * A group's graph (issue 10): a `<collab-graph>` shown a `<research-group>`'s result draws the
 * members as the centres (kind `member`, in their own colour), linked by their joint works;
 * `mode` chooses members alone, + outside co-authors, or + works, topics and institutions. The
 * table view lists the members, their joint works and strongest outside collaborators. A small
 * group written for the project, and the recorded Bangor department (skipped when absent).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ResearchGroup } from '../../../src/elements/research-group/research-group.js';
import type { CollabGraph } from '../../../src/elements/collab-graph/collab-graph.js';
import type { ProfileInput } from '../../../src/data/schema.js';
import { clearProfileCache } from '../../../src/data/load.js';
import { clearBatchCache } from '../../../src/data/group/openalex-batch.js';
import type { FakeFetch } from '../../helpers/fake-fetch.js';
import { FAITHFULL, KUNCHEVA, MEARMAN, authorIds, loadDepartment, serveDepartment, type Department } from '../../helpers/bangor.js';
import { $, $$, built, button, canvas, frame, lab, mount, part, text } from './helpers.js';

ResearchGroup.define();

const JOINT = 'Flood Forecasting with Sparse Gauges';
function person(id: string, name: string, works: ProfileInput['works'], extra: Partial<ProfileInput> = {}): ProfileInput {
  return { version: 1, id, name, affiliation: { name: 'Example University' }, links: { profile: `https://example.org/people/${id}` }, works, ...extra };
}
/** Ada (lead) and Bo wrote one work together; each has one outside co-author; Cy wrote alone. */
const riverLab = () => ({
  version: 1,
  kind: 'group',
  id: 'river-lab',
  name: 'River Lab',
  members: [
    { src: 'https://example.org/cy.json', role: 'alumni', profile: person('cy', 'Cy Former', [{ id: 'c1', type: 'book', year: 2019, title: 'Rivers without Gauges', authors: [{ name: 'Cy Former', id: 'cy' }] }]) },
    {
      src: 'https://example.org/bo.json',
      role: 'PhD student',
      profile: person('bo', 'Bo Student', [
        { id: 'b1', type: 'article', year: 2024, title: JOINT, doi: '10.1000/joint', authors: [{ name: 'Ada Lead', id: 'ada' }, { name: 'Bo Student', id: 'bo' }] },
        { id: 'b2', type: 'article', year: 2023, title: 'Urban Floodplains in Growing Cities', authors: [{ name: 'Bo Student', id: 'bo' }, { name: 'Yan Elsewhere' }] },
      ]),
    },
    {
      src: 'https://example.org/ada.json',
      role: 'lead',
      profile: person(
        'ada',
        'Ada Lead',
        [
          { id: 'a1', type: 'article', year: 2024, title: JOINT, doi: '10.1000/joint', authors: [{ name: 'Ada Lead', id: 'ada' }, { name: 'Bo Student', id: 'bo' }], topics: ['t1'] },
          { id: 'a2', type: 'article', year: 2022, title: 'Satellite Rainfall over the Volta Basin', authors: [{ name: 'Ada Lead', id: 'ada' }, { name: 'Zed Outside' }], topics: ['t1'] },
        ],
        { topics: [{ id: 't1', name: 'Hydrology' }], institutions: [{ id: 'i1', name: 'Example University' }] },
      ),
    },
  ],
});

async function showGroup(value: unknown, attrs: { mode?: string; maxNodes?: number; theme?: string } = {}): Promise<CollabGraph> {
  const el = await fixture<ResearchGroup>(html`<research-group .group=${value}>
    <collab-graph mode=${attrs.mode ?? 'coauthors'} max-nodes=${attrs.maxNodes ?? 150} theme=${attrs.theme ?? 'light'} .reducedMotion=${true}></collab-graph>
  </research-group>`);
  return settled(el);
}

async function settled(el: ResearchGroup): Promise<CollabGraph> {
  await el.updateComplete;
  await el.loadComplete;
  const graph = el.querySelector<CollabGraph>('collab-graph')!;
  await waitUntil(() => graph.model, 'the graph is built', { timeout: 10000 });
  await graph.updateComplete;
  await built(graph);
  await waitUntil(() => !graph.isRunning, 'settled', { timeout: 10000 });
  return graph;
}

async function openTable(g: CollabGraph, label = 'Table'): Promise<void> {
  if ($(g, '[part~="table"]')) return;
  button(g, label)!.click();
  await g.updateComplete;
}

/** The node table's rows as [label, kind]. */
async function nodeRows(g: CollabGraph): Promise<string[][]> {
  await openTable(g);
  return $$(g, 'table.nodes-table tbody tr').map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td'))]);
}
const countKinds = (rows: string[][]) => rows.reduce<Record<string, number>>((c, [, k]) => ({ ...c, [k!]: (c[k!] ?? 0) + 1 }), {});

/** The members table as {member: [joint works, with members, outside collaborators]}. */
async function memberRows(g: CollabGraph): Promise<Record<string, string[]>> {
  await openTable(g);
  return Object.fromEntries($$(g, 'table.members-table tbody tr').map((tr) => [text(tr.querySelector('th')), [...tr.querySelectorAll('td')].map((td) => text(td))]));
}

const rgb = (css: string) => (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);

describe('<collab-graph> for a group', () => {
  afterEach(() => clearProfileCache());

  it('mode="members" shows the members alone; "coauthors" adds the outside co-authors; "full" adds works, topics and institutions', async () => {
    expect(countKinds(await nodeRows(await showGroup(riverLab(), { mode: 'members' })))).to.deep.equal({ member: 3 });
    const co = await showGroup(riverLab(), { mode: 'coauthors' });
    expect(countKinds(await nodeRows(co))).to.deep.equal({ member: 3, 'co-author': 2 });
    // The lead is the centre, listed first; members are not "the researcher".
    expect((await nodeRows(co))[0]).to.deep.equal(['Ada Lead', 'member']);
    expect(countKinds(await nodeRows(await showGroup(riverLab(), { mode: 'full' })))).to.deep.equal({ member: 3, 'co-author': 2, work: 4, topic: 1, institution: 1 });
  });

  it('the default mode for a group is coauthors, and max-nodes keeps the members first, then the co-authors with most joint works', async () => {
    const el = await fixture<ResearchGroup>(html`<research-group .group=${riverLab()}><collab-graph .reducedMotion=${true}></collab-graph></research-group>`);
    const g = await settled(el);
    expect(g.mode).to.equal('coauthors');
    expect(countKinds(await nodeRows(g))).to.deep.equal({ member: 3, 'co-author': 2 });
    const small = await showGroup(riverLab(), { maxNodes: 4 });
    expect(countKinds(await nodeRows(small))).to.deep.equal({ member: 3, 'co-author': 1 });
    expect(text(part(small, 'footer'))).to.contain('4 of 5 shown');
  });

  it('the table view lists each member, their joint works (with which members) and strongest outside collaborators', async () => {
    const g = await showGroup(riverLab());
    expect(await memberRows(g)).to.deep.equal({
      'Ada Lead': ['1', 'Bo Student (1)', 'Zed Outside (1)'],
      'Bo Student': ['1', 'Ada Lead (1)', 'Yan Elsewhere (1)'],
      'Cy Former': ['0', 'none', 'none'],
    });
    // The legend names the members with their count, and offers no toggle for them.
    expect(text(part(g, 'legend'))).to.contain('Members 3');
    expect($$(g, '[part~="legend-button"]').map(text)).to.deep.equal(['Co-authors 2']);
  });

  for (const theme of ['light', 'dark']) {
    it(`theme="${theme}": member nodes are painted in the member colour (not the researcher's), and it passes axe with the table open`, async () => {
      const g = await showGroup(riverLab(), { theme });
      await frame();
      const member = rgb(getComputedStyle($(g, '.probe .member')!).color);
      const researcher = rgb(getComputedStyle($(g, '.probe .researcher')!).color);
      expect(member).not.to.deep.equal(researcher);
      const c = canvas(g)!;
      const ctx = c.getContext('2d')!;
      const dpr = c.width / c.getBoundingClientRect().width;
      const members = g.model!.nodes.filter((n) => n.kind === 'member');
      expect(members).to.have.length(3);
      for (const n of members) {
        const [sx, sy] = g.screenPosition(n);
        const px = [...ctx.getImageData(Math.round(sx * dpr), Math.round(sy * dpr), 1, 1).data];
        expect(px[3], `${n.label} is painted`).to.equal(255);
        for (let i = 0; i < 3; i++) expect(Math.abs(px[i]! - member[i]!), `${n.label} in the member colour`).to.be.at.most(3);
      }
      await expect(g).to.be.accessible();
      await openTable(g);
      await expect(g).to.be.accessible();
    });
  }

  it('keyboard: Home goes to the lead and announces a member; arrows move to connected members; reduced motion draws it settled', async () => {
    const g = await showGroup(riverLab(), { mode: 'members' });
    expect(g.isRunning).to.equal(false);
    canvas(g)!.focus();
    await sendKeys({ press: 'Home' });
    await g.updateComplete;
    const live = () => text($(g, '[aria-live]'));
    expect(live()).to.equal('Ada Lead, member, 1 connection');
    const bo = g.model!.nodes.find((n) => n.label === 'Bo Student')!;
    const ada = g.model!.centre!;
    const [ax, ay] = g.screenPosition(ada);
    const [bx, by] = g.screenPosition(bo);
    const key = Math.abs(bx - ax) > Math.abs(by - ay) ? (bx > ax ? 'ArrowRight' : 'ArrowLeft') : by > ay ? 'ArrowDown' : 'ArrowUp';
    await sendKeys({ press: key });
    await g.updateComplete;
    expect(live()).to.equal('Bo Student, member, 1 connection');
  });

  it('lang="zh-Hans": the members table (a lazy part of the graph) is in Chinese, as the rest of the graph', async () => {
    const el = await fixture<ResearchGroup>(html`<research-group lang="zh-Hans" .group=${riverLab()}><collab-graph .reducedMotion=${true}></collab-graph></research-group>`);
    const g = await settled(el);
    await openTable(g, '表格');
    expect(text($(g, 'table.members-table caption'))).to.contain('3 名成员');
    expect($$(g, 'table.members-table thead th').map(text)).to.deep.equal(['成员', '合作成果', '合作成员（合作成果数）', '最主要的外部合作者（合作成果数）']);
    expect(text($(g, 'table.members-table tbody tr:last-child td:last-child'))).to.equal('无');
    expect(text(part(g, 'legend'))).to.contain('成员 3');
  });

  it('one researcher: mode="members" draws what "coauthors" draws (no member nodes)', async () => {
    const a = await mount(lab(), { mode: 'members' });
    const b = await mount(lab(), { mode: 'coauthors' });
    expect(a.model!.counts).to.deep.equal(b.model!.counts);
    expect(a.model!.counts.member).to.equal(0);
    expect(a.model!.group).to.equal(undefined);
  });
});

// ---- the recorded Bangor department -------------------------------------------------------------

const ROSTER_URL = 'https://cs.example.ac.uk/groups/bangor-graph.json';

describe('<collab-graph> for a recorded department (Bangor)', () => {
  let dept: Department;
  let works: Department['works'] = [];
  let fake: FakeFetch | undefined;

  before(async function () {
    dept = await loadDepartment(this);
    works = dept.works;
  });

  afterEach(() => {
    fake?.restore();
    fake = undefined;
    clearProfileCache();
    clearBatchCache();
  });

  /** The fake api.openalex.org (test/helpers/bangor.ts): author lookups and batched list calls from the recorded works. */
  function serve(): void {
    fake = serveDepartment(dept, ROSTER_URL);
  }

  it('members are the centres: Kuncheva and Faithfull linked by their 4 joint works; the table lists them and their strongest outside collaborators', async () => {
    serve();
    const el = await fixture<ResearchGroup>(html`<research-group src=${ROSTER_URL}><collab-graph .reducedMotion=${true}></collab-graph></research-group>`);
    const g = await settled(el);
    const names = new Map([[KUNCHEVA, 'Ludmila I. Kuncheva'], [MEARMAN, 'Joseph Mearman'], [FAITHFULL, 'Will Faithfull']]);
    const members = g.model!.nodes.filter((n) => n.kind === 'member');
    expect(members.map((n) => n.label)).to.deep.equal([...names.values()]);
    const link = g.model!.links.find((l) => l.source.kind === 'member' && l.target.kind === 'member')!;
    expect([link.source.label, link.target.label].sort()).to.deep.equal(['Ludmila I. Kuncheva', 'Will Faithfull']);
    expect(link.weight).to.equal(4);
    const rows = await memberRows(g);
    expect(rows['Ludmila I. Kuncheva']!.slice(0, 2)).to.deep.equal(['4', 'Will Faithfull (4)']);
    expect(rows['Will Faithfull']!.slice(0, 2)).to.deep.equal(['4', 'Ludmila I. Kuncheva (4)']);
    expect(rows['Joseph Mearman']!.slice(0, 2)).to.deep.equal(['0', 'none']);
    // Strongest outside collaborators, counted here from the recorded works (by OpenAlex id; the
    // preprint Mearman's list merges into its published version is counted once).
    for (const [id, name] of names) {
      const counts = new Map<string, number>();
      const mine = works.filter((w) => authorIds(w).includes(id) && !(w.type === 'preprint' && works.some((o) => o !== w && o.title === w.title)));
      for (const w of mine) for (const a of new Set(authorIds(w))) if (!names.has(a)) counts.set(a, (counts.get(a) ?? 0) + 1);
      const top = [...counts.values()].sort((a, b) => b - a).slice(0, 3);
      const shown = rows[name]![2]!;
      const listed = [...shown.matchAll(/\((\d+)\)/g)].map((m) => Number(m[1]));
      expect(listed, `${name}: ${shown}`).to.deep.equal(top);
    }
    await expect(g).to.be.accessible();
  });
});
