/**
 * `structured-data` under `require-trusted-types-for 'script'`, from the built CDN file: with
 * `researcher-elements` in the page's `trusted-types` directive the JSON-LD is written (and stays
 * valid when the element moves) with no violation; without it, the elements render in full, write
 * no JSON-LD, and say in one warning which entry to add.
 */
import { expect, waitUntil } from '@open-wc/testing';

interface ProbeWindow extends Window {
  __violations: string[];
  __errors: string[];
  __warnings: string[];
}

async function open(page: string): Promise<{ frame: HTMLIFrameElement; win: ProbeWindow; doc: Document }> {
  const probe = await fetch('/cdn/researcher-elements.js', { method: 'HEAD' });
  if (!probe.ok) throw new Error('cdn/researcher-elements.js is missing: run `npm run build` (npm test does it first).');
  const frame = document.createElement('iframe');
  frame.src = page;
  frame.width = '1024';
  frame.height = '1200';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as ProbeWindow;
  const doc = frame.contentDocument!;
  const rendered = (tag: string) => (doc.querySelector(tag)?.shadowRoot?.textContent ?? '').includes('Wuhui Chen') || (doc.querySelector(tag)?.shadowRoot?.textContent ?? '').includes('Training and Serving');
  await waitUntil(() => rendered('researcher-card') && rendered('publication-list'), 'the elements never rendered', { timeout: 10000 });
  return { frame, win, doc };
}

const ld = (el: Element | null) => el?.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]') ?? null;
/** Lets queued violation reports arrive (they are dispatched as tasks). */
const settle = (win: Window) => new Promise((r) => win.setTimeout(r, 50));

describe('JSON-LD under Trusted Types', function () {
  this.timeout(20000);

  it('with researcher-elements in trusted-types: written through the policy, no violation, valid after a move', async () => {
    const { frame, win, doc } = await open('/test/csp/jsonld-tt.html');
    try {
      const card = doc.querySelector('researcher-card')!;
      const list = doc.querySelector('publication-list')!;
      await waitUntil(() => ld(card) && ld(list), 'the JSON-LD was never written', { timeout: 10000 });
      expect((JSON.parse(ld(card)!.textContent!) as { name: string }).name).to.equal('Wuhui Chen');
      expect(JSON.parse(ld(list)!.textContent!)).to.have.property('@context', 'https://schema.org');
      // Moving an element re-inserts its script: a script filled without the policy is reported then.
      doc.getElementById('aside')!.append(card);
      await settle(win);
      expect(ld(card)).to.not.equal(null);
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
      expect(win.__warnings.filter((w) => w.includes('structured data'))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('a page script cannot take the policy name over', async () => {
    const { frame, win, doc } = await open('/test/csp/jsonld-tt.html');
    try {
      await waitUntil(() => ld(doc.querySelector('researcher-card')), 'the JSON-LD was never written', { timeout: 10000 });
      // The name is taken (the page allows no duplicates), so no other code can write scripts under it.
      let error: unknown;
      try {
        (win as unknown as { trustedTypes: { createPolicy(n: string, r: object): unknown } }).trustedTypes.createPolicy('researcher-elements', { createScript: (s: string) => s });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf((win as unknown as { TypeError: typeof TypeError }).TypeError);
    } finally {
      frame.remove();
    }
  });

  it('without it: the elements render, no JSON-LD, one warning naming the trusted-types entry to add', async () => {
    const { frame, win, doc } = await open('/test/csp/jsonld-tt-denied.html');
    try {
      await settle(win);
      expect(ld(doc.querySelector('researcher-card'))).to.equal(null);
      expect(ld(doc.querySelector('publication-list'))).to.equal(null);
      expect(win.__errors).to.deep.equal([]);
      const warnings = win.__warnings.filter((w) => w.includes('Trusted Types policy'));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('Add researcher-elements to its trusted-types directive');
      // The one refusal is the policy's creation: the JSON-LD script itself is never blocked.
      expect(win.__violations.every((v) => v.startsWith('trusted-types'))).to.be.true;
      expect(win.__violations.length).to.be.at.most(1);
    } finally {
      frame.remove();
    }
  });
});
