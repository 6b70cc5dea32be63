import { css } from 'lit';

/**
 * The panels of a laid-out page (the graph section, the publications, a group's members) and
 * their headings: one look for `<researcher-profile>` and `<research-group>`, which both lay out
 * a whole page from the same elements.
 */
export const pagePanelStyles = css`
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
