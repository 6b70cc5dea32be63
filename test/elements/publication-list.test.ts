import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/elements/publication-list/publication-list.define.js';
import type { PublicationList } from '../../src/elements/publication-list/publication-list.js';
import type { ProfileInput } from '../../src/data/schema.js';
import type { WorkSelectEvent } from '../../src/core/events.js';
import { generateProfile } from '../../demo/data/generate.js';
import { referenceProfile } from '../helpers/profiles.js';
import { fakeFetch } from '../helpers/fake-fetch.js';

type WorkInput = NonNullable<ProfileInput['works']>[number];

/** A small lab: seven works of four types over six years (one undated), with citations. */
function lab(extra: Partial<ProfileInput> = {}): ProfileInput {
  const works: WorkInput[] = [
    { id: 'a', type: 'article', year: 2024, venue: 'Nature', title: 'Alpha graphs', citations: 10, doi: '10.1000/a', topics: ['t1'], abstract: 'We study sparse attention.', authors: [{ name: 'Wuhui Chen', id: 'wuhui-chen' }, { name: 'Ines García' }] },
    { id: 'b', type: 'preprint', year: 2024, venue: 'arXiv', title: 'Beta networks', citations: 2, url: 'https://example.org/b', authors: [{ name: 'Tomás Núñez' }, { name: 'Chen, Wuhui' }] },
    { id: 'c', type: 'article', year: 2022, venue: 'eLife', title: 'Gamma genomes', citations: 50, doi: '10.1000/c', authors: [{ name: 'Priya Raman' }] },
    { id: 'd', type: 'proceedings-article', year: 2021, venue: 'NeurIPS', title: 'Delta learning', citations: 0, authors: [{ name: 'Jun Sato' }] },
    { id: 'e', type: 'dataset', year: 2020, venue: 'Zenodo', title: 'Epsilon data', authors: [{ name: 'Lena Fischer' }] },
    { id: 'f', type: 'article', year: 2019, venue: 'PLOS ONE', title: 'Zeta oceans', citations: 5, authors: [{ name: 'Rosa Silva' }] },
    { id: 'g', type: 'article', venue: 'Scientometrics', title: 'Eta undated', citations: 1, authors: [{ name: 'Oren Levi' }] },
  ];
  return { ...referenceProfile(), works, ...extra };
}

async function mount(t: TemplateResult): Promise<PublicationList> {
  const el = await fixture<PublicationList>(t);
  await el.loadComplete;
  await el.updateComplete;
  return el;
}

const root = (el: PublicationList) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: PublicationList, s: string) => root(el).querySelector<T>(s);
const $$ = <T extends Element = HTMLElement>(el: PublicationList, s: string) => [...root(el).querySelectorAll<T>(s)];
/** The text a reader sees: white space collapsed, the invisible bidi isolates around names left out. */
const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
const titles = (el: PublicationList) => $$(el, '.work .title').map(text);
const count = (el: PublicationList) => text($(el, '[part="count"]'));

async function choose(el: PublicationList, id: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `select#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function search(el: PublicationList, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input#search')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('<publication-list>', () => {
  describe('each work', () => {
    it('shows type, year, venue, the linked title, authors with the researcher emphasised, citations and topics', async () => {
      const el = await mount(html`<publication-list .profile=${referenceProfile()}></publication-list>`);
      expect(count(el)).to.equal('1 publication');
      expect(text($(el, '[part="heading"]'))).to.equal('Publications');
      expect(text($(el, '[part="work-meta"]'))).to.equal('Preprint 2024 · arXiv');
      const link = $<HTMLAnchorElement>(el, '.title a')!;
      expect(text(link)).to.equal('Training and Serving System of Foundation Models: A Comprehensive Survey');
      expect(link.href).to.equal('https://doi.org/10.48550/arXiv.2401.02643');
      expect(text($(el, '[part="work-authors"]'))).to.equal('Jiahang Zhou, Yanyu Chen, Zicong Hong, Wuhui Chen, Yue Yu');
      expect($$(el, '[part="self"]').map(text)).to.deep.equal(['Wuhui Chen']);
      expect(text($(el, '[part="work-facts"]'))).to.equal('3 citations Distributed computing');
      // Five works or fewer: no controls unless asked for.
      expect($(el, '[part="controls"]')).to.equal(null);
    });

    it('emphasises the researcher by id, by ORCID, by the profile name in "Last, First" form and by highlight-author', async () => {
      const p = lab({ orcid: '0000-0002-1825-0097' });
      p.works![3]!.authors = [{ name: 'W. C.', orcid: 'https://orcid.org/0000-0002-1825-0097' }, { name: 'Jun Sato' }];
      const el = await mount(html`<publication-list .profile=${p} highlight-author="Ines García; Jun Sato"></publication-list>`);
      const selfIn = (id: string) => {
        const pos = titles(el).indexOf(id);
        return $$(el, '.work')[pos]!.querySelectorAll('[part="self"]');
      };
      expect([...selfIn('Alpha graphs')].map(text)).to.deep.equal(['Wuhui Chen', 'Ines García']);
      expect([...selfIn('Beta networks')].map(text)).to.deep.equal(['Chen, Wuhui']);
      expect([...selfIn('Delta learning')].map(text)).to.deep.equal(['W. C.', 'Jun Sato']);
      expect([...selfIn('Gamma genomes')].map(text)).to.deep.equal([]);
    });

    it('uses real plurals for citations and the count', async () => {
      const el = await mount(html`<publication-list .profile=${lab()}></publication-list>`);
      const facts = $$(el, '.work').map((w) => text(w.querySelector('[part="work-facts"]')));
      expect(facts).to.include('1 citation');
      expect(facts).to.include('0 citations');
      expect(facts).to.include('50 citations');
      expect(count(el)).to.equal('7 publications');
    });

    it('renders TeX and HTML in titles and abstracts as legible text, never as markup', async () => {
      const p = referenceProfile();
      p.works![0]!.title = 'PanGu-$\\Sigma$: <i>sparse</i> &amp; fast $\\alpha$-helix &#x3B2;-sheets and $^{13}$C';
      p.works![0]!.abstract = '<jats:title>Abstract</jats:title><jats:p>Foundation models (PanGu-$Σ$) &lt;b&gt;scale&lt;/b&gt;.</jats:p>';
      const el = await mount(html`<publication-list .profile=${p}></publication-list>`);
      const title = $(el, '.title a')!;
      expect(text(title)).to.equal('PanGu-Σ: sparse & fast α-helix β-sheets and ¹³C');
      expect(title.querySelector('i')).to.equal(null);
      $<HTMLButtonElement>(el, '[part="abstract-toggle"]')!.click();
      await el.updateComplete;
      const abstract = $(el, '[part="abstract"]')!;
      expect(text(abstract)).to.equal('Foundation models (PanGu-Σ) <b>scale</b>.');
      expect(abstract.querySelector('b')).to.equal(null);
    });

    it('shows the abstract behind a toggle with aria-expanded and aria-controls', async () => {
      const el = await mount(html`<publication-list .profile=${referenceProfile()}></publication-list>`);
      const toggle = $<HTMLButtonElement>(el, '[part="abstract-toggle"]')!;
      const panel = $(el, `#${toggle.getAttribute('aria-controls')}`)!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.equal(true);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hidden).to.equal(false);
      expect(text(panel)).to.match(/^Foundation models \(e\.g\., ChatGPT, DALL-E, PengCheng Mind, PanGu-Σ\)/);
    });

    it('cuts long author lists to "A, B, C … +N more", keeps the researcher visible, and shows all on request with a bounded DOM', async () => {
      const p = referenceProfile();
      const authors = Array.from({ length: 10_000 }, (_, i) => ({ name: `Author ${i}` }));
      authors[5000] = { name: 'Wuhui Chen', id: 'wuhui-chen' } as (typeof authors)[number];
      p.works![0]!.authors = authors;
      const el = await mount(html`<publication-list .profile=${p} max-authors="3"></publication-list>`);
      const line = () => $(el, '[part="work-authors"]')!;
      expect(text(line())).to.equal('Author 0, Author 1, Author 2 … Wuhui Chen … +9,996 more authors');
      expect(line().querySelectorAll('*').length).to.be.at.most(4);
      const more = line().querySelector<HTMLButtonElement>('[part="authors-toggle"]')!;
      expect(more.tagName).to.equal('BUTTON');
      more.click();
      await el.updateComplete;
      expect(text(line())).to.contain('Author 4999, Wuhui Chen, Author 5001');
      expect(text(line())).to.match(/Author 9999 Show fewer authors$/);
      // 10,000 names are still a few text runs, not 10,000 nodes.
      expect(line().querySelectorAll('*').length).to.be.at.most(4);
      expect(root(el).activeElement?.textContent).to.contain('Show fewer');
    });

    it('copes with works missing year, venue, title and authors, and drops duplicate ids', async () => {
      const p = lab();
      p.works = [{ id: 'x' }, { id: 'x', title: 'Duplicate' }, { id: 'y', title: 'Has a year', year: 2001 }];
      const el = await mount(html`<publication-list .profile=${p}></publication-list>`);
      expect(count(el)).to.equal('2 publications');
      expect(titles(el)).to.deep.equal(['Has a year', 'Untitled']);
      const untitled = $$(el, '.work')[1]!;
      expect(text(untitled.querySelector('[part="work-meta"]'))).to.equal('n.d.');
      expect(untitled.querySelector('[part="work-authors"]')).to.equal(null);
      expect(untitled.querySelector('a')).to.equal(null);
    });

    it('renders hostile strings as text: nothing executed, no unsafe links, no overflow at 320 px', async () => {
      (window as unknown as Record<string, unknown>).__plPwned = undefined;
      const p = referenceProfile();
      const long = 'x'.repeat(3000);
      p.works = [
        {
          id: '<img src=x onerror=alert(1)>',
          title: '<img src=x onerror="window.__plPwned=1">Real title<script>window.__plPwned=2</script>',
          venue: '"><svg onload="window.__plPwned=3">',
          abstract: `<iframe src="javascript:window.__plPwned=4"></iframe>${long}`,
          url: 'javascript:window.__plPwned=5',
          doi: 'javascript:alert(1)',
          type: '<b>bold</b>',
          authors: [{ name: `<a href="javascript:alert(1)">Bob</a> ${long}` }],
          topics: ['t1'],
        },
      ];
      p.topics = [{ id: 't1', name: `<i onclick="window.__plPwned=6">topic</i>${long}` }];
      const el = await mount(html`<publication-list .profile=${p}></publication-list>`);
      el.style.width = '320px';
      $<HTMLButtonElement>(el, '[part="abstract-toggle"]')!.click();
      $<HTMLButtonElement>(el, '[part="cite-toggle"]')!.click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Real title']);
      expect(root(el).querySelectorAll('img, script, iframe, .work svg, .work a, i, b').length).to.equal(0);
      expect((window as unknown as Record<string, unknown>).__plPwned).to.equal(undefined);
      const base = $(el, '[part="base"]')!;
      expect(base.scrollWidth).to.be.at.most(320);
      expect(el.getBoundingClientRect().width).to.equal(320);
    });
  });

  describe('controls', () => {
    it('searches title, venue, authors and abstract (debounced, diacritics folded) and announces the count politely', async () => {
      const el = await mount(html`<publication-list .profile=${lab()} debounce="20"></publication-list>`);
      const status = $(el, '[part="count"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      await search(el, 'gamma');
      // Debounced: nothing changes on the keystroke itself.
      expect(titles(el)).to.have.length(7);
      await waitUntil(() => titles(el).length === 1, 'search applied');
      expect(titles(el)).to.deep.equal(['Gamma genomes']);
      expect(text(status)).to.equal('1 of 7 shown');
      for (const [q, expected] of [
        ['elife', ['Gamma genomes']], // venue
        ['tomas nunez', ['Beta networks']], // authors, without diacritics
        ['sparse attention', ['Alpha graphs']], // abstract, two terms
        ['ZETA', ['Zeta oceans']],
      ] as const) {
        await search(el, q);
        await waitUntil(() => JSON.stringify(titles(el)) === JSON.stringify(expected), `search "${q}"`);
      }
    });

    it('filters by type', async () => {
      const el = await mount(html`<publication-list .profile=${lab()}></publication-list>`);
      const options = $$<HTMLOptionElement>(el, 'select#type option').map(text);
      expect(options).to.deep.equal(['All types', 'Article (4)', 'Conference paper (1)', 'Dataset (1)', 'Preprint (1)']);
      await choose(el, 'type', 'article');
      expect(titles(el)).to.deep.equal(['Alpha graphs', 'Gamma genomes', 'Zeta oceans', 'Eta undated']);
      expect(count(el)).to.equal('4 of 7 shown');
      await choose(el, 'type', '');
      expect(count(el)).to.equal('7 publications');
    });

    it('filters by a year range (undated works drop out)', async () => {
      const el = await mount(html`<publication-list .profile=${lab()}></publication-list>`);
      await choose(el, 'year-from', '2020');
      await choose(el, 'year-to', '2022');
      expect(titles(el)).to.deep.equal(['Gamma genomes', 'Delta learning', 'Epsilon data']);
      expect(count(el)).to.equal('3 of 7 shown');
    });

    it('sorts newest, oldest, most cited and by title', async () => {
      const el = await mount(html`<publication-list .profile=${lab()}></publication-list>`);
      expect(titles(el)).to.deep.equal(['Alpha graphs', 'Beta networks', 'Gamma genomes', 'Delta learning', 'Epsilon data', 'Zeta oceans', 'Eta undated']);
      await choose(el, 'sort', 'oldest');
      expect(titles(el)).to.deep.equal(['Zeta oceans', 'Epsilon data', 'Delta learning', 'Gamma genomes', 'Alpha graphs', 'Beta networks', 'Eta undated']);
      await choose(el, 'sort', 'cited');
      expect(titles(el)).to.deep.equal(['Gamma genomes', 'Alpha graphs', 'Zeta oceans', 'Beta networks', 'Eta undated', 'Delta learning', 'Epsilon data']);
      await choose(el, 'sort', 'title');
      expect(titles(el)).to.deep.equal(['Alpha graphs', 'Beta networks', 'Delta learning', 'Epsilon data', 'Eta undated', 'Gamma genomes', 'Zeta oceans']);
    });

    it('groups by year and by type under headings with stable, linkable ids', async () => {
      const el = await mount(html`<publication-list .profile=${lab()}></publication-list>`);
      await choose(el, 'group', 'year');
      const headings = () => $$(el, '[part="group-heading"]');
      expect(headings().map(text)).to.deep.equal(['2024 (2)', '2022 (1)', '2021 (1)', '2020 (1)', '2019 (1)', 'No date (1)']);
      expect(headings().map((h) => h.id)).to.deep.equal([
        'publication-list-2024',
        'publication-list-2022',
        'publication-list-2021',
        'publication-list-2020',
        'publication-list-2019',
        'publication-list-nd',
      ]);
      expect(headings()[0]!.getAttribute('role')).to.equal('heading');
      expect(headings()[0]!.getAttribute('aria-level')).to.equal('3');
      expect($$(el, '.group')[0]!.querySelectorAll('.work').length).to.equal(2);
      await choose(el, 'group', 'type');
      expect(headings().map(text)).to.deep.equal(['Article (4)', 'Conference paper (1)', 'Preprint (1)', 'Dataset (1)']);
      expect(headings()[1]!.id).to.equal('publication-list-proceedings-article');
      await choose(el, 'group', 'none');
      expect(headings()).to.have.length(0);
    });

    it('scrolls to and focuses the group heading named by the page address, on load and on hashchange', async () => {
      const clean = () => history.replaceState(null, '', location.pathname + location.search);
      try {
        history.replaceState(null, '', '#pubs-nd');
        // The undated group is beyond the first page: it is brought into the page.
        const el = await mount(html`<publication-list id="pubs" .profile=${lab()} group-by="year" page-size="2"></publication-list>`);
        await waitUntil(() => root(el).activeElement?.id === 'pubs-nd', 'initial hash');
        expect(text(root(el).activeElement)).to.equal('No date (1)');
        history.replaceState(null, '', '#pubs-2022');
        window.dispatchEvent(new HashChangeEvent('hashchange'));
        await waitUntil(() => root(el).activeElement?.id === 'pubs-2022', 'hashchange');
      } finally {
        clean();
      }
    });

    it('shows the controls named by `controls`, or none', async () => {
      const none = await mount(html`<publication-list .profile=${lab()} controls="none"></publication-list>`);
      expect($(none, '[part="controls"]')).to.equal(null);
      const some = await mount(html`<publication-list .profile=${lab()} controls="search sort"></publication-list>`);
      expect($$(some, '[part="controls"] input, [part="controls"] select').map((n) => n.id)).to.deep.equal(['search', 'sort']);
      expect($(some, '[part="download-button"]')).to.equal(null);
      const auto = await mount(html`<publication-list .profile=${lab()}></publication-list>`);
      expect($$(auto, '[part="controls"] input, [part="controls"] select').map((n) => n.id)).to.deep.equal(['search', 'type', 'year-from', 'year-to', 'sort', 'group']);
      expect($(auto, '[part="download-button"]')).to.not.equal(null);
      // Every control has a visible label.
      for (const c of $$(auto, '[part="controls"] input, [part="controls"] select')) {
        expect(text($(auto, `label[for="${c.id}"]`)), c.id).to.not.equal('');
      }
    });

    it('takes its configuration from attributes: limit, type, year-from, year-to, sort, group-by, page-size', async () => {
      const limited = await mount(html`<publication-list .profile=${lab()} limit="2" sort="cited"></publication-list>`);
      expect(titles(limited)).to.deep.equal(['Gamma genomes', 'Alpha graphs']);
      expect(count(limited)).to.equal('2 of 7 shown');
      const typed = await mount(html`<publication-list .profile=${lab()} type="article preprint" year-from="2020" year-to="2024"></publication-list>`);
      expect(titles(typed)).to.deep.equal(['Alpha graphs', 'Beta networks', 'Gamma genomes']);
      expect($<HTMLSelectElement>(typed, 'select#type')!.selectedOptions[0]!.textContent).to.equal('Article, Preprint');
      expect($<HTMLSelectElement>(typed, 'select#year-from')!.value).to.equal('2020');
      const grouped = await mount(html`<publication-list .profile=${lab()} group-by="type" sort="title"></publication-list>`);
      expect($$(grouped, '[part="group-heading"]').map(text)[0]).to.equal('Article (4)');
      expect(titles(grouped).slice(0, 4)).to.deep.equal(['Alpha graphs', 'Eta undated', 'Gamma genomes', 'Zeta oceans']);
      expect($<HTMLSelectElement>(grouped, 'select#group')!.value).to.equal('type');
      expect($<HTMLSelectElement>(grouped, 'select#sort')!.value).to.equal('title');
    });

    it('pages long lists: "Show more" adds a page and moves focus to the first new work', async () => {
      const el = await mount(html`<publication-list .profile=${lab()} page-size="3"></publication-list>`);
      expect(titles(el)).to.have.length(3);
      expect(text($(el, '[part="footer"] p'))).to.equal('Showing 3 of 7');
      const more = $<HTMLButtonElement>(el, '[part="more-button"]')!;
      expect(text(more)).to.equal('Show 3 more');
      more.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(6);
      expect(root(el).activeElement).to.equal($$(el, '.work')[3]);
      $<HTMLButtonElement>(el, '[part="more-button"]')!.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(7);
      expect($(el, '[part="footer"]')).to.equal(null);
    });

    it('offers "Clear filters" when nothing matches, and it restores the list', async () => {
      const el = await mount(html`<publication-list .profile=${lab()} debounce="0"></publication-list>`);
      await search(el, 'no such thing');
      expect(titles(el)).to.deep.equal([]);
      expect(text($(el, '[part="no-match"] p'))).to.equal('No publications match these filters.');
      expect(count(el)).to.equal('0 of 7 shown');
      $<HTMLButtonElement>(el, '[part="no-match"] button')!.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(7);
      expect($<HTMLInputElement>(el, '#search')!.value).to.equal('');
      expect(root(el).activeElement?.id).to.equal('search');
    });
  });

  describe('keyboard', () => {
    it('reaches the abstract toggle with Tab, opens it with Enter and closes it with Space, with a visible focus ring', async () => {
      const el = await mount(html`<publication-list .profile=${referenceProfile()}></publication-list>`);
      $<HTMLAnchorElement>(el, '.title a')!.focus();
      await sendKeys({ press: 'Tab' });
      const toggle = $<HTMLButtonElement>(el, '[part="abstract-toggle"]')!;
      expect(root(el).activeElement).to.equal(toggle);
      expect(getComputedStyle(toggle).outlineStyle).to.not.equal('none');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '[part="abstract"]')!.hidden).to.equal(false);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      // Next stop: the Cite button.
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal($(el, '[part="cite-toggle"]'));
    });

    it('searches by typing into the search box', async () => {
      const el = await mount(html`<publication-list .profile=${lab()} debounce="10"></publication-list>`);
      $<HTMLInputElement>(el, '#search')!.focus();
      await sendKeys({ type: 'delta' });
      await waitUntil(() => titles(el).length === 1, 'typed search');
      expect(titles(el)).to.deep.equal(['Delta learning']);
      expect(count(el)).to.equal('1 of 7 shown');
    });
  });

  describe('citations', () => {
    it('shows BibTeX and an APA-style reference in a "Cite" disclosure', async () => {
      const el = await mount(html`<publication-list .profile=${referenceProfile()}></publication-list>`);
      const toggle = $<HTMLButtonElement>(el, '[part="cite-toggle"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const bib = $<HTMLTextAreaElement>(el, '[part="cite"] textarea')!;
      expect(bib.readOnly).to.equal(true);
      expect(text($(el, `label[for="${bib.id}"]`))).to.equal('BibTeX');
      expect(bib.value).to.equal(
        [
          '@misc{zhou2024training,',
          '  author = {Zhou, Jiahang and Chen, Yanyu and Hong, Zicong and Chen, Wuhui and Yu, Yue},',
          '  title = {Training and Serving System of Foundation Models: A Comprehensive Survey},',
          '  howpublished = {arXiv},',
          '  year = {2024},',
          '  doi = {10.48550/arXiv.2401.02643},',
          '  eprint = {2401.02643},',
          '  archiveprefix = {arXiv}',
          '}',
        ].join('\n'),
      );
      expect(text($(el, '[part="cite"] .plain'))).to.equal(
        'Zhou, J., Chen, Y., Hong, Z., Chen, W., & Yu, Y. (2024). Training and Serving System of Foundation Models: A Comprehensive Survey. arXiv. https://doi.org/10.48550/arXiv.2401.02643',
      );
    });

    it('copies with the Clipboard API and says so', async () => {
      const el = await mount(html`<publication-list .profile=${referenceProfile()}></publication-list>`);
      $<HTMLButtonElement>(el, '[part="cite-toggle"]')!.click();
      await el.updateComplete;
      const copied: string[] = [];
      const clip = navigator.clipboard as unknown as { writeText: (t: string) => Promise<void> };
      clip.writeText = async (t: string) => void copied.push(t);
      try {
        const [bibButton, plainButton] = $$<HTMLButtonElement>(el, '[part="copy-button"]');
        bibButton!.click();
        await waitUntil(() => text($(el, '.copied')) === 'BibTeX copied', 'status');
        expect(copied[0]).to.match(/^@misc\{zhou2024training,\n/);
        expect($(el, '.copied')!.getAttribute('role')).to.equal('status');
        plainButton!.click();
        await waitUntil(() => text($(el, '.copied')) === 'Citation copied', 'status');
        expect(copied[1]).to.match(/^Zhou, J\., Chen, Y\./);
      } finally {
        delete (clip as Partial<typeof clip>).writeText;
      }
    });

    it('falls back to a hidden textarea and execCommand("copy") when the Clipboard API is refused', async () => {
      const el = await mount(html`<publication-list .profile=${referenceProfile()}></publication-list>`);
      $<HTMLButtonElement>(el, '[part="cite-toggle"]')!.click();
      await el.updateComplete;
      const clip = navigator.clipboard as unknown as { writeText: (t: string) => Promise<void> };
      clip.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      const original = document.execCommand;
      let selected = '';
      document.execCommand = ((cmd: string) => {
        const active = root(el).activeElement as HTMLTextAreaElement | null;
        selected = cmd === 'copy' && active ? active.value.slice(active.selectionStart, active.selectionEnd) : '';
        return true;
      }) as typeof document.execCommand;
      try {
        const plainButton = $$<HTMLButtonElement>(el, '[part="copy-button"]')[1]!;
        plainButton.click();
        await waitUntil(() => text($(el, '.copied')) === 'Citation copied', 'status');
        expect(selected).to.equal(text($(el, '[part="cite"] .plain')));
        // The helper textarea is gone and focus is back on the button.
        expect(root(el).querySelectorAll('textarea').length).to.equal(1);
        expect(root(el).activeElement).to.equal(plainButton);
      } finally {
        document.execCommand = original;
        delete (clip as Partial<typeof clip>).writeText;
      }
    });

    it('"Download BibTeX" saves the filtered list as a .bib file', async () => {
      const el = await mount(html`<publication-list .profile=${lab()} debounce="0"></publication-list>`);
      await choose(el, 'type', 'article');
      await search(el, 'a');
      const origCreate = URL.createObjectURL;
      const origClick = HTMLAnchorElement.prototype.click;
      let blob: Blob | null = null;
      let download = '';
      URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:test');
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        download = this.download;
      };
      try {
        $<HTMLButtonElement>(el, '[part="download-button"]')!.click();
        // The citation code loads on first use, then the file is saved.
        await waitUntil(() => download !== '', 'the download started');
      } finally {
        URL.createObjectURL = origCreate;
        HTMLAnchorElement.prototype.click = origClick;
      }
      expect(download).to.equal('wuhui-chen.bib');
      const bib = await blob!.text();
      const keys = [...bib.matchAll(/^@(\w+)\{([^,\n]+)/gm)].map((m) => `${m[1]}:${m[2]}`);
      expect(keys).to.deep.equal(['article:chen2024alpha', 'article:raman2022gamma', 'article:silva2019zeta', 'article:levindeta']);
      expect(root(el).querySelector('a[download]')).to.equal(null);
    });
  });

  describe('events', () => {
    it('fires work-select when a title is activated; the link opens unless the host prevents it', async () => {
      const el = await mount(html`<publication-list .profile=${referenceProfile()}></publication-list>`);
      const link = $<HTMLAnchorElement>(el, '.title a')!;
      const seen: WorkSelectEvent[] = [];
      let navigationCancelled: boolean | null = null;
      // Runs after the element's handler: records whether the link would navigate, then stops it.
      const guard = (e: Event) => {
        navigationCancelled = e.defaultPrevented;
        e.preventDefault();
      };
      document.addEventListener('click', guard);
      const onSelect = (e: WorkSelectEvent) => seen.push(e);
      el.addEventListener('work-select', onSelect);
      try {
        link.click();
        expect(seen).to.have.length(1);
        expect(seen[0]!.detail.work.id).to.equal('w1');
        expect(seen[0]!.cancelable && seen[0]!.composed && seen[0]!.bubbles).to.equal(true);
        expect(navigationCancelled).to.equal(false);
        el.addEventListener('work-select', (e) => e.preventDefault(), { once: true });
        link.click();
        expect(seen).to.have.length(2);
        expect(navigationCancelled).to.equal(true);
      } finally {
        document.removeEventListener('click', guard);
      }
    });
  });

  describe('large lists', () => {
    it('keeps the DOM bounded at 5,000 works (one page), and searches all of them', async () => {
      const profile = generateProfile({ works: 5000, seed: 7 });
      const big = await mount(html`<publication-list .profile=${profile} debounce="0"></publication-list>`);
      const small = await mount(html`<publication-list .profile=${generateProfile({ works: 1000, seed: 7 })}></publication-list>`);
      expect(count(big)).to.equal('5,000 publications');
      expect(titles(big)).to.have.length(50);
      const nodes = root(big).querySelectorAll('*').length;
      expect(nodes).to.be.below(2500);
      // Five times the works, (almost) the same DOM: only the option lists may differ.
      expect(Math.abs(nodes - root(small).querySelectorAll('*').length)).to.be.below(20);
      await search(big, 'protein folding');
      const matching = profile.works!.filter((w) =>
        ['protein', 'folding'].every((t) => [w.title, w.venue, w.abstract, ...(w.authors ?? []).map((a) => a.name)].join(' ').toLowerCase().includes(t)),
      );
      expect(matching.length).to.be.within(51, 4999);
      expect(count(big)).to.equal(`${matching.length.toLocaleString('en')} of 5,000 shown`);
      expect(titles(big)).to.have.length(50);
      $<HTMLButtonElement>(big, '[part="more-button"]')?.click();
      await big.updateComplete;
      expect(root(big).querySelectorAll('*').length).to.be.below(5000);
    });
  });

  describe('structured data', () => {
    it('writes schema.org ScholarlyArticle JSON-LD into the light DOM, escaped, and keeps it in step with the data', async () => {
      const p = lab();
      p.works![0]!.title = 'Alpha </script><script>window.__plPwned=7</script> graphs';
      const el = await mount(html`<publication-list .profile=${p} structured-data></publication-list>`);
      const script = () => el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
      expect(script()).to.not.equal(null);
      expect(script()!.textContent).to.not.contain('</script');
      const data = JSON.parse(script()!.textContent!);
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@graph']).to.have.length(7);
      const first = data['@graph'][0];
      expect(first).to.deep.include({ '@type': 'ScholarlyArticle', '@id': 'https://doi.org/10.1000/a', datePublished: '2024' });
      expect(first.name).to.equal('Alpha graphs');
      expect(first.author[0]).to.deep.equal({ '@type': 'Person', name: 'Wuhui Chen' });
      expect(first.isPartOf).to.deep.equal({ '@type': 'Periodical', name: 'Nature' });
      expect((window as unknown as Record<string, unknown>).__plPwned).to.equal(undefined);

      el.type = 'article';
      await el.updateComplete;
      expect(JSON.parse(script()!.textContent!)['@graph']).to.have.length(4);
      el.profile = referenceProfile();
      await el.loadComplete;
      await el.updateComplete;
      // No listed works (the preprint is not an article): no script.
      expect(script()).to.equal(null);
      el.type = null;
      await el.updateComplete;
      expect(JSON.parse(script()!.textContent!)['@graph'][0].name).to.equal('Training and Serving System of Foundation Models: A Comprehensive Survey');
      expect(el.querySelectorAll('script').length).to.equal(1);
      el.structuredData = false;
      await el.updateComplete;
      expect(script()).to.equal(null);
    });
  });

  describe('states and accessibility', () => {
    it('loading: a busy skeleton, accessible', async () => {
      const fetch = fakeFetch({ '/slow.json': { body: referenceProfile(), delay: 60_000 } });
      try {
        const el = await fixture<PublicationList>(html`<publication-list src="/slow.json"></publication-list>`);
        await el.updateComplete;
        expect($(el, '[part="loading"]')).to.not.equal(null);
        expect(el.getAttribute('aria-busy')).to.equal('true');
        await expect(el).to.be.accessible();
      } finally {
        fetch.restore();
      }
    });

    it('error: a message and Retry, accessible', async () => {
      const fetch = fakeFetch({ '/missing.json': { status: 500, body: 'nope' } });
      try {
        const el = await fixture<PublicationList>(html`<publication-list src="/missing.json"><a href="/pubs">Publications</a></publication-list>`);
        await el.loadComplete;
        await el.updateComplete;
        expect($(el, '[part="error"]')).to.not.equal(null);
        expect(text($(el, '[part="retry-button"]'))).to.equal('Retry');
        await expect(el).to.be.accessible();
      } finally {
        fetch.restore();
      }
    });

    it('empty: a friendly message, accessible', async () => {
      const el = await mount(html`<publication-list .profile=${{ ...referenceProfile(), works: [] }}></publication-list>`);
      expect(text($(el, '[part="empty"]'))).to.equal('No publications to show yet.');
      await expect(el).to.be.accessible();
    });

    it('loaded, with every panel open, accessible', async () => {
      const el = await mount(html`<publication-list .profile=${lab()} group-by="year"></publication-list>`);
      for (const b of $$<HTMLButtonElement>(el, '[part="abstract-toggle"], [part="cite-toggle"]')) b.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('filtered to zero results, accessible', async () => {
      const el = await mount(html`<publication-list .profile=${lab()} debounce="0"></publication-list>`);
      await search(el, 'zzzz');
      expect($(el, '[part="no-match"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    for (const theme of ['dark', 'light'] as const) {
      it(`theme="${theme}": follows the theme and stays accessible`, async () => {
        const el = await mount(html`<publication-list .profile=${lab()} theme=${theme} page-size="3"></publication-list>`);
        $<HTMLButtonElement>(el, '[part="cite-toggle"]')!.click();
        $<HTMLButtonElement>(el, '[part="abstract-toggle"]')!.click();
        await el.updateComplete;
        const bg = getComputedStyle($(el, '[part="controls"]')!).backgroundColor;
        expect(bg).to.equal(theme === 'dark' ? 'rgb(33, 38, 45)' : 'rgb(246, 248, 250)');
        await expect(el).to.be.accessible();
      });
    }
  });
});
