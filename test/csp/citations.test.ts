/**
 * Citations under a strict Content-Security-Policy (`script-src 'self'; require-trusted-types-for
 * 'script'`): citeproc-js, the APA and IEEE styles and the en-US and zh-CN locales load and format
 * with no violation and no error (citeproc-js reads the styles as JSON: no eval, no DOMParser, no
 * innerHTML), and the export files are made there too.
 */
import { expect } from '@open-wc/testing';

interface Result {
  apa: string;
  html: string;
  runs: string;
  ieeeZh: string;
  bib: string;
  ris: string;
  json: string;
}
interface PageWindow extends Window {
  __violations: string[];
  __errors: string[];
  __citations?: Promise<Result>;
}

describe('citations under a strict CSP page', function () {
  this.timeout(30000);
  let frame: HTMLIFrameElement;
  let win: PageWindow;
  let result: Result;

  before(async () => {
    frame = document.createElement('iframe');
    frame.src = '/test/csp/citations.html';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    win = frame.contentWindow as PageWindow;
    // The module has run by the load event; its promise settles when the citations are made.
    expect(win.__citations, 'the page module ran').to.not.equal(undefined);
    result = await win.__citations!;
  });

  after(() => frame?.remove());

  it('formats an APA citation with no CSP violation and no error', () => {
    expect(result.apa).to.equal('Lima, A., & Chen, W. (2021). Drift of Arctic sea ice. Journal of Geophysical Research. https://doi.org/10.1029/2020JC016000');
    expect(frame.contentDocument!.getElementById('apa')!.textContent).to.equal(result.apa);
    expect(result.runs).to.equal(result.apa);
    expect(result.html).to.contain('<i>Journal of Geophysical Research</i>');
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('formats IEEE with the zh-CN locale there too', () => {
    // zh-CN terms: 和 for "and", 《》 around the title.
    expect(result.ieeeZh).to.equal('[1] A. Lima和W. Chen, 《Drift of Arctic sea ice》, Journal of Geophysical Research, 2021, https://doi.org/10.1029/2020JC016000.');
    expect(result.ieeeZh).to.contain('https://doi.org/10.1029/2020JC016000');
    expect(win.__violations).to.deep.equal([]);
  });

  it('makes the BibTeX, RIS and CSL-JSON files and a download link with no violation', () => {
    expect(result.bib).to.match(/^@article\{lima2021drift,/);
    expect(result.ris).to.match(/^TY {2}- JOUR\r\n/);
    expect(JSON.parse(result.json)[0].DOI).to.equal('10.1029/2020JC016000');
    const link = frame.contentDocument!.querySelector('a[download]') as HTMLAnchorElement;
    expect(link.href).to.match(/^blob:/);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  // Last: these checks cause violations of their own.
  it('the page really enforces the policy: eval and innerHTML with a string are refused there', () => {
    expect(() => (win as unknown as { eval: (s: string) => unknown }).eval('1 + 1')).to.throw();
    expect(() => {
      frame.contentDocument!.body.innerHTML = '<b>x</b>';
    }).to.throw(/TrustedHTML/);
  });
});
