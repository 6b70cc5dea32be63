/**
 * A group's list (inside `<research-group>`): the members, read from the shared profile (its
 * works carry `members`, the ids of the members who wrote them, and its people include the
 * members under those ids), each member's name marked in author lists, the "member" filter and
 * the "Members: …" line of a work. A researcher's own list has no members: nothing changes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../core/i18n.js';
import type { Author, Work } from '../../data/schema.js';
import { nameKey, orcidKey } from './authors.js';
import type { Prepared } from './model.js';
import type { PublicationList } from './publication-list.js';

export interface ListMember {
  id: string;
  name: string;
  /** Works of the list this member wrote. */
  count: number;
}

export interface Members {
  /** In the group's order (leads first), only members who wrote a work of the list. */
  list: ListMember[];
  byId: Map<string, ListMember>;
  /** True when `a` is one of the members (same id, ORCID iD or name). */
  is: (a: Author) => boolean;
}

const cache = new WeakMap<Prepared, Members | null>();

/** The group's members, or null for a researcher's list (computed once per prepared list). */
export function membersOf(p: Prepared): Members | null {
  let m = cache.get(p);
  if (m !== undefined) return m;
  const counts = new Map<string, number>();
  for (const w of p.profile.works) for (const id of w.members ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  m = null;
  if (counts.size) {
    const list: ListMember[] = [];
    const ids = new Set<string>();
    const orcids = new Set<string>();
    const names = new Set<string>();
    for (const person of p.profile.people) {
      const count = counts.get(person.id);
      if (!count || ids.has(person.id)) continue;
      list.push({ id: person.id, name: person.name, count });
      ids.add(person.id);
      ids.add(person.id.toUpperCase());
      const o = orcidKey(person.orcid);
      if (o) orcids.add(o);
      const n = nameKey(person.name);
      if (n) names.add(n);
    }
    if (list.length) {
      const is = (a: Author) =>
        (!!a.id && (ids.has(a.id) || ids.has(a.id.toUpperCase()))) || (!!a.orcid && orcids.has(orcidKey(a.orcid) ?? '')) || names.has(nameKey(a.name));
      m = { list, byId: new Map(list.map((x) => [x.id, x])), is };
    }
  }
  cache.set(p, m);
  return m;
}

/** "Members: Ada Lead, Bo Student" under a work of a group's list. */
export function renderWorkMembers(host: PublicationList, w: Work, m: Members | null): TemplateResult | typeof nothing {
  const names = (w.members ?? []).map((id) => m?.byId.get(id)?.name).filter((n): n is string => !!n);
  if (!names.length) return nothing;
  return html`<p class="work-members" part="work-members">${host._t('membersLine', { names: names.join(', ') })}</p>`;
}

/**
 * The "member" select of the toolbar: all members, or one (with their number of works). Without
 * `options` (a big list's first frame) only "All members" and the member chosen, if any.
 */
export function renderMemberSelect(host: PublicationList, m: Members, options = true): TemplateResult {
  const value = host.member ?? '';
  const known = !value || (options && m.byId.has(value));
  return html`<div class="field">
    <label for="member">${host._t('member')}</label>
    <select id="member" part="select" @change=${host._controls.onMember}>
      <option value="" ?selected=${!value}>${host._t('allMembers')}</option>
      ${options ? m.list.map((x) => html`<option value=${x.id} ?selected=${value === x.id}>${x.name} (${formatNumber(x.count, host._lang)})</option>`) : nothing}
      ${known ? nothing : html`<option value=${value} selected>${m.byId.get(value)?.name ?? value}</option>`}
    </select>
  </div>`;
}
