/**
 * What `cite-styles="…"` offers and which locale a language gets, and the licence notice each
 * bundled style and locale carries (CC BY-SA 3.0, with its source and any change named).
 */
import { expect } from '@open-wc/testing';
import { CITE_STYLES, CITE_STYLE_INFO, citeLocale, isCiteStyle, parseCiteStyles } from '../../../src/data/citations/index.js';

describe('citation styles on offer', () => {
  it('parses cite-styles: order kept, case and commas ignored, CSL ids accepted, unknown and repeated names dropped', () => {
    expect(parseCiteStyles('apa ieee')).to.deep.equal(['apa', 'ieee']);
    expect(parseCiteStyles(' IEEE,  apa,ieee nature ')).to.deep.equal(['ieee', 'apa']);
    expect(parseCiteStyles('chicago-author-date modern-language-association harvard-cite-them-right mla9 apa7')).to.deep.equal(['chicago', 'mla', 'harvard', 'apa']);
    expect(parseCiteStyles('')).to.deep.equal([...CITE_STYLES]);
    expect(parseCiteStyles(null)).to.deep.equal([...CITE_STYLES]);
    expect(parseCiteStyles('nature cell')).to.deep.equal([...CITE_STYLES]);
    expect(CITE_STYLES).to.deep.equal(['apa', 'chicago', 'ieee', 'harvard', 'vancouver', 'mla']);
    expect(isCiteStyle('vancouver')).to.equal(true);
    expect(isCiteStyle('toString')).to.equal(false);
  });

  it('chooses the zh-CN locale for Chinese, en-US for everything else', () => {
    for (const lang of ['zh', 'zh-CN', 'zh-Hans', 'zh-Hans-CN', 'ZH-tw', 'zh_CN']) expect(citeLocale(lang), lang).to.equal('zh-CN');
    for (const lang of ['en', 'en-GB', 'de', 'zhx', '', null, undefined]) expect(citeLocale(lang), String(lang)).to.equal('en-US');
  });

  it('every bundled style and locale carries its CC BY-SA 3.0 notice, its source, and any change made', async () => {
    // The modules as the test server serves them (compiled as they are for the browser).
    for (const style of CITE_STYLES) {
      const served = await (await fetch(`/src/data/citations/csl/style-${CITE_STYLE_INFO[style].cslId}.ts`)).text();
      // The notice is the module's first comment, a /*! legal comment that minifiers keep.
      const notice = /\/\*![\s\S]*?\*\//.exec(served)?.[0] ?? '';
      expect(served.indexOf(notice), style).to.be.below(40);
      expect(notice, style).to.contain('Creative Commons Attribution-ShareAlike 3.0');
      expect(notice, style).to.contain(`https://www.zotero.org/styles/${CITE_STYLE_INFO[style].cslId}`);
      expect(notice.includes('Modified by researcher-elements'), style).to.equal(['ieee', 'vancouver', 'harvard'].includes(style));
    }
    for (const locale of ['en-US', 'zh-CN']) {
      const served = await (await fetch(`/src/data/citations/csl/locale-${locale}.ts`)).text();
      const notice = /\/\*![\s\S]*?\*\//.exec(served)?.[0] ?? '';
      expect(notice, locale).to.contain('Creative Commons Attribution-ShareAlike 3.0');
      expect(notice, locale).to.contain(`locales-${locale}.xml`);
    }
  });
});
