/**
 * A big group given as a value (issue 10 "Speed", and never freezing the host page): it is read in
 * slices through the load task (the loading state shows meanwhile), gives the same group as the
 * synchronous reading, and stops when the element is removed. A
 * small group value still renders in the first update, with no loading state. Groups generated
 * here (members with works shared by DOI, by id and by title), no request.
 */
import { expect } from '@open-wc/testing';
// The define module, as cdn/research-group.js: the group code is there from the start.
import { ResearchGroup } from '../../src/elements/research-group/research-group.define.js';
import { groupFromValue, groupFromValueAsync } from '../../src/elements/research-group/group-profile.js';
import { groupNeedsSlicing, LARGE_GROUP_WORKS } from '../../src/elements/research-group/group-code.js';
import { groupOf } from '../../src/data/group/derived.js';
import { isAbort } from '../../src/data/errors.js';
import { ProfileLoadEvent } from '../../src/core/events.js';
import type { ProfileInput } from '../../src/data/schema.js';
import { fakeFetch } from '../helpers/fake-fetch.js';
import { groupValue, recordFrames } from './research-group.helpers.js';

/** A group of `members` members with `perMember` works each; every 10th work is shared with the next member. */
function bigGroup(members = 12, perMember = 100): Record<string, unknown> {
  const ids = Array.from({ length: members }, (_, i) => `A${100 + i}`);
  const profiles: ProfileInput[] = ids.map((id, i) => ({
    version: 1,
    id,
    name: `Member ${id}`,
    works: Array.from({ length: perMember }, (_, w) => {
      const shared = w % 10 === 0;
      const owner = shared ? ids[(i + members - 1) % members]! : id;
      const n = shared ? w : i * perMember + w;
      const form = (n / 10) % 3;
      return {
        id: shared && form === 1 ? `bib:${id}:${w}` : `W${n + 1}-${owner}`.replace(/-.*/, '') + (shared ? '' : `0${i}`),
        title: `${shared && form === 2 ? 'STUDY' : 'Study'} number ${n} of river gauges${shared && form === 2 ? '.' : ''}`,
        year: 2000 + (n % 20),
        type: 'article',
        doi: shared && form !== 2 ? `10.1000/w.${n}` : null,
        authors: [
          { name: `Member ${owner}`, id: owner },
          { name: `Member ${id}`, id },
          { name: `Outside Person${n % 40}`, id: `A9${n % 40}` },
        ],
      };
    }),
  }));
  return {
    version: 1,
    kind: 'group',
    id: 'big-lab',
    name: 'Big Lab',
    members: ids.map((id, i) => ({ src: `https://lab.example.org/${id}.json`, role: i === 0 ? 'lead' : 'member', profile: profiles[i] })),
  };
}

const sr = (el: Element) => el.shadowRoot!;

describe('<research-group>: a big group value is read in slices', () => {
  it('the generated group is big enough to be sliced, a small one is not', () => {
    expect(groupNeedsSlicing(bigGroup())).to.equal(true);
    expect(LARGE_GROUP_WORKS).to.be.lessThan(12 * 100);
    expect(groupNeedsSlicing(groupValue() as object)).to.equal(false);
  });

  it('groupFromValueAsync gives the same group as groupFromValue', async () => {
    const sync = groupFromValue(bigGroup());
    const sliced = await groupFromValueAsync(bigGroup());
    expect(sliced.profile.works.length).to.be.greaterThan(1000);
    expect(sliced.profile.works.length).to.be.lessThan(1200); // the shared works once
    expect(sliced.profile).to.deep.equal(sync.profile);
    expect(sliced.warnings).to.deep.equal(sync.warnings);
    const [a, b] = [groupOf(sliced.profile)!, groupOf(sync.profile)!];
    expect(a.links).to.deep.equal(b.links);
    expect(a.coauthors).to.deep.equal(b.coauthors);
    expect(a.links.length).to.be.greaterThan(0);
  });

  it('groupFromValueAsync stops with an AbortError when its signal aborts', async () => {
    const controller = new AbortController();
    const run = groupFromValueAsync(bigGroup(), controller.signal);
    controller.abort();
    const err = await run.then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAbort(err), String(err)).to.equal(true);
  });

  it('in the element: the loading state, then the same group as the synchronous reading, with no request', async () => {
    const net = fakeFetch({});
    const el = document.createElement('research-group') as ResearchGroup;
    const frames = recordFrames(el);
    const loads: ProfileLoadEvent[] = [];
    el.addEventListener('profile-load', (e) => e.composedPath()[0] === el && loads.push(e));
    el.group = bigGroup();
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(frames[0], 'the first frame').to.include({ loading: true, busy: true, cards: 0 });
      await el.loadComplete;
      await el.updateComplete;
      const group = el.loadedGroup!;
      const expected = groupOf(groupFromValue(bigGroup()).profile)!;
      expect(group.works).to.deep.equal(expected.works);
      expect(group.links).to.deep.equal(expected.links);
      expect(group.coauthors).to.deep.equal(expected.coauthors);
      expect(sr(el).querySelector('[part="loading"]')).to.equal(null);
      expect(sr(el).querySelectorAll('researcher-card')).to.have.length(12);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(loads).to.have.length(1);
      expect(net.calls).to.deep.equal([]);
    } finally {
      el.remove();
      net.restore();
    }
  });

  it('inline JSON with a big group is read in slices too', async () => {
    const el = document.createElement('research-group') as ResearchGroup;
    const frames = recordFrames(el);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(bigGroup());
    el.append(script);
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(frames[0], 'the first frame').to.include({ loading: true });
      await el.loadComplete;
      await el.updateComplete;
      expect(el.loadedGroup!.works).to.deep.equal(groupOf(groupFromValue(bigGroup()).profile)!.works);
    } finally {
      el.remove();
    }
  });

  it('removing the element stops the reading: its task settles aborted, with no group and no profile-load', async () => {
    const el = document.createElement('research-group') as ResearchGroup;
    const loads: ProfileLoadEvent[] = [];
    el.addEventListener('profile-load', (e) => e.composedPath()[0] === el && loads.push(e));
    el.group = bigGroup();
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.hasAttribute('aria-busy'), 'reading').to.equal(true);
      const settled = el.loadComplete;
      el.remove();
      await settled; // the reading stops at its next slice and its task settles, aborted
      await el.updateComplete;
      expect(loads, 'no group announced after removal').to.have.length(0);
      expect(el.loadedGroup).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('a small group value renders in the first update, with no loading state', async () => {
    const el = document.createElement('research-group') as ResearchGroup;
    const frames = recordFrames(el);
    el.group = groupValue();
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(frames.length).to.be.greaterThan(0);
      expect(frames.every((f) => !f.loading && !f.busy), JSON.stringify(frames)).to.equal(true);
      expect(frames[0]!.cards).to.equal(2);
      expect(el.loadedGroup!.works).to.have.length(2);
    } finally {
      el.remove();
    }
  });
});
