/**
 * Hostile networks (issue 13, items 2, 3, 4 and 11): a body that stalls after the headers, a 429
 * whose Retry-After the page cannot read, a request that gets no answer at all, a cursor that
 * repeats, and error bodies that say what really happened. Requests are counted on a faked wire.
 */
import { expect } from '@open-wc/testing';
import { clearProfileCache, loadProfile } from '../../src/data/load.js';
import { ProfileLoadError } from '../../src/data/errors.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';
import { referenceProfile } from '../helpers/profiles.js';

const URL_A = 'https://data.example.org/a.json';
const AUTHOR = 'https://api.openalex.org/authors/A999';
const minimalAuthor = { id: 'https://openalex.org/A999', display_name: 'Ada Example', works_count: 4 };

async function rejection(p: Promise<unknown>): Promise<ProfileLoadError> {
  try {
    await p;
  } catch (err) {
    return err as ProfileLoadError;
  }
  throw new Error('expected a rejection');
}

/**
 * A `fetch` whose response sends its headers and the first part of the JSON, then stalls for
 * ever. `cancelled` resolves when the reader of the body cancels it (timeout or abort).
 */
function stallingFetch(): { calls: number; cancelled: Promise<void>; restore(): void } {
  const original = window.fetch;
  let onCancel!: () => void;
  const state = { calls: 0, cancelled: new Promise<void>((r) => (onCancel = r)), restore: () => (window.fetch = original) };
  window.fetch = (async () => {
    state.calls++;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"version": 1, "id": "x", "na'));
      },
      cancel() {
        onCancel();
      },
    });
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return state;
}

describe('HTTP: the whole response, not just the headers (item 2)', () => {
  afterEach(() => clearProfileCache());

  it('a body that stalls after the headers times out at `timeout`, once, and the body read is cancelled', async () => {
    const net = stallingFetch();
    try {
      const err = await rejection(loadProfile(URL_A, { timeout: 200 }));
      expect(err).to.be.instanceOf(ProfileLoadError);
      expect(err.message).to.equal('The profile took too long to load (over 0.2 s).');
      await net.cancelled;
      expect(net.calls).to.equal(1);
    } finally {
      net.restore();
    }
  });

  it('aborting the load (the element was removed) cancels the body read', async () => {
    const net = stallingFetch();
    try {
      const c = new AbortController();
      const p = loadProfile(URL_A, { signal: c.signal, timeout: 60_000 });
      // Wait until the headers are in and the body is being read, then abort.
      while (net.calls === 0) await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => setTimeout(r, 0));
      c.abort();
      expect((await rejection(p)).name).to.equal('AbortError');
      await net.cancelled;
    } finally {
      net.restore();
    }
  });

  it('a huge, zero, negative or NaN timeout never reaches setTimeout as such', async () => {
    const net = fakeFetch({ [URL_A]: { body: referenceProfile() } });
    try {
      for (const timeout of [1e12, 0, -5, NaN, Infinity]) {
        clearProfileCache();
        const r = await loadProfile(URL_A, { timeout });
        expect(r.profile.name, String(timeout)).to.equal('Wuhui Chen');
      }
      expect(net.count(URL_A)).to.equal(5);
    } finally {
      net.restore();
    }
  });
});

describe('HTTP: 429 and requests that get no answer (item 4)', () => {
  let net: FakeFetch | undefined;
  afterEach(() => {
    net?.restore();
    net = undefined;
    clearProfileCache();
  });

  it('a 429 without a readable Retry-After is a stop: one request, and the message says what is known', async () => {
    net = fakeFetch({ [URL_A]: { status: 429 } });
    const err = await rejection(loadProfile(URL_A));
    expect(net.count(URL_A)).to.equal(1);
    expect(err.status).to.equal(429);
    expect(err.message).to.equal('Too many requests for the profile (HTTP 429); the server did not say when to try again.');
  });

  it('a 429 from OpenAlex whose Retry-After: 3600 is hidden by CORS: one request, the spent allowance, not "a minute"', async () => {
    net = fakeFetch({ [AUTHOR]: { status: 429, body: '' } });
    const err = await rejection(loadProfile(AUTHOR));
    expect(net.count('api.openalex.org')).to.equal(1);
    expect(err.status).to.equal(429);
    expect(err.message).to.equal(
      'OpenAlex did not send author A999 because the daily allowance for requests without an API key is used up; try again tomorrow, or use an OpenAlex API key.',
    );
    expect(err.message).not.to.match(/minute/);
  });

  it('a readable long Retry-After from OpenAlex says when, in hours', async () => {
    net = fakeFetch({ [AUTHOR]: { status: 429, headers: { 'retry-after': '54000' } } });
    const err = await rejection(loadProfile(AUTHOR, { options: { apiKey: 'k-123456' } }));
    expect(net.count('api.openalex.org')).to.equal(1);
    expect(err.message).to.equal('OpenAlex did not send author A999 because the daily allowance of this API key is used up; try again in 15 h.');
  });

  it('a request that gets no answer (CORS, unreachable) is not retried, and says what to allow', async () => {
    net = fakeFetch({ [URL_A]: { networkError: true } });
    const err = await rejection(loadProfile(URL_A));
    expect(net.count(URL_A)).to.equal(1);
    expect(err.options.cause).to.equal('network');
    expect(err.message).to.equal(
      'The profile could not be loaded: no answer could be read from https://data.example.org (the server is unreachable, or it does not let other sites read its data: it must send Access-Control-Allow-Origin).',
    );
  });

  it('offline is told apart from a blocked request', async () => {
    net = fakeFetch({ [URL_A]: { networkError: true } });
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const err = await rejection(loadProfile(URL_A));
      expect(net.count(URL_A)).to.equal(1);
      expect(err.options.cause).to.equal('offline');
      expect(err.message).to.equal('The profile could not be loaded: this device is offline.');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
  });
});

describe('OpenAlex paging never runs on (item 3)', () => {
  let net: FakeFetch | undefined;
  afterEach(() => {
    net?.restore();
    net = undefined;
    clearProfileCache();
  });

  const work = (n: number) => ({ id: `https://openalex.org/W${n}`, title: `Work ${n}`, publication_year: 2020 });

  it('stops on a repeated cursor', async () => {
    let n = 0;
    net = fakeFetch({
      [AUTHOR]: { body: minimalAuthor },
      'https://api.openalex.org/works': () => ({ body: { meta: { count: 5000, next_cursor: 'SAME' }, results: [work(n++)] } }),
    });
    const r = await loadProfile(AUTHOR, { options: { maxWorks: 1000 } });
    // Page 1 (cursor *) gives SAME, page 2 (cursor SAME) gives SAME again: stop.
    expect(net.count('/works?')).to.equal(2);
    expect(r.profile.works).to.have.length(2);
  });

  it('stops on an empty page, and on a page of works already seen', async () => {
    let n = 0;
    net = fakeFetch({
      [AUTHOR]: { body: minimalAuthor },
      'https://api.openalex.org/works': () => ({ body: { meta: { count: 5000, next_cursor: `C${n++}` }, results: n > 2 ? [] : [work(n)] } }),
    });
    await loadProfile(AUTHOR, { options: { maxWorks: 1000 } });
    expect(net.count('/works?')).to.equal(3);

    clearProfileCache();
    net.restore();
    let m = 0;
    net = fakeFetch({
      [AUTHOR]: { body: minimalAuthor },
      'https://api.openalex.org/works': () => ({ body: { meta: { count: 5000, next_cursor: `D${m++}` }, results: [work(1)] } }),
    });
    const r = await loadProfile(AUTHOR, { options: { maxWorks: 1000 } });
    expect(net.count('/works?')).to.equal(2);
    expect(r.profile.works).to.have.length(1);
  });

  it('stops at max-works, and after max-works / 25 pages whatever the server says', async () => {
    let n = 0;
    net = fakeFetch({
      [AUTHOR]: { body: minimalAuthor },
      'https://api.openalex.org/works': () => ({ body: { meta: { count: 5000, next_cursor: `C${n}` }, results: [work(n++)] } }),
    });
    const r = await loadProfile(AUTHOR, { options: { maxWorks: 100 } });
    expect(net.count('/works?')).to.equal(5);
    expect(r.profile.works).to.have.length(5);

    clearProfileCache();
    net.restore();
    let m = 0;
    net = fakeFetch({
      [AUTHOR]: { body: minimalAuthor },
      'https://api.openalex.org/works': () => ({
        body: { meta: { count: 5000, next_cursor: `E${m}` }, results: Array.from({ length: 30 }, () => work(m++)) },
      }),
    });
    const r2 = await loadProfile(AUTHOR, { options: { maxWorks: 50 } });
    expect(r2.profile.works).to.have.length(50);
    expect(net.count('/works?')).to.equal(2);
  });
});

describe('Messages name the real cause (item 11)', () => {
  let net: FakeFetch | undefined;
  afterEach(() => {
    net?.restore();
    net = undefined;
    clearProfileCache();
  });

  it('an ORCID XML body is called XML, not an HTML page', async () => {
    const id = '0000-0002-1825-0097';
    const xml = '<?xml version="1.0" encoding="UTF-8"?>\n<record:record xmlns:record="http://www.orcid.org/ns/record"><common:title>x</common:title></record:record>';
    net = fakeFetch({ [`https://pub.orcid.org/v3.0/${id}/record`]: { body: xml, headers: { 'content-type': 'application/xml' } } });
    const err = await rejection(loadProfile(`https://orcid.org/${id}`));
    expect(err.message).to.match(/is not valid JSON \(an XML document came back instead\)\.$/);
    expect(err.message).not.to.match(/HTML/);
  });

  it('an OpenAlex 401 about API keys says so, not "is not public"', async () => {
    net = fakeFetch({ [AUTHOR]: { status: 401, body: { error: 'Unauthorized', message: 'API key required. Get a free key at openalex.org/settings/api.' } } });
    const err = await rejection(loadProfile(AUTHOR));
    expect(err.status).to.equal(401);
    expect(err.message).to.equal(
      'OpenAlex asks for an API key before it sends author A999 (HTTP 401) (OpenAlex said: "API key required. Get a free key at openalex.org/settings/api.").',
    );
    expect(err.message).not.to.match(/not public/);
  });

  it('an OpenAlex 403 for a bad key says the key was refused, and never repeats the key', async () => {
    const key = 'secret-KEY-42abc';
    net = fakeFetch({ [AUTHOR]: { status: 403, body: { error: 'Forbidden', message: `Invalid api_key=${key} (key ${key} is not valid)` } } });
    const err = await rejection(loadProfile(AUTHOR, { options: { apiKey: key } }));
    expect(err.message).to.match(/^OpenAlex did not accept the API key, so it did not send author A999 \(HTTP 403\)/);
    expect(err.message).not.to.contain(key);
    expect(JSON.stringify(err.options)).not.to.contain(key);
    expect(new URL(net.calls[0]!).searchParams.get('api_key')).to.equal(key);
  });

  it('a 200 with {"error", "message"} surfaces the server\'s message, not "has no OpenAlex id"', async () => {
    net = fakeFetch({ [AUTHOR]: { body: { error: 'Invalid query parameters error.', message: 'author id A999 is malformed' } } });
    const err = await rejection(loadProfile(AUTHOR));
    expect(err.message).to.equal('OpenAlex answered with an error instead of author A999: "author id A999 is malformed".');
  });

  it('a 200 error body about the budget is the spent allowance', async () => {
    net = fakeFetch({ [AUTHOR]: { body: { error: 'Rate limit exceeded', message: 'Daily budget of $0.01 exhausted. Use an API key.' } } });
    const err = await rejection(loadProfile(AUTHOR));
    expect(err.message).to.match(/^OpenAlex did not send author A999 because the daily allowance for requests without an API key is used up/);
    expect(err.message).to.contain('Daily budget of $0.01 exhausted');
  });

  it('a generic server message is quoted for other sources', async () => {
    net = fakeFetch({ [URL_A]: { status: 403, body: { message: 'Hotlinking is not allowed' } } });
    const err = await rejection(loadProfile(URL_A));
    expect(err.message).to.equal('The server refused access to the profile (HTTP 403): "Hotlinking is not allowed"');
  });
});

describe('OpenAlex API key (issue 11)', () => {
  let net: FakeFetch | undefined;
  afterEach(() => {
    net?.restore();
    net = undefined;
    clearProfileCache();
  });

  it('is sent as api_key= on every request, author and works pages', async () => {
    net = fakeFetch({
      [AUTHOR]: { body: minimalAuthor },
      'https://api.openalex.org/works': { body: { meta: { count: 1, next_cursor: null }, results: [{ id: 'https://openalex.org/W1', title: 'One' }] } },
    });
    const r = await loadProfile(AUTHOR, { options: { apiKey: 'abc-123' } });
    expect(net.calls).to.have.length(2);
    for (const c of net.calls) expect(new URL(c).searchParams.get('api_key'), c).to.equal('abc-123');
    expect(JSON.stringify(r)).not.to.contain('abc-123');
  });

  it('is not sent when absent', async () => {
    net = fakeFetch({ [AUTHOR]: { body: minimalAuthor } });
    await loadProfile(AUTHOR, { options: { maxWorks: 0 } });
    expect(new URL(net.calls[0]!).searchParams.has('api_key')).to.equal(false);
  });
});
