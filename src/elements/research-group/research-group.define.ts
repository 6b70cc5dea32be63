import { ResearchGroup } from './research-group.js';
import { ResearcherCard } from '../researcher-card/researcher-card.js';
import { TrustBadge } from '../trust-badge/trust-badge.js';
import { CollabGraph } from '../collab-graph/collab-graph.js';
import { PublicationList } from '../publication-list/publication-list.js';
import { groupCode } from './group-code.js';
import { groupFromValue, groupFromValueAsync, groupProfile } from './group-profile.js';

// Every <research-group> needs its group code: here it is static, so a group given as a value
// renders in the first update (the all-in-one file loads it on first use, see ./group-code.ts).
groupCode.register({ groupFromValue, groupFromValueAsync, groupProfile });

// Registers <research-group> and the elements its group page shows.
ResearchGroup.define();

export { ResearchGroup, ResearcherCard, TrustBadge, CollabGraph, PublicationList };
