/**
 * Whole numbers in English are written without Intl (a page's first Intl.NumberFormat costs
 * 20–50 ms): the same text as Intl gives, and no formatter made for them.
 */
import { expect } from '@open-wc/testing';
import fc from '../helpers/fc.js';
import { formatNumber } from '../../src/core/i18n.js';

const ENGLISH = ['en', 'en-US', 'en-GB', 'en-AU', 'en-CA', 'en-NZ', 'en-IE', 'EN', 'en-us'];

describe('formatNumber: whole numbers in English', () => {
  it('makes no Intl.NumberFormat for them', () => {
    const Real = Intl.NumberFormat;
    let made = 0;
    (Intl as { NumberFormat: unknown }).NumberFormat = new Proxy(Real, {
      construct(target, args) {
        made++;
        return Reflect.construct(target, args) as object;
      },
    });
    try {
      expect([formatNumber(5000), formatNumber(12, 'en-GB'), formatNumber(-1234567, 'en-US'), formatNumber(0, 'en')]).to.deep.equal(['5,000', '12', '-1,234,567', '0']);
      expect(made).to.equal(0);
      // Anything else still goes to Intl.
      expect(formatNumber(1.5, 'en')).to.equal('1.5');
      expect(formatNumber(100000, 'en-IN')).to.equal(new Real('en-IN').format(100000));
      expect(made).to.equal(2);
    } finally {
      (Intl as { NumberFormat: unknown }).NumberFormat = Real;
    }
  });

  it('writes them as Intl does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1e7, max: 1e7 }), fc.maxSafeInteger(), fc.constantFrom(0, -0, 999, 1000, -1000, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER)), fc.constantFrom(...ENGLISH), (n, lang) => {
        expect(formatNumber(n, lang)).to.equal(new Intl.NumberFormat(lang).format(n));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves other languages, options and other numbers to Intl', () => {
    for (const [n, lang, opts] of [
      [1234567, 'de', undefined],
      [1234567, 'en-IN', undefined],
      [1234567, 'en-ZA', undefined],
      [12345, 'zh-Hans', undefined],
      [-0, 'en', undefined],
      [1e21, 'en', undefined],
      [NaN, 'en', undefined],
      [2.25, 'en', { maximumFractionDigits: 1 }],
      [1234, 'en', { maximumFractionDigits: 1 }],
    ] as const)
      expect(formatNumber(n, lang, opts)).to.equal(new Intl.NumberFormat(lang, opts).format(n));
  });
});
