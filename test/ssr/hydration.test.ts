/**
 * Server-rendered HTML in real Chromium: shown without JavaScript, then hydrated by
 * src/ssr/hydrate.ts without re-creating anything, without a loading state and without a fetch.
 *
 * The HTML is test/ssr/fixtures/rich-profile.html, written by our server renderer
 * (`node test/ssr/make-fixture.mjs`; a node test keeps it current). Each page is an iframe of
 * its own: hydration support has to load before Lit, and this test page has loaded Lit already.
 */
import { expect, waitUntil } from '@open-wc/testing';

const FIXTURE = '/test/ssr/fixtures/rich-profile.html';
/** The entry from source, and the compiled one a bundler would use (when `npm run build` has run). */
const ENTRIES = ['/src/ssr/hydrate.ts', '/dist/ssr/hydrate.js'];

const FIXTURE_ZH = '/test/ssr/fixtures/rich-profile.zh-CN.html';

let fixtureHtml: string;
let fixtureHtmlZh: string;

before(async () => {
  for (const url of [FIXTURE, FIXTURE_ZH]) {
    const res = await fetch(url);
    expect(res.ok, `${url} is served`).to.equal(true);
  }
  fixtureHtml = await (await fetch(FIXTURE)).text();
  fixtureHtmlZh = await (await fetch(FIXTURE_ZH)).text();
});

interface Page {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

/** A document parsed by the browser's own HTML parser, as a page would be. */
async function openPage(body: string, { head = '', scripts = true } = {}): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.width = '1100';
  frame.height = '2400';
  // Without allow-scripts the frame runs no script at all: a page with JavaScript off.
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return { frame, win: frame.contentWindow as Window & typeof globalThis, doc: frame.contentDocument! };
}

function parts(doc: Document) {
  const card = doc.querySelector('researcher-profile > researcher-card')!;
  const badge = doc.querySelector('researcher-profile > trust-badge')!;
  const list = doc.querySelector('researcher-profile > publication-list')!;
  const innerBadge = card.shadowRoot?.querySelector('trust-badge') ?? null;
  return { card, badge, list, innerBadge };
}

/** The text of a shadow root (not its styles), whitespace collapsed. */
function text(root: ShadowRoot | null | undefined): string {
  if (!root) return '';
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.localName !== 'style') out += node.textContent;
  }
  return out.replace(/\s+/g, ' ').trim();
}

function visible(el: Element | null | undefined): boolean {
  if (!el) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

/**
 * What changed for good, as "type element [attribute]": every childList and characterData
 * record, and each attribute whose value now differs from its value before the first record.
 */
function netChanges(records: MutationRecord[]): string[] {
  const out: string[] = [];
  const firstOld = new Map<Node, Map<string, string | null>>();
  for (const r of records) {
    if (r.type !== 'attributes') {
      out.push(`${r.type} ${(r.target as Element).localName ?? '#text'}`);
      continue;
    }
    const olds = firstOld.get(r.target) ?? new Map<string, string | null>();
    firstOld.set(r.target, olds);
    if (!olds.has(r.attributeName!)) olds.set(r.attributeName!, r.oldValue);
  }
  for (const [target, olds] of firstOld) {
    for (const [name, old] of olds) {
      if ((target as Element).getAttribute(name) !== old) out.push(`attributes ${(target as Element).localName} ${name}`);
    }
  }
  return out;
}

/** Loads the hydration entry into the page and waits until every element has hydrated. */
async function hydrate(page: Page, entry: string, errors: string[] = []): Promise<void> {
  const script = page.doc.createElement('script');
  script.type = 'module';
  script.src = entry;
  const done = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error(`${entry} failed to load`)), { once: true });
  });
  page.doc.head.append(script);
  await done;
  const { card, badge, list, innerBadge } = parts(page.doc);
  type Updating = Element & { updateComplete: Promise<unknown>; hasUpdated: boolean };
  for (const el of [card, badge, list, innerBadge] as Updating[]) {
    await waitUntil(() => el.hasUpdated, `<${el.localName}> updated`).catch((err: Error) => {
      throw new Error(`${err.message}; errors in the page: ${errors.join(' | ') || 'none'}`);
    });
    await el.updateComplete;
  }
  // The elements' data tasks settle in a later update (with nothing to load): let them.
  await new Promise((r) => setTimeout(r, 50));
  for (const el of [card, badge, list, innerBadge] as Updating[]) await el.updateComplete;
}

describe('server-rendered HTML', () => {
  it('shows the researcher and the publications with JavaScript off', async () => {
    const page = await openPage(fixtureHtml, { scripts: false });
    const { card, badge, list, innerBadge } = parts(page.doc);
    expect(page.win.customElements.get('researcher-card')).to.equal(undefined);
    // Declarative shadow roots, attached by the parser.
    for (const el of [card, badge, list, innerBadge]) expect(el?.shadowRoot, `${el?.localName} has its shadow root`).to.not.equal(null);
    expect(page.win.getComputedStyle(card).display).to.equal('block');
    const name = card.shadowRoot!.querySelector('[part~="name"]');
    expect(name?.textContent?.trim()).to.equal('Wuhui Chen');
    expect(visible(name)).to.equal(true);
    expect(text(card.shadowRoot)).to.include('Sun Yat-sen University');
    expect(text(innerBadge!.shadowRoot)).to.include('Trust 72.5');
    expect(text(badge.shadowRoot)).to.include('Verification L2');
    const titles = [...list.shadowRoot!.querySelectorAll('[part~="work-title"]')];
    expect(titles).to.have.length(7);
    expect(titles[0]!.textContent!.trim()).to.equal('Training and Serving System of Foundation Models: A Comprehensive Survey');
    expect(visible(titles[0])).to.equal(true);
    expect(text(list.shadowRoot)).to.include('7 publications');
    // Links work without JavaScript.
    const doiLink = titles[1]!.querySelector('a');
    expect(doiLink?.getAttribute('href')).to.equal('https://doi.org/10.1000/edge.2');
    // No loading state and no explanation open.
    for (const el of [card, badge, list]) expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
    expect(badge.shadowRoot!.querySelector('[part~="explanation"]')!.hasAttribute('hidden')).to.equal(true);
  });

});

for (const entry of ENTRIES) {
  describe(`hydration with ${entry}`, () => {
    before(async function () {
      if (!(await fetch(entry, { method: 'HEAD' })).ok) this.skip();
    });

    it('hydrates: same nodes, no loading state, no fetch, no errors, and it works', async () => {
      // A client-only <collab-graph> placed inside the provider, as docs/ssr.md suggests.
      const page = await openPage(fixtureHtml.replace('</researcher-profile>', '<collab-graph></collab-graph></researcher-profile>'));
      const { card, badge, list, innerBadge } = parts(page.doc);
      expect(page.win.customElements.get('researcher-card'), 'not defined yet').to.equal(undefined);

      // Nothing may be fetched: the profile is in the page.
      const fetched: string[] = [];
      page.win.fetch = ((input: RequestInfo | URL) => {
        fetched.push(String(input instanceof Request ? input.url : input));
        return Promise.reject(new TypeError('no network in this test'));
      }) as typeof fetch;
      const errors: string[] = [];
      page.win.addEventListener('error', (e) => errors.push(String(e.message)));
      page.win.addEventListener('unhandledrejection', (e) => errors.push(String((e as PromiseRejectionEvent).reason)));
      const warnings: string[] = [];
      const warn = page.win.console.warn;
      page.win.console.warn = (...args: unknown[]) => {
        warnings.push(args.map(String).join(' '));
        warn.apply(page.win.console, args);
      };
      page.win.console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));

      // Nodes from the server's HTML, and every change to the shadow trees from here on.
      const roots = [card, badge, list, innerBadge!].map((el) => el.shadowRoot!);
      const before = {
        name: card.shadowRoot!.querySelector('[part~="name"]')!,
        innerToggle: innerBadge!.shadowRoot!.querySelector('[part~="toggle"]')!,
        toggle: badge.shadowRoot!.querySelector('[part~="toggle"]')!,
        firstWork: list.shadowRoot!.querySelector('[part~="work"]')!,
        search: list.shadowRoot!.querySelector('[part~="search"]')!,
      };
      const html = roots.map((r) => r.innerHTML);
      const changes: MutationRecord[] = [];
      const observer = new page.win.MutationObserver((records) => changes.push(...records));
      for (const root of roots) observer.observe(root, { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true });
      const hostChanges: MutationRecord[] = [];
      const hostObserver = new page.win.MutationObserver((records) => hostChanges.push(...records));
      hostObserver.observe(page.doc.body, { subtree: true, childList: true, attributes: true, attributeOldValue: true });

      // The elements' heights in every frame while they hydrate: the server's HTML has its size
      // already, and nothing may reserve room for a render that is there.
      const sizes = new Map<Element, number[]>();
      const size = (el: Element) => el.getBoundingClientRect().height;
      // (After a frame: before its first, a card not yet known to be on screen has its
      // out-of-view size, content-visibility: auto.)
      await new Promise((r) => page.win.requestAnimationFrame(() => setTimeout(r)));
      for (const el of [card, badge, list]) sizes.set(el, [size(el)]);
      const resizes = new page.win.ResizeObserver((entries) => {
        for (const e of entries) sizes.get(e.target)!.push(size(e.target));
      });
      for (const el of [card, badge, list]) resizes.observe(el);

      await hydrate(page, entry, errors);
      await new Promise((r) => page.win.requestAnimationFrame(r));
      resizes.disconnect();
      // (A few px of slack: a work out of view has an estimated height until it is shown.) Nor
      // may they vanish: the <researcher-profile> around them upgrades with an empty shadow root
      // and renders in its turn; until then they read 0 (unslotted) in about half the runs.
      for (const [el, seen] of sizes) {
        const moved = Math.max(...seen.map((h) => Math.abs(h - seen[0]!)));
        expect(moved, `<${el.localName}> heights while hydrating: ${seen.map((h) => h.toFixed(0)).join(', ')}`).to.be.at.most(4);
      }
      changes.push(...observer.takeRecords());
      hostChanges.push(...hostObserver.takeRecords());
      observer.disconnect();
      hostObserver.disconnect();

      expect(errors, 'errors').to.deep.equal([]);
      expect(warnings.filter((w) => /hydrat/i.test(w)), 'hydration warnings').to.deep.equal([]);
      expect(fetched, 'requests').to.deep.equal([]);
      expect(page.win.customElements.get('researcher-card')).to.not.equal(undefined);

      // Hydrated with the embedded profile; the graph took it from the provider too.
      const graph = page.doc.querySelector('collab-graph') as Element & { updateComplete: Promise<unknown> };
      await graph.updateComplete;
      for (const el of [card, badge, list, graph]) expect((el as Element & { loadedProfile: { name: string } | null }).loadedProfile?.name).to.equal('Wuhui Chen');

      // The server's nodes were kept, and nothing in the shadow trees changed: no flicker, and
      // the loading skeleton never appeared.
      for (const [key, node] of Object.entries(before)) expect(node.isConnected, `${key} still connected`).to.equal(true);
      expect(card.shadowRoot!.querySelector('[part~="name"]')).to.equal(before.name);
      expect(list.shadowRoot!.querySelector('[part~="work"]')).to.equal(before.firstWork);
      // Net changes only (an attribute written again with its value, or set and removed again,
      // changed nothing). Allowed, neither visible: the inner badge loses `defer-hydration` (its
      // host hydrated it) and the search box's `.defaultValue` binding writes an empty `value`.
      const net = netChanges(changes);
      expect(
        net.filter((d) => d !== 'attributes trust-badge defer-hydration' && d !== 'attributes input value'),
        'changes to the server-rendered shadow trees',
      ).to.deep.equal([]);
      expect((before.search as HTMLInputElement).value).to.equal('');
      const withoutBenign = (h: string) => h.replace(/ defer-hydration=""/g, '').replace(/(<input[^>]*?) value=""/g, '$1');
      expect(roots.map((r) => withoutBenign(r.innerHTML))).to.deep.equal(html.map(withoutBenign));
      // The light DOM is left alone too, but for the list's COinS spans for reference managers
      // (written in the browser only, never by the server: issue 11).
      const coins = (r: MutationRecord) =>
        r.type === 'childList' && r.target === list && !r.removedNodes.length && [...r.addedNodes].every((n) => (n as Element).hasAttribute?.('data-publication-list-coins'));
      expect(list.querySelectorAll('[data-publication-list-coins] > span.Z3988').length, 'COinS spans').to.be.greaterThan(0);
      expect(
        netChanges(hostChanges.filter((r) => !coins(r))).filter((d) => !d.includes('collab-graph')),
        'changes to the light DOM (the client-only graph aside)',
      ).to.deep.equal([]);
      expect(innerBadge!.hasAttribute('defer-hydration')).to.equal(false);
      for (const el of [card, badge, list]) expect(el.hasAttribute('aria-busy')).to.equal(false);

      // Interactive after hydration.
      const explanation = badge.shadowRoot!.querySelector('[part~="explanation"]')!;
      expect(explanation.hasAttribute('hidden')).to.equal(true);
      (before.toggle as HTMLButtonElement).click();
      await (badge as Element & { updateComplete: Promise<unknown> }).updateComplete;
      expect(explanation.hasAttribute('hidden')).to.equal(false);
      expect(before.toggle.getAttribute('aria-expanded')).to.equal('true');

      (before.innerToggle as HTMLButtonElement).click();
      await (innerBadge as Element & { updateComplete: Promise<unknown> }).updateComplete;
      expect(innerBadge!.shadowRoot!.querySelector('[part~="explanation"]')!.hasAttribute('hidden')).to.equal(false);

      const cite = before.firstWork.querySelector<HTMLButtonElement>('[part~="cite-toggle"]')!;
      cite.click();
      await (list as Element & { updateComplete: Promise<unknown> }).updateComplete;
      expect(cite.getAttribute('aria-expanded')).to.equal('true');
      const bibtex = before.firstWork.querySelector('textarea');
      expect(bibtex?.value).to.match(/^@\w+\{/);
      expect(bibtex?.value).to.include('Training and Serving System of Foundation Models');

      // Search filters the server-rendered list.
      const search = before.search as HTMLInputElement;
      search.value = 'edge scheduling study 3';
      search.dispatchEvent(new page.win.KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      await (list as Element & { updateComplete: Promise<unknown> }).updateComplete;
      expect(list.shadowRoot!.querySelectorAll('[part~="work"]')).to.have.length(1);
      expect(text(list.shadowRoot)).to.include('1 of 7 shown');
      expect(fetched, 'requests after interaction').to.deep.equal([]);
    });

    // Hydration keeps the server's text without comparing it: prove that it is what the browser
    // renders, by rendering the same elements from scratch next to the hydrated ones.
    for (const lang of ['en', 'zh-CN']) {
      it(`rendered on the server what the browser renders (${lang})`, async () => {
        const page = await openPage(lang === 'en' ? fixtureHtml : fixtureHtmlZh);
        await hydrate(page, entry);
        const profile = JSON.parse(page.doc.querySelector('researcher-profile > script[type="application/json"]')!.textContent!);
        const { card, badge, list, innerBadge } = parts(page.doc);
        for (const server of [card, badge, list]) {
          const fresh = page.doc.createElement(server.localName) as unknown as Element & { profile: unknown; updateComplete: Promise<unknown> };
          for (const a of server.getAttributeNames()) fresh.setAttribute(a, server.getAttribute(a)!);
          fresh.profile = profile;
          page.doc.body.append(fresh);
          await fresh.updateComplete;
          expect(text(fresh.shadowRoot), `<${server.localName}> text`).to.equal(text(server.shadowRoot));
          if (server === card) {
            const freshBadge = fresh.shadowRoot!.querySelector('trust-badge') as Element & { updateComplete: Promise<unknown> };
            await freshBadge.updateComplete;
            expect(text(freshBadge.shadowRoot), 'the card badge text').to.equal(text(innerBadge!.shadowRoot));
          }
        }
        if (lang === 'zh-CN') expect(text(innerBadge!.shadowRoot), 'the card badge in Chinese').to.include('已认领');
      });
    }

    it('says so in the console when Lit was loaded before it', async () => {
      const page = await openPage(fixtureHtml);
      const warnings: string[] = [];
      page.win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      const load = (src: string) =>
        new Promise((resolve, reject) => {
          const script = page.doc.createElement('script');
          script.type = 'module';
          script.src = src;
          script.addEventListener('load', resolve, { once: true });
          script.addEventListener('error', reject, { once: true });
          page.doc.head.append(script);
        });
      await load('/src/define.ts');
      await load(entry);
      expect(warnings.some((w) => w.includes('Lit was loaded before researcher-elements/hydrate.js')), warnings.join('\n')).to.equal(true);
    });

    it('gets its styles under a strict Content-Security-Policy once hydrated', async () => {
      const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">`;
      const page = await openPage(fixtureHtml, { head: csp });
      const { card, list } = parts(page.doc);
      // The inline <style> of a declarative shadow root is blocked by this policy…
      expect(card.shadowRoot!.querySelector('style')!.sheet).to.equal(null);
      expect(page.win.getComputedStyle(card).display).to.equal('inline');
      const name = card.shadowRoot!.querySelector('[part~="name"]')!;
      // …but the content is there.
      expect(name.textContent!.trim()).to.equal('Wuhui Chen');
      const errors: string[] = [];
      page.win.addEventListener('unhandledrejection', (e) => errors.push(String((e as PromiseRejectionEvent).reason)));
      await hydrate(page, entry, errors);
      // Hydration adopted the element styles (constructed style sheets are allowed).
      expect(page.win.getComputedStyle(card).display).to.equal('block');
      expect(page.win.getComputedStyle(list).display).to.equal('block');
      expect(card.shadowRoot!.querySelector('[part~="name"]')).to.equal(name);
    });
  });
}
