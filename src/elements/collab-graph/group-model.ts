/**
 * The graph of a group (`<research-group>`'s result, kind `group`), built from the group model
 * rather than from the group as one profile: the members are the centres (kind `member`, the
 * first lead pinned in the middle), linked to each other by their joint works. By mode:
 *
 * - `members`: the members alone;
 * - `coauthors` (the default): plus the outside co-authors with the most joint works, each linked
 *   to the members they wrote with, within `max-nodes` (members are always kept first);
 * - `full`: plus the merged works, their topics and the members' institutions; co-authors are
 *   then linked to the works they wrote, as in a single researcher's full graph.
 *
 * It also lists, for the table view, each member's joint works and strongest outside collaborators,
 * and renders that table. Loaded on demand (see `model-controller.ts`): a page with one
 * researcher's graph does not download it.
 */
import { html, type TemplateResult } from 'lit';
import { addBuiltinMessages, formatNumber, msg, type MessageParams } from '../../core/i18n.js';
import { enGroupGraph, type GroupGraphMessageKey } from './messages/group.en.js';
import { safeUrl } from '../../core/safe-url.js';
import { link, type MembersTable } from './table.js';
import type { LoadedGroup } from '../../data/group/model.js';
import type { Author } from '../../data/schema.js';
import { doiUrl } from '../../data/normalize/doi.js';
import { Builder, DEFAULT_KINDS, DEFAULT_MAX_NODES, finish, parseMode, type Graph, type GraphNode, type GraphOptions, type GroupTable, type NodeKind } from './graph-model.js';

/** Outside collaborators listed per member in the table view. */
const OUTSIDE_PER_MEMBER = 3;
/** Items handled between two yields (about a millisecond of work each). */
const STEP = 400;

const norm = (s: string) => s.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/**
 * One key per person within the graph: OpenAlex author id, else ORCID iD, else normalized name.
 * (Written here, not imported from the group model: the graph stays free of the merge code.)
 */
const ORCID = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/i;
function personKey(a: Pick<Author, 'name' | 'id' | 'orcid'>): string | undefined {
  if (a.id && /^A\d+$/i.test(a.id)) return a.id.toUpperCase();
  const o = a.orcid ? ORCID.exec(a.orcid)?.[1] : undefined;
  if (o) return `orcid:${o.toUpperCase()}`;
  const n = norm(a.name ?? '');
  return n ? `name:${n}` : undefined;
}

addBuiltinMessages(enGroupGraph, { 'zh-Hans': () => import('./messages/group.zh-Hans.js').then((m) => m.zhGroupGraph) });

const t = (lang: string, key: GroupGraphMessageKey, params?: MessageParams) => msg(lang, key, params);

/** "Ann Lee (2), Bo Ng (1)", or "none". */
function names(lang: string, list: ReadonlyArray<{ label: string; works: number }>): TemplateResult | string {
  if (!list.length) return t(lang, 'groupGraph.none');
  return html`${list.map((x, i) => html`${i ? ', ' : ''}<bdi>${x.label}</bdi> (${formatNumber(x.works, lang)})`)}`;
}

/** The members table of the table view: each member, their joint works (with whom), their strongest outside collaborators. */
export const membersTable: MembersTable = {
  label: (lang, title) => t(lang, 'groupGraph.tablesRegion', { title }),
  render: (lang, table, title) => html`<table class="members-table">
    <caption>
      ${t(lang, 'groupGraph.caption', { title, members: t(lang, 'groupGraph.memberCount', { count: table.members.length }) })}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t(lang, 'groupGraph.columnMember')}</th>
        <th scope="col" class="num">${t(lang, 'groupGraph.columnJointWorks')}</th>
        <th scope="col">${t(lang, 'groupGraph.columnWithMembers')}</th>
        <th scope="col">${t(lang, 'groupGraph.columnOutside')}</th>
      </tr>
    </thead>
    <tbody>
      ${table.members.map(
        (m) => html`<tr>
          <th scope="row">${link(m.label, m.url)}</th>
          <td class="num">${formatNumber(m.jointWorks, lang)}</td>
          <td>${names(lang, m.with)}</td>
          <td>${names(lang, m.outside)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`,
};

const tables = new WeakMap<LoadedGroup, GroupTable>();

/** What the table view lists per member (cached per group: it does not depend on the mode). */
export function groupTable(group: LoadedGroup): GroupTable {
  let t = tables.get(group);
  if (t) return t;
  const members = group.members.filter((m) => m.available);
  const byId = new Map(members.map((m) => [m.id, { label: m.name, url: safeUrl(m.profile?.links?.profile), jointWorks: 0, with: [] as GroupTable['members'][number]['with'], outside: [] as GroupTable['members'][number]['outside'] }]));
  for (const w of group.works) {
    const ids = w.members ?? [];
    if (ids.length < 2) continue;
    for (const id of ids) {
      const row = byId.get(id);
      if (row) row.jointWorks++;
    }
  }
  for (const l of group.links) {
    const a = byId.get(l.source);
    const b = byId.get(l.target);
    if (!a || !b) continue;
    a.with.push({ label: b.label, works: l.works });
    b.with.push({ label: a.label, works: l.works });
  }
  // Each member's strongest outside collaborators, kept as they come (no list of all of them
  // sorted: a department's members have thousands). Among equals, the co-author with the most
  // joint works with the whole group first (the order of `coauthors`).
  for (const c of group.coauthors) {
    for (const m of c.members) {
      const top = byId.get(m.id)?.outside;
      if (!top) continue;
      let at = top.length;
      while (at > 0 && top[at - 1]!.works < m.works) at--;
      if (at >= OUTSIDE_PER_MEMBER) continue;
      top.splice(at, 0, { label: c.name, works: m.works });
      if (top.length > OUTSIDE_PER_MEMBER) top.pop();
    }
  }
  for (const row of byId.values()) row.with.sort((a, b) => b.works - a.works || a.label.localeCompare(b.label));
  tables.set(group, (t = { members: [...byId.values()] }));
  return t;
}

/** The graph of a group; see the file's comment. Yields every few hundred items; returns the graph. */
export function* buildGroupGraphSteps(group: LoadedGroup, options: GraphOptions = {}): Generator<void, Graph, void> {
  const mode = parseMode(options.mode, true);
  const requested = options.kinds ?? DEFAULT_KINDS[mode];
  // The members are the centres: always shown, whatever `kinds` asks for.
  const kinds: readonly NodeKind[] = requested.includes('member') ? requested : [...requested, 'member'];
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  const b = new Builder();
  const members = new Map<string, GraphNode>();
  for (const m of group.members) {
    if (!m.available || members.has(m.id)) continue;
    members.set(m.id, b.node('member', m.id, m.name, safeUrl(m.profile?.links?.profile)));
  }
  const centre = members.values().next().value ?? null;
  for (const l of group.links) {
    const s = members.get(l.source);
    const t = members.get(l.target);
    if (s && t) b.link(s, t, 'coauthor', l.works);
  }
  const priority = new Map<GraphNode, number>();
  let step = 0;
  let total = members.size;
  if (mode === 'coauthors' && kinds.includes('person')) {
    // Co-authors come ranked by joint works: only those that can fit are built; `total` counts all.
    total += group.coauthors.length;
    const room = Math.max(0, maxNodes - members.size);
    for (let i = 0; i < group.coauthors.length && i < room; i++) {
      if (++step % STEP === 0) yield;
      const c = group.coauthors[i]!;
      const n = b.node('person', personKey(c) ?? `coauthor:${i}`, c.name, null);
      priority.set(n, c.works);
      for (const m of c.members) {
        const mn = members.get(m.id);
        if (mn) b.link(mn, n, 'coauthor', m.works);
      }
    }
  } else if (mode === 'full') {
    yield* addWorks(b, group, members);
  }
  yield;
  const rank = (n: GraphNode) => (n.kind === 'member' ? 1e12 + n.weight : (priority.get(n) ?? 0));
  const graph = yield* finish(b.nodes, [...b.links.values()], centre, kinds, maxNodes, rank);
  if (mode === 'coauthors' && kinds.includes('person')) graph.total = Math.max(graph.total, total);
  graph.group = groupTable(group);
  return graph;
}

/** Full mode: the merged works (linked to their members and co-authors), their topics, the members' institutions. */
function* addWorks(b: Builder, group: LoadedGroup, members: Map<string, GraphNode>): Generator<void, void, void> {
  let step = 0;
  const topics = new Map<string, GraphNode>();
  for (const m of group.members) {
    const p = m.profile;
    const me = members.get(m.id);
    if (!p || !me) continue;
    for (const t of p.topics) if (!topics.has(t.id)) topics.set(t.id, b.node('topic', t.id, t.name, null));
    const aff = p.affiliation ? norm(p.affiliation.name) : '';
    const inst = aff ? p.institutions.find((i) => norm(i.name) === aff) : undefined;
    if (inst) b.link(me, b.node('institution', inst.id, inst.name, safeUrl(inst.url)), 'affiliation');
  }
  // An author who is a member (by id, ORCID iD or name) is not an outside co-author.
  const own = new Set<string | undefined>();
  for (const m of group.members) {
    const p = m.profile;
    if (!p || !members.has(m.id)) continue;
    own.add(personKey({ name: p.name, id: p.id })).add(personKey({ name: p.name })).add(personKey({ name: m.name }));
    if (p.orcid) own.add(personKey({ name: p.name, orcid: p.orcid }));
  }
  const people = new Map<string, GraphNode>();
  for (const w of group.works) {
    if (++step % STEP === 0) yield;
    const work = b.node('work', w.id, w.title || w.id, safeUrl(w.url) ?? safeUrl(w.doi ? doiUrl(w.doi) : null));
    const mine = new Set<string>(w.members ?? []);
    for (const id of mine) {
      const mn = members.get(id);
      if (mn) b.link(mn, work, 'authored');
    }
    for (const a of w.authors) {
      if (a.id && mine.has(a.id)) continue;
      const key = personKey(a);
      if (!key || own.has(key) || (a.orcid && own.has(personKey({ name: a.name, orcid: a.orcid }))) || own.has(personKey({ name: a.name }))) continue;
      let n = people.get(key);
      if (!n) people.set(key, (n = b.node('person', key, a.name, null)));
      b.link(n, work, 'authored');
    }
    for (const t of w.topics ?? []) {
      const tn = topics.get(t);
      if (tn) b.link(work, tn, 'topic');
    }
  }
}
