import { expect } from '@open-wc/testing';
import fc from '../helpers/fc.js';
import { safeUrl, safeImageUrl } from '../../src/core/safe-url.js';

const BASE = 'https://lab.example.edu/people/';

describe('safeUrl', () => {
  it('keeps http, https and mailto URLs, resolving relative ones against the page', () => {
    expect(safeUrl('https://doi.org/10.1/x', BASE)).to.equal('https://doi.org/10.1/x');
    expect(safeUrl('HTTP://Example.org', BASE)).to.equal('http://example.org/');
    expect(safeUrl('mailto:pi@lab.example.edu', BASE)).to.equal('mailto:pi@lab.example.edu');
    expect(safeUrl('../papers.bib', BASE)).to.equal('https://lab.example.edu/papers.bib');
    expect(safeUrl('  https://a.example/  ', BASE)).to.equal('https://a.example/');
  });

  it('drops every other scheme and non-strings', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', '\u0000javascript:x', 'data:text/html,<script>x</script>', 'vbscript:msgbox', 'file:///etc/passwd', 'blob:https://a/b', '', null, 42, {}]) {
      expect(safeUrl(bad, BASE), String(bad)).to.equal(null);
    }
  });

  it('images allow http and https only', () => {
    expect(safeImageUrl('mailto:a@b.c', BASE)).to.equal(null);
    expect(safeImageUrl('https://img.example/a.png', BASE)).to.equal('https://img.example/a.png');
  });

  it('never lets a javascript: URL through, however it is disguised (property)', () => {
    const noise = fc.constantFrom('', ' ', '\t', '\n', '\r', '\u0000', '\u0001', '\u001f', '\u00a0', '\u200b', '\ufeff', '&#x09;', '&colon;', '%20');
    const casing = (s: string) => fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }).map((flags) => [...s].map((c, i) => (flags[i] ? c.toUpperCase() : c)).join(''));
    const scheme = fc.constantFrom('javascript', 'vbscript', 'data', 'file').chain(casing);
    const disguised = fc.tuple(noise, scheme, noise, fc.constantFrom(':', '&colon;', '%3A', '&#58;'), fc.string()).map(([a, s, b, colon, rest]) => {
      const mid = Math.floor(s.length / 2);
      return `${a}${s.slice(0, mid)}${b}${s.slice(mid)}${colon}${rest}`;
    });
    fc.assert(
      fc.property(disguised, (value) => {
        const out = safeUrl(value, BASE);
        expect(out === null || out.startsWith('https:') || out.startsWith('http:') || out.startsWith('mailto:'), `${JSON.stringify(value)} → ${out}`).to.equal(true);
        if (out) expect(new URL(out).protocol).to.be.oneOf(['https:', 'http:', 'mailto:']);
      }),
      { numRuns: 2000 },
    );
  });

  it('any string in yields null or an allowed absolute URL (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.string({ unit: 'grapheme' })), (value) => {
        const out = safeUrl(value, BASE);
        if (out !== null) expect(['https:', 'http:', 'mailto:']).to.include(new URL(out).protocol);
      }),
      { numRuns: 1000 },
    );
  });
});
