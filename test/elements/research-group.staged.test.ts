/**
 * A big group's page (issue 10 "Speed"): shown in steps, each rendered in a task of its own, so
 * that no single task lays out 60 cards, a graph and a list at once: first the header and the
 * publications (their sections for members and graph marked busy), then the members' cards, then
 * the graph. `updateComplete` waits for every step. A small group's page is shown at once (see
 * research-group.sliced.test.ts).
 */
import { expect } from '@open-wc/testing';
import { ResearchGroup } from '../../src/elements/research-group/research-group.define.js';
import type { ProfileInput } from '../../src/data/schema.js';

ResearchGroup.define();

/** `members` members with 2 works each (the second shared with the next member): more than 12 members is big. */
function wideGroup(members = 14): Record<string, unknown> {
  const ids = Array.from({ length: members }, (_, i) => `A${200 + i}`);
  const profiles: ProfileInput[] = ids.map((id, i) => ({
    version: 1,
    id,
    name: `Member ${id}`,
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
});
