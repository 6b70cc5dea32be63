import { css } from 'lit';

/**
 * The group page (no children): one column on phones; from 56rem of the element's own width (a
 * container query, as `<researcher-profile>`) the members sit beside the graph and the
 * publications. The provider alone (with children) stays a plain block.
 */
export const researchGroupStyles = css`
  :host {
    display: block;
    min-width: 0;
    --_gap: var(--research-group-gap, var(--_space));
    --_aside-width: var(--research-group-aside-width, 24rem);
    --_background: var(--research-group-background, var(--_color-surface-alt));
    --_compact-card-height: 6.25rem;
    --_compact-card-badge-height: 12rem;
    --_graph-height: calc(var(--collab-graph-height, 26rem) + 4.5rem);
  }
  .container {
    container: research-group / inline-size;
    /* Its width where the page lets content decide: see researcher-card.styles.ts. */
    contain-intrinsic-inline-size: 17.5rem;
  }
  .header {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }
  .name {
    margin: 0;
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .headline,
  .affiliation {
    margin: 0;
  }
  .affiliation,
  .counts {
    color: var(--_color-muted);
  }
  a {
    color: var(--_color-accent);
  }
  a:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .main {
    display: grid;
    gap: var(--_gap);
    min-width: 0;
  }
  .role-heading {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    color: var(--_color-muted);
  }
  .role-group {
    display: grid;
    gap: 0.5rem;
  }
  .members {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Each member keeps at least the room of a typical compact card, taller with a trust badge:
     the placeholder until the members' step of a big group's page (see LayoutStage), then the
     card, also while it waits for its turn to render or is out of view. */
  .member {
    min-width: 0;
    min-height: var(--_compact-card-height);
  }
  .member.with-badge {
    min-height: var(--_compact-card-badge-height);
  }
  /* A card out of view, waiting for its turn or loading keeps the same room (instead of
     researcher-card's own guesses for a compact card). */
  .member researcher-card {
    --_card-room: var(--_compact-card-height);
    --researcher-card-loading-height: var(--_compact-card-height);
  }
  .member.with-badge researcher-card {
    --_card-room: var(--_compact-card-badge-height);
    --researcher-card-loading-height: var(--_compact-card-badge-height);
  }
  .member-placeholder {
    box-sizing: border-box;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  /* The graph's room (its stage, with the toolbar and the legend above it) until it is added. */
  .graph-placeholder {
    height: var(--_graph-height);
  }
  /* …and the graph keeps that room from the moment it is added, before its first render. */
  collab-graph {
    min-height: var(--_graph-height);
  }
  .unavailable {
    padding: 0.75rem;
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
  }
  .member-name {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .member-reason {
    margin: 0;
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  collab-graph {
    padding: 0;
    border: 0;
    box-shadow: none;
  }
  @container research-group (min-width: 56rem) {
    .layout {
      grid-template-columns: minmax(18rem, var(--_aside-width)) minmax(0, 1fr);
      column-gap: calc(var(--_gap) * 1.5);
    }
    .header {
      grid-column: 1 / -1;
    }
    .members {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
