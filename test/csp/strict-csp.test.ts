/**
 * A third-party page that embeds cdn/researcher-elements.js (built by `npm test` before the
 * browser tests) under `script-src 'self'; style-src 'self'; require-trusted-types-for 'script';
 * trusted-types lit-html` shows the reference researcher, survives hostile data, and reports no
 * CSP violation.
 */
import { expect } from '@open-wc/testing';

interface ProbeWindow extends Window {
  __violations: string[];
  __errors: string[];
  __pwned?: number;
}

function shadowText(el: Element | null | undefined): string {
  const root = el?.shadowRoot;
  if (!root) return '';
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).shadowRoot) walk((node as Element).shadowRoot!);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

interface Loading extends HTMLElement {
  updateComplete: Promise<unknown>;
  loadComplete?: Promise<unknown>;
}

/**
 * Waits until `el` has settled: defined by the page's registry, its load (the data task) finished
 * (loaded or failed), and the result rendered. No clock involved.
 */
async function settled(win: Window, el: Element | null): Promise<void> {
  if (!el) throw new Error('no such element on the page');
  await win.customElements.whenDefined(el.localName);
  const e = el as Loading;
  await e.updateComplete; // the first update starts the load
  await e.loadComplete;
  await e.updateComplete; // the result is rendered
  // Elements it rendered (the card's badge, the layout's parts) settle too.
  for (const inner of e.shadowRoot?.querySelectorAll('*') ?? []) {
    if (inner.localName.includes('-') && win.customElements.get(inner.localName)) await settled(win, inner);
  }
}

describe('strict Content-Security-Policy page', function () {
  this.timeout(20000);
  let frame: HTMLIFrameElement;
  let win: ProbeWindow;
  let doc: Document;

  before(async () => {
    const probe = await fetch('/cdn/researcher-elements.js', { method: 'HEAD' });
    if (!probe.ok) throw new Error('cdn/researcher-elements.js is missing: run `npm run build` (npm test does it first).');
    frame = document.createElement('iframe');
    frame.src = '/test/csp/strict-csp.html';
    frame.width = '1024';
    frame.height = '2000';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    win = frame.contentWindow as ProbeWindow;
    doc = frame.contentDocument!;
    // Every element on the page, loaded and rendered before any test reads it.
    for (const el of doc.querySelectorAll('researcher-card, trust-badge, publication-list, collab-graph')) await settled(win, el);
  });

  after(() => frame?.remove());

  it('registers every element from the one CDN file', () => {
    for (const tag of ['researcher-profile', 'researcher-card', 'trust-badge']) {
      expect(win.customElements.get(tag), tag).to.not.equal(undefined);
    }
  });

  it('shows the reference researcher with no CSP violation and no error', () => {
    const text = shadowText(doc.querySelector('researcher-card'));
    expect(text).to.include('Wuhui Chen');
    expect(text).to.include('Affiliation not imported');
    expect(text).to.match(/Trust\s*11/);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('styles apply through adoptedStyleSheets (no blocked <style>)', () => {
    const card = doc.querySelector('researcher-card')!;
    expect(card.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    expect(card.shadowRoot!.querySelector('style')).to.equal(null);
  });

  it('renders hostile data as text and drops unsafe URLs', () => {
    const card = doc.querySelector('#hostile')!;
    const text = shadowText(card);
    expect(text).to.include('Mallory');
    expect(text).to.include('<img src=x');
    expect(win.__pwned).to.equal(undefined);
    const hrefs = [...card.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
    for (const href of hrefs) expect(href).to.match(/^(https?:|mailto:)/);
    expect(card.shadowRoot!.querySelector('img[src^="javascript"]')).to.equal(null);
    expect(win.__violations).to.deep.equal([]);
  });

  it('reads a BibTeX file through the lazily loaded parser, with accents decoded and no violation', async () => {
    const list = doc.querySelector('#bib')!;
    const text = shadowText(list);
    expect(text).to.include('Sea-ice Arctic drift in Ångström units');
    expect(text).to.include('Åsa Ström');
    expect(text).to.include('María Núñez');
    expect(text).to.include('Journal of Geophysical Research');
    const scripts = win.performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js'));
    expect(scripts.some((n) => /\/cdn\/chunks\/biblatex-csl-converter/.test(n)), 'the parser is a chunk of its own').to.be.true;
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('a missing profile shows a human error with Retry, and the fallback link stays', () => {
    const card = doc.querySelector('#missing')!;
    expect(shadowText(card)).to.include('The profile was not found (HTTP 404).');
    expect(card.shadowRoot!.querySelector('button')?.textContent).to.include('Retry');
    const link = card.querySelector('a')!;
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});
