import { css } from 'lit';

/**
 * The whole-profile layout (no children): one column on phones, the card beside the graph and
 * the publications from 56rem of the element's own width (a container query, so it follows the
 * space the page gives it, not the viewport). The provider alone (with children) stays a plain
 * block: no containment, no grid, so the page lays the children out as it likes.
 */
export const researcherProfileStyles = css`
  :host {
    display: block;
    min-width: 0;
    --_gap: var(--researcher-profile-gap, var(--_space));
    --_aside-width: var(--researcher-profile-aside-width, 24rem);
    --_background: var(--researcher-profile-background, var(--_color-surface-alt));
  }
  .container {
    container: researcher-profile / inline-size;
    /* Its width where the page lets content decide: see researcher-card.styles.ts. */
    contain-intrinsic-inline-size: 17.5rem;
  }
  .aside,
  .main {
    display: grid;
    gap: var(--_gap);
    min-width: 0;
  }
  /* "Open full explorer" is offered once, next to the graph. */
  researcher-card::part(explorer-link) {
    display: none;
  }
  /* The panel is the graph's frame. */
  collab-graph {
    padding: 0;
    border: 0;
    box-shadow: none;
  }
  @container researcher-profile (min-width: 56rem) {
    .layout {
      grid-template-columns: minmax(18rem, var(--_aside-width)) minmax(0, 1fr);
      column-gap: calc(var(--_gap) * 1.5);
    }
  }
`;
