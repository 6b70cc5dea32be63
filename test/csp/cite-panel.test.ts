/**
 * The Cite panel's copy and download paths on a page under `script-src 'self'; style-src 'self';
 * require-trusted-types-for 'script'; trusted-types lit-html` (issue 11), with the built CDN file
 * as a host page loads it: the citation styles are offered and a citation is formatted, "Copy
 * BibTeX", "Copy citation" and the export's Copy write to the clipboard, the export's Download
 * (BibTeX, RIS, CSL-JSON, per work and for the list) and "Download BibTeX" make files whose
 * content is read back, the copy fallback (no Clipboard API) runs too — all with no CSP or
 * Trusted Types violation (the page's `securitypolicyviolation` events) and no error.
 */
import { expect, waitUntil } from '@open-wc/testing';

interface ProbeWindow extends Window {
  __violations: string[];
  __errors: string[];
}

interface Loading extends HTMLElement {
  updateComplete: Promise<unknown>;
  loadComplete?: Promise<unknown>;
}

interface Download {
  name: string;
  type: string;
  text: string;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the Cite panel under a strict CSP page: copy and download', function () {
  this.timeout(30000);
  let frame: HTMLIFrameElement;
  let win: ProbeWindow & typeof globalThis;
  let list: Loading;
  /** What the page wrote to its clipboard. */
  const copied: string[] = [];
  /** The files the page saved, in order (the Blob behind each `<a download>` clicked, read back). */
  const saved: Promise<Download>[] = [];

  before(async () => {
    const probe = await fetch('/cdn/researcher-elements.js', { method: 'HEAD' });
    if (!probe.ok) throw new Error('cdn/researcher-elements.js is missing: run `npm run build` (npm test does it first).');
    frame = document.createElement('iframe');
    frame.src = '/test/csp/cite-panel.html';
    frame.width = '1024';
    frame.height = '1200';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    win = frame.contentWindow as ProbeWindow & typeof globalThis;
    const doc = frame.contentDocument!;
    await win.customElements.whenDefined('publication-list');
    list = doc.getElementById('list') as Loading;
    await list.updateComplete;
    await list.loadComplete;
    await list.updateComplete;

    // The clipboard: observed (a headless page has no user to grant it).
    const clip = win.navigator.clipboard as unknown as { writeText: (t: string) => Promise<void> };
    clip.writeText = async (t: string) => void copied.push(t);
    // Downloads: the element's `<a download>` keeps its real blob: URL (made by the page); the
    // click is recorded instead of saving a file, and the Blob is read back from here.
    win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const a = this;
      saved.push(
        fetch(a.href).then(async (res) => ({ name: a.download, type: res.headers.get('content-type') ?? '', text: await res.text() })),
      );
    };
  });

  after(() => frame?.remove());

  const part = <T extends Element = HTMLElement>(root: ParentNode, name: string) => root.querySelector<T>(`[part~="${name}"]`);
  const noViolations = () => {
    expect(win.__violations, 'CSP and Trusted Types violations').to.deep.equal([]);
    expect(win.__errors, 'errors').to.deep.equal([]);
  };

  /** Opens the Cite panel of the first work and waits for its formatted citation. */
  async function openCite(): Promise<HTMLElement> {
    const root = list.shadowRoot!;
    const panel = part(root, 'cite');
    if (!panel || panel.hidden) {
      part<HTMLButtonElement>(root, 'cite-toggle')!.click();
      await list.updateComplete;
    }
    await waitUntil(() => root.querySelector('.plain')?.getAttribute('aria-busy') === 'false', 'the citation is formatted');
    return part<HTMLElement>(root, 'cite')!;
  }

  const title = () => text(part(list.shadowRoot!, 'work-title'));

  it('offers the citation styles and formats the citation, with no violation', async () => {
    const panel = await openCite();
    const styles = [...panel.querySelectorAll<HTMLOptionElement>('[part="cite-style"] option')].map((o) => o.textContent!.trim());
    expect(styles).to.have.length(6);
    expect(styles.join(' | ')).to.contain('APA').and.contain('IEEE');
    expect(text(panel.querySelector('.plain'))).to.contain(title());
    noViolations();
  });

  it('"Copy BibTeX" and "Copy citation" write to the clipboard', async () => {
    const panel = await openCite();
    copied.length = 0;
    const [bib, cite] = panel.querySelectorAll<HTMLButtonElement>('[part="copy-button"]');
    bib!.click();
    await waitUntil(() => text(panel.querySelector('.copied')) === 'BibTeX copied', 'BibTeX copied');
    cite!.click();
    await waitUntil(() => text(panel.querySelector('.copied')) === 'Citation copied', 'citation copied');
    expect(copied).to.have.length(2);
    expect(copied[0]).to.match(/^@article\{/);
    expect(copied[0]).to.equal((panel.querySelector('textarea.bibtex') as HTMLTextAreaElement).value);
    expect(copied[1]).to.contain(title());
    noViolations();
  });

  it('the export of one work: Copy and Download as BibTeX, RIS and CSL-JSON, the file read back', async () => {
    const panel = await openCite();
    const format = part<HTMLSelectElement>(panel, 'export-format')!;
    const button = (action: string) => panel.querySelector<HTMLButtonElement>(`[part="export-button"][data-action="${action}"]`)!;
    for (const [f, ext, mime, check] of [
      ['bibtex', 'bib', 'application/x-bibtex', (s: string) => expect(s).to.match(/^@article\{/)],
      ['ris', 'ris', 'application/x-research-info-systems', (s: string) => expect(s).to.match(/^TY {2}- JOUR\r?\n/)],
      ['csl-json', 'json', 'application/vnd.citationstyles.csl+json', (s: string) => expect(JSON.parse(s)[0].title).to.equal(title())],
    ] as const) {
      format.value = f;
      format.dispatchEvent(new Event('change', { bubbles: true }));
      copied.length = 0;
      saved.length = 0;
      button('copy').click();
      await waitUntil(() => copied.length === 1, `${f} copied`);
      button('download').click();
      await waitUntil(() => saved.length === 1, `${f} saved`);
      const file = await saved[0]!;
      expect(file.name, f).to.match(new RegExp(`\\.${ext}$`));
      expect(file.type, f).to.equal(`${mime};charset=utf-8`);
      expect(file.text, `${f}: the file is what Copy gave`).to.equal(copied[0]);
      check(file.text);
      expect(file.text).to.contain('10.1000/');
    }
    noViolations();
  });

  it('the export of the list and "Download BibTeX": every work in the file', async () => {
    const root = list.shadowRoot!;
    part<HTMLButtonElement>(root, 'export-toggle')!.click();
    await list.updateComplete;
    const row = part(root, 'list-export')!;
    await waitUntil(() => part(row, 'export-format'), 'the list export');
    const format = part<HTMLSelectElement>(row, 'export-format')!;
    format.value = 'ris';
    format.dispatchEvent(new Event('change', { bubbles: true }));
    saved.length = 0;
    row.querySelector<HTMLButtonElement>('[part="export-button"][data-action="download"]')!.click();
    part<HTMLButtonElement>(root, 'download-button')!.click();
    await waitUntil(() => saved.length === 2, 'two files saved');
    const [ris, bib] = await Promise.all(saved);
    const works = text(part(root, 'count')).match(/\d+/)![0];
    expect(ris!.name).to.match(/\.ris$/);
    expect(ris!.text.match(/^TY {2}- /gm), 'RIS records').to.have.length(Number(works));
    expect(bib!.name).to.match(/\.bib$/);
    expect(bib!.text.match(/^@\w+\{/gm), 'BibTeX entries').to.have.length(Number(works));
    noViolations();
  });

  it('without the Clipboard API the fallback copy runs there too (a hidden textarea, no inline style)', async () => {
    const panel = await openCite();
    const clip = win.navigator.clipboard as unknown as { writeText?: unknown };
    const writeText = clip.writeText;
    clip.writeText = undefined;
    const commands: string[] = [];
    const exec = win.document.execCommand;
    win.document.execCommand = function (this: Document, command: string) {
      const area = list.shadowRoot!.querySelector('textarea.visually-hidden') as HTMLTextAreaElement | null;
      commands.push(`${command}:${area?.value.slice(0, 9) ?? ''}:${area?.hasAttribute('style') ? 'styled' : 'no style'}`);
      return true;
    } as typeof exec;
    try {
      panel.querySelectorAll<HTMLButtonElement>('[part="copy-button"]')[0]!.click();
      await waitUntil(() => commands.length === 1, 'execCommand ran');
      await waitUntil(() => text(panel.querySelector('.copied')) === 'BibTeX copied', 'BibTeX copied');
    } finally {
      clip.writeText = writeText;
      win.document.execCommand = exec;
    }
    expect(commands).to.deep.equal(['copy:@article{:no style']);
    expect(list.shadowRoot!.querySelector('textarea.visually-hidden'), 'the textarea is removed').to.equal(null);
    noViolations();
  });

  // Last: these checks cause violations of their own.
  it('the page really enforces the policy: eval and innerHTML with a string are refused there, and the probe hears of it', async () => {
    expect(() => (win as unknown as { eval: (s: string) => unknown }).eval('1 + 1')).to.throw();
    expect(() => {
      frame.contentDocument!.body.innerHTML = '<b>x</b>';
    }).to.throw(/TrustedHTML/);
    // The violation events come in tasks of their own.
    await waitUntil(() => win.__violations.length >= 2, 'the violations reported');
    expect(win.__violations.join('\n')).to.contain('require-trusted-types-for');
  });
});
