/**
 * Benchmark page for <publication-list> (driven by bench/publication-list.bench.mjs). The element
 * is the built CDN file (`/cdn/publication-list.js`, loaded by the page's HTML as a host page
 * loads it); the peer and the breakdown of the work ("pieces") use the sources of the same data
 * layer. Exposes `window.plBench` with measurements that run inside the page, timed with
 * performance.now(). Each first-render run gets a fresh copy of the profile, so validation and
 * preparation are measured cold (nothing is cached between runs).
 */
import { LitElement, html } from 'lit';
import type { PublicationList } from '/src/elements/publication-list/publication-list.ts';
import { prepare } from '/src/elements/publication-list/model.ts';
import { profileFromObject } from '/src/data/from-object.ts';
import type { Profile, ProfileInput, Work } from '/src/data/schema.ts';
import { generateProfile } from '/demo/data/generate.ts';

/**
 * A lab's profile as sources deliver it: 3–8 authors per work, abstracts of 30–90 words, and
 * every 250th work a big collaboration with 150–400 authors.
 */
function realisticProfile(n: number): ProfileInput {
  const p = generateProfile({ works: n, seed: 1, authorsPerWork: [2, 7] });
  const people = p.people ?? [];
  (p.works ?? []).forEach((w, i) => {
    if (i % 250 !== 125 || !people.length) return;
    const extra = 150 + ((i * 37) % 251);
    const authors = Array.from({ length: extra }, (_, j) => {
      const person = people[(i + j) % people.length]!;
      return j < people.length ? { name: person.name, id: person.id } : { name: `${person.name.split(' ')[0]} Collaborator ${j}` };
    });
    w.authors = [...(w.authors ?? []), ...authors];
  });
  return p;
}

const inputs = new Map<number, ProfileInput>();
const input = (n: number): ProfileInput => {
  let p = inputs.get(n);
  if (!p) inputs.set(n, (p = realisticProfile(n)));
  return structuredClone(p);
};

const stage = document.getElementById('stage')!;
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const idle = () => new Promise<void>((r) => requestIdleCallback(() => r(), { timeout: 3000 }));
const gc = () => (window as unknown as { gc?: () => void }).gc?.();

/** The peer: a plain Lit list of every work, no paging, filtering on the fly (same data layer). */
class PlainWorkList extends LitElement {
  static override properties = { profile: { attribute: false }, query: {} };
  declare profile: ProfileInput | null;
  declare query: string;
  private _works: Work[] = [];
  private _from: unknown = null;
  constructor() {
    super();
    this.profile = null;
    this.query = '';
  }
  override render() {
    if (this.profile !== this._from) {
      this._from = this.profile;
      this._works = this.profile ? profileFromObject(this.profile).profile.works : [];
    }
    const q = this.query.toLowerCase();
    const list = q
      ? this._works.filter((w) => `${w.title} ${w.venue} ${w.authors.map((a) => a.name).join(' ')} ${w.abstract}`.toLowerCase().includes(q))
      : this._works;
    return html`<input id="search" aria-label="Search" @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
      <ul>
        ${list.map(
          (w) => html`<li>
            <a href=${`https://doi.org/${w.doi}`}>${w.title}</a>
            <p>${w.authors.map((a) => a.name).join(', ')}</p>
            <p>${w.type} · ${w.year} · ${w.venue}</p>
          </li>`,
        )}
      </ul>`;
  }
}
customElements.define('plain-work-list', PlainWorkList);

type Kind = 'publication-list' | 'plain';

async function mount(kind: Kind, debounce = 0): Promise<LitElement> {
  stage.replaceChildren();
  gc();
  const el = document.createElement(kind === 'plain' ? 'plain-work-list' : 'publication-list') as LitElement;
  if (kind === 'publication-list') el.setAttribute('debounce', String(debounce));
  stage.append(el);
  await el.updateComplete;
  await frame();
  return el;
}

/** Waits for the update, forces style and layout, then waits for the frame; returns the time before the frame. */
async function settle(el: LitElement): Promise<number> {
  if ('loadComplete' in el) await (el as PublicationList).loadComplete;
  await el.updateComplete;
  el.shadowRoot!.firstElementChild?.getBoundingClientRect();
  const laidOut = performance.now();
  await frame();
  return laidOut;
}

/** Time from setting `.profile` to the rendered, laid-out list. */
async function firstRender(kind: Kind, n: number): Promise<{ ms: number; workMs: number; nodes: number }> {
  const el = await mount(kind);
  const data = input(n);
  const t0 = performance.now();
  (el as unknown as { profile: ProfileInput }).profile = data;
  const laidOut = await settle(el);
  const ms = performance.now() - t0;
  return { ms, workMs: laidOut - t0, nodes: el.shadowRoot!.querySelectorAll('*').length };
}

const WORDS = ['graph', 'protein', 'ocean', 'okafor', 'nature'];

/**
 * Types each word one character at a time into the shadow search box; for every character,
 * the time from the `input` event to the updated, laid-out list (`work`) and to the next frame
 * (`frame`, which rounds up to the display's refresh). With `debounce` 0 this is the filtering
 * and rendering alone; with the default debounce it is what a user waits.
 */
async function keystrokes(kind: Kind, n: number, debounce = 0): Promise<{ frame: number[]; work: number[] }> {
  const el = await mount(kind, debounce);
  (el as unknown as { profile: ProfileInput }).profile = input(n);
  await settle(el);
  // A person starts typing after the list has appeared: the element builds its search keys in
  // idle time by then (the one-time cost is reported separately as "search keys").
  await idle();
  await idle();
  const box = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
  const times: number[] = [];
  const work: number[] = [];
  for (const word of WORDS) {
    for (let i = 1; i <= word.length; i++) {
      box.value = word.slice(0, i);
      const t0 = performance.now();
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      if (debounce > 0) {
        const target = box.value;
        while ((el as unknown as { query: string }).query !== target) await new Promise((r) => setTimeout(r, 1));
      }
      const laidOut = await settle(el);
      times.push(performance.now() - t0);
      work.push(laidOut - t0);
    }
    box.value = '';
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    while ((el as unknown as { query: string }).query !== '') await new Promise((r) => setTimeout(r, 5));
    await settle(el);
  }
  return { frame: times, work };
}

/**
 * The pieces of <publication-list>'s work: validation (the shared data layer), preparation (on
 * the first render), and building every search key (once, in idle time after the first render).
 */
function pieces(n: number): { validateMs: number; prepareMs: number; keysMs: number } {
  const data = input(n);
  let t0 = performance.now();
  const profile: Profile = profileFromObject(data).profile;
  const validateMs = performance.now() - t0;
  t0 = performance.now();
  const p = prepare(profile);
  const prepareMs = performance.now() - t0;
  t0 = performance.now();
  p.warm(() => false);
  return { validateMs, prepareMs, keysMs: performance.now() - t0 };
}

/**
 * What a visitor's page does first, in a page where nothing has run yet, in three calls so that
 * the bench can read the main thread's CPU time between them: mount the element, give it its
 * data (→ first frame), and after it has appeared (idle time) the first keystroke in its search
 * (→ the updated list's frame).
 */
let coldEl: LitElement | null = null;
let coldData: ProfileInput | null = null;
async function coldMount(kind: Kind, n: number): Promise<void> {
  coldData = input(n); // the data exists before the clock starts, as a page's own data would
  coldEl = await mount(kind);
}

async function coldRender(): Promise<number> {
  const el = coldEl!;
  const t0 = performance.now();
  (el as unknown as { profile: ProfileInput }).profile = coldData!;
  await settle(el);
  return performance.now() - t0;
}

/** A person starts typing after the list has appeared (and the page has had idle time). */
async function coldIdle(): Promise<void> {
  await idle();
  await idle();
}

async function coldKey(): Promise<number> {
  const el = coldEl!;
  const box = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
  box.value = WORDS[0]!.slice(0, 1);
  const t0 = performance.now();
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
  return performance.now() - t0;
}

/** The data: works, and authors per work (min, median, max). */
function dataShape(n: number): { works: number; authorsMin: number; authorsMedian: number; authorsMax: number } {
  const counts = (input(n).works ?? []).map((w) => (w.authors ?? []).length).sort((a, b) => a - b);
  return { works: counts.length, authorsMin: counts[0] ?? 0, authorsMedian: counts[counts.length >> 1] ?? 0, authorsMax: counts.at(-1) ?? 0 };
}

await customElements.whenDefined('publication-list');
const defaultDebounce = (document.createElement('publication-list') as PublicationList).debounce;
/** The element really is the built CDN file's (not a source module this page imported). */
const fromCdn = performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.startsWith('/cdn/chunks/publication-list'));

Object.assign(window, { plBench: { firstRender, keystrokes, pieces, coldMount, coldRender, coldIdle, coldKey, dataShape, defaultDebounce, fromCdn, ready: true } });
