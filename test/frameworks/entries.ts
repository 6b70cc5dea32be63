// Every typed entry point of the package, compiled with the TSX consumer (skipLibCheck: false, no
// @types/d3-force): the published .d.ts files stand alone. tsx.node.test.mjs checks that this list
// covers every `exports` entry with types.
import * as root from 'researcher-elements';
import * as define from 'researcher-elements/define.js';
import * as data from 'researcher-elements/data.js';
import * as researcherProfile from 'researcher-elements/researcher-profile.js';
import * as researcherProfileDefine from 'researcher-elements/researcher-profile.define.js';
import * as researcherCard from 'researcher-elements/researcher-card.js';
import * as researcherCardDefine from 'researcher-elements/researcher-card.define.js';
import * as trustBadge from 'researcher-elements/trust-badge.js';
import * as trustBadgeDefine from 'researcher-elements/trust-badge.define.js';
import * as publicationList from 'researcher-elements/publication-list.js';
import * as publicationListDefine from 'researcher-elements/publication-list.define.js';
import * as collabGraph from 'researcher-elements/collab-graph.js';
import * as collabGraphDefine from 'researcher-elements/collab-graph.define.js';
import * as researchGroup from 'researcher-elements/research-group.js';
import * as researchGroupDefine from 'researcher-elements/research-group.define.js';
import * as react from 'researcher-elements/react.js';
import * as vue from 'researcher-elements/vue.js';
import * as svelte from 'researcher-elements/svelte.js';
import * as ssr from 'researcher-elements/ssr.js';
import * as hydrate from 'researcher-elements/hydrate.js';
import type { CollabGraph, Graph, GraphNode } from 'researcher-elements';

export const modules = [root, define, data, researcherProfile, researcherProfileDefine, researcherCard, researcherCardDefine, trustBadge, trustBadgeDefine];
export const more = [publicationList, publicationListDefine, collabGraph, collabGraphDefine, researchGroup, researchGroupDefine, react, vue, svelte, ssr, hydrate];

// The graph's nodes keep the layout's fields (they were lost when d3-force's types were missing).
export function where(node: GraphNode): [number, number, number] {
  return [node.x ?? 0, node.y ?? 0, node.index];
}
// The graph model is reached through the element (the builder is internal, not exported).
export const graphOf = (el: CollabGraph): Graph | null => el.model;
export const ends = (link: Graph['links'][number]): string => `${link.source.x},${link.target.y}`;
