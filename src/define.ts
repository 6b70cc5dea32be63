/**
 * Registers every element. This is the CDN entry: `<script type="module" src=".../cdn/researcher-elements.js">`.
 * It calls each class's guarded `define()` itself (as the `*.define.ts` modules do) rather than
 * importing those modules, so the CDN build needs no extra chunk per element for this file.
 */
import { ResearchGroup } from './elements/research-group/research-group.js';
import { ResearcherProfile } from './elements/researcher-profile/researcher-profile.js';
import { ResearcherCard } from './elements/researcher-card/researcher-card.js';
import { TrustBadge } from './elements/trust-badge/trust-badge.js';
import { PublicationList } from './elements/publication-list/publication-list.js';
import { CollabGraph } from './elements/collab-graph/collab-graph.js';

// The providers first: elements already in the page find them when they upgrade.
ResearchGroup.define();
ResearcherProfile.define();
ResearcherCard.define();
TrustBadge.define();
PublicationList.define();
CollabGraph.define();

export * from './index.js';
