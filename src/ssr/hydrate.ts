/**
 * The browser entry for pages rendered with `researcher-elements/ssr.js` (or the `render`
 * command): registers every element so that the server-rendered ones hydrate — they keep the
 * server's DOM, show no loading state and fetch nothing (the profile is in the page).
 *
 * It must run before anything else on the page loads Lit: Lit's hydration support patches
 * LitElement as Lit loads. Import it first in your entry (`import 'researcher-elements/hydrate.js'`),
 * or load it as the page's only copy of the elements. See docs/ssr.md.
 */
// First, before anything that loads Lit.
import './hydrate-support.js';
import { LitElement, adoptStyles, supportsAdoptingStyleSheets } from 'lit';
import { defineElement } from '../core/define.js';
import { ProfileElement } from '../core/profile-element.js';
import { CollabGraph } from '../elements/collab-graph/collab-graph.js';
import { PublicationList } from '../elements/publication-list/publication-list.js';
import { ResearcherCard } from '../elements/researcher-card/researcher-card.js';
import { ResearcherProfile } from '../elements/researcher-profile/researcher-profile.js';
import { TrustBadge } from '../elements/trust-badge/trust-badge.js';
import { profileValidator } from '../data/from-object.js';
import { validator } from '../core/validator.js';

// Server-rendered profiles validate in the first update, as on the server: no fetch, no loading state.
validator.register(profileValidator);

/** True when Lit's hydration support is active (it adds `defer-hydration` to every element's attributes). */
export const hydrationSupported: boolean = (ResearcherCard.observedAttributes ?? []).includes('defer-hydration');

if (!hydrationSupported) {
  console.warn(
    'researcher-elements: Lit was loaded before researcher-elements/hydrate.js, so server-rendered elements cannot hydrate: ' +
      'they throw away the server-rendered content and render it again. Load researcher-elements/hydrate.js before anything that imports Lit.',
  );
}

/**
 * A server-rendered shadow root carries its styles as an inline `<style>`, which a strict
 * Content-Security-Policy (`style-src` without 'unsafe-inline') blocks; hydration keeps that root
 * and does not adopt the element's styles. Adopt them when the inline sheet did not load, so such
 * pages get their styles once JavaScript runs.
 */
function keepStyles(proto: LitElement): void {
  const base = proto['createRenderRoot'];
  proto['createRenderRoot'] = function (this: LitElement) {
    const serverRendered = this.shadowRoot !== null;
    const root = base.call(this);
    if (serverRendered && supportsAdoptingStyleSheets && root instanceof ShadowRoot) {
      const inline = root.querySelector<HTMLStyleElement>(':scope > style');
      if (!inline?.sheet) adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    }
    return root;
  };
}
keepStyles(ProfileElement.prototype);

// The provider first: the elements inside it take the profile from it in their first update,
// which must render what the server rendered.
defineElement('researcher-profile', ResearcherProfile);
ResearcherCard.define();
TrustBadge.define();
PublicationList.define();
CollabGraph.define();

export { ResearcherProfile, ResearcherCard, TrustBadge, PublicationList, CollabGraph };
