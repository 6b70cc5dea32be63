/**
 * The group's graph for the group page, from the group model: the members (as researchers, the
 * lead at the centre), member–member links weighted by their joint works, and the outside
 * co-authors with the most joint works, each linked to the members they wrote with. The graph
 * trims it to its `max-nodes`, keeping the most connected.
 */
import type { GraphData } from '../collab-graph/graph-model.js';
import type { LoadedGroup } from '../../data/group/model.js';

/** Outside co-authors handed to the graph at most (it keeps the most connected within `max-nodes`). */
const MAX_COAUTHORS = 400;

const cache = new WeakMap<LoadedGroup, GraphData>();

export function groupGraphData(group: LoadedGroup): GraphData {
  let data = cache.get(group);
  if (data) return data;
  const nodes: GraphData['nodes'] = [];
  const links: GraphData['links'] = [];
  const members = new Set<string>();
  for (const m of group.members) {
    if (!m.available) continue;
    members.add(m.id);
    nodes.push({ id: `member:${m.id}`, kind: 'researcher', label: m.name, url: m.profile?.links?.profile ?? null });
  }
  for (const l of group.links) links.push({ source: `member:${l.source}`, target: `member:${l.target}`, weight: l.works });
  group.coauthors.slice(0, MAX_COAUTHORS).forEach((c, i) => {
    const id = `coauthor:${i}`;
    nodes.push({ id, kind: 'person', label: c.name });
    for (const m of c.members) if (members.has(m.id)) links.push({ source: `member:${m.id}`, target: id, weight: m.works });
  });
  cache.set(group, (data = { nodes, links }));
  return data;
}
