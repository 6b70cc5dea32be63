import { css } from 'lit';

/**
 * The shell of a laid-out page (the element sets `--_gap` and `--_background`), its panels (the
 * graph section, the publications, a group's members) and their headings: one look for
 * `<researcher-profile>` and `<research-group>`, which both lay out a whole page from the same
 * elements.
 */
export const pagePanelStyles = css`
  /* The page: its container (each element names its own, for its container queries) and grid. */
  .container {
    min-width: 0;
  }
  /* An explicit theme may differ from the page's colours: the layout then paints its own ground. */
  :host([theme]) .container {
    padding: var(--_gap);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    align-items: start;
  }
  .panel,
  publication-list {
    min-width: 0;
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    box-shadow: var(--_shadow);
  }
  .panel {
    display: grid;
    gap: 0.75rem;
  }
  .section-heading {
    margin: 0;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
`;
