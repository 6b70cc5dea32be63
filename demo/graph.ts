import '../src/elements/collab-graph/collab-graph.define.ts';
import type { CollabGraph } from '../src/elements/collab-graph/collab-graph.js';
import type { NodeSelectEvent } from '../src/core/events.js';
import { generateProfile } from './data/generate.js';

// One large generated network: 1,000 works, 1,000 co-authors.
const large = document.querySelector<CollabGraph>('collab-graph#large');
if (large) large.profile = generateProfile({ works: 1000, people: 1000, seed: 7 });

// The page decides what selecting a node does: here it logs and cancels (nothing opens).
const log = document.querySelector('#event-log');
document.querySelector('.graph-pair')?.addEventListener('node-select', (e) => {
  e.preventDefault();
  const { node } = (e as NodeSelectEvent).detail;
  if (log) log.textContent = `node-select: ${node.label} (${node.kind})${node.url ? `, would open ${node.url}` : ''}. Cancelled by the page.`;
});
