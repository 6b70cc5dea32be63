/**
 * DOIs in <publication-list> as Crossref's display guideline asks (issue 11): however the data
 * writes a DOI (bare, `doi:…`, an old dx.doi.org URL), the work links to `https://doi.org/…` and
 * the list never shows `doi:`. (Formatted citations are checked in test/data/citations/format.test.ts.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { PublicationList } from '../../src/elements/publication-list/publication-list.js';
import type { ProfileInput } from '../../src/data/schema.js';
import { referenceProfile } from '../helpers/profiles.js';

PublicationList.define();

function profile(): ProfileInput {
  const base = referenceProfile();
  const w = base.works![0]!;
  return {
    ...base,
    works: [
      { ...w, id: 'bare', year: 2024, title: 'Bare DOI', doi: '10.1234/Bare.1' },
      { ...w, id: 'prefixed', year: 2023, title: 'Prefixed DOI', doi: 'doi:10.1234/prefixed' },
      { ...w, id: 'dx', year: 2022, title: 'Old resolver', doi: 'http://dx.doi.org/10.1234/dx' },
    ],
  };
}

describe('<publication-list>: DOIs as https://doi.org/…', () => {
  it('each title links to https://doi.org/<doi> and no "doi:" is shown', async () => {
    const el = await fixture<PublicationList>(html`<publication-list lang="en" .profile=${profile()}></publication-list>`);
    await el.updateComplete;
    const hrefs = Object.fromEntries(
      [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href*="doi.org"]')].map((a) => [a.textContent!.trim(), a.getAttribute('href')]),
    );
    expect(hrefs['Bare DOI']).to.equal('https://doi.org/10.1234/Bare.1');
    expect(hrefs['Prefixed DOI']).to.equal('https://doi.org/10.1234/prefixed');
    expect(hrefs['Old resolver']).to.equal('https://doi.org/10.1234/dx');
    expect(el.shadowRoot!.textContent).not.to.match(/\bdoi:/i);
  });
});
