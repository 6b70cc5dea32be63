import { css } from 'lit';
import { hostStyles, stateStyles, tokens } from '../../core/styles.js';

export const styles = [
  hostStyles,
  stateStyles,
  tokens('collab-graph'),
  css`
    :host {
      padding: 0.75rem;
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-surface);
      box-shadow: var(--_shadow);
      --_color-researcher: var(--collab-graph-color-researcher, var(--_color-accent));
      --_color-member: var(--collab-graph-color-member, light-dark(#1b7c83, #39c5cf));
      --_color-person: var(--collab-graph-color-person, light-dark(#8250df, #a371f7));
      --_color-work: var(--collab-graph-color-work, light-dark(#bc4c00, #f0883e));
      --_color-topic: var(--collab-graph-color-topic, light-dark(#1a7f37, #3fb950));
      --_color-institution: var(--collab-graph-color-institution, light-dark(#bf3989, #db61a2));
      --_color-link: var(--collab-graph-color-link, light-dark(rgb(89 99 110 / 0.35), rgb(158 167 179 / 0.3)));
      --_color-highlight: var(--collab-graph-color-highlight, var(--_color-accent));
      --_height: var(--collab-graph-height, 26rem);
    }
    /* The graph takes --collab-graph-height; when the element itself is given a height (CSS
       height, a grid or flex parent that stretches it), the stage takes what the toolbar and the
       footer leave, and nothing overflows. */
    .base {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      min-width: 0;
      height: 100%;
    }
    .toolbar,
    .footer {
      flex: none;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
    }
    .legend,
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.375rem;
      margin: 0;
      padding: 0;
    }
    .legend .btn,
    .legend .key,
    .actions .btn {
      min-height: 2.25rem;
      padding: 0.25em 0.7em;
      font-size: 0.875em;
    }
    .key {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      color: var(--_color-text);
    }
    .legend .btn[aria-pressed='false'] {
      color: var(--_color-muted);
      background: var(--_color-surface-alt);
      text-decoration: line-through;
    }
    .legend .btn[aria-pressed='false'] svg {
      opacity: 0.35;
    }
    .actions .btn[aria-pressed='true'] {
      background: var(--_color-surface-alt);
      border-color: var(--_color-accent);
    }
    .count-badge {
      color: var(--_color-muted);
      font-variant-numeric: tabular-nums;
    }
    svg.swatch {
      width: 0.9em;
      height: 0.9em;
      flex: none;
    }
    .researcher { fill: var(--_color-researcher); color: var(--_color-researcher); }
    .member { fill: var(--_color-member); color: var(--_color-member); }
    .person { fill: var(--_color-person); color: var(--_color-person); }
    .work { fill: var(--_color-work); color: var(--_color-work); }
    .topic { fill: var(--_color-topic); color: var(--_color-topic); }
    .institution { fill: var(--_color-institution); color: var(--_color-institution); }
    .link { color: var(--_color-link); }
    .highlight { color: var(--_color-highlight); }
    .focus { color: var(--_color-focus); }
    .surface { color: var(--_color-surface); }
    .text { color: var(--_color-text); }
    .stage {
      position: relative;
      height: var(--_height);
      min-height: min(12rem, 100%);
      max-height: 100%;
      border: 1px solid var(--_color-border);
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_color-surface);
      overflow: hidden;
    }
    .base > .stage {
      flex: 1 1 auto;
      min-height: 6rem;
      max-height: none;
    }
    /* Loading (and waiting for its first render), the room of the graph with its toolbar and
       footer rows: the page below does not move when the graph arrives. */
    .stage[part~='loading'] {
      height: calc(var(--_height) + 4.5rem);
    }
    :host(:state(waiting)) {
      min-height: calc(var(--_height) + 6rem);
    }
    canvas {
      display: block;
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      touch-action: none;
      cursor: grab;
      border-radius: inherit;
    }
    canvas.over-node {
      cursor: pointer;
    }
    canvas.dragging {
      cursor: grabbing;
    }
    canvas:focus-visible {
      outline-offset: -3px;
    }
    .building {
      position: absolute;
      inset: 0;
      display: grid;
      place-content: center;
      gap: 0.25rem;
      margin: 0;
      padding: var(--_space);
      text-align: center;
      color: var(--_color-muted);
      background: var(--_color-surface);
    }
    .building strong {
      color: var(--_color-text);
    }
    .stage-note {
      position: absolute;
      top: 0.5rem;
      left: 0.5rem;
      right: 0.5rem;
      margin: 0;
      text-align: center;
      color: var(--_color-text);
      pointer-events: none;
    }
    .hint {
      position: absolute;
      left: 0.5rem;
      bottom: 0.35rem;
      right: 0.5rem;
      margin: 0;
      font-size: 0.8125em;
      color: var(--_color-muted);
      pointer-events: none;
    }
    .table-wrap {
      flex: 0 1 auto;
      min-height: 0;
      max-height: var(--_height);
      overflow: auto;
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
    }
    table {
      width: 100%;
      border-collapse: collapse;
      /* A page in quirks mode (no doctype) makes tables start from black text and the default
         font rather than inherit them: this one inherits, whatever the page. */
      color: inherit;
      font-family: inherit;
      font-weight: inherit;
      line-height: inherit;
      font-size: 0.9375em;
    }
    caption {
      text-align: start;
      padding: 0.5rem 0.75rem;
      color: var(--_color-muted);
    }
    th,
    td {
      text-align: start;
      padding: 0.35rem 0.75rem;
      border-top: 1px solid var(--_color-border);
      overflow-wrap: anywhere;
    }
    thead th {
      position: sticky;
      top: 0;
      background: var(--_color-surface-alt);
    }
    td.num,
    th.num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .footer {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.25rem 1rem;
      font-size: 0.875em;
    }
    .footer p {
      margin: 0;
      color: var(--_color-muted);
    }
    .probe {
      display: none;
    }
  `,
];
