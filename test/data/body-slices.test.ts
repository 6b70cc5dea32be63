/**
 * A big body is read in slices (issue 13, item 7): chunks already received are decoded a slice at
 * a time, and the page gets the main thread back between slices — a task queued when the read
 * starts runs before the body is finished, and an abort between slices stops the read.
 */
import { expect } from '@open-wc/testing';
import { fetchText } from '../../src/data/http.js';

const URL_BIG = 'https://data.example.org/big.json';
const CHUNKS = 1000;
/** Each chunk ends half-way through "é" (0xC3 0xA9) and the next one finishes it: the decoder must carry bytes over. */
const PIECE = new Uint8Array([0xa9, 0x61, 0x62, 0xc3]);

/** A `fetch` whose body has CHUNKS chunks, each ready as soon as it is asked for. */
function chunkedFetch() {
  const original = window.fetch;
  const state = { pulled: 0, cancelled: false, restore: () => (window.fetch = original) };
  window.fetch = (async () => {
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new Uint8Array([0xc3]));
      },
      pull(c) {
        state.pulled++;
        if (state.pulled > CHUNKS) {
          c.enqueue(new Uint8Array([0xa9]));
          c.close();
        } else c.enqueue(PIECE);
      },
      cancel() {
        state.cancelled = true;
      },
    });
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return state;
}

/** Resolves in the next task (a message-channel hop), with what `fn` returns then. */
function inNextTask<T>(fn: () => T): Promise<T> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve(fn());
    };
    ch.port2.postMessage(null);
  });
}

describe('HTTP: a big body is read in slices (item 7)', () => {
  it('decodes every chunk (characters split across chunks too) and lets a queued task run before the end', async () => {
    const net = chunkedFetch();
    try {
      const read = fetchText(URL_BIG, { retries: 0 });
      // Queued once fetch has answered and the read has begun.
      await Promise.resolve();
      const pulledThen = await inNextTask(() => net.pulled);
      const { text } = await read;
      expect(text).to.equal('éab'.repeat(CHUNKS) + 'é');
      expect(pulledThen, 'chunks read when the queued task ran').to.be.below(CHUNKS);
    } finally {
      net.restore();
    }
  });

  it('an abort between slices rejects with an AbortError and cancels the body', async () => {
    const net = chunkedFetch();
    const ctrl = new AbortController();
    try {
      const read = fetchText(URL_BIG, { retries: 0, signal: ctrl.signal });
      await Promise.resolve();
      await inNextTask(() => ctrl.abort());
      let error: unknown;
      try {
        await read;
      } catch (err) {
        error = err;
      }
      expect((error as DOMException)?.name).to.equal('AbortError');
      expect(net.cancelled).to.equal(true);
      expect(net.pulled).to.be.below(CHUNKS);
    } finally {
      net.restore();
    }
  });
});
