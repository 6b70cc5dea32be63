/**
 * A partial load is visible (issue 13, item 10): the OpenAlex author loaded but their works page
 * failed (a 429). The loaded result carries the fact, and <publication-list> says the works could
 * not be loaded, why, and offers a Retry that loads again, instead of "No publications to show yet."
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/publication-list/publication-list.define.js';
import type { PublicationList } from '../../src/elements/publication-list/publication-list.js';
import { clearProfileCache, loadProfile } from '../../src/data/load.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';

const AUTHOR = 'https://api.openalex.org/authors/A999';
const author = { id: 'https://openalex.org/A999', display_name: 'Ada Example', works_count: 2 };
const worksPage = {
  meta: { count: 2, next_cursor: null },
  results: [
    { id: 'https://openalex.org/W1', title: 'First work', publication_year: 2021 },
    { id: 'https://openalex.org/W2', title: 'Second work', publication_year: 2020 },
  ],
};
const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('publication-list: works that could not be loaded', () => {
  let net: FakeFetch | undefined;
  let quiet: typeof console.warn;
  beforeEach(() => {
    quiet = console.warn;
    console.warn = () => {};
  });
  afterEach(() => {
    console.warn = quiet;
    net?.restore();
    net = undefined;
    clearProfileCache();
  });

  it('the loaded result carries a structured issue', async () => {
    net = fakeFetch({ [AUTHOR]: { body: author }, 'https://api.openalex.org/works': { status: 429 } });
    const r = await loadProfile(AUTHOR);
    expect(r.profile.counts.works).to.equal(2);
    expect(r.issues).to.have.length(1);
    expect(r.issues![0]).to.include({ part: 'works', status: 429, loaded: 0, total: 2 });
    expect(r.issues![0]!.message).to.match(/^OpenAlex did not send page 1 of the works of author A999 because the daily allowance/);
  });

  it('shows why and a Retry instead of "No publications to show yet.", and Retry loads them', async () => {
    let worksCalls = 0;
    net = fakeFetch({
      [AUTHOR]: { body: author },
      'https://api.openalex.org/works': () => (worksCalls++ === 0 ? { status: 429 } : { body: worksPage }),
    });
    const el = await fixture<PublicationList>(html`<publication-list src=${AUTHOR}></publication-list>`);
    await el.loadComplete;
    await el.updateComplete;
    const root = el.shadowRoot!;
    const notice = root.querySelector('[part="works-issue"]');
    expect(notice, 'the notice').to.exist;
    expect(text(notice)).to.contain('The publications could not be loaded.');
    expect(text(root.querySelector('[part="works-issue-reason"]'))).to.contain('OpenAlex did not send page 1 of the works of author A999');
    expect(text(root)).not.to.contain('No publications to show yet.');
    await expect(el).to.be.accessible();

    const loaded = oneEvent(el, 'profile-load');
    root.querySelector<HTMLButtonElement>('[part="works-issue"] [part="retry-button"]')!.click();
    await loaded;
    await waitUntil(() => root.querySelectorAll('.work').length === 2, 'Retry never showed the works');
    expect(root.querySelector('[part="works-issue"]')).to.equal(null);
    expect(net.count('https://api.openalex.org/works')).to.equal(2);
    expect(net.count(AUTHOR)).to.equal(2);
  });

  it('in Chinese too', async () => {
    net = fakeFetch({ [AUTHOR]: { body: author }, 'https://api.openalex.org/works': { status: 429 } });
    const el = await fixture<PublicationList>(html`<publication-list lang="zh-Hans" src=${AUTHOR}></publication-list>`);
    await el.loadComplete;
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part="works-issue"]'))).to.contain('无法加载发表成果。');
  });

  it('a later page failing: the works that loaded, and a notice saying how many', async () => {
    net = fakeFetch({
      [AUTHOR]: { body: author },
      'https://api.openalex.org/works': (_u, n) => (n === 0 ? { body: { meta: { count: 2, next_cursor: 'C2' }, results: [worksPage.results[0]] } } : { status: 503 }),
    });
    const el = await fixture<PublicationList>(html`<publication-list src=${AUTHOR}></publication-list>`);
    await el.loadComplete;
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('.work')).to.have.length(1);
    expect(text(root.querySelector('[part="works-issue"]'))).to.contain('Only 1 of 2 publications could be loaded.');
  });
});
