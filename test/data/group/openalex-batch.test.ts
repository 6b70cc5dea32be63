/**
 * The batching loader for OpenAlex works, on a small fake API written for the project: ids asked
 * for in one tick share calls (at most 100 per filter), each author's works stop at maxWorks,
 * results are kept for the page, and aborts stop only what nobody waits for. Calls are counted.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { MAX_IDS_PER_CALL, PAGE_SIZE, clearBatchCache, openAlexWorksBatched } from '../../../src/data/group/openalex-batch.js';
import { fakeFetch, type FakeFetch, type FakeRoute } from '../../helpers/fake-fetch.js';

/** Author i wrote works W{i}01…W{i}{n}; every third work also has author 1 as co-author. */
function api(worksPer = 3, opts: { hold?: (url: string, call: number) => boolean } = {}) {
  return (url: string, call: number): FakeRoute => {
    const q = new URL(url).searchParams;
    const ids = (/^author\.id:(.+)$/.exec(q.get('filter') ?? '')?.[1] ?? '').split('|');
    const all = ids.flatMap((id) =>
      Array.from({ length: worksPer }, (_, k) => ({
        id: `https://openalex.org/W${id.slice(1)}0${k}`,
        title: `Work ${k} of ${id}`,
        authorships: [{ author: { id: `https://openalex.org/${id}`, display_name: id } }, ...(k % 3 === 0 && id !== 'A1' ? [{ author: { id: 'https://openalex.org/A1', display_name: 'A1' } }] : [])],
      })),
    );
    const per = Number(q.get('per_page'));
    const start = q.get('cursor') === '*' ? 0 : Number(q.get('cursor'));
    // A held request never answers by itself (only an abort ends it).
    return { delay: opts.hold?.(url, call) ? 2 ** 30 : 0, body: { meta: { count: all.length, next_cursor: start + per < all.length ? String(start + per) : null }, results: all.slice(start, start + per) } };
  };
}

describe('openAlexWorksBatched', () => {
  let fake: FakeFetch | undefined;
  afterEach(() => {
    fake?.restore();
    fake = undefined;
    clearBatchCache();
  });

  it(`asks for the works of ${MAX_IDS_PER_CALL + 20} authors in 2 list calls (at most ${MAX_IDS_PER_CALL} ids a filter)`, async () => {
    fake = fakeFetch({ 'https://api.openalex.org/works?': api(1) });
    const ids = Array.from({ length: MAX_IDS_PER_CALL + 20 }, (_, i) => `A${i + 2}`);
    const all = await Promise.all(ids.map((id) => openAlexWorksBatched(id)));
    expect(fake.calls).to.have.length(2);
    const sizes = fake.calls.map((c) => new URL(c).searchParams.get('filter')!.split('|').length).sort((a, b) => b - a);
    expect(sizes).to.deep.equal([MAX_IDS_PER_CALL, 20]);
    expect(all.every((r) => r.works.length === 1 && !r.issue)).to.equal(true);
  });

  it('gives a work to every requested author among its authorships', async () => {
    fake = fakeFetch({ 'https://api.openalex.org/works?': api(3) });
    const [a1, a2, a3] = await Promise.all(['A1', 'A2', 'A3'].map((id) => openAlexWorksBatched(id)));
    expect(fake.calls).to.have.length(1);
    expect(a2!.works).to.have.length(3);
    expect(a3!.works).to.have.length(3);
    // A1's own three, and the first work of A2 and of A3 (co-written with A1).
    expect(a1!.works).to.have.length(5);
  });

  it('keeps the works for the page: asking again makes no call', async () => {
    fake = fakeFetch({ 'https://api.openalex.org/works?': api(2) });
    await openAlexWorksBatched('A7');
    const again = await openAlexWorksBatched('A7');
    expect(again.works).to.have.length(2);
    expect(fake.calls).to.have.length(1);
  });

  it('stops paging when every author has maxWorks works', async () => {
    fake = fakeFetch({ 'https://api.openalex.org/works?': api(400) });
    const r = await openAlexWorksBatched('A5', { maxWorks: 250 });
    expect(r.works).to.have.length(250);
    expect(fake.calls).to.have.length(Math.ceil(250 / PAGE_SIZE)); // no page past the 250th work
  });

  it('stays within OpenAlex\'s documented caps: at most 100 works a page and 100 ids a filter', async () => {
    fake = fakeFetch({ 'https://api.openalex.org/works?': api(150) });
    const ids = Array.from({ length: 130 }, (_, i) => `A${i + 2}`);
    await Promise.all(ids.map((id) => openAlexWorksBatched(id, { maxWorks: 150 })));
    const q = fake.calls.map((c) => new URL(c).searchParams);
    expect(Math.max(...q.map((p) => Number(p.get('per_page'))))).to.equal(100);
    expect(Math.max(...q.map((p) => p.get('filter')!.split('|').length))).to.equal(100);
  });

  it('an abort by one caller leaves the others their works; the call stops when nobody waits', async () => {
    let heldOnce = false;
    const hold = (url: string) => url.includes('author.id:A9&') && !heldOnce && (heldOnce = true);
    fake = fakeFetch({ 'https://api.openalex.org/works?': api(2, { hold }) });
    const gone = new AbortController();
    const a = openAlexWorksBatched('A8', { signal: gone.signal });
    const b = openAlexWorksBatched('A8');
    gone.abort();
    let name = '';
    await a.catch((e) => (name = e.name));
    expect(name).to.equal('AbortError');
    expect((await b).works).to.have.length(2);

    const solo = new AbortController();
    const c = openAlexWorksBatched('A9', { signal: solo.signal });
    await waitUntil(() => fake!.calls.some((u) => u.includes('author.id:A9&')), 'the call for A9 is on the wire');
    const sent = fake.calls.length;
    solo.abort();
    await c.catch(() => undefined);
    // Nobody waits: the request is aborted and its author is not kept.
    const d = openAlexWorksBatched('A9');
    expect((await d).works).to.have.length(2);
    expect(fake.calls.length).to.equal(sent + 1);
  });

  it('refuses what is not an OpenAlex author id', async () => {
    let message = '';
    await openAlexWorksBatched('0000-0002-1825-0097').catch((e) => (message = e.message));
    expect(message).to.contain('is not an OpenAlex author id');
  });
});
