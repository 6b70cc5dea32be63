import { ResearcherProfile } from './researcher-profile.js';
import { ResearcherCard } from '../researcher-card/researcher-card.js';
import { TrustBadge } from '../trust-badge/trust-badge.js';
import { CollabGraph } from '../collab-graph/collab-graph.js';
import { PublicationList } from '../publication-list/publication-list.js';

// Registers <researcher-profile> and the elements its whole-profile layout shows.
ResearcherProfile.define();

export { ResearcherProfile, ResearcherCard, TrustBadge, CollabGraph, PublicationList };
