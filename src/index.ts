/**
 * researcher-elements: classes, types and the data layer. Importing this module registers
 * nothing; import `researcher-elements/define.js` (or call `X.define()`) to register the tags.
 */
export { ResearcherProfile } from './elements/researcher-profile/researcher-profile.js';
export { ResearcherCard } from './elements/researcher-card/researcher-card.js';
export { openLink } from './core/open-link.js';
export { TrustBadge, parseTrustAttributes, type TrustInfo } from './elements/trust-badge/trust-badge.js';
export { PublicationList } from './elements/publication-list/publication-list.js';
export { toBibtex, toPlainCitation, bibKeys } from './elements/publication-list/cite.js';
export { cleanText } from './elements/publication-list/text.js';
export { CollabGraph } from './elements/collab-graph/collab-graph.js';
export { buildGraph, graphFromData, parseKinds, type Graph, type GraphNode, type GraphData, type NodeKind, type GraphMode } from './elements/collab-graph/graph-model.js';
export { VERIFICATION_LEVELS, verificationLevel, type VerificationLevel } from './elements/trust-badge/levels.js';
export { ProfileElement } from './core/profile-element.js';
export * from './core/events.js';
export { safeUrl, safeImageUrl } from './core/safe-url.js';
export { defineElement } from './core/define.js';
export { profileSourceContext, type ProfileSource } from './core/context.js';
export { VERSION } from './core/version.js';
export { registerMessages, msg, messageLanguage, formatNumber, plural, langOf, type MessageParams } from './core/i18n.js';
export type { Messages, MessageKey, PluralMessage } from './core/messages/en.js';
export * from './data/index.js';
