/**
 * Numeric attributes (issue 13, item 1): one parser for every element. A bad value falls back to
 * the default with exactly one console warning naming the attribute and the value; an
 * out-of-range value is clamped; a bad `timeout` can never start a request loop.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { parseNumberAttribute, TIMEOUT_ATTRIBUTE } from '../../src/core/numeric-attribute.js';
import { ResearcherCard } from '../../src/elements/researcher-card/researcher-card.js';
import { ResearcherProfile } from '../../src/elements/researcher-profile/researcher-profile.js';
import '../../src/elements/publication-list/publication-list.define.js';
import '../../src/elements/collab-graph/collab-graph.define.js';
import type { PublicationList } from '../../src/elements/publication-list/publication-list.js';
import type { CollabGraph } from '../../src/elements/collab-graph/collab-graph.js';
import { clearProfileCache } from '../../src/data/load.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';
import { referenceProfile } from '../helpers/profiles.js';

ResearcherCard.define();
ResearcherProfile.define();

/** Runs `fn` with console.warn captured. */
async function warnings<T>(fn: () => Promise<T> | T): Promise<{ value: T; logged: string[] }> {
  const original = console.warn;
  const logged: string[] = [];
  console.warn = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  try {
    return { value: await fn(), logged };
  } finally {
    console.warn = original;
  }
}

const frame = () => new Promise((r) => requestAnimationFrame(r));

describe('parseNumberAttribute', () => {
  const opts = { default: 10_000, min: 50, max: 300_000 };
  const parse = (v: string | null) => {
    const logged: string[] = [];
    return { v: parseNumberAttribute('timeout', v, opts, (m) => logged.push(m)), logged };
  };

  it('a bad value: the default and one warning naming the attribute and the value', () => {
    for (const bad of ['10s', 'NaN', 'Infinity', '-Infinity', 'abc', '1,5']) {
      const r = parse(bad);
      expect(r.v, bad).to.equal(10_000);
      expect(r.logged, bad).to.have.length(1);
      expect(r.logged[0]).to.contain(`timeout="${bad}"`);
    }
  });

  it('absent or empty: the default, silently', () => {
    for (const v of [null, '', '   ']) {
      const r = parse(v);
      expect(r.v).to.equal(10_000);
      expect(r.logged).to.deep.equal([]);
    }
  });

  it('out of range: clamped, with one warning', () => {
    const zero = parse('0');
    expect(zero.v).to.equal(50);
    expect(zero.logged).to.have.length(1);
    expect(zero.logged[0]).to.contain('timeout="0"');
    const huge = parse('1e12');
    expect(huge.v).to.equal(300_000);
    expect(huge.logged).to.have.length(1);
    expect(parse(' 2500 ').v).to.equal(2500);
  });

  it('integers are truncated; a null default stays null', () => {
    const logged: string[] = [];
    expect(parseNumberAttribute('heading-level', '2.7', { default: 2, min: 1, max: 6, integer: true }, (m) => logged.push(m))).to.equal(2);
    expect(parseNumberAttribute('max-works', 'lots', { default: null, min: 0, max: 10, integer: true }, (m) => logged.push(m))).to.equal(null);
    expect(logged).to.have.length(1);
    expect(TIMEOUT_ATTRIBUTE.fromAttribute!('3000', Number)).to.equal(3000);
  });
});

describe('numeric attributes on elements', () => {
  let net: FakeFetch | undefined;
  afterEach(() => {
    net?.restore();
    net = undefined;
    clearProfileCache();
  });

  it('timeout="10s" makes exactly one request and logs exactly one warning', async () => {
    net = fakeFetch({ '/n/p.json': { body: referenceProfile() } });
    const { value: el, logged } = await warnings(async () => {
      const el = await fixture<ResearcherCard>(html`<researcher-card src="/n/p.json" timeout="10s"></researcher-card>`);
      await el.loadComplete;
      // Several more renders: a load restarted by every render would show up here.
      for (let i = 0; i < 5; i++) {
        el.requestUpdate();
        await el.updateComplete;
        await frame();
      }
      await el.loadComplete;
      return el;
    });
    expect(net.count('/n/p.json')).to.equal(1);
    expect(el.timeout).to.equal(10_000);
    expect(logged.filter((m) => m.includes('timeout'))).to.deep.equal(['researcher-elements: timeout="10s" is not a number; using 10000.']);
    expect(el.shadowRoot!.textContent).to.contain('Wuhui Chen');
  });

  for (const [value, expected] of [
    ['', 10_000],
    ['0', 50],
    ['1e12', 300_000],
  ] as const) {
    it(`timeout="${value}" loads once with timeout ${expected}`, async () => {
      net = fakeFetch({ '/n/q.json': { body: referenceProfile() } });
      const { value: el } = await warnings(async () => {
        const el = await fixture<ResearcherCard>(html`<researcher-card src="/n/q.json" timeout=${value}></researcher-card>`);
        await el.loadComplete;
        el.requestUpdate();
        await el.updateComplete;
        await frame();
        await el.loadComplete;
        return el;
      });
      expect(el.timeout).to.equal(expected);
      expect(net.count('/n/q.json')).to.equal(1);
      expect(el.shadowRoot!.textContent).to.contain('Wuhui Chen');
    });
  }

  it('a NaN timeout set as a property cannot start a loop either', async () => {
    net = fakeFetch({ '/n/r.json': { body: referenceProfile() } });
    const el = document.createElement('researcher-card') as ResearcherCard;
    el.timeout = NaN;
    el.src = '/n/r.json';
    document.body.append(el);
    try {
      await el.updateComplete;
      await el.loadComplete;
      for (let i = 0; i < 5; i++) {
        el.requestUpdate();
        await el.updateComplete;
        await frame();
      }
      await el.loadComplete;
      expect(net.count('/n/r.json')).to.equal(1);
      expect(el.shadowRoot!.textContent).to.contain('Wuhui Chen');
    } finally {
      el.remove();
    }
  });

  it('every numeric attribute of every element: bad → default with one warning, out of range → clamped', async () => {
    const { value, logged } = await warnings(async () => {
      const card = await fixture<ResearcherCard>(html`<researcher-card heading-level="x" .profile=${referenceProfile()}></researcher-card>`);
      const list = await fixture<PublicationList>(
        html`<publication-list
          .profile=${referenceProfile()}
          page-size="lots"
          max-authors="-3"
          debounce="fast"
          limit="?"
          year-from="20x"
          year-to="1e9"
          heading-level="9"
        ></publication-list>`,
      );
      const graph = await fixture<CollabGraph>(html`<collab-graph .profile=${referenceProfile()} max-nodes="many"></collab-graph>`);
      const profile = await fixture<ResearcherProfile>(
        html`<researcher-profile .profile=${referenceProfile()} timeout="soon" max-works="1e9" heading-level="0"></researcher-profile>`,
      );
      return { card, list, graph, profile };
    });
    const { card, list, graph, profile } = value;
    expect(card.headingLevel).to.equal(2);
    expect([list.pageSize, list.maxAuthors, list.debounce, list.limit, list.yearFrom, list.yearTo, list.headingLevel]).to.deep.equal([
      50, 1, 150, null, null, 9999, 6,
    ]);
    expect(graph.maxNodes).to.equal(150);
    expect([profile.timeout, profile.maxWorks, profile.headingLevel]).to.deep.equal([10_000, 100_000, 1]);
    const attrs = ['heading-level="x"', 'page-size="lots"', 'max-authors="-3"', 'debounce="fast"', 'limit="?"', 'year-from="20x"', 'year-to="1e9"', 'heading-level="9"', 'max-nodes="many"', 'timeout="soon"', 'max-works="1e9"', 'heading-level="0"'];
    for (const a of attrs) expect(logged.filter((m) => m.includes(a)), a).to.have.length(1);
    expect(logged.filter((m) => /is not a number|is out of range/.test(m))).to.have.length(attrs.length);
  });
});
