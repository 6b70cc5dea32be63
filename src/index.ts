/**
 * researcher-elements: the element classes, their events, the types, and the localisation API.
 * Importing this module registers nothing; import `researcher-elements/define.js` (or call
 * `X.define()`) to register the tags. Loading profiles, formats and adapters (the data API) is
 * `researcher-elements/data.js`. Internals (text cleaning, citation building, the graph model)
 * are not part of the public API.
 */
import type { Catalogue, PluralMessage } from './core/messages/types.js';
import type { enCore } from './core/messages/en.js';
import type { enCard } from './elements/researcher-card/messages/en.js';
import type { enBadge } from './elements/trust-badge/messages/en.js';
import type { enEvidence } from './elements/trust-badge/messages/evidence-en.js';
import type { enList } from './elements/publication-list/messages/en.js';
import type { enGraph } from './elements/collab-graph/messages/en.js';
import type { enGroup } from './elements/research-group/messages/en.js';

export { ResearchGroup } from './elements/research-group/research-group.js';
export { ResearcherProfile } from './elements/researcher-profile/researcher-profile.js';
export { ResearcherCard } from './elements/researcher-card/researcher-card.js';
export { TrustBadge, type TrustInfo } from './elements/trust-badge/trust-badge.js';
export { PublicationList } from './elements/publication-list/publication-list.js';
export { CollabGraph } from './elements/collab-graph/collab-graph.js';
export { ProfileElement } from './core/profile-element.js';
export * from './core/events.js';
export { VERSION } from './core/version.js';
export { registerMessages, msg, messageLanguage, type MessageParams } from './core/i18n.js';
export type { Graph, GraphNode, GraphData, NodeKind, GraphMode } from './elements/collab-graph/graph-model.js';
export type { VerificationLevel } from './elements/trust-badge/levels.js';
export type { ProfileResult, ProfileStatus } from './core/context.js';
export type { Profile, ProfileInput, Work, Author, Topic, Person, Institution, Trust, TrustSignal, Counts, Links } from './data/schema.js';
export type { LoadedProfile } from './data/from-object.js';
export type { Group, GroupInput, GroupMemberEntry, LoadedGroup, GroupMember, MemberLink, GroupCoauthor } from './data/group/index.js';

/**
 * Every UI string of the elements, by key, in English: the shape a translation has
 * (`const fr = {...} satisfies Messages; registerMessages('fr', fr)`). Each element keeps its own
 * strings in `src/elements/<tag>/messages/`.
 */
export type Messages = Catalogue<typeof enCore & typeof enCard & typeof enBadge & typeof enEvidence & typeof enList & typeof enGraph & typeof enGroup>;
export type MessageKey = keyof Messages;
export type { PluralMessage };
