/** Helpers shared by the <collab-graph> element tests in this folder. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { CollabGraph } from '../../../src/elements/collab-graph/collab-graph.js';
import type { ProfileInput } from '../../../src/data/schema.js';

CollabGraph.define();

export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
export const part = <T extends Element = HTMLElement>(el: Element, name: string) => $<T>(el, `[part~="${name}"]`);
export const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const canvas = (el: CollabGraph) => part<HTMLCanvasElement>(el, 'canvas');
export const button = (el: CollabGraph, label: string) => $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === label) ?? null;

/** Resolves at the next animation frame (after the element's own frame, if it asked for one first). */
export const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Canvas pixels that are not transparent (the canvas has no background: the stage draws it). */
export function ink(el: CollabGraph): number {
  const c = canvas(el);
  if (!c || !c.width || !c.height) return 0;
  const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) n++;
  return n;
}

/** True while the "Building this graph slice…" note covers the canvas. */
export const building = (el: CollabGraph) => !!canvas(el) && $(el, '.stage .building')?.hidden === false;

/** Waits until the graph is laid out and its note is gone. */
export async function built(el: CollabGraph, what = 'the layout is built'): Promise<void> {
  await waitUntil(() => canvas(el) && $(el, '.stage .building')?.hidden === true, what, { timeout: 10000 });
}

/** Mounts a graph and waits until its layout is built (and, with reduced motion, settled). */
export async function mount(profile: ProfileInput, attrs: { mode?: string; maxNodes?: number; reduced?: boolean; theme?: string } = {}): Promise<CollabGraph> {
  const el = await fixture<CollabGraph>(
    html`<collab-graph
      .profile=${profile}
      .reducedMotion=${attrs.reduced ?? true}
      mode=${attrs.mode ?? 'coauthors'}
      max-nodes=${attrs.maxNodes ?? 150}
      theme=${attrs.theme ?? 'light'}
    ></collab-graph>`,
  );
  await el.loadComplete;
  await el.updateComplete;
  await built(el);
  if (attrs.reduced !== false) await waitUntil(() => !el.isRunning, 'settled', { timeout: 10000 });
  return el;
}

/** Ann, Bo and Cy wrote with Mia Ek; Ann twice. One work has a URL; Bo has a profile page. */
export function lab(): ProfileInput {
  return {
    version: 1,
    id: 'me',
    name: 'Mia Ek',
    links: { profile: 'https://example.org/me', explorer: 'https://example.org/explore/me' },
    works: [
      { id: 'w1', title: 'One', url: 'https://example.org/w1', authors: [{ name: 'Mia Ek', id: 'me' }, { name: 'Ann Lee', id: 'p1' }, { name: 'Bo Ng', id: 'p2' }], topics: ['t1'] },
      { id: 'w2', title: 'Two', authors: [{ name: 'Mia Ek', id: 'me' }, { name: 'Ann Lee', id: 'p1' }], topics: ['t1'] },
      { id: 'w3', title: 'Three', authors: [{ name: 'Mia Ek', id: 'me' }, { name: 'Cy Oduya', id: 'p3' }] },
    ],
    topics: [{ id: 't1', name: 'Graphs' }],
    people: [
      { id: 'p1', name: 'Ann Lee' },
      { id: 'p2', name: 'Bo Ng', url: 'https://example.org/bo' },
      { id: 'p3', name: 'Cy Oduya' },
    ],
  };
}

/** A box elsewhere on the page, narrower than the test page, to move the graph into. */
export function elsewhere(): HTMLDivElement {
  const box = document.createElement('div');
  box.style.width = '420px';
  document.body.append(box);
  return box;
}
