/**
 * Formatted citations in real Chromium: the engine, the style and the locale load lazily on first
 * use; the wrapper's output is citeproc-js's own for the same CSL-JSON; each of the six styles
 * shows the sample work's authors, year, title, venue and DOI link; zh-CN terms when asked; the
 * safe "runs" form carries the italics and no markup.
 */
import { expect } from '@open-wc/testing';
import type { Work } from '../../../src/data/schema.js';
import { normalizedWork } from '../../helpers/normalized.js';
import {
  CITE_STYLES,
  CITE_STYLE_INFO,
  formatCitations,
  formatCslItems,
  htmlToRuns,
  runsText,
  toCslJson,
  type CiteStyle,
} from '../../../src/data/citations/index.js';

const article: Work = normalizedWork({
  id: 'w1',
  type: 'article',
  year: 2021,
  title: 'Drift of Arctic sea ice',
  venue: 'Journal of Geophysical Research: Oceans',
  doi: 'https://doi.org/10.1029/2020JC016000',
  authors: [{ name: 'Ana Lima' }, { name: 'Ludwig van Beethoven' }, { name: 'Chen, Wuhui' }],
});

const preprint: Work = normalizedWork({
  id: 'w2',
  type: 'preprint',
  year: 2024,
  title: 'Training and Serving System of Foundation Models: A Comprehensive Survey',
  venue: 'arXiv',
  doi: '10.48550/arXiv.2401.02643',
  authors: [{ name: 'Jiahang Zhou' }, { name: 'Yue Yu' }],
});

const chapter: Work = normalizedWork({
  id: 'w3',
  type: 'chapter',
  year: 2019,
  title: 'Ice & <i>snow</i> in $\\alpha$ models',
  venue: 'Handbook of Polar Science',
  url: 'https://example.org/chapter',
  authors: [{ name: '陈武辉' }, { name: 'Madonna' }, { name: 'Smith and Sons Consortium' }],
});

/** The resources (module files) the page has loaded whose URL matches `re`. */
const loaded = (re: RegExp) => performance.getEntriesByType('resource').filter((e) => re.test(e.name)).length;

/** citeproc-js run directly, as its documentation shows, on the same CSL-JSON, style and locales. */
async function citeprocDirect(style: CiteStyle, lang: 'en-US' | 'zh-CN', items: ReturnType<typeof toCslJson>[], format: 'text' | 'html'): Promise<string[]> {
  const { default: CSL } = await import('citeproc');
  const styleModules = {
    apa: () => import('../../../src/data/citations/csl/style-apa.js'),
    chicago: () => import('../../../src/data/citations/csl/style-chicago-author-date.js'),
    ieee: () => import('../../../src/data/citations/csl/style-ieee.js'),
    harvard: () => import('../../../src/data/citations/csl/style-harvard-cite-them-right.js'),
    vancouver: () => import('../../../src/data/citations/csl/style-vancouver.js'),
    mla: () => import('../../../src/data/citations/csl/style-modern-language-association.js'),
  };
  const styleText = (await styleModules[style]()).default();
  const locales: Record<string, string> = { 'en-US': (await import('../../../src/data/citations/csl/locale-en-US.js')).default() };
  if (lang === 'zh-CN') locales['zh-CN'] = (await import('../../../src/data/citations/csl/locale-zh-CN.js')).default();
  const byId = new Map(items.map((i) => [i.id, i]));
  const engine = new CSL.Engine({ retrieveLocale: (l: string) => locales[l] ?? locales['en-US'], retrieveItem: (id: string) => byId.get(id) }, styleText, lang, true);
  engine.setOutputFormat(format);
  engine.updateItems(items.map((i) => i.id));
  const [meta, entries] = engine.makeBibliography() as [{ entry_ids: string[][] }, string[]];
  const out = new Map(meta.entry_ids.map((ids, k) => [ids[0], entries[k]!.trim()]));
  return items.map((i) => out.get(i.id)!);
}

describe('formatted citations (citeproc-js, official CSL styles)', function () {
  this.timeout(30000);

  it('loads the engine, the style and the locale only on first use, and only the style asked for', async () => {
    expect(loaded(/citeproc_commonjs/), 'engine before any citation').to.equal(0);
    expect(loaded(/\/csl\/style-/), 'styles before any citation').to.equal(0);
    const [text] = await formatCitations([article], { style: 'apa' });
    expect(text).to.contain('Lima');
    expect(loaded(/citeproc_commonjs/), 'engine').to.equal(1);
    expect(loaded(/\/csl\/style-apa\./), 'APA').to.equal(1);
    expect(loaded(/\/csl\/style-(ieee|vancouver|modern|harvard|chicago)/), 'other styles').to.equal(0);
    expect(loaded(/\/csl\/locale-en-US\./), 'en-US').to.equal(1);
    expect(loaded(/\/csl\/locale-zh-CN\./), 'zh-CN before it is asked for').to.equal(0);
  });

  for (const style of CITE_STYLES) {
    it(`${CITE_STYLE_INFO[style].label}: the wrapper's text and HTML are citeproc-js's own output for the same CSL-JSON`, async () => {
      const works = [article, preprint, chapter];
      const items = works.map((w) => toCslJson(w));
      for (const format of ['text', 'html'] as const) {
        const ours = await formatCitations(works, { style, format });
        // The wrapper gives items private ids; citeproc numbers them in the same order.
        const direct = await citeprocDirect(style, 'en-US', items.map((it, i) => ({ ...it, id: `x${i}` })), format);
        expect(ours, `${style} ${format}`).to.deep.equal(direct);
      }
      // zh-CN too.
      expect(await formatCitations(works, { style, locale: 'zh-Hans' })).to.deep.equal(
        await citeprocDirect(style, 'zh-CN', items.map((it, i) => ({ ...it, id: `x${i}` })), 'text'),
      );
    });
  }

  it('each style shows the authors, year, title, venue and the DOI as https://doi.org/… (never doi:)', async () => {
    const expectations: Record<CiteStyle, RegExp[]> = {
      apa: [/^Lima, A\., van Beethoven, L\., & Chen, W\. \(2021\)\. Drift of Arctic sea ice\. Journal of Geophysical Research: Oceans\. https:\/\/doi\.org\/10\.1029\/2020JC016000$/],
      chicago: [/^Lima, Ana, Ludwig van Beethoven, and Wuhui Chen\. 2021\. “Drift of Arctic Sea Ice\.” Journal of Geophysical Research: Oceans\. https:\/\/doi\.org\/10\.1029\/2020JC016000\.$/],
      ieee: [/^\[1\] A\. Lima, L\. van Beethoven, and W\. Chen, “Drift of Arctic sea ice,” Journal of Geophysical Research: Oceans, 2021, https:\/\/doi\.org\/10\.1029\/2020JC016000\.$/],
      harvard: [/^Lima, A\., van Beethoven, L\. and Chen, W\. \(2021\) “Drift of Arctic sea ice,” Journal of Geophysical Research: Oceans\. Available at: https:\/\/doi\.org\/10\.1029\/2020JC016000\.$/],
      vancouver: [/^1\. Lima A, van Beethoven L, Chen W\. Drift of Arctic sea ice\. Journal of Geophysical Research: Oceans\. 2021;.*https:\/\/doi\.org\/10\.1029\/2020JC016000$/],
      mla: [/^Lima, Ana, et al\. “Drift of Arctic Sea Ice\.” Journal of Geophysical Research: Oceans, 2021, https:\/\/doi\.org\/10\.1029\/2020JC016000\.$/],
    };
    for (const style of CITE_STYLES) {
      const [text] = await formatCitations([article], { style });
      for (const re of expectations[style]) expect(text, style).to.match(re);
      expect(text, style).not.to.match(/\bdoi:/i);
      // Harvard labels journal articles without volume and pages as preprints; ours is not.
      expect(text, style).not.to.contain('Preprint');
    }
  });

  it('names: "Last, First", particles, single words, CJK names and organisations are printed as written', async () => {
    const [apa] = await formatCitations([chapter], { style: 'apa' });
    expect(apa).to.match(/^陈武辉, Madonna, & Smith and Sons Consortium\. \(2019\)\. Ice & snow in α models\. In Handbook of Polar Science\. https:\/\/example\.org\/chapter$/);
  });

  it('uses the zh-CN locale when asked (Chinese terms), and en-US otherwise', async () => {
    const en = (await formatCitations([chapter], { style: 'apa', locale: 'en' }))[0]!;
    const zh = (await formatCitations([chapter], { style: 'apa', locale: 'zh-CN' }))[0]!;
    expect(en).to.contain('In Handbook of Polar Science');
    expect(zh).to.contain('收入 Handbook of Polar Science');
    expect(zh).not.to.contain(' In ');
    expect(loaded(/\/csl\/locale-zh-CN\./)).to.equal(1);
    // A work with no year: "n.d." in English, "不详" in Chinese.
    const undated = { ...article, year: null } as Work;
    expect((await formatCitations([undated], { style: 'apa' }))[0]).to.contain('(n.d.)');
    expect((await formatCitations([undated], { style: 'apa', locale: 'zh' }))[0]).to.match(/\((不详|n\.d\.)\)/);
    expect((await formatCitations([undated], { style: 'apa', locale: 'zh' }))[0]).not.to.equal((await formatCitations([undated], { style: 'apa' }))[0]);
  });

  it('the runs form carries italics and no markup; its text is the text form', async () => {
    const [runs] = await formatCitations([article], { style: 'apa', format: 'runs' });
    expect(runs!.filter((r) => r.italic).map((r) => r.text)).to.deep.equal(['Journal of Geophysical Research: Oceans']);
    const [text] = await formatCitations([article], { style: 'apa' });
    expect(runsText(runs!)).to.equal(text);
    // IEEE's number and entry are two blocks in HTML: one space between them in runs.
    for (const style of CITE_STYLES) {
      const [r] = await formatCitations([chapter, preprint], { style, format: 'runs' });
      const [t] = await formatCitations([chapter, preprint], { style });
      expect(runsText(r!).replace(/\s+/g, ' '), style).to.equal(t!.replace(/\s+/g, ' '));
      for (const run of r!) expect(run.text, style).not.to.match(/[<>]/);
    }
  });

  it('hostile text comes out as text: HTML in the data is escaped by citeproc and decoded back, never a tag', async () => {
    const evil = normalizedWork({ ...article, title: '<img src=x onerror=alert(1)> &amp; <b>bold</b>', venue: 'A < B > C' });
    const [html] = await formatCitations([evil], { style: 'apa', format: 'html' });
    expect(html).not.to.contain('<img');
    const [runs] = await formatCitations([evil], { style: 'apa', format: 'runs' });
    const text = runsText(runs!);
    // cleanText drops the tags in the title (as the list does); the venue's < and > stay as text.
    expect(text).to.contain('A < B > C');
    expect(runs!.every((r) => !r.bold)).to.equal(true);
  });

  it('htmlToRuns reads citeproc markup: italics, bold, small caps, sup/sub, normal resets, entities', () => {
    const runs = htmlToRuns(
      '<div class="csl-entry"><i>A <span style="font-style:normal;">b</span></i> <b>C</b> <span style="font-variant:small-caps;">d</span>x<sup>2</sup>&#38;&#60;&#62;&amp;&#x263A;<script>e</script></div>',
    );
    expect(runs).to.deep.equal([
      { text: 'A ', italic: true },
      { text: 'b ' },
      { text: 'C', bold: true },
      { text: ' ' },
      { text: 'd', smallCaps: true },
      { text: 'x' },
      { text: '2', sup: true },
      { text: '&<>&☺e' },
    ]);
  });

  it('an unknown style is refused with a clear error; no works give no entries (nothing loaded for them)', async () => {
    let error: unknown;
    try {
      await formatCitations([article], { style: 'nature' as CiteStyle });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
    expect(String(error)).to.contain('Unknown citation style "nature"');
    expect(await formatCslItems([], { style: 'vancouver' })).to.deep.equal([]);
  });

  it('a later call with other works gets their entries, not an earlier call’s (the engine is reused)', async () => {
    for (const style of CITE_STYLES) {
      const [first] = await formatCitations([article], { style });
      const [second] = await formatCitations([chapter], { style });
      expect(first, style).to.contain('Arctic');
      expect(second, style).to.contain('Polar Science');
      expect(second, style).not.to.contain('Arctic');
    }
  });

  it('duplicate work ids do not mix two works up', async () => {
    const a = { ...article, id: 'same' } as Work;
    const b = { ...preprint, id: 'same' } as Work;
    const [x, y] = await formatCitations([a, b], { style: 'apa' });
    expect(x).to.contain('Drift of Arctic sea ice');
    expect(y).to.contain('Training and Serving System');
  });
});
