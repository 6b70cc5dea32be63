import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/elements/publication-list/publication-list.define.js';
import type { PublicationList } from '../../../src/elements/publication-list/publication-list.js';
import type { ProfileInput } from '../../../src/data/schema.js';
import { referenceProfile } from '../../helpers/profiles.js';

type WorkInput = NonNullable<ProfileInput['works']>[number];

function profile(): ProfileInput {
  const works: WorkInput[] = [
    { id: 'a', type: 'article', year: 2024, venue: 'Nature', title: 'Alpha <i>graphs</i> &amp; maps', doi: 'https://doi.org/10.1000/A.1', authors: [{ name: 'Wuhui Chen' }, { name: 'Ines García' }] },
    { id: 'b', type: 'book', year: 2023, venue: 'MIT Press', title: 'Beta book', authors: [{ name: 'Tomás Núñez' }] },
    { id: 'c', type: 'book-chapter', year: 2022, venue: 'Handbook of Gamma', title: 'Gamma chapter', doi: '10.1000/c', authors: [{ name: 'Priya Raman' }] },
    { id: 'd', type: 'dataset', year: 2021, venue: 'Zenodo', title: 'Delta data', authors: [{ name: 'Jun Sato' }] },
    { id: 'e', type: 'preprint', year: 2020, venue: 'arXiv', title: 'Epsilon preprint', authors: [{ name: 'Lena Fischer' }] },
  ];
  return { ...referenceProfile(), works };
}

async function mount(t: TemplateResult): Promise<PublicationList> {
  const el = await fixture<PublicationList>(t);
  await el.loadComplete;
  await el.updateComplete;
  return el;
}

/** Every COinS span in the element's light DOM, parsed back. */
const coins = (el: Element) => [...el.querySelectorAll<HTMLElement>('span.Z3988')].map((s) => new URLSearchParams(s.title));
const titleOf = (q: URLSearchParams) => q.get('rft.atitle') ?? q.get('rft.btitle') ?? q.get('rft.title');

describe('<publication-list> COinS for reference managers', () => {
  it('writes one span per shown work with title, authors, year, venue and DOI', async () => {
    const el = await mount(html`<publication-list .profile=${profile()}></publication-list>`);
    const spans = coins(el);
    expect(spans.map(titleOf)).to.deep.equal(['Alpha graphs & maps', 'Beta book', 'Gamma chapter', 'Delta data', 'Epsilon preprint']);
    for (const q of spans) expect(q.get('ctx_ver')).to.equal('Z39.88-2004');
    const [a, b, c, d, e] = spans as [URLSearchParams, URLSearchParams, URLSearchParams, URLSearchParams, URLSearchParams];
    expect(a.get('rft_val_fmt')).to.equal('info:ofi/fmt:kev:mtx:journal');
    expect(a.get('rft.genre')).to.equal('article');
    expect(a.getAll('rft.au')).to.deep.equal(['Wuhui Chen', 'Ines García']);
    expect(a.get('rft.date')).to.equal('2024');
    expect(a.get('rft.jtitle')).to.equal('Nature');
    expect(a.getAll('rft_id')).to.include('info:doi/10.1000/A.1');
    expect(b.get('rft_val_fmt')).to.equal('info:ofi/fmt:kev:mtx:book');
    expect([b.get('rft.genre'), b.get('rft.btitle'), b.get('rft.pub'), b.get('rft.date')]).to.deep.equal(['book', 'Beta book', 'MIT Press', '2023']);
    expect(b.getAll('rft.au')).to.deep.equal(['Tomás Núñez']);
    expect(c.get('rft_val_fmt')).to.equal('info:ofi/fmt:kev:mtx:book');
    expect([c.get('rft.genre'), c.get('rft.atitle'), c.get('rft.btitle')]).to.deep.equal(['bookitem', 'Gamma chapter', 'Handbook of Gamma']);
    expect(c.getAll('rft_id')).to.deep.equal(['info:doi/10.1000/c']);
    expect(d.get('rft_val_fmt')).to.equal('info:ofi/fmt:kev:mtx:dc');
    expect([d.get('rft.title'), d.get('rft.source'), d.get('rft.date')]).to.deep.equal(['Delta data', 'Zenodo', '2021']);
    expect(d.getAll('rft.creator')).to.deep.equal(['Jun Sato']);
    expect([e.get('rft_val_fmt'), e.get('rft.genre'), e.get('rft.jtitle')]).to.deep.equal(['info:ofi/fmt:kev:mtx:journal', 'preprint', 'arXiv']);
    expect(e.has('rft_id')).to.equal(false);
  });

  it('is invisible and hidden from assistive technology, and the list stays accessible', async () => {
    const el = await mount(html`<publication-list .profile=${profile()}></publication-list>`);
    const box = el.querySelector<HTMLElement>('[data-publication-list-coins]')!;
    expect(box.hidden).to.equal(true);
    expect(box.getAttribute('aria-hidden')).to.equal('true');
    for (const s of el.querySelectorAll<HTMLElement>('span.Z3988')) {
      expect(s.hidden).to.equal(true);
      expect(s.textContent).to.equal('');
      expect(s.getClientRects().length).to.equal(0);
    }
    await expect(el).to.be.accessible();
  });

  it('follows filtering and paging: only the works shown', async () => {
    const el = await mount(html`<publication-list .profile=${profile()} page-size="2" debounce="0"></publication-list>`);
    expect(coins(el).map(titleOf)).to.deep.equal(['Alpha graphs & maps', 'Beta book']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]')!.click();
    await el.updateComplete;
    expect(coins(el).map(titleOf)).to.deep.equal(['Alpha graphs & maps', 'Beta book', 'Gamma chapter', 'Delta data']);
    el.query = 'delta';
    await el.updateComplete;
    expect(coins(el).map(titleOf)).to.deep.equal(['Delta data']);
    el.query = 'nothing matches this';
    await el.updateComplete;
    expect(coins(el)).to.deep.equal([]);
    el.query = '';
    el.type = 'book book-chapter';
    await el.updateComplete;
    expect(coins(el).map(titleOf)).to.deep.equal(['Beta book', 'Gamma chapter']);
  });

  it('is removed when the element leaves the page and written again when it comes back', async () => {
    const el = await mount(html`<publication-list .profile=${profile()}></publication-list>`);
    const parent = el.parentElement!;
    el.remove();
    expect(el.querySelectorAll('span.Z3988').length).to.equal(0);
    expect(el.querySelector('[data-publication-list-coins]')).to.equal(null);
    parent.append(el);
    await el.updateComplete;
    expect(coins(el).length).to.equal(5);
  });

  it('leaves the fallback children and the inline JSON alone', async () => {
    const json = JSON.stringify({ version: 1, id: 'mia-ek', name: 'Mia Ek', works: [{ id: 'w1', title: 'Sea ice', year: 2024, type: 'article', venue: 'Polar Science', authors: [{ name: 'Mia Ek' }] }] });
    const host = await fixture<HTMLDivElement>(html`<div><publication-list><a href="https://example.org/pubs">Publications</a><script type="application/json">${json}</script></publication-list></div>`);
    const el = host.querySelector('publication-list')!;
    await el.loadComplete;
    await el.updateComplete;
    expect(el.loadedProfile?.name).to.equal('Mia Ek');
    const [link, script, box] = [...el.children];
    expect(link!.localName).to.equal('a');
    expect(link!.textContent).to.equal('Publications');
    expect(script!.localName).to.equal('script');
    expect(script!.textContent).to.equal(json);
    expect(box!.hasAttribute('data-publication-list-coins')).to.equal(true);
    expect(coins(el).map(titleOf)).to.deep.equal(['Sea ice']);
    el.profile = { ...referenceProfile(), works: [] } as never;
    await el.updateComplete;
    expect(el.querySelector('[data-publication-list-coins]')).to.equal(null);
    expect([...el.children].map((c) => c.localName)).to.deep.equal(['a', 'script']);
  });
});
