import { css, unsafeCSS } from 'lit';
import { TOKENS, type TokenName } from '../../core/styles.js';

/** Element-specific tokens, declared like the shared ones: public `--researcher-card-*` → private `--_*`. */
export const cardTokens = css`
  :host {
    --_avatar-size: var(--researcher-card-avatar-size, 3.5rem);
    --_name-size: var(--researcher-card-name-size, 1.375em);
  }
`;

/**
 * The card's resolved tokens handed to the `<trust-badge>` inside it as its global tier, so
 * `--researcher-card-*` themes the whole card, while a page's `--trust-badge-*` still wins.
 * They travel under their own names (`--_card-*`): the badge redefines `--_*` on itself, and
 * `--re-x: var(--_x)` set on the badge would be a cycle. Built from the static token list.
 */
const FORWARDED = (Object.keys(TOKENS) as TokenName[]).filter((name) => name !== 'font-size');
export const forwardTokens = unsafeCSS(
  `:host { ${FORWARDED.map((name) => `--_card-${name}: var(--_${name});`).join(' ')} } ` +
    `trust-badge { --re-font-size: 1em; ${FORWARDED.map((name) => `--re-${name}: var(--_card-${name});`).join(' ')} }`,
);

export const researcherCardStyles = css`
  /* Out of view, a card is not laid out or painted (200 cards on a department page): it keeps
     the height of a typical card until it has been shown once, then its own height. A page can
     turn this off with researcher-card { content-visibility: visible }. The height only: an
     intrinsic width would be the card's min-content width (its container query makes it
     otherwise zero), and a page's grid column sized from it would be wider than a phone. */
  :host {
    --_card-room: 30rem;
    container-type: inline-size;
    content-visibility: auto;
    contain-intrinsic-block-size: auto var(--_card-room);
    /* Laid out by container queries on its own width, its content cannot size it where a page
       lets content decide (a flex row, an inline block, a table cell): it would be 0 wide. It
       counts as 17.5rem there (its narrowest layout; less than a phone, so a page's grid column
       is never widened past one). Not a flex basis: in a page's flex column that would be its
       height. A page that wants them to share a flex row sets flex on them. */
    contain-intrinsic-inline-size: 17.5rem;
    min-width: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    box-shadow: var(--_shadow);
    overflow-wrap: anywhere;
  }
  :host([variant='compact']) {
    --_card-room: 10rem;
  }
  /* Waiting for its first render (its turn, when many cards mount at once): the same room. */
  :host(:state(waiting)) {
    min-block-size: var(--_card-room);
  }
  @media print {
    :host {
      content-visibility: visible;
    }
  }
  .card {
    display: grid;
    gap: calc(var(--_space) * 0.9);
    padding: var(--_space);
    min-width: 0;
  }
  h2,
  h3,
  p {
    margin: 0;
  }

  /* Identity */
  .header {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.5rem 0.85rem;
    align-items: start;
  }
  .avatar {
    display: grid;
    place-items: center;
    width: var(--_avatar-size);
    height: var(--_avatar-size);
    border-radius: 50%;
    overflow: hidden;
    background: color-mix(in srgb, var(--_color-accent) 14%, var(--_color-surface));
    color: var(--_color-text);
    font-weight: 600;
    font-size: calc(var(--_avatar-size) * 0.36);
    line-height: 1;
    letter-spacing: 0.02em;
    user-select: none;
  }
  .avatar img {
    width: 100%;
    height: 100%;
    object-fit: cover;
    display: block;
  }
  .identity {
    display: grid;
    gap: 0.3rem;
    min-width: 0;
  }
  .name {
    font-size: var(--_name-size);
    line-height: 1.25;
    font-weight: 650;
    overflow-wrap: anywhere;
  }
  .name a {
    color: inherit;
    text-decoration-color: color-mix(in srgb, currentColor 40%, transparent);
  }
  .name a:hover {
    text-decoration-color: currentColor;
  }
  .headline {
    color: var(--_color-muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem 0.5rem;
    font-size: 0.875em;
  }
  .placeholder {
    color: var(--_color-muted);
    font-style: italic;
  }
  .tag {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.05em 0.6em;
    border: 1px solid var(--_color-border);
    border-radius: 999px;
    background: var(--_color-surface-alt);
    color: var(--_color-text);
    font-size: 0.9286em;
  }
  .tag.open {
    border-color: var(--_color-success);
    background: color-mix(in srgb, var(--_color-success) 10%, var(--_color-surface));
  }
  .tag .dot {
    width: 0.55em;
    height: 0.55em;
    border-radius: 50%;
    background: var(--_color-success);
    flex: none;
  }

  /* Snapshot */
  .body {
    display: grid;
    gap: calc(var(--_space) * 0.9);
    min-width: 0;
  }
  .snapshot,
  .connect {
    display: grid;
    gap: 0.75rem;
    align-content: start;
    min-width: 0;
  }
  .counts {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .count {
    min-width: 0;
    padding: 0.5rem 0.65rem;
    border: 1px solid var(--_color-border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_color-surface-alt);
  }
  .count-value {
    display: block;
    font-size: 1.25em;
    font-weight: 650;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .count-label {
    display: block;
    color: var(--_color-muted);
    font-size: 0.8125em;
    line-height: 1.3;
  }

  /* Actions */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .actions .btn {
    flex: 1 1 auto;
  }
  .pill {
    display: inline-block;
    min-width: 1.6em;
    padding: 0 0.45em;
    border-radius: 999px;
    /* Inverted on the primary button: full contrast in both themes. */
    background: var(--_color-accent-contrast);
    color: var(--_color-accent);
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  .section {
    display: grid;
    gap: 0.45rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--_color-border);
  }
  .section-heading {
    font-size: 0.9375em;
    font-weight: 650;
  }
  .note {
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .section .btn {
    justify-self: start;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 1rem;
    font-size: 0.9375em;
  }
  .links a {
    display: inline-flex;
    align-items: center;
    min-height: 1.75rem;
  }

  /* Narrow full cards: the avatar sits next to the name only; headline and meta take the full width. */
  @container (max-width: 29.999rem) {
    .full .header {
      align-items: center;
    }
    .full .identity {
      display: contents;
    }
    .full .headline,
    .full .meta,
    .full .orcid {
      grid-column: 1 / -1;
    }
  }

  /* Wider containers: the snapshot and the ways to connect side by side. */
  @container (min-width: 36rem) {
    .header {
      column-gap: 1.1rem;
    }
    .avatar {
      width: calc(var(--_avatar-size) * 1.25);
      height: calc(var(--_avatar-size) * 1.25);
      font-size: calc(var(--_avatar-size) * 0.45);
    }
    .full .body {
      grid-template-columns: minmax(0, 1.25fr) minmax(0, 1fr);
      column-gap: calc(var(--_space) * 1.5);
    }
    .full .connect {
      padding-left: calc(var(--_space) * 1.5);
      border-left: 1px solid var(--_color-border);
    }
    .full .connect > .section:first-child {
      padding-top: 0;
      border-top: 0;
    }
    .actions .btn {
      flex: 0 1 auto;
    }
    /* As many columns as fit without breaking a label such as "collaborators" mid-word. */
    .full .counts {
      grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr));
    }
  }

  /* Compact: one tight block. */
  .compact {
    gap: 0.6rem;
    padding: calc(var(--_space) * 0.75);
  }
  .compact .avatar {
    width: calc(var(--_avatar-size) * 0.75);
    height: calc(var(--_avatar-size) * 0.75);
    font-size: calc(var(--_avatar-size) * 0.28);
  }
  .compact .header {
    align-items: center;
    column-gap: 0.65rem;
  }
  .compact .identity {
    gap: 0.1rem;
  }
  .compact .name {
    font-size: 1.0625em;
  }
  .compact .meta {
    font-size: 0.8125em;
  }
  .compact .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15rem 0.9rem;
    font-size: 0.875em;
  }
  .compact .count {
    padding: 0;
    border: 0;
    background: none;
  }
  .compact .count-value,
  .compact .count-label {
    display: inline;
    font-size: 1em;
  }
  .compact .count-label {
    color: var(--_color-muted);
  }

  /* The loading skeleton in the card's shape, about as tall as a card of this width will be
     (measured on the demo's rich and sparse profiles): what is below it barely moves when the
     profile arrives. --researcher-card-loading-height sets one height for every width. */
  .card-skeleton {
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: 0.85rem;
    align-items: start;
    align-content: start;
    min-block-size: var(--researcher-card-loading-height, var(--_skeleton-room, 50rem));
    box-sizing: border-box;
  }
  .card-skeleton .skeleton-lines {
    display: grid;
    gap: 0.6rem;
  }
  .skeleton-avatar {
    width: var(--_avatar-size);
    height: var(--_avatar-size);
    border-radius: 50%;
    background: var(--_color-surface-alt);
  }
  :host([variant='compact']) .card-skeleton {
    --_skeleton-room: 13rem;
  }
  @container (min-width: 22.5rem) {
    .card-skeleton {
      --_skeleton-room: 43rem;
    }
    :host([variant='compact']) .card-skeleton {
      --_skeleton-room: 10.5rem;
    }
  }
  @container (min-width: 30rem) {
    .full-room {
      --_skeleton-room: 38rem;
    }
  }
  @container (min-width: 36rem) {
    .full-room {
      --_skeleton-room: 30rem;
    }
    :host([variant='compact']) .card-skeleton {
      --_skeleton-room: 8.5rem;
    }
  }
  @container (min-width: 48rem) {
    .full-room {
      --_skeleton-room: 24rem;
    }
  }
`;
