import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/elements/publication-list/publication-list.define.js';
import type { PublicationList } from '../../../src/elements/publication-list/publication-list.js';
import type { ProfileInput, Work } from '../../../src/data/schema.js';
import { exportCitations, formatCitations, runsText, type CiteStyle } from '../../../src/data/citations/index.js';
import { chooseStyle } from '../../../src/elements/publication-list/cite-formats.js';
import { referenceProfile } from '../../helpers/profiles.js';

type WorkInput = NonNullable<ProfileInput['works']>[number];

function profile(): ProfileInput {
  const works: WorkInput[] = [
    { id: 'a', type: 'article', year: 2024, venue: 'Journal of Geophysical Research: Oceans', title: 'Sea ice drift', doi: '10.1029/2024JC000001', authors: [{ name: 'Mia Ek' }, { name: 'Jun Sato' }] },
    { id: 'b', type: 'book', year: 2021, venue: 'MIT Press', title: 'Polar oceans', authors: [{ name: 'Lena Fischer' }] },
    { id: 'c', type: 'article', year: 2019, venue: 'Nature', title: 'Arctic warming', authors: [{ name: 'Rosa Silva' }] },
  ];
  return { ...referenceProfile(), works };
}

async function mount(t: TemplateResult): Promise<PublicationList> {
  const el = await fixture<PublicationList>(t);
  await el.loadComplete;
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: PublicationList, s: string) => el.shadowRoot!.querySelector<T>(s);
const $$ = <T extends Element = HTMLElement>(el: PublicationList, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Opens the Cite panel of the `n`th work and waits until its citation is formatted. */
async function openCite(el: PublicationList, n = 0): Promise<HTMLElement> {
  $$<HTMLButtonElement>(el, '[part="cite-toggle"]')[n]!.click();
  await el.updateComplete;
  return $$(el, '[part="cite"]')[n]!;
}

async function pickStyle(el: PublicationList, panel: HTMLElement, style: string): Promise<void> {
  const select = panel.querySelector<HTMLSelectElement>('[part="cite-style"]')!;
  select.value = style;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** What citeproc-js itself gives for the work, as the text a reader sees. */
async function expected(work: Work, style: CiteStyle, locale = 'en'): Promise<string> {
  const [runs] = await formatCitations([work], { style, locale, format: 'runs' });
  return squash(runsText(runs!));
}

/** Captures a download: the Blob and the file name. */
async function captureDownload(click: () => void): Promise<{ text: string; name: string; type: string }> {
  const origCreate = URL.createObjectURL;
  const origClick = HTMLAnchorElement.prototype.click;
  let blob: Blob | null = null;
  let name = '';
  URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:test');
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    click();
    await waitUntil(() => name !== '', 'the download started');
  } finally {
    URL.createObjectURL = origCreate;
    HTMLAnchorElement.prototype.click = origClick;
  }
  const b = blob as Blob | null;
  return { text: await b!.text(), name, type: b!.type };
}

describe('<publication-list> citation styles and exports', () => {
  afterEach(() => {
    chooseStyle('apa');
    sessionStorage.removeItem('researcher-elements:cite-style');
  });

  it('shows the work in the chosen style, exactly as citeproc-js formats it, for every style offered', async () => {
    const el = await mount(html`<publication-list .profile=${profile()}></publication-list>`);
    const work = el.loadedProfile!.works[0]!;
    const panel = await openCite(el);
    const options = [...panel.querySelectorAll<HTMLOptionElement>('[part="cite-style"] option')].map((o) => o.value);
    expect(options).to.deep.equal(['apa', 'chicago', 'ieee', 'harvard', 'vancouver', 'mla']);
    for (const style of options as CiteStyle[]) {
      await pickStyle(el, panel, style);
      expect(text(panel.querySelector('.plain')), style).to.equal(await expected(work, style));
    }
    // Italics from the style are shown as italics (the journal in APA), never as markup from data.
    await pickStyle(el, panel, 'apa');
    const [runs] = await formatCitations([work], { style: 'apa', format: 'runs' });
    expect([...panel.querySelectorAll('.plain .italic')].map(text)).to.deep.equal(runs!.filter((r) => r.italic).map((r) => squash(r.text)));
  });

  it('offers only the styles of cite-styles, in their order; one style needs no choice', async () => {
    const two = await mount(html`<publication-list .profile=${profile()} cite-styles="mla IEEE nonsense"></publication-list>`);
    const panel = await openCite(two);
    expect([...panel.querySelectorAll<HTMLOptionElement>('[part="cite-style"] option')].map((o) => o.value)).to.deep.equal(['mla', 'ieee']);
    expect(text(panel.querySelector('.plain'))).to.equal(await expected(two.loadedProfile!.works[0]!, 'mla'));
    const one = await mount(html`<publication-list .profile=${profile()} cite-styles="vancouver"></publication-list>`);
    const onePanel = await openCite(one);
    expect(onePanel.querySelector('[part="cite-style"]')).to.equal(null);
    expect(text(onePanel.querySelector('.cite-label + p.cite-label, p.cite-label'))).to.equal('Vancouver');
    expect(text(onePanel.querySelector('.plain'))).to.equal(await expected(one.loadedProfile!.works[0]!, 'vancouver'));
  });

  it('remembers the choice for the page and shares it with every list on it', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <publication-list id="one" .profile=${profile()}></publication-list>
      <publication-list id="two" .profile=${profile()}></publication-list>
    </div>`);
    const [one, two] = [...wrap.querySelectorAll('publication-list')] as PublicationList[];
    for (const el of [one!, two!]) await el.loadComplete;
    const p1 = await openCite(one!);
    const p2 = await openCite(two!, 1);
    await pickStyle(one!, p1, 'ieee');
    await two!.updateComplete;
    expect(p2.querySelector<HTMLSelectElement>('[part="cite-style"]')!.value).to.equal('ieee');
    expect(text(p2.querySelector('.plain'))).to.equal(await expected(two!.loadedProfile!.works[1]!, 'ieee'));
    expect(sessionStorage.getItem('researcher-elements:cite-style')).to.equal('ieee');
    // A list added later starts with it; a list that does not offer it shows its own first style.
    const later = await mount(html`<publication-list .profile=${profile()}></publication-list>`);
    expect((await openCite(later)).querySelector<HTMLSelectElement>('[part="cite-style"]')!.value).to.equal('ieee');
    const other = await mount(html`<publication-list .profile=${profile()} cite-styles="harvard mla"></publication-list>`);
    expect((await openCite(other)).querySelector<HTMLSelectElement>('[part="cite-style"]')!.value).to.equal('harvard');
  });

  it('still works when the page forbids storage', async () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const el = await mount(html`<publication-list .profile=${profile()}></publication-list>`);
      const panel = await openCite(el);
      await pickStyle(el, panel, 'mla');
      expect(text(panel.querySelector('.plain'))).to.equal(await expected(el.loadedProfile!.works[0]!, 'mla'));
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem });
    }
  });

  it('copies the citation in the chosen style', async () => {
    const el = await mount(html`<publication-list .profile=${profile()}></publication-list>`);
    const panel = await openCite(el);
    await pickStyle(el, panel, 'chicago');
    const copied: string[] = [];
    const clip = navigator.clipboard as unknown as { writeText: (t: string) => Promise<void> };
    clip.writeText = async (t: string) => void copied.push(t);
    try {
      panel.querySelectorAll<HTMLButtonElement>('[part="copy-button"]')[1]!.click();
      await waitUntil(() => text(panel.querySelector('.copied')) === 'Citation copied', 'status');
    } finally {
      delete (clip as Partial<typeof clip>).writeText;
    }
    expect(squash(copied[0]!)).to.equal(await expected(el.loadedProfile!.works[0]!, 'chicago'));
  });

  it('exports one work as BibTeX, RIS or CSL-JSON: copy and download', async () => {
    const el = await mount(html`<publication-list .profile=${profile()}></publication-list>`);
    const prof = el.loadedProfile!;
    const work = prof.works[0]!;
    const panel = await openCite(el);
    const format = panel.querySelector<HTMLSelectElement>('[part="export-format"]')!;
    const button = (action: string) => panel.querySelector<HTMLButtonElement>(`[part="export-button"][data-action="${action}"]`)!;
    for (const [f, ext, mime] of [
      ['bibtex', 'bib', 'application/x-bibtex'],
      ['ris', 'ris', 'application/x-research-info-systems'],
      ['csl-json', 'json', 'application/vnd.citationstyles.csl+json'],
    ] as const) {
      format.value = f;
      format.dispatchEvent(new Event('change', { bubbles: true }));
      const file = await captureDownload(() => button('download').click());
      expect(file.text, f).to.equal(exportCitations([work], f, { profile: prof }).text);
      expect(file.name).to.match(new RegExp(`\\.${ext}$`));
      expect(file.type).to.equal(`${mime};charset=utf-8`);
    }
    const ris = exportCitations([work], 'ris', { profile: prof }).text;
    expect(ris).to.match(/^TY {2}- JOUR/);
    format.value = 'ris';
    format.dispatchEvent(new Event('change', { bubbles: true }));
    const copied: string[] = [];
    const clip = navigator.clipboard as unknown as { writeText: (t: string) => Promise<void> };
    clip.writeText = async (t: string) => void copied.push(t);
    try {
      button('copy').click();
      await waitUntil(() => text(panel.querySelector('.copied')) === 'RIS copied', 'status');
    } finally {
      delete (clip as Partial<typeof clip>).writeText;
    }
    expect(copied).to.deep.equal([ris]);
  });

  it('exports the filtered list as RIS and CSL-JSON, and "Download BibTeX" still works', async () => {
    const el = await mount(html`<publication-list .profile=${profile()} controls="all" type="article"></publication-list>`);
    const prof = el.loadedProfile!;
    const shown = prof.works.filter((w) => w.type === 'article');
    const bar = $(el, '[part="list-export"]')!;
    const toggle = bar.querySelector<HTMLButtonElement>('[part="export-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(bar.querySelector('[part="export-format"]')).to.equal(null);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const format = bar.querySelector<HTMLSelectElement>('[part="export-format"]')!;
    const download = bar.querySelector<HTMLButtonElement>('[part="export-button"][data-action="download"]')!;
    format.value = 'csl-json';
    format.dispatchEvent(new Event('change', { bubbles: true }));
    const json = await captureDownload(() => download.click());
    expect(json.text).to.equal(exportCitations(shown, 'csl-json', { profile: prof }).text);
    expect(JSON.parse(json.text).map((i: { title: string }) => i.title)).to.deep.equal(['Sea ice drift', 'Arctic warming']);
    expect(json.name).to.equal('wuhui-chen.json');
    format.value = 'ris';
    format.dispatchEvent(new Event('change', { bubbles: true }));
    const ris = await captureDownload(() => download.click());
    expect(ris.text).to.equal(exportCitations(shown, 'ris', { profile: prof }).text);
    expect(ris.text.match(/^TY {2}-/gm)!.length).to.equal(2);
    const bib = await captureDownload(() => $<HTMLButtonElement>(el, '[part="download-button"]')!.click());
    expect(bib.name).to.equal('wuhui-chen.bib');
    expect([...bib.text.matchAll(/^@(\w+)\{/gm)].length).to.equal(2);
  });

  it('speaks Chinese: labels and the zh-CN citation locale', async () => {
    const el = await mount(html`<publication-list .profile=${profile()} lang="zh-Hans"></publication-list>`);
    const panel = await openCite(el, 2);
    expect(text(panel.querySelector('label[for^="s"]'))).to.equal('引文格式');
    expect(text(panel.querySelector('.plain'))).to.equal(await expected(el.loadedProfile!.works[2]!, 'apa', 'zh-Hans'));
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible with the Cite panel open and the exports shown (${theme})`, async () => {
      const el = await mount(html`<publication-list .profile=${profile()} controls="all" theme=${theme}></publication-list>`);
      await openCite(el);
      $<HTMLButtonElement>(el, '[part="export-toggle"]')!.click();
      await el.updateComplete;
      expect($(el, '[part="list-export"] [part="export-format"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});
