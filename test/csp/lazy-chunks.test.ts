/**
 * The built CDN files load code only when a page uses it (issue 9 item 7): the data layer
 * (fetching, formats, adapters) when a profile comes from a URL, Chinese strings when the page
 * asks for Chinese, citation export on first use. Counted on the wire: the resource entries of
 * a page that loads one CDN file. Uses the built cdn/ (`npm test` builds first).
 */
import { expect, waitUntil } from '@open-wc/testing';

interface ProbeWindow extends Window {
  __violations: string[];
  __errors: string[];
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
  const probe = await fetch('/cdn/trust-badge.js', { method: 'HEAD' });
  if (!probe.ok) throw new Error('cdn/ is missing: run `npm run build` (npm test does it first).');
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.width = '900';
  frame.height = '900';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return { frame, win: frame.contentWindow as ProbeWindow, doc: frame.contentDocument! };
}

/** The chunks (file names without hash) the page has loaded from /cdn/chunks/. */
function chunks(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/cdn/chunks/'))
    .map((p) => p.slice('/cdn/chunks/'.length).replace(/-[\w-]{8}\.js$/, ''));
}

/** Requests other than scripts (a fetched profile would be one). */
function dataRequests(win: Window): string[] {
  return (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((e) => e.initiatorType !== 'script' && e.initiatorType !== 'other' && !e.name.endsWith('.js'))
    .map((e) => e.name);
}

/** The text of every script the page has loaded (fetched again here; from the HTTP cache). */
async function loadedCode(win: Window): Promise<string> {
  const urls = win.performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => n.endsWith('.js'));
  return (await Promise.all(urls.map(async (u) => (await fetch(u)).text()))).join('\n');
}

/** Sentences only the data layer's loader, validation, the Chinese strings and citation export contain. */
const MARKERS = {
  data: 'is not a web address a profile can be loaded from',
  validation: 'expected a whole number',
  source: 'The code that reads the profile could not be loaded.',
  group: 'The group data is not in the expected format',
  chinese: '未认领',
  citations: 'archiveprefix',
};

const DATA_CODE = /^(load|openalex-map|orcid-map|bibtex-map|biblatex-csl-converter|formats|http)$/;

describe('CDN files load code only when it is used', function () {
  this.timeout(20000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('<trust-badge score level label> loads no data, validation or source code, no Chinese strings and no citation code', async () => {
    const page = await open('/test/csp/lazy-badge.html');
    frame = page.frame;
    const badge = page.doc.querySelector('trust-badge')!;
    await waitUntil(() => /Trust\s*11/.test(shadowText(badge)), 'the badge rendered', { timeout: 10000 });
    const loaded = chunks(page.win);
    expect(loaded, 'Lit and the badge').to.include.members(['lit']);
    expect(loaded.filter((c) => DATA_CODE.test(c)), 'data code').to.deep.equal([]);
    expect(loaded.filter((c) => /^zh-Hans$/.test(c)), 'Chinese strings').to.deep.equal([]);
    expect(loaded.filter((c) => /^citation-export$/.test(c)), 'citation export').to.deep.equal([]);
    expect(dataRequests(page.win)).to.deep.equal([]);
    const code = await loadedCode(page.win);
    expect(code, 'the loaded code').to.include('trust-badge');
    expect(code.includes(MARKERS.data), 'the data layer was downloaded').to.equal(false);
    expect(code.includes(MARKERS.validation), 'validation was downloaded').to.equal(false);
    expect(code.includes(MARKERS.source), 'the source controller was downloaded').to.equal(false);
    expect(code.includes(MARKERS.chinese), 'the Chinese strings were downloaded').to.equal(false);
    expect(code.includes(MARKERS.citations), 'citation export was downloaded').to.equal(false);
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('<trust-badge> with inline JSON loads validation on demand (no data layer, no request) and renders the profile', async () => {
    const page = await open('/test/csp/lazy-badge-json.html');
    frame = page.frame;
    const badge = page.doc.querySelector('trust-badge')!;
    await waitUntil(() => /Trust\s*42/.test(shadowText(badge)), 'the badge rendered', { timeout: 10000 });
    expect(shadowText(badge)).to.include('Claimed');
    const code = await loadedCode(page.win);
    expect(code.includes(MARKERS.validation), 'validation was downloaded').to.equal(true);
    expect(code.includes(MARKERS.source), 'the source controller was downloaded').to.equal(true);
    expect(chunks(page.win).filter((c) => DATA_CODE.test(c)), 'data code').to.deep.equal([]);
    expect(dataRequests(page.win)).to.deep.equal([]);
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('the all-in-one file with no group on the page loads no group code', async () => {
    const page = await open('/test/csp/lazy-all-in-one.html');
    frame = page.frame;
    const card = page.doc.querySelector('researcher-card')!;
    await waitUntil(() => shadowText(card).includes('Tidewater Institute'), 'the card rendered', { timeout: 10000 });
    const code = await loadedCode(page.win);
    expect(code, 'the loaded code').to.include('research-group');
    expect(code.includes(MARKERS.group), 'the group code was downloaded').to.equal(false);
    expect(chunks(page.win).filter((c) => DATA_CODE.test(c)), 'data code').to.deep.equal([]);
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('the all-in-one file with a group written into the page loads the group code and shows the group, with no request', async () => {
    const page = await open('/test/csp/lazy-group.html');
    frame = page.frame;
    const group = page.doc.querySelector('research-group')!;
    // The member cards and the list render in the render queue's turns (on-screen first), in
    // either order: wait for both.
    await waitUntil(() => shadowText(group).includes('Ada Lead') && shadowText(group).includes('Sparse Gauges'), 'the members and the list rendered', { timeout: 10000 });
    expect(await loadedCode(page.win)).to.include(MARKERS.group);
    expect(dataRequests(page.win)).to.deep.equal([]);
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('a page in Chinese loads the Chinese strings, and the badge shows them', async () => {
    const page = await open('/test/csp/lazy-zh.html');
    frame = page.frame;
    const badge = page.doc.querySelector('trust-badge')!;
    await waitUntil(() => shadowText(badge).includes('未认领'), 'the badge in Chinese', { timeout: 10000 });
    expect(shadowText(badge)).to.not.include('Unclaimed');
    expect(chunks(page.win)).to.include('zh-Hans');
    expect(chunks(page.win).filter((c) => DATA_CODE.test(c)), 'data code').to.deep.equal([]);
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('a list with its profile as inline JSON: no request, no data code; citation code loads on the first "Cite"', async () => {
    const page = await open('/test/csp/lazy-list.html');
    frame = page.frame;
    const list = page.doc.querySelector('publication-list')!;
    await waitUntil(() => shadowText(list).includes('Sea ice in a warming Arctic'), 'the list rendered', { timeout: 10000 });
    expect(dataRequests(page.win), 'requests for data').to.deep.equal([]);
    expect(chunks(page.win).filter((c) => DATA_CODE.test(c)), 'data code').to.deep.equal([]);
    expect(chunks(page.win), 'before "Cite"').to.not.include('citation-export');
    const before = await loadedCode(page.win);
    expect(before.includes(MARKERS.data), 'the data layer was downloaded').to.equal(false);
    expect(before.includes(MARKERS.citations), 'citation export was downloaded').to.equal(false);
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part="cite-toggle"]')!.click();
    await waitUntil(() => list.shadowRoot!.querySelector<HTMLTextAreaElement>('[part="cite"] textarea')?.value.startsWith('@article{ek2024sea'), 'BibTeX shown', {
      timeout: 10000,
    });
    expect(chunks(page.win), 'after "Cite"').to.include('citation-export');
    expect(page.win.__errors).to.deep.equal([]);
  });
});
