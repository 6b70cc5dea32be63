// The live page: elements pointed at OpenAlex, ORCID and a BibTeX file on the web. It registers
// the source adapters itself (until the library's entry does), then the elements.
import '../src/data/adapters/index.ts';
import '../src/elements/researcher-profile/researcher-profile.define.ts';
import '../src/elements/researcher-card/researcher-card.define.ts';
import '../src/elements/trust-badge/trust-badge.define.ts';
import '../src/elements/publication-list/publication-list.define.ts';
import '../src/elements/collab-graph/collab-graph.define.ts';

// Reports each load and failure in the page's status line (text only), so a reader sees what
// came from where, or why it did not.
const log = document.querySelector<HTMLElement>('#event-log');
const lines = new Map<string, string>();

function show(key: string, line: string): void {
  lines.set(key, line);
  if (log) log.textContent = [...lines.values()].join(' · ');
}

document.addEventListener('profile-load', (event) => {
  const { src, profile, warnings, fallback } = event.detail;
  if (!src) return;
  const source = new URL(src).hostname;
  const saved = fallback ? ' (saved copy: the live source failed)' : '';
  show(src, `${source}: ${profile.name}, ${profile.works.length} works, ${profile.people.length} co-authors${warnings.length ? ` (${warnings.length} warnings)` : ''}${saved}`);
});

document.addEventListener('profile-error', (event) => {
  const { src, message } = event.detail;
  show(src ?? 'error', message);
});
