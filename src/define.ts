/** Registers every element. This is the CDN entry: `<script type="module" src=".../cdn/researcher-elements.js">`. */
import './elements/researcher-profile/researcher-profile.define.js';
import './elements/researcher-card/researcher-card.define.js';
import './elements/trust-badge/trust-badge.define.js';
import './elements/publication-list/publication-list.define.js';
import './elements/collab-graph/collab-graph.define.js';

export * from './index.js';
