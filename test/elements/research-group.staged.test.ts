/**
 * A big group's page (issue 10 "Speed"): shown in steps, each rendered in a task of its own, so
 * that no single task lays out 60 cards, a graph and a list at once: first the header and the
 * publications (their sections for members and graph marked busy), then the members' cards, then
 * the graph. `updateComplete` waits for every step. Until its step, a section holds the room it
 * will take, so the steps do not move what is already shown (no layout shift), on a wide page and
 * on a phone. A small group's page is shown at once (see research-group.sliced.test.ts).
 */
import { expect } from '@open-wc/testing';
import { ResearchGroup } from '../../src/elements/research-group/research-group.define.js';
import type { ProfileInput } from '../../src/data/schema.js';

ResearchGroup.define();

/**
 * `members` members with 2 works each (the second shared with the next member): more than 12
 * members is big. With `badges`, every other member has a trust score (a card with a badge row).
 */
function wideGroup(members = 14, badges = false): Record<string, unknown> {
  const ids = Array.from({ length: members }, (_, i) => `A${200 + i}`);
  const profiles: ProfileInput[] = ids.map((id, i) => ({
    version: 1,
    id,
    name: `Member ${id}`,
    affiliation: { name: 'Example University' },
    ...(badges && i % 2 === 0 && { trust: { score: 70, label: 'Verified', level: 2, claimed: true } }),
    works: [
      { id: `W${1000 + i}`, title: `Own study ${i} of river gauges`, year: 2020, type: 'article', authors: [{ name: `Member ${id}`, id }] },
      { id: `W${2000 + i}`, title: `Joint study ${i} of floodplains`, year: 2021, type: 'article', authors: [{ name: `Member ${id}`, id }, { name: `Member ${ids[(i + 1) % members]}`, id: ids[(i + 1) % members] }] },
    ],
  }));
  return { version: 1, kind: 'group', id: 'wide-lab', name: 'Wide Lab', members: ids.map((id, i) => ({ src: `https://lab.example.org/${id}.json`, role: i === 0 ? 'lead' : 'member', profile: profiles[i] })) };
}

interface Step {
  heading: boolean;
  list: boolean;
  cards: number;
  graph: boolean;
  membersBusy: boolean;
  graphBusy: boolean;
  /** The task this render ran in (counted by a message-channel clock). */
  task: number;
}

describe('<research-group>: a big group page is shown in steps', () => {
  it('header and publications first, then the members, then the graph, each in a task of its own', async () => {
    // A task counter: each message-channel task after the group is set bumps it.
    let task = 0;
    let ticking = true;
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      task++;
      if (ticking) ch.port2.postMessage(null);
    };
    const el = document.createElement('research-group') as ResearchGroup;
    const steps: Step[] = [];
    const updated = (el as unknown as { updated(c: Map<PropertyKey, unknown>): void }).updated.bind(el);
    (el as unknown as { updated(c: Map<PropertyKey, unknown>): void }).updated = (changed) => {
      updated(changed);
      const root = el.shadowRoot!;
      if (!root.querySelector('[part="header"]')) return;
      const step = {
        heading: !!root.querySelector('[part="name"]')?.textContent?.includes('Wide Lab'),
        list: !!root.querySelector('publication-list'),
        cards: root.querySelectorAll('researcher-card').length,
        graph: !!root.querySelector('collab-graph'),
        membersBusy: root.querySelector('[part~="members-section"]')?.getAttribute('aria-busy') === 'true',
        graphBusy: root.querySelector('[part~="graph-section"]')?.getAttribute('aria-busy') === 'true',
        task,
      };
      // A render that shows the same as the last one (another property changed) is not a step.
      const last = steps[steps.length - 1];
      if (!last || JSON.stringify({ ...last, task: 0 }) !== JSON.stringify({ ...step, task: 0 })) steps.push(step);
    };
    el.group = wideGroup();
    document.body.append(el);
    ch.port2.postMessage(null);
    try {
      await el.updateComplete;
      ticking = false;
      expect(steps.map(({ task: _t, ...s }) => s)).to.deep.equal([
        { heading: true, list: true, cards: 0, graph: false, membersBusy: true, graphBusy: true },
        { heading: true, list: true, cards: 14, graph: false, membersBusy: false, graphBusy: true },
        { heading: true, list: true, cards: 14, graph: true, membersBusy: false, graphBusy: false },
      ]);
      expect(steps[1]!.task, 'the members in a later task').to.be.greaterThan(steps[0]!.task);
      expect(steps[2]!.task, 'the graph in a later task').to.be.greaterThan(steps[1]!.task);
      // Everything a reader relies on is there once updateComplete resolves.
      const list = el.shadowRoot!.querySelector('publication-list')!;
      await list.updateComplete;
      expect(list.shadowRoot!.querySelectorAll('[part~="work"]').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    } finally {
      ticking = false;
      el.remove();
    }
  });

  for (const [width, badges] of [[1000, false], [390, false], [1000, true], [390, true]] as const) {
    it(`the steps do not move the publications or the members (${width}px wide${badges ? ', cards with trust badges' : ''})`, async () => {
      const box = document.createElement('div');
      box.style.width = `${width}px`;
      const el = document.createElement('research-group') as ResearchGroup;
      const tops: { list: number; members: number; cards: number; graph: boolean }[] = [];
      const updated = (el as unknown as { updated(c: Map<PropertyKey, unknown>): void }).updated.bind(el);
      (el as unknown as { updated(c: Map<PropertyKey, unknown>): void }).updated = (changed) => {
        updated(changed);
        const root = el.shadowRoot!;
        const list = root.querySelector('publication-list');
        if (!list) return;
        const base = el.getBoundingClientRect().top;
        const role = root.querySelectorAll('[part~="role-group"]');
        tops.push({
          list: Math.round(list.getBoundingClientRect().top - base),
          // The bottom of the members' last role group: the cards' room.
          members: Math.round(role[role.length - 1]!.getBoundingClientRect().bottom - base),
          cards: root.querySelectorAll('researcher-card').length,
          graph: !!root.querySelector('collab-graph'),
        });
      };
      el.group = wideGroup(14, badges);
      box.append(el);
      document.body.append(box);
      try {
        await el.updateComplete;
        expect(tops.map((t) => [t.cards, t.graph]), 'the three steps').to.deep.include.members([
          [0, false],
          [14, false],
          [14, true],
        ]);
        // A member's room is a typical compact card's (6.25rem, 12rem with a badge): a card itself
        // may differ by a few pixels with the page's fonts and width. What the members' column
        // holds never moves the graph or the publications beside it; above them (a phone), by
        // those few pixels per card at most (a card's room left empty would move them by the
        // whole column: 14 × 100px or more).
        const first = tops[0]!;
        const slack = 3 * 14;
        for (const t of tops) {
          const at = `(step with ${t.cards} cards, graph ${t.graph})`;
          expect(Math.abs(t.list - first.list), `the publications' place ${at}`).to.be.at.most(width < 500 ? slack : 1);
          expect(Math.abs(t.members - first.members), `the members' room ${at}`).to.be.at.most(slack);
        }
        // On a phone the members come first: the publications are below their room, not over it.
        if (width < 500) expect(first.list, 'the publications below the members').to.be.greaterThan(first.members);
      } finally {
        box.remove();
      }
    });
  }
});
