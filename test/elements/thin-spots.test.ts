/**
 * Second, independent assertions, through the elements a visitor sees, for behaviour that
 * mutation testing found guarded by one test only (issue 15, items 3 and 4): the Chinese
 * "followers" label and the Follow button's accessible name; a work whose year is text; the
 * arrow keys in the graph of a whole-profile layout; TeX accents in a list and a card; the
 * graph's own dark palette on a dark page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type AxeCore from 'axe-core';
import { ResearcherProfile } from '../../src/elements/researcher-profile/researcher-profile.js';
import type { ResearcherCard } from '../../src/elements/researcher-card/researcher-card.js';
import type { PublicationList } from '../../src/elements/publication-list/publication-list.js';
import type { CollabGraph } from '../../src/elements/collab-graph/collab-graph.js';
import type { ProfileLoadEvent } from '../../src/core/events.js';
import type { ProfileInput } from '../../src/data/schema.js';
import { clearProfileCache } from '../../src/data/load.js';
import { referenceProfile } from '../helpers/profiles.js';

ResearcherProfile.define(); // and the card, the badge, the graph and the list

const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = <T extends Element = HTMLElement>(el: Element, name: string) => el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
const parts = <T extends Element = HTMLElement>(el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];

/** The text a reader sees inside `el`'s shadow root (nested shadow roots included). */
function shadowText(el: Element): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(el.shadowRoot!);
  return out.join(' ').replace(/\s+/g, ' ');
}

/**
 * The accessible name a screen reader announces for `el`, computed by axe-core (the engine behind
 * `to.be.accessible()`) through the shadow roots, as the accname algorithm says.
 */
async function accessibleName(el: Element): Promise<string> {
  const w = window as unknown as { axe?: typeof AxeCore };
  // @ts-expect-error: the browser build registers window.axe and has no module types.
  if (!w.axe) await import('axe-core/axe.min.js');
  const axe = w.axe!;
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(el).replace(/\s+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}

function withFollowers(followers: number): ProfileInput {
  const p = referenceProfile();
  return { ...p, counts: { ...p.counts, followers } };
}

describe('thin spots, asserted through the elements', () => {
  afterEach(() => clearProfileCache());

  describe('the Chinese "followers" label and the Follow button', () => {
    it('<researcher-card lang="zh-Hans"> labels the follower count 位关注者, and names the Follow button 关注 (1,234 位关注者)', async () => {
      const card = await fixture<ResearcherCard>(html`<researcher-card lang="zh-Hans" .profile=${withFollowers(1234)}></researcher-card>`);
      const count = card.shadowRoot!.querySelector('[data-count="followers"]')!;
      expect(text(count.querySelector('[part~="count-value"]'))).to.equal('1,234');
      expect(text(count.querySelector('[part~="count-label"]'))).to.equal('位关注者');
      const follow = part(card, 'follow-button')!;
      // On screen: the word and the number; the rest is for screen readers only.
      expect(text(part(card, 'follower-count'))).to.equal('(1,234 位关注者)');
      const seen = [...part(card, 'follower-count')!.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
      expect(seen.map(text).join('')).to.equal('1,234');
      expect(getComputedStyle(part(card, 'follower-count')!.querySelector('.visually-hidden')!).position).to.equal('absolute');
      expect(text(follow).startsWith('关注')).to.be.true;
      // What a screen reader announces for the button, from Chromium's accessibility tree.
      expect(await accessibleName(follow)).to.equal('关注 (1,234 位关注者)');
    });

    it('follows a Chinese page and the plural rules of English: 关注 (1 位关注者) / Follow (1 follower)', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-Hans">
        <researcher-card .profile=${withFollowers(1)}></researcher-card>
      </div>`);
      const card = wrapper.querySelector('researcher-card')!;
      await card.updateComplete;
      expect(text(card.shadowRoot!.querySelector('[data-count="followers"] [part~="count-label"]'))).to.equal('位关注者');
      expect(await accessibleName(part(card, 'follow-button')!)).to.equal('关注 (1 位关注者)');
      wrapper.lang = 'en';
      await waitUntil(() => text(part(card, 'follow-button')).startsWith('Follow'), 'the card follows the page language');
      expect(text(card.shadowRoot!.querySelector('[data-count="followers"] [part~="count-label"]'))).to.equal('follower');
      expect(await accessibleName(part(card, 'follow-button')!)).to.equal('Follow (1 follower)');
    });
  });

  describe('a work whose year is text ("2020")', () => {
    it('<publication-list> drops it with a warning naming the field, and lists the rest', async () => {
      const profile: ProfileInput = {
        ...referenceProfile(),
        works: [
          { id: 'text-year', year: '2020' as unknown as number, title: 'Year written as text', authors: [{ name: 'Wuhui Chen' }] },
          { id: 'good', year: 2021, title: 'Year written as a number', authors: [{ name: 'Wuhui Chen' }] },
        ],
      };
      const el = document.createElement('publication-list') as PublicationList;
      const loaded = new Promise<ProfileLoadEvent>((resolve) => el.addEventListener('profile-load', (e) => resolve(e as ProfileLoadEvent), { once: true }));
      el.profile = profile;
      const warned: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warned.push(args.join(' '));
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.append(el);
        await loaded;
      } finally {
        console.warn = warn;
      }
      const { detail } = await loaded;
      await el.updateComplete;
      // The page's developer is told, in the console, what was dropped and why.
      expect(warned.join('\n')).to.include('works[0].year: expected a number (item dropped)');
      expect(detail.warnings).to.deep.equal(['works[0].year: expected a number (item dropped)']);
      const titles = parts(el, 'work-title').map(text);
      expect(titles).to.deep.equal(['Year written as a number']);
      expect(shadowText(el)).to.not.include('Year written as text');
      expect(text(part(el, 'count'))).to.equal('1 publication');
      expect(text(part(el, 'work-meta'))).to.include('2021');
    });
  });

  describe('the arrow keys in the graph of a whole-profile layout', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('ArrowRight moves from the researcher to a co-author drawn to the right, and says who', async () => {
      // Reduced motion, as a visitor may ask for: the layout is computed ahead and drawn settled.
      await emulateMedia({ reducedMotion: 'reduce' });
      // Eight co-authors around the researcher: at least one lies to the right.
      const names = ['Ann Lee', 'Bo Ng', 'Cy Oduya', 'Dee Park', 'Eli Roth', 'Fay Wu', 'Gus Hale', 'Hal Ito'];
      const profile: ProfileInput = {
        version: 1,
        id: 'me',
        name: 'Mia Ek',
        works: names.map((name, i) => ({ id: `w${i}`, year: 2020, title: `Paper ${i}`, authors: [{ name: 'Mia Ek', id: 'me' }, { name, id: `p${i}` }] })),
        people: names.map((name, i) => ({ id: `p${i}`, name })),
      };
      const layout = await fixture<ResearcherProfile>(html`<researcher-profile .profile=${profile}></researcher-profile>`);
      const graph = part<CollabGraph>(layout, 'graph')!;
      await graph.loadComplete;
      await graph.updateComplete;
      const laidOut = () => graph.model?.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y));
      await waitUntil(() => laidOut() && !graph.isRunning && !graph.isSettling, 'the graph is laid out', { timeout: 10000 });
      const canvas = part<HTMLCanvasElement>(graph, 'canvas')!;
      const live = () => text(graph.shadowRoot!.querySelector('[aria-live]'));
      canvas.focus();
      await sendKeys({ press: 'Home' });
      await graph.updateComplete;
      expect(live()).to.match(/^Mia Ek, researcher/);
      await sendKeys({ press: 'ArrowRight' });
      await graph.updateComplete;
      const said = live();
      const node = graph.model!.nodes.find((n) => said.startsWith(`${n.label},`));
      expect(node, `ArrowRight reached a node (said "${said}")`).to.not.equal(undefined);
      expect(node!.label).to.be.oneOf(names);
      expect(said).to.match(/, co-author, 1 connection$/);
      const [cx, cy] = graph.screenPosition(graph.model!.centre!);
      const [x, y] = graph.screenPosition(node!);
      const d = Math.hypot(x - cx, y - cy);
      expect((x - cx) / d, `${node!.label} is drawn to the right of Mia Ek`).to.be.greaterThan(0.2);
    });
  });

  describe('TeX accent commands', () => {
    it('<publication-list> shows titles and authors with the accents, not the commands', async () => {
      const profile: ProfileInput = {
        ...referenceProfile(),
        works: [
          {
            id: 'tex',
            year: 2022,
            title: 'Schr\\"odinger meets Erd\\H{o}s at the {\\\'E}cole, with \\c{c}a and \\~n',
            authors: [{ name: 'Paul Erd\\H{o}s' }, { name: 'Kurt G\\"{o}del' }, { name: 'Wuhui Chen', id: 'wuhui-chen' }],
          },
        ],
      };
      const el = await fixture<PublicationList>(html`<publication-list .profile=${profile}></publication-list>`);
      expect(text(part(el, 'work-title'))).to.equal('Schrödinger meets Erdős at the École, with ça and ñ');
      const authors = text(part(el, 'work-authors'));
      expect(authors).to.include('Paul Erdős');
      expect(authors).to.include('Kurt Gödel');
      expect(shadowText(el)).to.not.match(/\\["'H~c]/);
    });

    it('<researcher-card> from a BibTeX file shows the name with its accents ({\\AA}sa Str{\\"o}m → Åsa Ström)', async () => {
      const card = await fixture<ResearcherCard>(html`<researcher-card src="/test/csp/lab.bib"></researcher-card>`);
      await card.loadComplete;
      await card.updateComplete;
      expect(text(part(card, 'name'))).to.equal('Åsa Ström');
      expect(shadowText(card)).to.not.match(/\\|\{|\}/);
    });
  });

  describe("the graph's own dark colours", () => {
    afterEach(() => {
      document.documentElement.style.removeProperty('color-scheme');
    });

    /** The colour painted at a co-author's centre, as [r, g, b]. */
    async function personPixel(): Promise<number[]> {
      const graph = await fixture<CollabGraph>(html`<collab-graph .profile=${referenceProfile()} .reducedMotion=${true}></collab-graph>`);
      await graph.loadComplete;
      await graph.updateComplete;
      const laidOut = () => graph.model?.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y));
      await waitUntil(() => laidOut() && !graph.isRunning && !graph.isSettling, 'the graph is drawn', { timeout: 10000 });
      const canvas = part<HTMLCanvasElement>(graph, 'canvas')!;
      const person = graph.model!.nodes.find((n) => n.kind === 'person')!;
      const [x, y] = graph.screenPosition(person);
      const scale = canvas.width / canvas.getBoundingClientRect().width;
      const data = canvas.getContext('2d')!.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
      expect(data[3], 'the node is painted, opaque').to.equal(255);
      return [data[0]!, data[1]!, data[2]!];
    }

    const luminance = ([r, g, b]: number[]) => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;

    it('on a page whose color-scheme is dark, co-authors are painted in the lighter dark-theme colour', async () => {
      document.documentElement.style.colorScheme = 'light';
      const light = await personPixel();
      document.documentElement.style.colorScheme = 'dark';
      const dark = await personPixel();
      expect(dark, 'the dark page paints another colour').to.not.deep.equal(light);
      expect(luminance(dark), `dark ${dark} is lighter than light ${light}, to stand out on a dark ground`).to.be.greaterThan(luminance(light));
    });
  });
});
