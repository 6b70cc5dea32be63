/**
 * Profiles of any shape the format allows, with hostile strings and URLs in every text field:
 * each element renders (no exception, no error state), shows every valid work once, runs nothing,
 * creates no element from the data, and links only to http(s) and mailto addresses.
 */
import { expect } from '@open-wc/testing';
import fc from '../helpers/fc.js';
import '../../src/define.js';
import type { ProfileElement } from '../../src/core/profile-element.js';
import type { ProfileInput } from '../../src/data/schema.js';
import { validateProfile } from '../../src/data/validate.js';

const hostile = fc.constantFrom(
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '"><svg onload=window.__pwned=1>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '$\\alpha$-helix &amp; <i>Drosophila</i>',
  'Ångström — 陈武辉 — مرحبا',
  '\u202Eevil\u202C',
  'a'.repeat(300),
  '',
);
const text = fc.oneof(hostile, fc.string({ maxLength: 20 }));
const url = fc.oneof(fc.constant(undefined), fc.constantFrom('https://example.org/x', 'javascript:window.__pwned=1', 'data:text/html,<script>1</script>', '//evil.example/x', 'mailto:a@example.org', 'vbscript:x'));
const author = fc.record({ name: text, id: fc.option(fc.constantFrom('me', 'p1', 'p2'), { nil: undefined }) }, { requiredKeys: ['name'] });

const profile: fc.Arbitrary<ProfileInput> = fc.record(
  {
    version: fc.constant(1 as const),
    id: fc.constant('me'),
    name: fc.oneof(fc.constant('Mia Ek'), hostile.filter((s) => s.trim() !== '')),
    headline: fc.option(text, { nil: undefined }),
    avatar: url,
    affiliation: fc.option(fc.record({ name: text, url }), { nil: null }),
    links: fc.record({ profile: url, explorer: url }, { requiredKeys: [] }),
    works: fc.array(
      fc.record(
        {
          id: fc.constantFrom('w1', 'w2', 'w3', 'w4', 'w5', 'w6'),
          title: text,
          year: fc.option(fc.integer({ min: 1900, max: 2030 }), { nil: undefined }),
          venue: text,
          type: fc.constantFrom('article', 'preprint', 'dataset', '<b>type</b>', ''),
          url,
          doi: fc.option(fc.constantFrom('10.1/x', 'javascript:alert(1)', '10.1/<script>'), { nil: undefined }),
          abstract: text,
          citations: fc.option(fc.integer({ min: 0, max: 1e6 }), { nil: undefined }),
          authors: fc.array(author, { maxLength: 8 }),
          topics: fc.array(fc.constantFrom('t1', 't2', 'nope'), { maxLength: 2 }),
        },
        { requiredKeys: ['id'] },
      ),
      { maxLength: 8 },
    ),
    topics: fc.array(fc.record({ id: fc.constantFrom('t1', 't2'), name: text }), { maxLength: 3 }),
    people: fc.array(fc.record({ id: fc.constantFrom('p1', 'p2', 'p3'), name: text, url }), { maxLength: 4 }),
  },
  { requiredKeys: ['version', 'id', 'name'] },
) as fc.Arbitrary<ProfileInput>;

/** Text, attributes and links of a shadow tree and the shadow trees inside it. */
function walk(root: ShadowRoot, visit: (el: Element) => void): void {
  for (const el of root.querySelectorAll('*')) {
    visit(el);
    if (el.shadowRoot) walk(el.shadowRoot, visit);
  }
}

const ALLOWED_TAGS = new Set(['A', 'ABBR', 'ARTICLE', 'ASIDE', 'B', 'BDI', 'BUTTON', 'CANVAS', 'CAPTION', 'CIRCLE', 'CODE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'EM', 'FOOTER', 'FORM', 'G', 'H2', 'H3', 'H4', 'HEADER', 'IMG', 'INPUT', 'LABEL', 'LI', 'MARK', 'NAV', 'OL', 'OPTION', 'P', 'PATH', 'PRE', 'RECT', 'SECTION', 'SELECT', 'SLOT', 'SMALL', 'SPAN', 'STRONG', 'SUMMARY', 'SVG', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TIME', 'TR', 'UL', 'TRUST-BADGE', 'POLYGON', 'LINE', 'USE']);

describe('every element: any profile the format allows', function () {
  // Hundreds of generated cases: a slow CI machine needs more than the default 15 s.
  this.timeout(90000);
  const win = window as unknown as { __pwned?: number };

  for (const tag of ['researcher-card', 'publication-list', 'collab-graph'] as const) {
    it(`<${tag}> renders it safely`, async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        await fc.assert(
          fc.asyncProperty(profile, async (p) => {
            const el = document.createElement(tag) as ProfileElement & { reducedMotion?: boolean };
            if (tag === 'collab-graph') el.reducedMotion = true;
            let failed: unknown = null;
            el.addEventListener('profile-error', (e) => (failed = (e as CustomEvent).detail));
            el.profile = p;
            document.body.append(el);
            try {
              await el.updateComplete;
              expect(failed, 'no profile-error').to.equal(null);
              expect(el.shadowRoot!.querySelector('[part~="error"]'), 'no error state').to.equal(null);
              walk(el.shadowRoot!, (node) => {
                expect(ALLOWED_TAGS.has(node.tagName.toUpperCase()), `<${node.tagName}> comes from the element, not the data`).to.be.true;
                for (const attr of node.getAttributeNames()) expect(attr.startsWith('on'), `${node.tagName} ${attr}`).to.be.false;
                const href = node.getAttribute('href') ?? node.getAttribute('src');
                if (href && (node.tagName === 'A' || node.tagName === 'IMG')) expect(href, `${node.tagName} link`).to.match(/^(https?:|mailto:|#)/);
              });
              if (tag === 'publication-list') {
                const valid = validateProfile(p);
                const works = valid.ok ? valid.profile.works.length : 0;
                if (works === 0) expect(el.shadowRoot!.querySelector('[part~="empty"]'), 'the empty state').to.not.equal(null);
                else {
                  const shown = el.shadowRoot!.querySelector('[part="count"]')?.textContent ?? '';
                  expect(shown.replace(/\s+/g, ' '), 'the count of valid works').to.contain(works === 1 ? '1 publication' : `${works} publications`);
                  expect(el.shadowRoot!.querySelectorAll('.work').length, 'every valid work, once').to.equal(works);
                }
              }
              expect(win.__pwned, 'nothing ran').to.equal(undefined);
            } finally {
              el.remove();
            }
          }),
          { numRuns: 40 },
        );
      } finally {
        console.warn = warn;
      }
    });
  }
});
