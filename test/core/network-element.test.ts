/**
 * What an element does on a hostile network (issue 13, item 2): a server that sends the headers
 * and part of the JSON and then stalls makes the element show a timeout error at `timeout`, and
 * removing the element cancels the body read.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ResearcherCard } from '../../src/elements/researcher-card/researcher-card.js';
import { clearProfileCache } from '../../src/data/load.js';

ResearcherCard.define();

function stallingFetch(): { calls: number; cancelled: Promise<void>; restore(): void } {
  const original = window.fetch;
  let onCancel!: () => void;
  const state = { calls: 0, cancelled: new Promise<void>((r) => (onCancel = r)), restore: () => (window.fetch = original) };
  window.fetch = (async () => {
    state.calls++;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"version": 1, "id": "stall", "name": "Half a'));
      },
      cancel() {
        onCancel();
      },
    });
    return new Response(body, { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return state;
}

describe('a body that stalls after the headers', () => {
  afterEach(() => clearProfileCache());

  it('the element shows a timeout error at `timeout`', async () => {
    const net = stallingFetch();
    try {
      const el = document.createElement('researcher-card') as ResearcherCard;
      el.setAttribute('timeout', '300');
      el.setAttribute('src', '/stall/a.json');
      const failed = oneEvent(el, 'profile-error');
      document.body.append(el);
      try {
        const e = await failed;
        expect(e.detail.message).to.equal('The profile took too long to load (over 0.3 s).');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('took too long to load');
        await net.cancelled;
        expect(net.calls).to.equal(1);
      } finally {
        el.remove();
      }
    } finally {
      net.restore();
    }
  });

  it('removing the element aborts the body read', async () => {
    const net = stallingFetch();
    try {
      const el = await fixture<ResearcherCard>(html`<researcher-card src="/stall/b.json" timeout="60000"></researcher-card>`);
      while (net.calls === 0) await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => setTimeout(r, 0));
      el.remove();
      await net.cancelled; // resolves only when the body read was cancelled
      expect(net.calls).to.equal(1);
    } finally {
      net.restore();
    }
  });
});

describe('a real server that stalls after the headers (test-server route)', () => {
  afterEach(() => clearProfileCache());

  it('the element times out at `timeout` on a real connection', async () => {
    const el = document.createElement('researcher-card') as ResearcherCard;
    el.setAttribute('timeout', '400');
    el.setAttribute('src', `/__net__/stall/${Math.random().toString(36).slice(2)}.json`);
    const failed = oneEvent(el, 'profile-error');
    document.body.append(el);
    try {
      const e = await failed;
      expect(e.detail.message).to.equal('The profile took too long to load (over 0.4 s).');
    } finally {
      el.remove();
    }
  });

  it('the headers and the partial body do arrive (the stall is in the body)', async () => {
    const ctrl = new AbortController();
    const res = await fetch('/__net__/stall/probe.json', { signal: ctrl.signal });
    expect(res.status).to.equal(200);
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).to.contain('"id": "stall"');
    ctrl.abort();
  });
});

describe('the api-key attribute', () => {
  afterEach(() => clearProfileCache());

  it('an element and a <researcher-profile> send it as api_key= on every OpenAlex request, and show no key', async () => {
    const { fakeFetch } = await import('../helpers/fake-fetch.js');
    const { ResearcherProfile } = await import('../../src/elements/researcher-profile/researcher-profile.js');
    ResearcherProfile.define();
    const net = fakeFetch({
      'https://api.openalex.org/authors/A999': { body: { id: 'https://openalex.org/A999', display_name: 'Ada Example', works_count: 0 } },
      'https://api.openalex.org/works': { body: { meta: { count: 0, next_cursor: null }, results: [] } },
    });
    try {
      const card = await fixture<ResearcherCard>(html`<researcher-card src="https://api.openalex.org/authors/A999" api-key="k-card-1"></researcher-card>`);
      await card.loadComplete;
      await card.updateComplete;
      expect(card.shadowRoot!.textContent).to.contain('Ada Example');
      expect(net.calls.length).to.be.greaterThan(0);
      for (const c of net.calls) expect(new URL(c).searchParams.get('api_key'), c).to.equal('k-card-1');
      expect(card.shadowRoot!.innerHTML).not.to.contain('k-card-1');

      clearProfileCache();
      net.calls.length = 0;
      const wrap = await fixture(html`<researcher-profile src="https://api.openalex.org/authors/A999" api-key="k-wrap-2"><researcher-card></researcher-card></researcher-profile>`);
      const inner = wrap.querySelector('researcher-card') as ResearcherCard;
      await inner.updateComplete;
      await inner.loadComplete;
      expect(net.calls.length).to.be.greaterThan(0);
      for (const c of net.calls) expect(new URL(c).searchParams.get('api_key'), c).to.equal('k-wrap-2');
    } finally {
      net.restore();
    }
  });
});
