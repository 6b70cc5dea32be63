import { css } from 'lit';

/**
 * Element-specific tokens: one colour per verification level, falling back to the global
 * palette (`--re-color-muted`, `-warning`, `-accent`, `-success`).
 */
export const levelTokens = css`
  :host {
    --_level-0: var(--trust-badge-color-level-0, var(--_color-muted));
    --_level-1: var(--trust-badge-color-level-1, var(--_color-warning));
    --_level-2: var(--trust-badge-color-level-2, var(--_color-accent));
    --_level-3: var(--trust-badge-color-level-3, var(--_color-success));
    --_level-color: var(--_color-muted);
  }
`;

export const trustBadgeStyles = css`
  :host {
    display: block;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .root {
    display: grid;
    gap: 0.5rem;
  }
  .badge {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .root[data-level='0'] {
    --_level-color: var(--_level-0);
  }
  .root[data-level='1'] {
    --_level-color: var(--_level-1);
  }
  .root[data-level='2'] {
    --_level-color: var(--_level-2);
  }
  .root[data-level='3'] {
    --_level-color: var(--_level-3);
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-width: 0;
    padding: 0.15em 0.65em;
    border: 1px solid var(--_level-color);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_level-color) 10%, var(--_color-surface));
    color: var(--_color-text);
    font-size: 0.875em;
    line-height: 1.45;
  }
  .chip.claim {
    border-color: var(--_color-border);
    background: var(--_color-surface);
  }
  .chip.claim.is-claimed {
    border-color: var(--_color-success);
  }
  .chip.claim:not(.is-claimed) {
    border-style: dashed;
    border-color: var(--_color-muted);
  }
  .icon {
    flex: none;
    width: 1em;
    height: 1em;
    color: var(--_level-color);
  }
  .icon .check {
    stroke: var(--_color-surface);
  }
  .claim .icon {
    color: var(--_color-muted);
  }
  .claim.is-claimed .icon {
    color: var(--_color-success);
  }
  .sep {
    color: var(--_color-muted);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 1.75rem;
    min-height: 1.75rem;
    padding: 0 0.35rem;
    border: 1px solid var(--_color-border);
    border-radius: 999px;
    background: var(--_color-surface);
    color: var(--_color-muted);
    cursor: pointer;
    font-size: 0.875em;
  }
  .toggle:hover {
    color: var(--_color-text);
    background: var(--_color-surface-alt);
  }
  .toggle[aria-expanded='true'] {
    color: var(--_color-accent);
    border-color: var(--_color-accent);
  }
  .toggle .icon {
    color: currentColor;
  }
  .explanation {
    padding: 0.75rem 0.9rem;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
    color: var(--_color-text);
    font-size: 0.875em;
  }
  .explanation p {
    margin: 0 0 0.5rem;
  }
  .explanation p:last-child {
    margin-bottom: 0;
  }
  .levels {
    margin: 0 0 0.5rem;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.3rem;
  }
  .levels li {
    display: grid;
    grid-template-columns: 2.25em 1fr;
    gap: 0.4em;
    padding: 0.15rem 0.35rem;
    border-radius: calc(var(--_radius) / 2);
  }
  .levels li[aria-current='true'] {
    outline: 1px solid var(--_level-color);
    background: var(--_color-surface);
  }
  .levels .code {
    font-weight: 600;
  }
  .current {
    font-weight: 600;
  }
  .invalid {
    margin: 0;
    padding: 0.4rem 0.6rem;
    border: 1px dashed var(--_color-danger);
    border-radius: var(--_radius);
    color: var(--_color-text);
    font-size: 0.875em;
  }
  .invalid::before {
    content: '⚠ ';
    color: var(--_color-danger);
  }
  .empty {
    padding: 0;
    font-size: 0.875em;
  }
`;
