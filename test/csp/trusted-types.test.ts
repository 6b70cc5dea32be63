/**
 * Several CDN files on one page under `require-trusted-types-for 'script'; trusted-types lit-html`
 * (sent as an HTTP header, see web-test-runner.config.mjs). Lit creates a Trusted Types policy
 * named `lit-html` when it loads, and the CSP allows that name once: per-element files must share
 * one copy of Lit, and a page that includes the library twice (two URLs of one file, or a mirror)
 * must not evaluate it twice. Uses the built cdn/ (`npm test` builds first).
 */
import { expect, waitUntil } from '@open-wc/testing';

interface ProbeWindow extends Window {
  __violations: string[];
  __errors: string[];
  litHtmlVersions?: string[];
  customElements: CustomElementRegistry;
}

function shadowText(el: Element | null | undefined): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).shadowRoot) walk((node as Element).shadowRoot!);
    node.childNodes.forEach(walk);
  };
  if (el?.shadowRoot) walk(el.shadowRoot);
  return parts.join(' ').replace(/\s+/g, ' ');
}

async function open(path: string): Promise<{ frame: HTMLIFrameElement; win: ProbeWindow; doc: Document }> {
  const probe = await fetch('/cdn/researcher-elements.js', { method: 'HEAD' });
  if (!probe.ok) throw new Error('cdn/researcher-elements.js is missing: run `npm run build` (npm test does it first).');
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.width = '1024';
  frame.height = '1600';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return { frame, win: frame.contentWindow as ProbeWindow, doc: frame.contentDocument! };
}

const TAGS = ['researcher-profile', 'researcher-card', 'trust-badge', 'publication-list', 'collab-graph'];

describe('several CDN files under Trusted Types (CSP sent as an HTTP header)', function () {
  this.timeout(30000);

  it('the test server sends the strict policy as a header', async () => {
    const res = await fetch('/test/csp/two-bundles.html');
    expect(res.headers.get('content-security-policy')).to.include("require-trusted-types-for 'script'; trusted-types lit-html");
  });

  describe('exactly two per-element files (trust-badge.js and publication-list.js)', () => {
    let frame: HTMLIFrameElement;
    let win: ProbeWindow;
    let doc: Document;

    before(async () => {
      ({ frame, win, doc } = await open('/test/csp/two-bundles-per-element.html'));
      await waitUntil(() => shadowText(doc.querySelector('publication-list')).includes('Training and Serving System'), 'the list never rendered', {
        timeout: 15000,
      });
    });
    after(() => frame?.remove());

    it('defines and renders both elements, with one Lit, no CSP violation and no error', () => {
      expect(win.customElements.get('trust-badge')).to.not.equal(undefined);
      expect(win.customElements.get('publication-list')).to.not.equal(undefined);
      expect(shadowText(doc.querySelector('trust-badge'))).to.match(/Trust\s*11/);
      expect(win.litHtmlVersions, 'copies of lit-html on the page').to.have.length(1);
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    });
  });

  describe('per-element files (badge, list, card, group) and the all-in-one file on one page', () => {
    let frame: HTMLIFrameElement;
    let win: ProbeWindow;
    let doc: Document;

    before(async () => {
      ({ frame, win, doc } = await open('/test/csp/two-bundles.html'));
      await waitUntil(() => TAGS.every((t) => win.customElements.get(t)), 'not every element was defined', { timeout: 15000 });
      await waitUntil(() => /Wuhui Chen/.test(shadowText(doc.getElementById('card'))), 'the card never rendered', { timeout: 15000 });
      await waitUntil(() => /publications?/.test(shadowText(doc.getElementById('list'))), 'the list never rendered', { timeout: 15000 });
      await waitUntil(() => /Ana Lima[\s\S]*Wuhui Chen|error/i.test(shadowText(doc.getElementById('group'))), 'the group never rendered', {
        timeout: 15000,
      });
    });
    after(() => frame?.remove());

    it('defines every element', () => {
      for (const tag of [...TAGS, 'research-group']) expect(win.customElements.get(tag), tag).to.not.equal(undefined);
    });

    it('renders each element', async () => {
      expect(shadowText(doc.getElementById('badge'))).to.match(/Trust\s*11/);
      expect(shadowText(doc.getElementById('card'))).to.include('Wuhui Chen');
      expect(shadowText(doc.getElementById('list'))).to.include('Training and Serving System of Foundation Models');
      const graph = doc.getElementById('graph')!;
      await waitUntil(() => graph.shadowRoot?.querySelector('canvas, [part="empty"], table'), 'the graph rendered', { timeout: 15000 });
      // The group page from cdn/research-group.js: its two members loaded, their cards rendered.
      const group = doc.getElementById('group')!;
      expect(group.shadowRoot!.querySelector('[part~="header"]')?.textContent).to.include('CSP Lab');
      expect(shadowText(group)).to.include('Ana Lima');
      expect(shadowText(group)).to.include('Wuhui Chen');
      expect(group.shadowRoot!.querySelector('[part~="member-unavailable"]'), 'every member loaded').to.equal(null);
    });

    it('evaluates Lit once, with no CSP violation and no error', () => {
      expect(win.litHtmlVersions, 'copies of lit-html on the page').to.have.length(1);
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    });

    it('the files share their chunks: every script comes from /cdn/', () => {
      const scripts = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js'));
      const lit = scripts.filter((p) => /\/cdn\/chunks\/lit-[\w-]+\.js$/.test(p));
      expect(lit, 'one Lit chunk').to.have.length(1);
    });
  });

  describe('the all-in-one file included three times (a query string, and a mirror at another path)', () => {
    let frame: HTMLIFrameElement;
    let win: ProbeWindow;
    let doc: Document;

    before(async () => {
      ({ frame, win, doc } = await open('/test/csp/two-bundles-same-file.html'));
      await waitUntil(() => TAGS.every((t) => win.customElements.get(t)), 'not every element was defined', { timeout: 15000 });
      await waitUntil(() => /Wuhui Chen[\s\S]*Trust\s*11/.test(shadowText(doc.querySelector('researcher-card'))), 'the card never rendered', {
        timeout: 15000,
      });
    });
    after(() => frame?.remove());

    it('defines and renders every element', async () => {
      for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.not.equal(undefined);
      await waitUntil(() => shadowText(doc.querySelector('publication-list')).includes('Training and Serving System'), 'the list', { timeout: 15000 });
      expect(shadowText(doc.querySelector('trust-badge'))).to.match(/Trust\s*11/);
      const graph = doc.querySelector('collab-graph')!;
      await waitUntil(() => graph.shadowRoot?.querySelector('canvas, [part="empty"], table'), 'the graph rendered', { timeout: 15000 });
    });

    it('evaluates the library once: one Lit, no chunk from the mirror, no CSP violation, no error', () => {
      expect(win.litHtmlVersions, 'copies of lit-html on the page').to.have.length(1);
      const scripts = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js'));
      expect(scripts.filter((p) => p.startsWith('/__mirror__/cdn/chunks/')), 'chunks loaded from the mirror').to.deep.equal([]);
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    });

    it('every copy of the file exports the same classes', async () => {
      const a = (await import(/* @vite-ignore */ new URL('/cdn/researcher-elements.js', location.href).href)) as Record<string, unknown>;
      expect(a.ResearcherCard).to.be.a('function');
      // Imported in this (test) window, not the frame: the same registry rules apply per window,
      // so the mirror's copy resolves to the first copy's chunks.
      const b = (await import(/* @vite-ignore */ new URL('/__mirror__/cdn/researcher-elements.js', location.href).href)) as Record<string, unknown>;
      expect(b.ResearcherCard).to.equal(a.ResearcherCard);
      expect(b.registerMessages).to.equal(a.registerMessages);
    });
  });

  describe('the hydration file first, then the all-in-one and a per-element file', () => {
    let frame: HTMLIFrameElement;
    let win: ProbeWindow;
    let doc: Document;

    before(async () => {
      ({ frame, win, doc } = await open('/test/csp/two-bundles-hydrate.html'));
      await waitUntil(() => TAGS.every((t) => win.customElements.get(t)), 'not every element was defined', { timeout: 15000 });
      await waitUntil(() => /Wuhui Chen/.test(shadowText(doc.querySelector('researcher-card'))), 'the card never rendered', { timeout: 15000 });
    });
    after(() => frame?.remove());

    it('runs the library once: one Lit, the later files load none of their chunks, no violation, no error', () => {
      for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.not.equal(undefined);
      expect(shadowText(doc.querySelector('trust-badge'))).to.match(/Trust\s*11/);
      expect(win.litHtmlVersions, 'copies of lit-html on the page').to.have.length(1);
      const scripts = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      expect(scripts.filter((p) => /^\/cdn\/chunks\/[^/]+\.js$/.test(p)), 'chunks of the shared build').to.deep.equal([]);
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    });
  });
});
