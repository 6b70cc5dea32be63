/**
 * The researcher's ORCID iD on `<researcher-card>`, as ORCID's iD display guidelines ask: the iD
 * icon before the full `https://orcid.org/0000-…` URL, the whole linked to the record, with an
 * accessible name ("ORCID iD https://orcid.org/…"). The green icon only for an authenticated iD,
 * one its owner controls (the profile came from ORCID, or it is claimed); otherwise ORCID's grey
 * "unauthenticated" icon, and the accessible name says so. The compact card uses ORCID's inline
 * format (the icon alone, linked, next to the affiliation; the URL in its accessible name).
 *
 * The icon is inline SVG in the template (no request; colours from the stylesheet, no `style`).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { orcidUrl } from '../../data/normalize/orcid.js';
import type { Profile } from '../../data/schema.js';

/** True when the profile's owner controls the iD: loaded from ORCID, or a claimed profile. */
export function orcidAuthenticated(p: Profile, src: string | null): boolean {
  if (p.trust?.claimed === true) return true;
  if (!src) return false;
  try {
    const host = new URL(src).hostname;
    return host === 'orcid.org' || host.endsWith('.orcid.org');
  } catch {
    return false;
  }
}

// ORCID's iD icon: a circle with "iD" (drawn from the published vector icon's geometry).
const icon = html`<svg class="orcid-icon" part="orcid-icon" viewBox="0 0 256 256" width="16" height="16" aria-hidden="true" focusable="false">
  <circle class="orcid-icon-bg" cx="128" cy="128" r="128"></circle>
  <path class="orcid-icon-fg" d="M86.3 186.2H70.9V79.1h15.4v107.1z"></path>
  <path class="orcid-icon-fg" d="M108.9 79.1h41.6c39.6 0 57 28.3 57 53.6 0 27.5-21.5 53.6-56.8 53.6h-41.8V79.1zm15.4 93.3h24.5c34.9 0 42.9-26.5 42.9-39.7 0-21.5-13.7-39.7-43.7-39.7h-23.7v79.4z"></path>
  <circle class="orcid-icon-fg" cx="78.6" cy="56.8" r="10.1"></circle>
</svg>`;

export interface OrcidLabels {
  /** "ORCID iD" */
  authenticated: string;
  /** "ORCID iD (not authenticated)" */
  unauthenticated: string;
}

/** The iD for `p`, or nothing when it has none. `inline`: the icon alone (the compact card). */
export function renderOrcid(p: Profile, src: string | null, labels: OrcidLabels, inline = false): TemplateResult | typeof nothing {
  if (!p.orcid) return nothing;
  const url = orcidUrl(p.orcid);
  const authenticated = orcidAuthenticated(p, src);
  const state = authenticated ? 'authenticated' : 'unauthenticated';
  const label = authenticated ? labels.authenticated : labels.unauthenticated;
  const link = html`<a class="orcid-link ${state}" part="orcid-link orcid-${state}" href=${url} data-authenticated=${String(authenticated)}
    >${icon}<span class="visually-hidden">${label} </span>${inline
      ? html`<span class="visually-hidden" dir="ltr">${url}</span>`
      : html`<span class="orcid-url" dir="ltr">${url}</span>`}</a
  >`;
  return inline ? link : html`<p class="orcid" part="orcid">${link}</p>`;
}

export const orcidStyles = css`
  .orcid {
    margin: 0.35rem 0 0;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .orcid-link {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    color: var(--_color-accent);
    text-decoration: none;
    border-radius: 0.25em;
  }
  .orcid-link:hover .orcid-url {
    text-decoration: underline;
  }
  .orcid-link:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .orcid-icon {
    flex: none;
    width: 1.15em;
    height: 1.15em;
  }
  /* ORCID's colours: green for an authenticated iD, grey for an unauthenticated one. */
  .orcid-icon-fg {
    fill: #fff;
  }
  .authenticated .orcid-icon-bg {
    fill: #a6ce39;
  }
  .unauthenticated .orcid-icon-bg {
    fill: #8c8c8c;
  }
`;
