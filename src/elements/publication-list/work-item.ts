/**
 * One work of <publication-list>: type, year and venue, the linked title, the author list (the
 * researcher emphasised, long lists cut short), citations and topics, and the "Abstract" and
 * "Cite" disclosures (the Cite panel itself is in `cite-panel.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { WorkSelectEvent } from '../../core/events.js';
import { displayAuthors, type selfMatcher } from './authors.js';
import type { Entry } from './model.js';
import { renderWorkMembers } from './members.js';
import type { PublicationList } from './publication-list.js';

type IsSelf = ReturnType<typeof selfMatcher>;

function toggle(host: PublicationList, set: Set<string>, id: string): void {
  if (set.has(id)) set.delete(id);
  else set.add(id);
  host.requestUpdate();
}

function toggleAuthors(host: PublicationList, id: string, pos: number): void {
  toggle(host, host._allAuthors, id);
  host._focusNext = `.work[data-pos="${pos}"] [part="authors-toggle"]`;
}

function onTitleClick(host: PublicationList, ev: MouseEvent, e: Entry): void {
  // Modified clicks (new tab, new window, download) are the browser's, not a selection.
  if (ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
  const select = new WorkSelectEvent({ work: e.work });
  if (!host.dispatchEvent(select)) ev.preventDefault();
}

/** One `<li>` of the list; `pos` is its position in the view (for focus after "Show more"). */
export function renderWork(host: PublicationList, e: Entry, pos: number, isSelf: IsSelf, level: number): TemplateResult {
  const t = host._t;
  const w = e.work;
  const id = w.id;
  const titleId = `t${e.index}`;
  const absOpen = host._abstracts.has(id);
  const citeOpen = host._cites.has(id);
  const title = e.title ? e.title : html`<span class="untitled">${t('untitled')}</span>`;
  const expanded = host._allAuthors.has(id);
  const authors = w.authors.length ? displayAuthors(w.authors, isSelf, host._maxAuthors, expanded) : null;
  const members = host._members;
  return html`<li class="work" part="work" tabindex="-1" data-pos=${pos}>
    <p class="meta" part="work-meta">
      ${e.type ? html`<span class="type" part="work-type">${host._typeText(e.type)}</span>` : nothing}
      ${e.year !== null ? html`<span>${e.year}</span>` : html`<span class="nd" title=${t('noDate')}>${t('noDateShort')}</span>`}
      ${e.venue ? html`<span class="venue"><span class="sep" aria-hidden="true">·</span> <bdi>${e.venue}</bdi></span>` : nothing}
    </p>
    <div class="title" part="work-title" role="heading" aria-level=${level} id=${titleId}>
      ${e.href ? html`<a href=${e.href} @click=${(ev: MouseEvent) => onTitleClick(host, ev, e)}>${title}</a>` : title}
    </div>
    ${authors
      ? html`<p class="authors" part="work-authors">
          ${authors.runs.map((r) =>
            r.self ? (members ? html`<mark class="member" part="member">${r.text}</mark>` : html`<strong class="self" part="self">${r.text}</strong>`) : r.text,
          )}${w.authorsTruncated &&
          !authors.hidden
            ? t('etAl')
            : nothing}
          ${authors.hidden
            ? html` … <button class="linkish" part="authors-toggle" type="button" @click=${() => toggleAuthors(host, id, pos)}>
                  ${t('moreAuthors', { count: authors.hidden })}<span class="visually-hidden">${t('authorsHint')}</span>
                </button>`
            : expanded
              ? html` <button class="linkish" part="authors-toggle" type="button" data-authors-toggle @click=${() => toggleAuthors(host, id, pos)}>
                  ${t('showFewer')}<span class="visually-hidden">${t('authorsHint')}</span>
                </button>`
              : nothing}
        </p>`
      : nothing}
    ${members ? renderWorkMembers(host, w, members) : nothing}
    ${e.citations !== null || e.topics.length
      ? html`<div class="facts" part="work-facts">
          ${e.citations !== null ? html`<span>${t('citationCount', { count: e.citations })}</span>` : nothing}
          ${e.topics.length
            ? html`<ul class="topics" aria-label=${t('topics')}>
                ${e.topics.map((x) => html`<li class="topic" part="topic">${x}</li>`)}
              </ul>`
            : nothing}
        </div>`
      : nothing}
    <div class="actions">
      ${e.abstract
        ? html`<button
            class="btn small"
            part="abstract-toggle"
            type="button"
            aria-expanded=${absOpen ? 'true' : 'false'}
            aria-controls=${`a${e.index}`}
            aria-describedby=${titleId}
            @click=${() => toggle(host, host._abstracts, id)}
          >
            <span class="chevron" aria-hidden="true"></span>${t('abstract')}
          </button>`
        : nothing}
      <button
        class="btn small"
        part="cite-toggle"
        type="button"
        aria-expanded=${citeOpen ? 'true' : 'false'}
        aria-controls=${`c${e.index}`}
        aria-describedby=${titleId}
        @click=${() => toggle(host, host._cites, id)}
      >
        <span class="chevron" aria-hidden="true"></span>${t('cite')}
      </button>
    </div>
    ${e.abstract
      ? html`<div class="panel abstract" part="abstract" id=${`a${e.index}`} ?hidden=${!absOpen}>${absOpen ? html`<p>${e.abstract}</p>` : nothing}</div>`
      : nothing}
    <div class="panel cite" part="cite" id=${`c${e.index}`} ?hidden=${!citeOpen}>${citeOpen ? host._citePanel.render(e) : nothing}</div>
  </li>`;
}
