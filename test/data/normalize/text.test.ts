import { expect } from '@open-wc/testing';
import { cleanText, decodeEntities, stripTags, texToUnicode } from '../../../src/data/normalize/text.js';
import { fold } from '../../../src/data/normalize/slug.js';

describe('publication-list text cleaning', () => {
  it('turns inline TeX into readable Unicode', () => {
    const cases: [string, string][] = [
      ['Foundation models (e.g., ChatGPT, PanGu-$Σ$) have', 'Foundation models (e.g., ChatGPT, PanGu-Σ) have'],
      ['$\\alpha$-helix packing', 'α-helix packing'],
      ['$^{13}$C NMR of $\\beta$-sheets', '¹³C NMR of β-sheets'],
      ['H$_2$O and CO$_2$ at 10$^{-3}$ M', 'H₂O and CO₂ at 10⁻³ M'],
      ['A \\textit{de novo} design with \\emph{E. coli}', 'A de novo design with E. coli'],
      ['Schr\\"odinger and Erd\\H{o}s in {\\\'E}cole', 'Schrödinger and Erdős in École'],
      ['$\\Delta G \\leq 0$ and $x \\to \\infty$', 'Δ G ≤ 0 and x → ∞'],
      ['A {DNA} {GPU} cluster', 'A DNA GPU cluster'],
      ['$\\frac{1}{2}$-approximation', '1/2-approximation'],
      ['R\\&D costs 5\\% more', 'R&D costs 5% more'],
      ['$\\mathcal{O}(n \\log n)$ time', 'O(n log n) time'],
    ];
    for (const [input, expected] of cases) expect(cleanText(input), input).to.equal(expected);
  });

  it('leaves dollar amounts and lone symbols as prose', () => {
    expect(cleanText('It costs $5 and $10 per run')).to.equal('It costs $5 and $10 per run');
    expect(cleanText('snake_case and a^b outside math')).to.equal('snake_case and a^b outside math');
    expect(texToUnicode('no tex here')).to.equal('no tex here');
  });

  it('strips HTML and JATS tags, keeping words apart across block tags', () => {
    expect(cleanText('<jats:title>Abstract</jats:title><jats:p>First.</jats:p><jats:p>Second <jats:italic>in vivo</jats:italic>.</jats:p>')).to.equal(
      'First. Second in vivo.',
    );
    expect(cleanText('The <i>E. coli</i> <b>genome</b><br/>assembly<sup>2</sup>')).to.equal('The E. coli genome assembly2');
    expect(stripTags('<script>alert(1)</script>Text<!-- note -->')).to.equal('Text');
    expect(cleanText('a <b and c')).to.equal('a <b and c');
  });

  it('decodes named and numeric character references once, without the DOM', () => {
    expect(decodeEntities('Tom &amp; Jerry &lt;3 &#x3B1;-helix &#946; caf&eacute; M&uuml;ller &hellip;')).to.equal('Tom & Jerry <3 α-helix β café Müller …');
    expect(decodeEntities('&amp;lt;b&amp;gt;')).to.equal('&lt;b&gt;');
    expect(decodeEntities('&unknown; &#0; &#xD800; AT&T')).to.equal('&unknown; \uFFFD \uFFFD AT&T');
    // Escaped markup stays text: decoded after the tags are stripped.
    expect(cleanText('&lt;img src=x onerror=alert(1)&gt; safe')).to.equal('<img src=x onerror=alert(1)> safe');
  });

  it('collapses white space and drops control characters', () => {
    expect(cleanText('  a\n\tb \u0007c  ')).to.equal('a b c');
    expect(cleanText(null)).to.equal('');
    expect(cleanText(undefined)).to.equal('');
  });

  it('folds case and diacritics for search', () => {
    expect(fold('Tomás PETROVIĆ')).to.equal('tomas petrovic');
  });
});
