/**
 * Issue 9, item 1: text is normalized once, at validation, and every view reads the same field.
 * One hostile TeX/markup string goes through the card, the list, the graph (the label the canvas
 * draws, the model's node label and the table view), the list's JSON-LD and its BibTeX.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/researcher-card/researcher-card.define.js';
import '../../src/elements/publication-list/publication-list.define.js';
import type { ResearcherCard } from '../../src/elements/researcher-card/researcher-card.js';
import type { PublicationList } from '../../src/elements/publication-list/publication-list.js';
import type { ProfileInput } from '../../src/data/schema.js';
import { toBibtex } from '../../src/data/citations/index.js';
import { validateProfile } from '../../src/data/validate.js';
import { mount as mountGraph, button as graphButton } from './collab-graph/helpers.js';

const HOSTILE = '<i>Ångström</i> &amp; {\\"o}ber $\\Sigma$ <script>x</script>';
/** What a reader should see wherever the string shows up. */
const PLAIN = 'Ångström & öber Σ';
/** A name is never marked up (a `<` in it is text), but its references and TeX are resolved. */
const NAME = 'Ångstr{\\"o}m &amp; $\\Sigma$ Erd\\H{o}s';
const NAME_PLAIN = 'Ångström & Σ Erdős';

const profile = (): ProfileInput => ({
  version: 1,
  id: 'me',
  name: NAME,
  orcid: 'https://orcid.org/0000-0002-1825-0097',
  works: [
    { id: 'w1', type: 'article', year: 2021, title: HOSTILE, venue: 'Journal of $\\alpha$ &amp; Ω', doi: 'https://doi.org/10.1000/ABC', authors: [{ name: 'Me', id: 'me' }, { name: 'Ann Lee', id: 'p1' }] },
  ],
  people: [{ id: 'p1', name: 'Ann Lee' }],
});

/** Text as read: white space collapsed, bidi isolates left out. */
const read = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
/** The value of one BibTeX field, its escapes undone. */
const bibField = (bib: string, field: string) => /^\s*(\w+) = \{(.*)\},?$/gm.exec(bib.split('\n').find((l) => l.trim().startsWith(`${field} =`)) ?? '')?.[2]?.replace(/\\([&%$#_{}])/g, '$1');

describe('one hostile title reads the same everywhere (normalized once, at validation)', function () {
  this.timeout(20000);

  it('validation turns it into plain text, once', () => {
    const r = validateProfile(profile());
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.profile.name).to.equal(NAME_PLAIN);
    expect(r.profile.works[0]!.title).to.equal(PLAIN);
    expect(r.profile.works[0]!.venue).to.equal('Journal of α & Ω');
    expect(r.profile.works[0]!.doi).to.equal('10.1000/ABC');
    expect(r.profile.orcid).to.equal('0000-0002-1825-0097');
    // Normalized data validates to itself: a second pass changes nothing.
    const again = validateProfile(r.profile);
    expect(again.ok && again.profile.works[0]!.title).to.equal(PLAIN);
  });

  it('the card shows the name as plain text, from a property and from inline JSON (TeX accents resolved)', async () => {
    const card = await fixture<ResearcherCard>(html`<researcher-card .profile=${profile()}></researcher-card>`);
    await card.loadComplete;
    await card.updateComplete;
    expect(read(card.shadowRoot!.querySelector('[part~="name"]'))).to.equal(NAME_PLAIN);
    const inline = await fixture<ResearcherCard>(html`<researcher-card
      ><script type="application/json">
        {"version":1,"id":"pe","name":"Paul Erd\\\\H{o}s"}
      </script></researcher-card
    >`);
    await inline.loadComplete;
    await inline.updateComplete;
    expect(read(inline.shadowRoot!.querySelector('[part~="name"]'))).to.equal('Paul Erdős');
  });

  it('the list, its JSON-LD and its BibTeX show the same title', async () => {
    const el = await fixture<PublicationList>(html`<publication-list .profile=${profile()} structured-data></publication-list>`);
    await el.loadComplete;
    await el.updateComplete;
    const titles = [...el.shadowRoot!.querySelectorAll('.work .title')].map(read);
    expect(titles).to.deep.equal([PLAIN]);
    // JSON-LD in the light DOM.
    const script = el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
    const ld = JSON.parse(script!.textContent!);
    expect(ld['@graph'][0].name).to.equal(PLAIN);
    expect(ld['@graph'][0]['@id']).to.equal('https://doi.org/10.1000/ABC');
    // BibTeX, as the "Cite" disclosure shows it.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="cite-toggle"]')!.click();
    await el.updateComplete;
    const bib = await waitUntil(() => el.shadowRoot!.querySelector<HTMLTextAreaElement>('[part="cite"] textarea')?.value, 'BibTeX shown').then(
      () => el.shadowRoot!.querySelector<HTMLTextAreaElement>('[part="cite"] textarea')!.value,
    );
    expect(bibField(bib, 'title')).to.equal(PLAIN);
    expect(bibField(bib, 'doi')).to.equal('10.1000/ABC');
    // The data layer's BibTeX of the validated work says the same.
    const r = validateProfile(profile());
    expect(r.ok && bibField(toBibtex(r.profile.works[0]!, { key: 'k' }), 'title')).to.equal(PLAIN);
  });

  it('the graph draws, lists and describes the same text (canvas label, model label, table)', async () => {
    const drawn: string[] = [];
    const original = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, w?: number) {
      drawn.push(text);
      return w === undefined ? original.call(this, text, x, y) : original.call(this, text, x, y, w);
    };
    try {
      const el = await mountGraph(profile(), { mode: 'full' });
      await waitUntil(() => drawn.length > 0, 'labels drawn');
      // The researcher (the centre) is always labelled: the canvas draws the cleaned name.
      expect(drawn).to.include(NAME_PLAIN);
      expect(drawn.some((t) => /[<>\\${}]|&[a-z]+;/.test(t))).to.equal(false);
      // The table view lists the work by the same title, and the researcher by the same name.
      graphButton(el, 'Table')!.click();
      await el.updateComplete;
      const rows = [...el.shadowRoot!.querySelectorAll('[part~="table"] th[scope="row"]')].map(read);
      expect(rows).to.include(PLAIN);
      expect(rows).to.include(NAME_PLAIN);
      expect(rows.some((t) => /[<>\\${}]|&[a-z]+;/.test(t))).to.equal(false);
    } finally {
      CanvasRenderingContext2D.prototype.fillText = original;
    }
  });
});
