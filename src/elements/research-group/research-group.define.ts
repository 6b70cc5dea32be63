import { ResearchGroup } from './research-group.js';
import { ResearcherCard } from '../researcher-card/researcher-card.js';
import { TrustBadge } from '../trust-badge/trust-badge.js';
import { CollabGraph } from '../collab-graph/collab-graph.js';
import { PublicationList } from '../publication-list/publication-list.js';

// Registers <research-group> and the elements its group page shows.
ResearchGroup.define();

export { ResearchGroup, ResearcherCard, TrustBadge, CollabGraph, PublicationList };
