import { ResearcherCard } from './researcher-card.js';
import { TrustBadge } from '../trust-badge/trust-badge.js';

// Registers <researcher-card> and the <trust-badge> it renders.
ResearcherCard.define();

export { ResearcherCard, TrustBadge };
