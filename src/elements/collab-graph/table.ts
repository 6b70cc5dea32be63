/**
 * The table view of `<collab-graph>`, the accessible alternative of the canvas: every node shown,
 * with its kind and connections; for a group, first a table of the members, their joint works
 * (with which members) and their strongest outside collaborators.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, msg, type MessageParams } from '../../core/i18n.js';
import type { Graph, GroupTable, NodeKind } from './graph-model.js';
import type { GraphMessageKey } from './messages/en.js';

export type T = (key: GraphMessageKey, params?: MessageParams) => string;
/** A group's members table (in `group-model.ts`, loaded with the group's graph): the region's name and the table. */
export interface MembersTable {
  label(lang: string, title: string): string;
  render(lang: string, table: GroupTable, title: string): TemplateResult;
}

/** Message keys of a kind: singular (`kind.work` → "work") and the legend's (`kinds.work` → "Works"). */
export const KIND_NAME = (kind: NodeKind) => [`kind.${kind}`, `kinds.${kind}`] as const;

export const link = (label: string, url: string | null) => (url ? html`<a href=${url} target="_blank" rel="noopener"><bdi>${label}</bdi></a>` : html`<bdi>${label}</bdi>`);

/** The table view: the nodes (and for a group, its members first), in a scrollable named region. */
export function renderTable(lang: string, g: Graph, title: string, t: T = (k, p) => msg(lang, k, p), members?: MembersTable | null): TemplateResult {
  const rows = [...g.nodes].sort((a, b) => (b === g.centre ? 1 : 0) - (a === g.centre ? 1 : 0) || b.degree - a.degree || a.label.localeCompare(b.label));
  const caption = t('tableCaption', { title, nodes: t('nodeCount', { count: rows.length }) });
  // The scroll area is a named region in the tab order, so that keyboard users can scroll it.
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${g.group && members ? members.label(lang, title) : caption}>
    ${g.group && members ? members.render(lang, g.group, title) : nothing}
    <table class="nodes-table">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('columnNode')}</th>
          <th scope="col">${t('columnKind')}</th>
          <th scope="col" class="num">${t('columnConnections')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (n) => html`<tr>
            <th scope="row">${link(n.label, n.url)}</th>
            <td>${t(KIND_NAME(n.kind)[0])}</td>
            <td class="num">${formatNumber(n.degree, lang)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
