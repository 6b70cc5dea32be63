/**
 * <researcher-card structured-data>: schema.org Person JSON-LD in the light DOM — what it says,
 * that hostile data cannot escape the script, that it follows the profile and the attribute, and
 * that it never disturbs the card or the fallback content.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from '../helpers/fc.js';
import { scriptJson } from '../../src/core/structured-data.js';
import { ResearcherCard } from '../../src/elements/researcher-card/researcher-card.js';
import { ResearcherProfile } from '../../src/elements/researcher-profile/researcher-profile.js';
import { personStructuredData } from '../../src/elements/researcher-card/structured-data.js';
import { profileFromObject } from '../../src/data/load.js';
import type { ProfileInput } from '../../src/data/schema.js';
import { fakeFetch } from '../helpers/fake-fetch.js';
import { referenceProfile } from '../helpers/profiles.js';

ResearcherCard.define();
ResearcherProfile.define();

const script = (el: Element) => el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-researcher-card]');
const jsonLd = (el: Element) => JSON.parse(script(el)!.textContent!) as Record<string, unknown>;

async function mount(profile: ProfileInput | null, structured = true): Promise<ResearcherCard> {
  const el = await fixture<ResearcherCard>(html`<researcher-card .profile=${profile} ?structured-data=${structured}></researcher-card>`);
  await el.loadComplete;
  await el.updateComplete;
  return el;
}

function richProfile(over: Partial<ProfileInput> = {}): ProfileInput {
  return {
    ...referenceProfile(),
    id: 'A5023888391',
    orcid: '0000-0002-1825-009x',
    affiliation: { name: 'Sun Yat-sen University', url: 'https://www.sysu.edu.cn/' },
    avatar: 'https://example.org/wuhui.jpg',
    ...over,
  };
}

describe('<researcher-card structured-data>', () => {
  it('writes nothing without the attribute', async () => {
    const el = await mount(referenceProfile(), false);
    expect(el.querySelector('script')).to.equal(null);
  });

  it('writes a schema.org Person with name, description, affiliation, sameAs and identifiers', async () => {
    const el = await mount(richProfile());
    expect(script(el)).to.not.equal(null);
    expect(el.querySelectorAll('script').length).to.equal(1);
    const data = jsonLd(el);
    expect(data).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'Person',
      '@id': 'https://example.org/researchers/wuhui-chen',
      name: 'Wuhui Chen',
      description: 'Wuhui Chen contributes to research discovery and scholarly infrastructure.',
      url: 'https://example.org/researchers/wuhui-chen',
      image: 'https://example.org/wuhui.jpg',
    });
    expect(data.affiliation).to.deep.equal({ '@type': 'Organization', name: 'Sun Yat-sen University', url: 'https://www.sysu.edu.cn/' });
    expect(data.sameAs).to.deep.equal(['https://orcid.org/0000-0002-1825-009X', 'https://example.org/researchers/wuhui-chen']);
    expect(data.identifier).to.deep.equal([
      { '@type': 'PropertyValue', propertyID: 'ORCID', value: '0000-0002-1825-009X' },
      { '@type': 'PropertyValue', propertyID: 'OpenAlex', value: 'A5023888391' },
    ]);
    expect(data.knowsAbout).to.deep.equal(['Distributed computing']);
  });

  it('leaves out what the profile does not have, and uses the profile id as a plain identifier', async () => {
    const el = await mount({ version: 1, id: 'lab-member-7', name: 'Ada Okafor' });
    const data = jsonLd(el);
    expect(data).to.deep.equal({ '@context': 'https://schema.org', '@type': 'Person', name: 'Ada Okafor', identifier: ['lab-member-7'] });
  });

  it('drops unsafe and non-web URLs (javascript:, data:, mailto:) but keeps the rest', async () => {
    const el = await mount(
      richProfile({
        orcid: 'not an orcid',
        avatar: 'javascript:alert(1)',
        affiliation: { name: 'Lab', url: 'javascript:alert(2)' },
        links: { profile: 'mailto:someone@example.org', contact: 'mailto:someone@example.org' },
      }),
    );
    const data = jsonLd(el);
    expect(JSON.stringify(data)).to.not.match(/javascript:|mailto:/);
    expect(data.affiliation).to.deep.equal({ '@type': 'Organization', name: 'Lab' });
    expect(data).to.not.have.keys('sameAs', 'image', 'url', '@id');
  });

  it('cannot be broken out of: "</script>" in the data stays inside the JSON', async () => {
    const el = await mount(richProfile({ name: 'Eve </script><script>window.__cardPwned=1</script>', headline: '\u2028<!--' }));
    expect(script(el)!.textContent).to.not.contain('</script');
    expect(script(el)!.textContent).to.not.contain('<!--');
    expect(jsonLd(el).name).to.equal('Eve </script><script>window.__cardPwned=1</script>');
    expect(el.querySelectorAll('script').length).to.equal(1);
    expect((window as unknown as Record<string, unknown>).__cardPwned).to.equal(undefined);
  });

  it('follows the profile and the attribute, and never touches scripts it does not own', async () => {
    const el = await mount(richProfile());
    const foreign = document.createElement('script');
    foreign.type = 'application/ld+json';
    foreign.textContent = '{"@type":"Organization"}';
    el.append(foreign);

    el.profile = { ...referenceProfile(), name: 'Someone Else' };
    await el.loadComplete;
    await el.updateComplete;
    expect(jsonLd(el).name).to.equal('Someone Else');
    expect(el.querySelectorAll('script[data-researcher-card]').length).to.equal(1);

    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(script(el)).to.equal(null);
    expect(foreign.isConnected).to.equal(true);

    el.setAttribute('structured-data', '');
    await el.updateComplete;
    expect(jsonLd(el).name).to.equal('Someone Else');
  });

  it('removes the data when the profile fails to load, and the fallback content still shows', async () => {
    const fetch = fakeFetch({ '/good.json': { body: richProfile() }, '/gone.json': { status: 404, body: 'not found' } });
    try {
      const el = await fixture<ResearcherCard>(html`<researcher-card src="/good.json" structured-data><a href="/me">Wuhui Chen</a></researcher-card>`);
      await el.loadComplete;
      await el.updateComplete;
      expect(jsonLd(el).name).to.equal('Wuhui Chen');
      el.src = '/gone.json';
      await el.updateComplete;
      await el.loadComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
      expect(script(el)).to.equal(null);
      const link = el.querySelector('a')!;
      expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    } finally {
      fetch.restore();
    }
  });

  it('works for a card inside a <researcher-profile>, and stays accessible', async () => {
    const wrap = await fixture<ResearcherProfile>(
      html`<researcher-profile .profile=${richProfile()}><researcher-card structured-data></researcher-card></researcher-profile>`,
    );
    const el = wrap.querySelector('researcher-card')!;
    await el.updateComplete;
    await el.loadComplete;
    await el.updateComplete;
    expect(jsonLd(el).name).to.equal('Wuhui Chen');
    await expect(el).to.be.accessible();
  });

  it('personStructuredData() is a plain function a static-site build can call', () => {
    const data = personStructuredData(profileFromObject(richProfile()).profile);
    expect(data['@type']).to.equal('Person');
    expect(data.name).to.equal('Wuhui Chen');
  });
});

describe('JSON-LD script text', () => {
  it('any data reads back unchanged and can never close the script or open a comment', () => {
    const tricky = fc.string({ unit: fc.constantFrom('<', '/', 's', 'c', 'r', 'i', 'p', 't', '>', '!', '-', '\u2028', '\u2029', '"', '\\', 'a') });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.dictionary(tricky, tricky), fc.array(tricky)), (data) => {
        const text = scriptJson(data);
        expect(text).to.not.contain('<');
        expect(text).to.not.match(/[\u2028\u2029]/);
        expect(JSON.parse(text)).to.deep.equal(JSON.parse(JSON.stringify(data)));
      }),
      { numRuns: 500 },
    );
  });
});
