/**
 * The table view of `<collab-graph>`, the accessible alternative of the canvas: every node shown,
 * with its kind and connections; for a group, first a table of the members, their joint works
 * (with which members) and their strongest outside collaborators.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, msg, type MessageParams } from '../../core/i18n.js';
import type { Graph, GroupTable, NodeKind } from './graph-model.js';
import type { GraphMessageKey } from './messages/en.js';

type T = (key: GraphMessageKey, params?: MessageParams) => string;

/** Message keys of a kind: singular (`kind.work` → "work") and the legend's (`kinds.work` → "Works"). */
export const KIND_NAME = (kind: NodeKind) => [`kind.${kind}`, `kinds.${kind}`] as const;

const link = (label: string, url: string | null) => (url ? html`<a href=${url} target="_blank" rel="noopener"><bdi>${label}</bdi></a>` : html`<bdi>${label}</bdi>`);

/** "Ann Lee (2), Bo Ng (1)", or "none". */
function names(t: T, lang: string, list: ReadonlyArray<{ label: string; works: number }>): TemplateResult | string {
  if (!list.length) return t('tableNone');
  return html`${list.map((x, i) => html`${i ? ', ' : ''}<bdi>${x.label}</bdi> (${formatNumber(x.works, lang)})`)}`;
}

function membersTable(t: T, lang: string, table: GroupTable, title: string): TemplateResult {
  return html`<table class="members-table">
    <caption>
      ${t('membersTableCaption', { title, members: t('memberCount', { count: table.members.length }) })}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('columnMember')}</th>
        <th scope="col" class="num">${t('columnJointWorks')}</th>
        <th scope="col">${t('columnWithMembers')}</th>
        <th scope="col">${t('columnOutside')}</th>
      </tr>
    </thead>
    <tbody>
      ${table.members.map(
        (m) => html`<tr>
          <th scope="row">${link(m.label, m.url)}</th>
          <td class="num">${formatNumber(m.jointWorks, lang)}</td>
          <td>${names(t, lang, m.with)}</td>
          <td>${names(t, lang, m.outside)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The table view: the nodes (and for a group, its members first), in a scrollable named region. */
export function renderTable(lang: string, g: Graph, title: string, t: T = (k, p) => msg(lang, k, p)): TemplateResult {
  const rows = [...g.nodes].sort((a, b) => (b === g.centre ? 1 : 0) - (a === g.centre ? 1 : 0) || b.degree - a.degree || a.label.localeCompare(b.label));
  const caption = t('tableCaption', { title, nodes: t('nodeCount', { count: rows.length }) });
  // The scroll area is a named region in the tab order, so that keyboard users can scroll it.
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${g.group ? t('tablesRegion', { title }) : caption}>
    ${g.group ? membersTable(t, lang, g.group, title) : nothing}
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
