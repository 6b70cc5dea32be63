// About 420 lines: one shadow root's stylesheet (toolbar, work items, states, themes); the Cite
// panel's rules are in cite-panel.styles.ts, loaded with the panel.
import { css } from 'lit';

/**
 * `<publication-list>`'s own tokens (public `--publication-list-*`, copied into private `--_*`)
 * and layout. The global tiers (`--re-*` → `--publication-list-color-*` …) come from `tokens()`.
 */
export const publicationListStyles = css`
  :host {
    min-width: 0;
    --_gap: var(--publication-list-gap, 1.25rem);
    --_title-font-size: var(--publication-list-title-font-size, 1.0625em);
    --_title-font-weight: var(--publication-list-title-font-weight, 600);
    --_self-font-weight: var(--publication-list-self-font-weight, 700);
    --_topic-background: var(--publication-list-topic-background, color-mix(in srgb, var(--_color-accent) 12%, transparent));
    --_code-font-family: var(--publication-list-code-font-family, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    --_scroll-margin: var(--publication-list-scroll-margin, 1rem);
  }

  /* A theme set on the element (rather than inherited from the page) brings its own surface. */
  :host([theme]) {
    background: var(--_color-surface);
    border-radius: var(--_radius);
  }
  :host([theme]) .root {
    padding: var(--_space);
  }

  .root {
    container-type: inline-size;
    /* Its width where the page lets content decide: see researcher-card.styles.ts. */
    contain-intrinsic-inline-size: 17.5rem;
    display: grid;
    gap: var(--_space);
    min-width: 0;
    overflow-wrap: anywhere;
  }

  /* Header */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 1rem;
  }
  .heading {
    margin: 0;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .count {
    margin: 0;
    color: var(--_color-muted);
    font-variant-numeric: tabular-nums;
  }

  /* Controls */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
  }
  .field {
    display: grid;
    gap: 0.2rem;
    min-width: 0;
    flex: 1 1 auto;
  }
  .field.search {
    flex: 100 1 14rem;
  }
  .field label {
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_color-muted);
  }
  input,
  select {
    font: inherit;
    font-size: 0.9375em;
    min-height: 2.25rem;
    width: 100%;
    min-width: 0;
    padding: 0.3em 0.6em;
    border: 1px solid var(--_color-border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  input[type='search'] {
    padding-inline-start: 2em;
  }
  .search-box {
    position: relative;
  }
  .search-icon {
    position: absolute;
    inset-inline-start: 0.6em;
    top: 50%;
    width: 1em;
    height: 1em;
    transform: translateY(-50%);
    color: var(--_color-muted);
    pointer-events: none;
  }
  .control-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    flex: 1 1 auto;
    justify-content: flex-end;
  }

  /* Groups and works */
  .group {
    display: grid;
    gap: 0.5rem;
  }
  .group-heading {
    margin: 0;
    padding-block-end: 0.25rem;
    border-block-end: 1px solid var(--_color-border);
    font-size: 1.125em;
    font-weight: 700;
    scroll-margin-top: var(--_scroll-margin);
  }
  .group-count {
    font-weight: 400;
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .works {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }
  .work {
    display: grid;
    gap: 0.3rem;
    padding-block: calc(var(--_gap) / 2);
    border-block-end: 1px solid var(--_color-border);
    min-width: 0;
    scroll-margin-top: var(--_scroll-margin);
    /* Works out of view are not laid out or painted until they come near it (a page of 50 shows
       a handful), and keep their last size once they were. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 9rem;
  }
  .work:last-child {
    border-block-end: 0;
  }
  .work:focus {
    outline: none;
  }
  .work:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    margin: 0;
    font-size: 0.8125em;
    color: var(--_color-muted);
  }
  .type {
    padding: 0.05em 0.5em;
    border: 1px solid var(--_color-border);
    border-radius: 999px;
    font-weight: 600;
    text-transform: lowercase;
    color: var(--_color-text);
  }
  .sep {
    margin-inline-end: 0.35em;
    color: var(--_color-muted);
  }
  .nd {
    font-style: italic;
  }
  .title {
    margin: 0;
    font-size: var(--_title-font-size);
    font-weight: var(--_title-font-weight);
    line-height: 1.35;
  }
  .title a {
    text-decoration-thickness: 1px;
    text-decoration-color: color-mix(in srgb, currentColor 45%, transparent);
  }
  .title a:hover {
    text-decoration-color: currentColor;
  }
  .untitled {
    font-style: italic;
    color: var(--_color-muted);
  }
  .authors {
    margin: 0;
    font-size: 0.9375em;
    color: var(--_color-muted);
  }
  .self {
    font-weight: var(--_self-font-weight);
    color: var(--_color-text);
  }
  .member {
    font-weight: var(--_self-font-weight);
    color: var(--_color-text);
    background: none;
    text-decoration: underline;
    text-decoration-thickness: 0.1em;
    text-underline-offset: 0.2em;
  }
  .work-members {
    margin: 0;
    font-size: 0.875em;
    color: var(--_color-muted);
  }
  .linkish {
    display: inline;
    padding: 0 0.15em;
    margin: 0;
    border: 0;
    background: none;
    color: var(--_color-accent);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem 0.75rem;
    margin: 0;
    font-size: 0.8125em;
    color: var(--_color-muted);
  }
  .topics {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .topic {
    padding: 0.05em 0.55em;
    border-radius: 999px;
    background: var(--_topic-background);
    color: var(--_color-text);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.15rem;
  }
  .btn.small {
    min-height: 2rem;
    padding: 0.2em 0.7em;
    font-size: 0.8125em;
  }
  .chevron {
    display: inline-block;
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.1em) rotate(45deg);
    transition: transform 150ms ease;
  }
  [aria-expanded='true'] > .chevron {
    transform: translateY(0.1em) rotate(-135deg);
  }
  .panel {
    margin: 0.25rem 0 0;
    padding: 0.75rem;
    border-inline-start: 3px solid var(--_color-border);
    background: var(--_color-surface-alt);
    border-radius: 0 var(--_radius) var(--_radius) 0;
    font-size: 0.9375em;
    min-width: 0;
  }
  .abstract p {
    margin: 0;
    max-width: 75ch;
  }
  .cite {
    display: grid;
    gap: 0.75rem;
  }
  .cite-block {
    display: grid;
    gap: 0.35rem;
    min-width: 0;
  }
  .cite-label {
    margin: 0;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_color-muted);
  }
  .bibtex {
    margin: 0;
    padding: 0.5rem 0.75rem;
    max-height: 14rem;
    overflow: auto;
    border: 1px solid var(--_color-border);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_color-surface);
    font-family: var(--_code-font-family);
    font-size: 0.8125em;
    line-height: 1.45;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .plain {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_color-border);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_color-surface);
  }
  .copy-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .copied {
    font-size: 0.8125em;
    color: var(--_color-success);
    font-weight: 600;
  }

  /* Footer, empty and no-match states */
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    color: var(--_color-muted);
    font-size: 0.9375em;
  }
  .footer p {
    margin: 0;
  }
  .no-match {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
    padding: var(--_space);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
    color: var(--_color-muted);
  }
  .no-match p {
    margin: 0;
  }

  @container (max-width: 30rem) {
    .controls {
      padding: 0.6rem;
      gap: 0.6rem;
    }
    .field {
      flex-basis: calc(50% - 0.6rem);
    }
    .field.search {
      flex-basis: 100%;
    }
    .control-buttons {
      justify-content: stretch;
    }
    .control-buttons .btn {
      flex: 1 1 auto;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .type,
    .topic {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .work {
      content-visibility: visible;
    }
    .controls,
    .actions,
    .footer button {
      display: none;
    }
  }
`;
