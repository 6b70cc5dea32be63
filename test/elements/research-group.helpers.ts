/** Shared by the research-group tests of its group code (on demand and static). */
import type { ResearchGroup } from '../../src/elements/research-group/research-group.js';
import type { ProfileInput } from '../../src/data/schema.js';

const person = (id: string, name: string, title: string): ProfileInput => ({
  version: 1,
  id,
  name,
  works: [{ id: `${id}-1`, type: 'article', year: 2024, title, authors: [{ name, id }] }],
});

/** A roster whose members carry their profiles: a group given as a value (no request). */
export function groupValue(): unknown {
  return {
    version: 1,
    kind: 'group',
    id: 'river-lab',
    name: 'River Lab',
    members: [
      { src: 'https://example.org/ada.json', role: 'lead', profile: person('ada', 'Ada Lead', 'Sparse Gauges') },
      { src: 'https://example.org/bo.json', role: 'PhD student', profile: person('bo', 'Bo Student', 'Urban Floodplains') },
    ],
  };
}

export interface Frame {
  loading: boolean;
  fallback: string;
  cards: number;
  busy: boolean;
}

/** What each render of `el` showed: a skeleton, the light-DOM fallback, member cards, aria-busy. */
export function recordFrames(el: ResearchGroup): Frame[] {
  const frames: Frame[] = [];
  const updated = (el as unknown as { updated(c: Map<PropertyKey, unknown>): void }).updated.bind(el);
  (el as unknown as { updated(c: Map<PropertyKey, unknown>): void }).updated = (changed) => {
    updated(changed);
    const root = el.shadowRoot!;
    const slot = root.querySelector('slot');
    frames.push({
      loading: root.querySelector('[part="loading"]') !== null,
      fallback: slot ? slot.assignedNodes({ flatten: true }).map((n) => n.textContent ?? '').join('').trim() : '',
      cards: root.querySelectorAll('researcher-card').length,
      busy: el.hasAttribute('aria-busy'),
    });
  };
  return frames;
}

/** Shows a group value in a new <research-group>, waits for its update, and returns what each render showed. */
export async function renderGroupValue(): Promise<Frame[]> {
  const el = document.createElement('research-group') as ResearchGroup;
  const frames = recordFrames(el);
  el.group = groupValue();
  document.body.append(el);
  try {
    await el.updateComplete;
    return frames;
  } finally {
    el.remove();
  }
}
