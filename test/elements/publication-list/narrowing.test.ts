/**
 * Typing more into search filters the previous matches instead of every work: the result must
 * be exactly what filtering every work gives, for any sequence of queries.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from '../../helpers/fc.js';
import { filterEntries, prepare, refines, sortedEntries } from '../../../src/elements/publication-list/model.js';
import { validateProfile } from '../../../src/data/validate.js';
import { PublicationList } from '../../../src/elements/publication-list/publication-list.js';
import { generateProfile } from '../../../demo/data/generate.js';

PublicationList.define();

describe('search narrowing', () => {
  it('refines: only a query that extends the last one', () => {
    expect(refines('', 'g')).to.be.true;
    expect(refines('gr', 'gra')).to.be.true;
    expect(refines('Gra', 'grap')).to.be.true;
    expect(refines('graph', 'graph n')).to.be.true;
    expect(refines('graph', 'grap')).to.be.false;
    expect(refines('graph', 'glyph')).to.be.false;
  });

  it('<publication-list>: any sequence of typed queries shows what the last query alone shows', async function () {
    this.timeout(90000);
    const r = validateProfile(generateProfile({ works: 300, seed: 5 }));
    if (!r.ok) throw new Error('bad profile');
    const el = await fixture<PublicationList>(html`<publication-list .profile=${r.profile} debounce="0" page-size="1000"></publication-list>`);
    await el.updateComplete;
    const shown = () => [...el.shadowRoot!.querySelectorAll('[part~="work"] [part~="work-title"]')].map((n) => n.textContent!.trim());
    const all = sortedEntries(prepare(r.profile), 'newest');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: fc.constantFrom('g', 'r', 'a', 'p', 'h', ' ', 'o', 'c', 'e', 'n'), maxLength: 6 }), { minLength: 1, maxLength: 6 }), async (queries) => {
        for (const q of queries) {
          el.query = q;
          await el.updateComplete;
          const expected = filterEntries(all, { query: q, types: [], yearFrom: null, yearTo: null }).map((e) => e.title);
          expect(shown()).to.deep.equal(expected);
        }
      }),
      { numRuns: 40 },
    );
  });
});
