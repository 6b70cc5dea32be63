/** Styles of the Cite panel's style choice and of the export controls (see cite-panel.ts). */
import { css } from 'lit';

export const citePanelStyles = css`
  .cite-style,
  .export {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem 0.5rem;
  }
  .cite-style select,
  .export select {
    width: auto;
    min-height: 2rem;
  }
  .cite-note {
    margin: 0;
    font-size: 0.8125em;
    color: var(--_color-muted);
  }
  .plain .italic {
    font-style: italic;
  }
  .plain .bold {
    font-weight: 700;
  }
  .list-export {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .plain .small-caps {
    font-variant: small-caps;
  }
  .plain[aria-busy='true'] {
    color: var(--_color-muted);
  }
  .export-status {
    font-size: 0.8125em;
    color: var(--_color-success);
    font-weight: 600;
  }
`;
