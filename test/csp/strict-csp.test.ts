/**
 * A third-party page that embeds cdn/researcher-elements.js (built by `npm test` before the
 * browser tests) under `script-src 'self'; style-src 'self'; require-trusted-types-for 'script';
 * trusted-types lit-html` shows the reference researcher, survives hostile data, and reports no
 * CSP violation. Every element renders there in every variant and state (loading, error, empty,
 * loaded; compact card, whole-profile layout, the group page, graph table, opened panels), and no rendered node
 * carries a `style` attribute or an inline `<style>` (the page's CSP would block them: the look
 * would silently break for the users of such pages).
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

const SELECTOR = 'researcher-profile, researcher-card, trust-badge, publication-list, collab-graph, research-group';

/** Every element of the library in `root`, through shadow roots. */
function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.matches(SELECTOR)) out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

/** Settles every element of the library on the page, twice (a layout may add parts as it loads). */
async function settleAll(win: Window, doc: Document): Promise<void> {
  for (let pass = 0; pass < 2; pass++) for (const el of allElements(doc)) await settled(win, el);
}

/** Where a node is: `researcher-card#compact > article[part="card"]`. */
function describeNode(el: Element): string {
  const self = `${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? `[part="${el.getAttribute('part')}"]` : ''}`;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? `${describeNode(root.host)} > ${self}` : self;
}

/**
 * Every node, in the light DOM and in every shadow root (recursively), that has a `style`
 * attribute, and every `<style>` element inside a shadow root: both are inline styles.
 */
function inlineStyles(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.hasAttribute('style')) found.push(`${describeNode(el)} style="${el.getAttribute('style')}"`);
    if (el.localName === 'style' && el.getRootNode() instanceof ShadowRoot) found.push(`${describeNode(el)} (a <style> in a shadow root)`);
    if (el.shadowRoot) found.push(...inlineStyles(el.shadowRoot));
  }
  return found;
}

function expectNoInlineStyles(root: ParentNode, what = 'the page'): void {
  const found = inlineStyles(root);
  expect(found, `inline styles in ${what}:\n${found.join('\n')}`).to.deep.equal([]);
}

/** The shadow-DOM node with `part~=name` inside `el`. */
function part<T extends Element = HTMLElement>(el: Element | null, name: string): T | null {
  return el?.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
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
    await settleAll(win, doc);
  });

  after(() => frame?.remove());

  it('registers every element from the one CDN file', () => {
    for (const tag of ['researcher-profile', 'researcher-card', 'trust-badge', 'research-group']) {
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
  describe('every variant and state', () => {
    const byId = (id: string) => doc.getElementById(id)!;

    it('renders each of them: compact card, whole profile, errors, empty states', () => {
      expect(part(byId('compact'), 'card')!.classList.contains('compact'), 'compact card').to.be.true;
      expect(shadowText(byId('compact'))).to.include('Ana Lima');
      expect(part(byId('compact'), 'follow-button'), 'the compact card has no Follow').to.equal(null);
      expect(part(byId('rich-card'), 'follower-count'), 'full card with followers').to.not.equal(null);
      expect(part(byId('own-badge'), 'score')).to.not.equal(null);
      expect(byId('rich-list').shadowRoot!.querySelectorAll('[part~="group"]').length, 'grouped list').to.be.greaterThan(0);
      expect(part(byId('rich-list'), 'more-button'), 'paged list').to.not.equal(null);
      expect(part(byId('rich-list'), 'controls'), 'every control').to.not.equal(null);
      expect(part(byId('rich-graph'), 'canvas'), 'graph').to.not.equal(null);
      // The whole-profile layout: card, graph and publications of its own.
      const whole = byId('whole');
      expect(part(whole, 'layout')).to.not.equal(null);
      for (const name of ['card', 'graph', 'publications']) expect(part(whole, name), name).to.not.equal(null);
      expect(shadowText(whole)).to.include('Drift of Arctic sea ice');
      // The same in the dark theme and in Chinese.
      const dark = byId('whole-dark');
      expect(win.getComputedStyle(dark).colorScheme).to.equal('dark');
      expect(shadowText(dark)).to.include('关注');
      // Errors: not found (card in the layout, graph, list) and invalid inline data.
      for (const id of ['whole-missing', 'graph-missing', 'list-missing', 'invalid', 'group-missing']) {
        expect(shadowText(byId(id)), id).to.match(/⚠|not found|not valid|version/i);
        const error = allElements(byId(id).shadowRoot ?? byId(id)).concat(byId(id)).map((el) => part(el, 'error')).find(Boolean);
        expect(error, `${id} shows an error`).to.not.equal(undefined);
      }
      // Empty states.
      expect(part(byId('empty-list'), 'empty'), 'empty list').to.not.equal(null);
      expect(part(byId('empty-graph'), 'empty'), 'empty graph').to.not.equal(null);
      expect(shadowText(byId('empty-card'))).to.include('Emma Empty');
      expect(win.__violations).to.deep.equal([]);
    });

    it('renders <research-group> as a whole page from an inline roster, with no request, no violation and no inline style', () => {
      const group = byId('group');
      expect(part(group, 'layout'), 'the group page').to.not.equal(null);
      expect(part(group, 'header')!.textContent).to.include('River Lab');
      const cards = [...group.shadowRoot!.querySelectorAll('[part~="member-card"]')];
      expect(cards.map((c) => shadowText(c).match(/Ada Lead|Bo Student/)?.[0])).to.deep.equal(['Ada Lead', 'Bo Student']);
      expect(group.shadowRoot!.querySelector('[part~="member-unavailable"]')?.textContent).to.include('Cy Former');
      expect(part(part(group, 'graph'), 'canvas'), 'the group graph').to.not.equal(null);
      const works = shadowText(part(group, 'publications'));
      expect(works.split('Drift of Ice Floes in Sparse Gauge Networks'), 'the joint work, once').to.have.length(2);
      expect(works).to.include('Urban Floodplains in Growing Cities');
      const requests = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      expect(requests.filter((p) => p.includes('/people/')), 'the members were given inline').to.deep.equal([]);
      // Every shadow root inside the group (its cards, badges, graph and list) is scanned.
      expect(allElements(group.shadowRoot!).length, 'two member cards, the graph and the list').to.be.at.least(4);
      expectNoInlineStyles(group.shadowRoot!, '<research-group id="group">');
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    });

    it('no rendered node has a style attribute or an inline <style>', () => {
      expect(allElements(doc).length).to.be.greaterThan(20);
      expectNoInlineStyles(doc);
      expect(win.__violations).to.deep.equal([]);
    });

    it('opened panels, the graph table and the no-match list add none either', async () => {
      const badge = byId('own-badge') as Loading;
      part<HTMLButtonElement>(badge, 'toggle')!.click();
      await badge.updateComplete;
      expect(part(badge, 'explanation')!.hidden).to.equal(false);

      const list = byId('rich-list') as Loading & { query: string };
      for (const name of ['abstract-toggle', 'cite-toggle', 'authors-toggle', 'more-button']) {
        const button = part<HTMLButtonElement>(list, name);
        expect(button, name).to.not.equal(null);
        button!.click();
        await list.updateComplete;
      }
      expect(part(list, 'abstract')!.hidden).to.equal(false);
      expect(part(list, 'cite')!.hidden).to.equal(false);
      expectNoInlineStyles(doc);

      for (const graph of [byId('rich-graph'), part(byId('whole'), 'graph')!, part(byId('group'), 'graph')!] as Loading[]) {
        const toggle = [...graph.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Table')!;
        toggle.click();
        await graph.updateComplete;
        expect(graph.shadowRoot!.querySelector('table'), 'the table view').to.not.equal(null);
      }
      list.query = 'no work has this title';
      await list.updateComplete;
      expect(part(list, 'no-match'), 'no-match state').to.not.equal(null);

      expectNoInlineStyles(doc);
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    });

    it('the loading state of every element adds none either', async () => {
      const added: Element[] = [];
      try {
        for (const tag of ['researcher-card', 'trust-badge', 'publication-list', 'collab-graph', 'researcher-profile', 'research-group']) {
          const el = doc.createElement(tag);
          // A URL of its own, so nothing is cached: the first render is the loading one.
          const file = tag === 'research-group' ? 'strict-csp.group.json' : 'strict-csp.rich-profile.json';
          el.setAttribute('src', `./${file}?loading=${tag}`);
          doc.body.append(el);
          added.push(el);
          await (el as Loading).updateComplete;
          const loading = [el, ...allElements(el.shadowRoot!)].map((e) => part(e, 'loading')).filter(Boolean);
          expect(loading.length, `${tag} shows its loading state`).to.be.greaterThan(0);
          expectNoInlineStyles(el.shadowRoot!, `<${tag}> while loading`);
        }
        for (const el of added) await settled(win, el);
        expectNoInlineStyles(doc);
        expect(win.__violations).to.deep.equal([]);
      } finally {
        for (const el of added) el.remove();
      }
    });
  });
});
