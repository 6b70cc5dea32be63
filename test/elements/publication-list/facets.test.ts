/**
 * A big list's first frame (issue 10 "Speed"): a screenful of its works (FIRST_FRAME_WORKS) and the
 * toolbar, whose type, year and member selects hold only "All …" (and a preset value) until that
 * frame is on screen; then the rest of the first page, the "Show more" footer and the options,
 * with their counts, fill in, in a task of their own, and the COinS spans for reference managers
 * are written. `updateComplete` waits for them. A list of up to FACETS_LATER works shows its options at once.
 */
import { expect, html, fixture } from '@open-wc/testing';
import { PublicationList } from '../../../src/elements/publication-list/publication-list.js';
import { FACETS_LATER, FIRST_FRAME_WORKS } from '../../../src/elements/publication-list/controls.js';
import { ResearchGroup } from '../../../src/elements/research-group/research-group.define.js';
import type { ProfileInput } from '../../../src/data/schema.js';

PublicationList.define();
ResearchGroup.define();

const TYPES = ['article', 'preprint', 'book'];

/** `works` works over 20 years and three types; co-written by the two members of a group when `group`. */
function works(n: number, prefix: string, ids: string[]): NonNullable<ProfileInput['works']> {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    type: TYPES[i % 3],
    year: 2000 + (i % 20),
    title: `Study ${prefix}${i} of river gauges`,
    authors: ids.map((id) => ({ name: `Person ${id}`, id })),
  }));
}

interface Frame {
  works: number;
  types: number;
  yearsFrom: number;
  members: number;
  selectedType: string;
  /** COinS spans written into the light DOM (for reference managers). */
  coins: number;
  /** The "Showing 50 of 1,200" footer's text, or '' without one. */
  footer: string;
  task: number;
}

/** What each render of `el` showed, and in which of the page's tasks (a message-channel clock). */
function record(el: PublicationList): { frames: Frame[]; stop: () => void } {
  const frames: Frame[] = [];
  let task = 0;
  let ticking = true;
  const ch = new MessageChannel();
  ch.port1.onmessage = () => {
    task++;
    if (ticking) ch.port2.postMessage(null);
  };
  ch.port2.postMessage(null);
  const updated = (el as unknown as { updated(c: Map<PropertyKey, unknown>): void }).updated.bind(el);
  (el as unknown as { updated(c: Map<PropertyKey, unknown>): void }).updated = (changed) => {
    updated(changed);
    const root = el.shadowRoot!;
    const n = root.querySelectorAll('[part~="work"]').length;
    if (!n) return;
    const options = (id: string) => root.querySelectorAll(`#${id} option`).length;
    frames.push({
      works: n,
      types: options('type'),
      yearsFrom: options('year-from'),
      members: options('member'),
      selectedType: root.querySelector<HTMLSelectElement>('#type')?.selectedOptions[0]?.textContent?.trim() ?? '',
      coins: el.querySelectorAll('.Z3988').length,
      footer: root.querySelector('[part~="footer"] p')?.textContent?.trim() ?? '',
      task,
    });
  };
  return { frames, stop: () => (ticking = false) };
}

describe('<publication-list>: a big list shows its works first, its filter options after', () => {
  it('a researcher\'s list: a screenful of works with "All …" selects, then the rest of the page and the options in a later task', async () => {
    const profile: ProfileInput = { version: 1, id: 'ada', name: 'Ada', works: works(FACETS_LATER + 200, 'w', ['ada']) };
    const el = document.createElement('publication-list') as PublicationList;
    const { frames, stop } = record(el);
    el.profile = profile;
    document.body.append(el);
    try {
      await el.updateComplete;
      stop();
      expect(frames[0], 'the first frame').to.deep.include({ works: FIRST_FRAME_WORKS, types: 1, yearsFrom: 1, members: 0, coins: 0, footer: '' });
      const last = frames[frames.length - 1]!;
      expect(last, 'once complete').to.deep.include({ works: 50, types: 1 + 3, yearsFrom: 1 + 20, footer: 'Showing 50 of 1,200' });
      const titles = [...el.shadowRoot!.querySelectorAll('[part~="work"] [part~="work-title"]')].map((t) => t.textContent!.trim());
      expect(titles.length, 'titles').to.equal(50);
      expect(new Set(titles).size, 'each work once').to.equal(50);
      expect(el.querySelectorAll('.Z3988'), 'the COinS of the works shown').to.have.length(50);
      expect(last.task, 'in a task after the first frame').to.be.greaterThan(frames[0]!.task);
      expect(el.shadowRoot!.querySelector('#type option[value="preprint"]')!.textContent).to.match(/Preprint \(400\)/);
    } finally {
      el.remove();
    }
  });

  it('a preset filter shows at once: the chosen type is the selected option of the first frame', async () => {
    const profile: ProfileInput = { version: 1, id: 'ada', name: 'Ada', works: works(FACETS_LATER + 200, 'w', ['ada']) };
    const el = document.createElement('publication-list') as PublicationList;
    el.setAttribute('type', 'preprint');
    const { frames, stop } = record(el);
    el.profile = profile;
    document.body.append(el);
    try {
      await el.updateComplete;
      stop();
      expect(frames[0]).to.deep.include({ works: FIRST_FRAME_WORKS, types: 2, selectedType: 'Preprint' });
      expect(frames[frames.length - 1]).to.deep.include({ works: 50 });
      expect(frames[frames.length - 1]).to.deep.include({ types: 4, selectedType: 'Preprint (400)' });
    } finally {
      el.remove();
    }
  });

  it("a group's list: the member select fills in with the other options", async () => {
    const member = (id: string, n: number): ProfileInput => ({ version: 1, id, name: `Person ${id}`, works: works(n, id, [id, id === 'A1' ? 'A2' : 'A1']) });
    const group = {
      version: 1,
      kind: 'group',
      id: 'lab',
      name: 'Lab',
      members: [
        { src: 'https://lab.example.org/A1.json', role: 'lead', profile: member('A1', 700) },
        { src: 'https://lab.example.org/A2.json', profile: member('A2', 700) },
      ],
    };
    const rg = document.createElement('research-group') as ResearchGroup;
    const el = document.createElement('publication-list') as PublicationList;
    const { frames, stop } = record(el);
    rg.append(el);
    rg.group = group;
    document.body.append(rg);
    try {
      await rg.loadComplete;
      await el.loadComplete;
      await el.updateComplete;
      stop();
      expect(frames[0], 'the first frame').to.deep.include({ works: FIRST_FRAME_WORKS, members: 1 });
      expect(frames[frames.length - 1], 'once complete').to.deep.include({ works: 50, members: 3 });
    } finally {
      rg.remove();
    }
  });

  it(`a list of ${FACETS_LATER} works shows its options in the first frame`, async () => {
    const profile: ProfileInput = { version: 1, id: 'ada', name: 'Ada', works: works(FACETS_LATER, 'w', ['ada']) };
    const el = await fixture<PublicationList>(html`<publication-list .profile=${profile}></publication-list>`);
    expect(el.shadowRoot!.querySelectorAll('#type option')).to.have.length(4);
    expect(el.shadowRoot!.querySelectorAll('#year-from option')).to.have.length(21);
  });
});
