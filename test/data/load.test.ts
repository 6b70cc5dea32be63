import { expect } from '@open-wc/testing';
import { loadProfile, clearProfileCache, absoluteUrl } from '../../src/data/load.js';
import { ProfileLoadError } from '../../src/data/errors.js';
import { parseRetryAfter } from '../../src/data/http.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';
import { referenceProfile } from '../helpers/profiles.js';

const URL_A = 'https://data.example.org/a.json';

async function rejection(p: Promise<unknown>): Promise<Error & { status?: number }> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection');
}

describe('loadProfile', () => {
  let net: FakeFetch | undefined;
  afterEach(() => {
    net?.restore();
    net = undefined;
    clearProfileCache();
  });

  it('loads, validates and returns the profile with its absolute URL', async () => {
    net = fakeFetch({ [URL_A]: { body: referenceProfile() } });
    const r = await loadProfile(URL_A);
    expect(r.src).to.equal(URL_A);
    expect(r.profile.name).to.equal('Wuhui Chen');
    expect(r.profile.counts.collaborators).to.equal(4);
  });

  it('50 callers on one URL make exactly one request, and the cache serves later ones', async () => {
    net = fakeFetch({ [URL_A]: { body: referenceProfile(), delay: 30 } });
    const all = await Promise.all(Array.from({ length: 50 }, () => loadProfile(URL_A, { signal: new AbortController().signal })));
    expect(net.count(URL_A)).to.equal(1);
    expect(new Set(all.map((r) => r.profile)).size).to.equal(1);
    await loadProfile(URL_A);
    expect(net.count(URL_A)).to.equal(1);
  });

  it('keys the cache by absolute URL: relative and absolute spellings share one request', async () => {
    const abs = new URL('/profiles/x.json', document.baseURI).href;
    net = fakeFetch({ [abs]: { body: referenceProfile(), delay: 10 } });
    await Promise.all([loadProfile('/profiles/x.json'), loadProfile(abs)]);
    expect(net.count('/profiles/x.json')).to.equal(1);
  });

  it('does not cache failures: the next call asks again', async () => {
    net = fakeFetch({ [URL_A]: [{ status: 404 }, { body: referenceProfile() }] });
    const err = await rejection(loadProfile(URL_A, { format: 'profile' }));
    expect(err).to.be.instanceOf(ProfileLoadError);
    expect(err.status).to.equal(404);
    expect(err.message).to.equal('The profile was not found (HTTP 404).');
    const ok = await loadProfile(URL_A);
    expect(ok.profile.name).to.equal('Wuhui Chen');
    expect(net.count(URL_A)).to.equal(2);
  });

  it('retries twice on 5xx with backoff, then reports the status', async () => {
    net = fakeFetch({ [URL_A]: { status: 503 } });
    const err = await rejection(loadProfile(URL_A));
    expect(net.count(URL_A)).to.equal(3);
    expect(err.status).to.equal(503);
    expect(err.message).to.match(/could not provide the profile right now \(HTTP 503\)/);
  });

  it('recovers when a retry succeeds', async () => {
    // A failed fetch (no answer at all) is no longer retried (issue 13 item 4): two 5xx here.
    net = fakeFetch({ [URL_A]: [{ status: 502 }, { status: 500 }, { body: referenceProfile() }] });
    const r = await loadProfile(URL_A);
    expect(r.profile.id).to.equal('wuhui-chen');
    expect(net.count(URL_A)).to.equal(3);
  });

  it('honours Retry-After on 429', async () => {
    net = fakeFetch({ [URL_A]: [{ status: 429, headers: { 'retry-after': '1' } }, { body: referenceProfile() }] });
    const t0 = performance.now();
    await loadProfile(URL_A);
    expect(performance.now() - t0).to.be.greaterThan(900);
    expect(net.count(URL_A)).to.equal(2);
  });

  it('gives up when Retry-After asks for longer than it will wait', async () => {
    net = fakeFetch({ [URL_A]: { status: 429, headers: { 'retry-after': '3600' } } });
    const err = await rejection(loadProfile(URL_A));
    expect(err.status).to.equal(429);
    expect(net.count(URL_A)).to.equal(1);
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('2')).to.equal(2000);
    expect(parseRetryAfter(new Date(Date.now() + 5000).toUTCString(), Date.now())).to.be.within(3000, 5000);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    expect(parseRetryAfter(null)).to.equal(undefined);
  });

  it('times out with a clear message', async () => {
    net = fakeFetch({ [URL_A]: { body: referenceProfile(), delay: 2000 } });
    const err = await rejection(loadProfile(URL_A, { timeout: 50 }));
    expect(err.message).to.match(/took too long to load/);
  });

  it('says clearly when the body is not JSON, is HTML, or is empty', async () => {
    net = fakeFetch({ '/bad.json': { body: '{"version": 1, "na' }, '/page.json': { body: '<!doctype html><title>Login</title>' }, '/empty.json': { body: '' } });
    expect((await rejection(loadProfile('https://x.example/bad.json'))).message).to.equal('The profile is not valid JSON.');
    expect((await rejection(loadProfile('https://x.example/page.json'))).message).to.equal('The profile is not valid JSON (an HTML page came back instead).');
    expect((await rejection(loadProfile('https://x.example/empty.json'))).message).to.equal('The profile is empty.');
  });

  it('names the first validation problem by path', async () => {
    net = fakeFetch({ [URL_A]: { body: { version: 1, id: 'x', name: ['not', 'a', 'string'] } } });
    const err = await rejection(loadProfile(URL_A));
    expect(err.message).to.equal('The profile data is not in the expected format: name: expected a string.');
  });

  it('rejects non-web URLs without a request', async () => {
    net = fakeFetch({});
    const err = await rejection(loadProfile('javascript:alert(1)'));
    expect(err.message).to.match(/is not a web address/);
    expect(net.calls).to.have.length(0);
    expect(() => absoluteUrl('data:application/json,{}')).to.throw(ProfileLoadError);
  });

  it('aborts the request only when every caller has gone', async () => {
    let aborted = false;
    const original = window.fetch;
    window.fetch = ((_u: string, init: RequestInit) =>
      new Promise((_, reject) => {
        init.signal!.addEventListener('abort', () => {
          aborted = true;
          reject(new DOMException('aborted', 'AbortError'));
        });
      })) as typeof fetch;
    try {
      const a = new AbortController();
      const b = new AbortController();
      const pa = loadProfile(URL_A, { signal: a.signal });
      const pb = loadProfile(URL_A, { signal: b.signal });
      a.abort();
      expect((await rejection(pa)).name).to.equal('AbortError');
      await new Promise((r) => setTimeout(r, 10));
      expect(aborted, 'still one caller').to.equal(false);
      b.abort();
      expect((await rejection(pb)).name).to.equal('AbortError');
      expect(aborted, 'no caller left').to.equal(true);
    } finally {
      window.fetch = original;
    }
  });

  it('an aborted load is not cached: the next caller starts a fresh request', async () => {
    net = fakeFetch({ [URL_A]: { body: referenceProfile(), delay: 50 } });
    const c = new AbortController();
    const p = loadProfile(URL_A, { signal: c.signal });
    c.abort();
    await rejection(p);
    const r = await loadProfile(URL_A);
    expect(r.profile.name).to.equal('Wuhui Chen');
    expect(net.count(URL_A)).to.equal(2);
  });
});
