/**
 * ORCID has no batch endpoint: at most 4 requests to orcid.org hosts are in flight per page; the
 * rest wait their turn, and a caller that gives up while waiting leaves the queue. Other hosts
 * are not limited. Requests are counted on a stubbed fetch whose answers the test releases.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { fetchText } from '../../../src/data/http.js';
import { ORCID_IN_FLIGHT, slotState } from '../../../src/data/limiter.js';

/** A fetch that holds every request until the test answers it. */
function heldFetch() {
  const original = window.fetch;
  const held: { url: string; answer: () => void }[] = [];
  window.fetch = ((input: RequestInfo | URL) =>
    new Promise<Response>((resolve) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      held.push({ url, answer: () => resolve(new Response('{}', { headers: { 'content-type': 'application/json' } })) });
    })) as typeof fetch;
  return { held, restore: () => (window.fetch = original) };
}

describe('ORCID requests in flight', () => {
  let net: ReturnType<typeof heldFetch>;
  beforeEach(() => (net = heldFetch()));
  afterEach(() => net.restore());

  it('runs at most 4 ORCID requests at once; the others start as earlier ones finish', async () => {
    const ids = Array.from({ length: 7 }, (_, i) => `https://pub.orcid.org/v3.0/0000-0000-0000-000${i}/record`);
    const all = Promise.all(ids.map((u) => fetchText(u)));
    await waitUntil(() => net.held.length === ORCID_IN_FLIGHT, 'the first four requests start');
    expect(ORCID_IN_FLIGHT).to.equal(4);
    expect(slotState()).to.deep.equal({ running: 4, waiting: 3 });
    net.held[0]!.answer();
    await waitUntil(() => net.held.length === 5, 'a fifth starts when one finishes');
    expect(slotState().running).to.equal(4);
    for (let i = 1; i < 7; i++) {
      await waitUntil(() => net.held.length > i);
      net.held[i]!.answer();
    }
    const texts = await all;
    expect(texts).to.have.length(7);
    // In the order they were asked for.
    expect(net.held.map((h) => h.url)).to.deep.equal(ids);
    expect(slotState()).to.deep.equal({ running: 0, waiting: 0 });
  });

  it('takes an aborted request out of the queue without sending it', async () => {
    const ctrl = new AbortController();
    const first = Array.from({ length: 4 }, (_, i) => fetchText(`https://orcid.org/0000-0000-0000-100${i}`));
    const queued = fetchText('https://pub.orcid.org/v3.0/0000-0000-0000-2000/record', { signal: ctrl.signal });
    await waitUntil(() => net.held.length === 4);
    expect(slotState().waiting).to.equal(1);
    ctrl.abort();
    let name = '';
    await queued.catch((e) => (name = e.name));
    expect(name).to.equal('AbortError');
    expect(slotState().waiting).to.equal(0);
    net.held.forEach((h) => h.answer());
    await Promise.all(first);
    expect(net.held).to.have.length(4);
  });

  it('does not limit other hosts', async () => {
    const all = Promise.all(Array.from({ length: 8 }, (_, i) => fetchText(`https://api.openalex.org/authors/A${i}`)));
    await waitUntil(() => net.held.length === 8, 'all eight start at once');
    net.held.forEach((h) => h.answer());
    await all;
  });
});
