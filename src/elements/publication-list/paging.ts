/**
 * Paging and grouping of <publication-list>: the works of the current page (flat or in groups
 * with linkable headings), the "Show more" footer, and scrolling to `#<prefix>-<group>` links.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../core/i18n.js';
import type { selfMatcher } from './authors.js';
import type { Entry, Group } from './model.js';
import type { PublicationList } from './publication-list.js';
import { renderWork } from './work-item.js';

export function groupSlug(g: Group): string {
  return g.key.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** The works shown now: the first `visible` of the view, in groups when grouped. */
export function renderWorks(
  host: PublicationList,
  view: { ordered: Entry[]; groups: Group[] },
  visible: number,
  isSelf: ReturnType<typeof selfMatcher>,
  titleLevel: number,
): TemplateResult | TemplateResult[] {
  if (host._groupMode === 'none') {
    return html`<ul class="works" part="list" role="list">
      ${view.ordered.slice(0, visible).map((e, i) => renderWork(host, e, i, isSelf, titleLevel))}
    </ul>`;
  }
  const list: TemplateResult[] = [];
  let pos = 0;
  for (const g of view.groups) {
    if (pos >= visible) break;
    const take = g.entries.slice(0, visible - pos);
    const start = pos;
    pos += take.length;
    const id = `${host._prefix}-${groupSlug(g)}`;
    list.push(html`<section class="group" part="group" aria-labelledby=${id}>
      <div class="group-heading" part="group-heading" role="heading" aria-level=${host._level(1)} id=${id} tabindex="-1">
        ${host._groupMode === 'type' ? host._typeText(g.key) : g.key === 'nd' ? host._t('noDate') : g.label}
        <span class="group-count">(${formatNumber(g.entries.length, host._lang)})</span>
      </div>
      <ul class="works" part="list" role="list">
        ${take.map((e, i) => renderWork(host, e, start + i, isSelf, titleLevel))}
      </ul>
    </section>`);
  }
  return list;
}

/** "Showing 50 of 5,000" and "Show more", when more works match than are shown. */
export function renderFooter(host: PublicationList, visible: number, count: number): TemplateResult | typeof nothing {
  if (visible >= count) return nothing;
  return html`<div class="footer" part="footer">
    <p>${host._t('showingNOfM', { count: visible, total: count })}</p>
    <button class="btn" part="more-button" type="button" @click=${() => showMore(host)}>
      ${host._t('showNMore', { count: Math.min(host._pageSize, count - visible) })}
    </button>
  </div>`;
}

function showMore(host: PublicationList): void {
  const before = Math.min(host._view?.ordered.length ?? 0, host._shown || host._pageSize);
  host._shown = before + host._pageSize;
  // Focus moves to the first newly shown work, so keyboard users continue where they were.
  host._focusNext = `.work[data-pos="${before}"]`;
  host.requestUpdate();
}

/** Scrolls to (and focuses) the group heading the page's hash names, bringing it into the page first. */
export async function scrollToHash(host: PublicationList): Promise<void> {
  let hash = '';
  try {
    hash = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  const prefix = `${host._prefix}-`;
  const view = host._view;
  if (!hash.startsWith(prefix) || !view || host._groupMode === 'none') return;
  const key = hash.slice(prefix.length);
  let pos = 0;
  const group = view.groups.find((g) => {
    if (groupSlug(g) === key) return true;
    pos += g.entries.length;
    return false;
  });
  if (!group) return;
  if (pos >= (host._shown || host._pageSize)) {
    host._shown = Math.ceil((pos + 1) / host._pageSize) * host._pageSize;
    host.requestUpdate();
    await host.updateComplete;
  }
  const heading = host.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(hash)}"]`);
  if (!heading) return;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  heading.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
  heading.focus({ preventScroll: true });
}
