import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/define.js';
import type { ResearcherCard } from '../../src/elements/researcher-card/researcher-card.js';
import { validateProfile } from '../../src/data/validate.js';
import type { Profile } from '../../src/data/schema.js';
import { elementsOf, namedEvents, publicFields, renderApiTables, type CemElement, type CemManifest } from '../../demo/docs/api-table.js';
import { EXAMPLES } from '../../demo/docs/examples.js';
import { applyTheme, themeCss } from '../../demo/theme/playground.js';
import { loadGroup } from '../../src/data/group/load.js';
import { referenceProfile } from '../helpers/profiles.js';

// The manifest the docs page imports, served by the test server from the repository root.
async function manifest(): Promise<CemManifest> {
  const res = await fetch('/custom-elements.json');
  expect(res.ok, 'custom-elements.json is served').to.be.true;
  return res.json();
}

/** Tag declarations read straight from the manifest, independently of the page's helper. */
function tagged(m: CemManifest): CemElement[] {
  return m.modules.flatMap((mod) => (mod.declarations ?? []) as CemElement[]).filter((d) => d.customElement && d.tagName);
}

async function tablesFor(el: CemElement): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  render(renderApiTables(el), host);
  return host;
}

const rowsOf = (host: HTMLElement, id: string) => [...host.querySelectorAll<HTMLTableRowElement>(`table[data-api="${id}"] tbody tr`)];
const keyOf = (row: HTMLTableRowElement) => row.querySelector('th[scope="row"]')!.textContent!.trim();

describe('docs: API tables from custom-elements.json', () => {
  it('documents every element of the manifest, with a live example each', async () => {
    const m = await manifest();
    const tags = tagged(m).map((d) => d.tagName).sort();
    expect(tags).to.include.members(['collab-graph', 'publication-list', 'researcher-card', 'researcher-profile', 'trust-badge']);
    expect(elementsOf(m).map((d) => d.tagName)).to.deep.equal(tags);
    for (const tag of tags) expect(EXAMPLES[tag!], `an example for <${tag}>`).to.have.length.greaterThan(0);
  });

  it('lists every attribute of each element, in a captioned table with row and column headers', async () => {
    const m = await manifest();
    for (const el of tagged(m)) {
      const host = await tablesFor(el);
      const rows = rowsOf(host, `${el.tagName}-attributes`);
      expect(rows.length, `<${el.tagName}> attribute rows`).to.equal(el.attributes!.length);
      expect(rows.map(keyOf)).to.deep.equal(el.attributes!.map((a) => a.name));
      const table = host.querySelector(`table[data-api="${el.tagName}-attributes"]`)!;
      expect(table.querySelector('caption')!.textContent).to.contain(`<${el.tagName}> attributes`);
      expect(table.querySelectorAll('thead th[scope="col"]').length).to.equal(5);
      // The phone layout: the table scrolls inside a focusable region named by the caption.
      const region = table.parentElement!;
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.tabIndex).to.equal(0);
      expect(document.getElementById(region.getAttribute('aria-labelledby')!)).to.equal(table.querySelector('caption'));
    }
  });

  it('lists public fields, named events, slots, parts and CSS properties with their defaults', async () => {
    const m = await manifest();
    for (const el of tagged(m)) {
      const host = await tablesFor(el);
      const tag = el.tagName!;
      const fields = rowsOf(host, `${tag}-properties`).map(keyOf);
      expect(fields).to.deep.equal(publicFields(el).map((f) => f.name));
      expect(fields, 'no private or static members').not.to.include.members(['version']);
      expect(rowsOf(host, `${tag}-events`).map(keyOf)).to.deep.equal(namedEvents(el).map((e) => e.name));
      expect(rowsOf(host, `${tag}-parts`).length).to.equal(el.cssParts?.length ?? 0);
      expect(rowsOf(host, `${tag}-slots`).length).to.equal(el.slots?.length ?? 0);
      const props = rowsOf(host, `${tag}-css-properties`);
      expect(props.length).to.equal(el.cssProperties?.length ?? 0);
      props.forEach((row, i) => {
        const p = el.cssProperties![i]!;
        expect(keyOf(row)).to.equal(p.name);
        if (p.default) expect(row.querySelector('td[data-label="Default"]')!.textContent!.trim()).to.equal(p.default);
      });
    }
  });

  it('renders manifest text as text, never as markup', async () => {
    const el: CemElement = {
      name: 'X',
      tagName: 'x-evil',
      customElement: true,
      attributes: [{ name: 'a', description: '<img src=x onerror="alert(1)"> `code`' }],
    };
    const host = await tablesFor(el);
    expect(host.querySelector('img')).to.be.null;
    expect(host.querySelector('td code')!.textContent).to.equal('code');
    expect(host.textContent).to.contain('<img src=x');
  });

  it('passes axe on every API table', async function () {
    // One axe run over every element's tables (dozens of tables, thousands of cells): well over the
    // default 15 s on a loaded 2-core machine, though it finishes in a few seconds alone.
    this.timeout(90_000);
    const m = await manifest();
    const host = await fixture<HTMLElement>(html`<main><h1>API</h1></main>`);
    render(html`${tagged(m).map((el) => html`<section><h2>${el.tagName}</h2>${renderApiTables(el)}</section>`)}`, host);
    expect(host.querySelectorAll('table').length).to.be.greaterThan(20);
    await expect(host).to.be.accessible();
  });
});

describe('theming playground', () => {
  it('changes a token on the wrapper and the elements inside follow', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><researcher-card .profile=${referenceProfile()}></researcher-card></div>`);
    const card = wrapper.querySelector<ResearcherCard>('researcher-card')!;
    await card.loadComplete;
    await card.updateComplete;
    const follow = () => card.shadowRoot!.querySelector<HTMLElement>('[part~="follow-button"]')!;
    await waitUntil(() => follow(), 'the card rendered its Follow button');
    const before = getComputedStyle(card).color;

    applyTheme(wrapper, { 'color-text': '#8a2be2', 'color-accent': '#008060' }, 'light');
    expect(getComputedStyle(card).color).to.equal('rgb(138, 43, 226)');
    expect(getComputedStyle(follow()).backgroundColor).to.equal('rgb(0, 128, 96)');
    expect(wrapper.getAttribute('style')).to.contain('--re-color-accent');

    // Back to the defaults: the token is removed again.
    applyTheme(wrapper, {}, 'light');
    expect(getComputedStyle(card).color).to.equal(before);
    expect(wrapper.style.getPropertyValue('--re-color-accent')).to.equal('');
  });

  it('follows the chosen colour scheme', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><researcher-card .profile=${referenceProfile()}></researcher-card></div>`);
    const card = wrapper.querySelector<ResearcherCard>('researcher-card')!;
    await card.loadComplete;
    applyTheme(wrapper, {}, 'light');
    const light = getComputedStyle(card).color;
    applyTheme(wrapper, {}, 'dark');
    expect(getComputedStyle(card).color).not.to.equal(light);
    expect(getComputedStyle(card).colorScheme).to.equal('dark');
  });

  it('writes the CSS for the chosen values', () => {
    const css = themeCss({ 'color-accent': '#123456', radius: '1rem' }, 'dark');
    expect(css).to.equal(':root {\n  color-scheme: dark;\n  --re-color-accent: #123456;\n  --re-radius: 1rem;\n}\n');
  });
});

describe('example pages: data', () => {
  const files = [
    'lab/tomas-ferreira.json',
    'lab/samuel-osei.json',
    'lab/priya-raghunathan.json',
    'lab/lena-hoffmann.json',
    'department/henrik-sorensen.json',
    'department/mariana-costa.json',
    'department/kofi-asante.json',
    'department/li-wei.json',
    'ada-okafor.json',
  ];

  async function load(file: string): Promise<Profile> {
    const res = await fetch(`/demo/data/${file}`);
    const r = validateProfile(await res.json());
    expect(r.ok, `${file}: ${r.ok ? '' : r.errors.join('; ')}`).to.be.true;
    if (!r.ok) throw new Error(file);
    expect(r.warnings, `${file} warnings`).to.deep.equal([]);
    return r.profile;
  }

  it('every sample profile the examples use is valid', async () => {
    for (const f of files) await load(f);
  });

  it('the example rosters load every member, and a group list has each paper once, however many members wrote it', async () => {
    for (const roster of ['lab/group.json', 'department/group.json']) {
      const group = await loadGroup(new URL(`/demo/data/${roster}`, location.href).href);
      expect(group.warnings, `${roster} warnings`).to.deep.equal([]);
      expect(group.members.every((m) => m.available), `${roster}: every member loads`).to.be.true;
      const keys = group.works.map((w) => w.doi ?? w.title); // two works (software) have no DOI
      expect(new Set(keys).size, roster).to.equal(keys.length);
      const r = validateProfile({ version: 1, id: group.group.id, name: group.group.name, works: group.works });
      expect(r.ok, roster).to.be.true;
    }
    const lab = await loadGroup(new URL('/demo/data/lab/group.json', location.href).href);
    expect(lab.works.length).to.equal(48); // Ada's 44 plus one of each member's own
    expect(lab.links.length).to.be.greaterThan(0); // the members wrote together
  });
});
