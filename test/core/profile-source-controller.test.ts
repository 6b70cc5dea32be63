/**
 * ProfileSourceController on its own, on a plain LitElement host: the shape a future group
 * provider (`<research-group>`) builds on. Its loader is called once however many elements show
 * the result, Retry in a child calls it once more, a `kind: 'group'` result reaches the
 * unchanged elements, and a source change aborts the load in flight.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { ContextProvider } from '@lit/context';
import { profileResultContext } from '../../src/core/context.js';
import { ProfileSourceController } from '../../src/core/profile-source-controller.js';
import { profileFromObject, type LoadedProfile } from '../../src/data/from-object.js';
import { ProfileLoadError } from '../../src/data/errors.js';
import type { LoadOptions } from '../../src/data/load.js';
import type { ProfileInput } from '../../src/data/schema.js';
import { PublicationList } from '../../src/elements/publication-list/publication-list.js';
import { ResearcherCard } from '../../src/elements/researcher-card/researcher-card.js';
import { referenceProfile } from '../helpers/profiles.js';

PublicationList.define();
ResearcherCard.define();

interface Group {
  name: string;
  members: ProfileInput[];
}

/** A toy "group as one profile": the members' works, merged. */
function groupProfile(group: Group): LoadedProfile {
  const works = group.members.flatMap((m) => m.works ?? []);
  return profileFromObject({ version: 1, id: 'group', name: group.name, works });
}

const calls: { src: string; signal?: AbortSignal }[] = [];
let failNext = 0;
let hold: Promise<void> | null = null;

async function loadGroup(src: string, opts: LoadOptions): Promise<LoadedProfile> {
  calls.push({ src, signal: opts.signal });
  if (hold) await hold;
  opts.signal?.throwIfAborted();
  if (failNext > 0) {
    failNext--;
    throw new ProfileLoadError('The group could not be loaded (HTTP 500).', { status: 500 });
  }
  const second = { ...referenceProfile(), id: 'b', works: [{ id: 'wb', type: 'article', year: 2022, title: 'A Second Member’s Work' }] };
  return { ...groupProfile({ name: `Group at ${src}`, members: [referenceProfile(), second] }), src };
}

class TestGroupProvider extends LitElement {
  static override properties = { src: {}, group: { attribute: false } };
  src: string | null = null;
  group: Group | null = null;
  readonly source = new ProfileSourceController(this, {
    provider: new ContextProvider(this, { context: profileResultContext }),
    kind: 'group',
    source: () => ({ src: this.src, profile: this.group }),
    load: loadGroup,
    fromValue: (value) => groupProfile(value as Group),
  });
  protected override render() {
    return litHtml`<slot></slot>`;
  }
}
customElements.define('test-group-provider', TestGroupProvider);

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('ProfileSourceController', () => {
  beforeEach(() => {
    calls.length = 0;
    failNext = 0;
    hold = null;
  });

  it('a group provider: one load for every element inside, a kind "group" result, the same profile object everywhere', async () => {
    const el = await fixture<TestGroupProvider>(html`<test-group-provider src="/lab.json">
      <publication-list></publication-list>
      <publication-list></publication-list>
      <researcher-card></researcher-card>
    </test-group-provider>`);
    const children = [...el.children] as (PublicationList | ResearcherCard)[];
    await waitUntil(() => el.source.result.status === 'complete');
    for (const c of children) {
      await c.loadComplete;
      await c.updateComplete;
    }
    expect(calls.map((c) => c.src)).to.deep.equal(['/lab.json']);
    expect(el.source.result.kind).to.equal('group');
    expect(text(children[0]!)).to.include('A Second Member’s Work').and.include('Training and Serving System');
    expect(text(children[2]!)).to.include('Group at /lab.json');
    for (const c of children) expect(c.loadedProfile).to.equal(el.source.result.profile);
  });

  it('Retry in any child calls the provider’s loader once more, and every child follows', async () => {
    failNext = 1;
    const el = await fixture<TestGroupProvider>(html`<test-group-provider src="/flaky-lab.json">
      <publication-list></publication-list>
      <researcher-card></researcher-card>
    </test-group-provider>`);
    const [list, card] = [...el.children] as [PublicationList, ResearcherCard];
    await waitUntil(() => el.source.result.status === 'error');
    await card.updateComplete;
    await list.updateComplete;
    expect(text(card)).to.include('The group could not be loaded (HTTP 500).');
    expect(calls).to.have.length(1);
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => el.source.result.status === 'complete');
    await list.updateComplete;
    await card.updateComplete;
    expect(calls).to.have.length(2);
    expect(text(list)).to.include('A Second Member’s Work');
    expect(text(card)).to.include('Group at /flaky-lab.json');
  });

  it('a group given as a value is shown in the first update, with no load', async () => {
    const el = document.createElement('test-group-provider') as TestGroupProvider;
    el.group = { name: 'Value Lab', members: [referenceProfile()] };
    const card = document.createElement('researcher-card');
    el.append(card);
    document.body.append(el);
    try {
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
      expect(text(card)).to.include('Value Lab');
      expect(calls).to.have.length(0);
    } finally {
      el.remove();
    }
  });

  it('a new src aborts the load in flight, and the old result never shows', async () => {
    let release!: () => void;
    hold = new Promise((r) => (release = r));
    const el = await fixture<TestGroupProvider>(html`<test-group-provider src="/old-lab.json"><researcher-card></researcher-card></test-group-provider>`);
    const card = el.querySelector('researcher-card')!;
    await waitUntil(() => calls.length === 1);
    el.src = '/new-lab.json';
    await el.updateComplete;
    expect(calls[0]!.signal!.aborted).to.equal(true);
    release();
    await waitUntil(() => el.source.result.status === 'complete');
    await card.updateComplete;
    expect(text(card)).to.include('Group at /new-lab.json');
    expect(text(card)).to.not.include('old-lab');
  });
});
