import { TrustBadge } from './trust-badge.js';

TrustBadge.define();

export { TrustBadge };
