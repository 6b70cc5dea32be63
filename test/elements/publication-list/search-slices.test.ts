/**
 * A big list searched before its word index is built (issue 13, item 7), or for a term the index
 * leaves to the keys: every key would be checked in one task, so the search runs in slices, the
 * last view stays until the new matches are there, and a newer query cancels an older one still
 * running. What the list shows must be exactly what `key.includes(term)` for every term shows.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { FILTER_STEP, filterSteps, prepare, sortedEntries, terms, type Entry, type Prepared } from '../../../src/elements/publication-list/model.js';
import { SLICED_SEARCH, ViewCache, type ViewHost } from '../../../src/elements/publication-list/view.js';
import { PublicationList } from '../../../src/elements/publication-list/publication-list.js';
import { SearchIndex } from '../../../src/elements/publication-list/search-index.js';
import { runNow } from '../../../src/data/slices.js';
import { validateProfile } from '../../../src/data/validate.js';
import type { Profile } from '../../../src/data/schema.js';
import { generateProfile } from '../../../demo/data/generate.js';

PublicationList.define();

const naive = (list: readonly Entry[], q: string) => list.filter((e) => terms(q).every((t) => e.key.includes(t)));

/** A profile over the sliced-search size, prepared at once: it has no word index (as in the seconds before one is built). */
function bigProfile(): Profile {
  const r = validateProfile(generateProfile({ works: SLICED_SEARCH + 1000, seed: 21 }));
  if (!r.ok) throw new Error('bad profile');
  prepare(r.profile);
  return r.profile;
}

/** What ViewCache reads of the element. */
function fakeHost(query: string) {
  const host = {
    query,
    member: null,
    type: null,
    yearFrom: null,
    yearTo: null,
    _sortMode: 'newest',
    _groupMode: 'none',
    _limit: Infinity,
    _types: [],
    _yearFrom: null,
    _yearTo: null,
    updates: 0,
    requestUpdate() {
      host.updates++;
    },
  };
  return host as typeof host & ViewHost;
}

describe('search in slices before the word index (item 7)', function () {
  this.timeout(60000);
  let profile: Profile;
  before(() => {
    profile = bigProfile();
  });

  it('filterSteps checks a bounded number of works per step and keeps what includes() keeps', () => {
    const all = sortedEntries(prepare(profile), 'newest');
    expect(prepare(profile).search, 'no word index').to.equal(undefined);
    for (const q of ['a', 'graph', 'ok e', 'zzzq']) {
      const steps = filterSteps(all, { query: q, types: [], yearFrom: null, yearTo: null });
      let yields = 0;
      let r = steps.next();
      for (; !r.done; r = steps.next()) yields++;
      expect(yields, 'steps').to.equal(Math.floor(all.length / FILTER_STEP));
      expect(r.value.map((e) => e.index), q).to.deep.equal(naive(all, q).map((e) => e.index));
    }
  });

  it('keeps the last view while searching, cancels a stale query, and ends with the matches of the last one', async () => {
    const p = prepare(profile);
    const all = sortedEntries(p, 'newest');
    const views = new ViewCache();
    const host = fakeHost('');
    const first = views.compute(host, p);
    expect(first.matched).to.equal(all.length);
    host.query = 'gr';
    expect(views.compute(host, p), 'the last view, while searching').to.equal(first);
    const stale = views.searching;
    expect(stale, 'a search in slices').to.not.equal(null);
    host.query = 'graph';
    expect(views.compute(host, p)).to.equal(first);
    const current = views.searching;
    expect(current).to.not.equal(stale);
    // Whichever finishes first, only the search for the last query updates the list.
    await Promise.all([stale, current]);
    expect(host.updates, 'updates: the cancelled search never updates the list').to.equal(1);
    expect(views.searching).to.equal(null);
    expect(views.compute(host, p).ordered.map((e) => e.index)).to.deep.equal(naive(all, 'graph').map((e) => e.index));
    // Typing back to the query on screen cancels the search started for another one.
    host.query = 'graphx';
    views.compute(host, p);
    const again = views.searching;
    host.query = 'graph';
    expect(views.compute(host, p).ordered.map((e) => e.index)).to.deep.equal(naive(all, 'graph').map((e) => e.index));
    await again;
    expect(host.updates).to.equal(1);
    expect(views.view!.ordered.map((e) => e.index)).to.deep.equal(naive(all, 'graph').map((e) => e.index));
  });

  it('with the word index: a term it answers is filtered at once, a term it leaves to the keys in slices', async () => {
    const p = prepare(bigProfile());
    p.search = runNow(SearchIndex.build(p.entries));
    const all = sortedEntries(p, 'newest');
    const views = new ViewCache();
    const host = fakeHost('');
    views.compute(host, p);
    // Ada Okafor is an author of every work: one word of the index, its works listed there.
    host.query = 'okafor';
    expect(p.search.covers(all, terms('okafor'))).to.equal(true);
    const byIndex = views.compute(host, p);
    expect(views.searching, 'answered at once').to.equal(null);
    expect(byIndex.ordered.map((e) => e.index)).to.deep.equal(naive(all, 'okafor').map((e) => e.index));
    // One letter is in nearly every word: the index leaves it to the keys, in slices.
    host.query = 'e';
    expect(p.search.covers(all, terms('e'))).to.equal(false);
    expect(views.compute(host, p)).to.equal(byIndex);
    expect(views.searching, 'searched in slices').to.not.equal(null);
    await views.searching;
    expect(host.updates).to.equal(1);
    expect(views.compute(host, p).ordered.map((e) => e.index)).to.deep.equal(naive(all, 'e').map((e) => e.index));
  });

  it('<publication-list>: says "Searching…", then shows exactly the works includes() matches', async () => {
    const el = await fixture<PublicationList>(html`<publication-list .profile=${profile} debounce="0" page-size="30"></publication-list>`);
    // A profile object this big is validated in slices, like a load: wait for it to settle.
    await el.updateComplete;
    await el.loadComplete;
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="count"]'), 'the list shows', { timeout: 30000 });
    // The works the element shows, prepared. A list it prepared itself builds its word index in
    // slices: wait for it and take it away, to be where a reader typing in the first seconds is.
    const prepared = () => (el as unknown as { _prepared: Prepared | null })._prepared;
    await waitUntil(() => prepared()?.profile === el.loadedProfile && prepared()!.search, 'the word index is built', { timeout: 30000 });
    const p = prepared()!;
    expect(p.entries).to.have.length(profile.works.length);
    p.search = undefined;
    const all = sortedEntries(p, 'newest');
    const count = () => el.shadowRoot!.querySelector('[part~="count"]')?.textContent?.trim() ?? '(no count)';
    const titles = () => [...el.shadowRoot!.querySelectorAll('[part~="work"] [part~="work-title"]')].map((n) => n.textContent!.trim());
    const counts: string[] = [];
    const updated = (el as unknown as { updated(c: Map<string, unknown>): void }).updated;
    (el as unknown as { updated(c: Map<string, unknown>): void }).updated = function (c) {
      counts.push(count());
      updated.call(this, c);
    };
    for (const q of ['g', 'zzzq', 'graph', 'ok', 'a e']) {
      counts.length = 0;
      el.query = q;
      await el.updateComplete;
      expect(prepared(), 'still the list without an index').to.equal(p);
      expect(p.search).to.equal(undefined);
      const expected = naive(all, q);
      expect(counts[0], `first update after "${q}": ${JSON.stringify(counts)}`).to.equal('Searching…');
      expect(count()).to.equal(`${expected.length.toLocaleString('en')} of ${all.length.toLocaleString('en')} shown`);
      expect(titles(), q).to.deep.equal(expected.slice(0, 30).map((e) => e.title || 'Untitled'));
    }
  });
});
