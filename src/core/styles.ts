/**
 * Shared styles: the host reset, the theme switch, and the two tiers of tokens. Global tokens are
 * `--re-*`; each element maps its own `--<tag>-*` onto them and copies the result into private
 * `--_*` variables on `:host`, which are the only ones used inside.
 *
 * Colours use `light-dark()`, so they follow the `color-scheme` the page declares (inherited into
 * the shadow root); `theme="light|dark|auto"` overrides it.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

/** Global tokens and their defaults. Every element reads all of these through its own tier. */
export const TOKENS = {
  'color-text': 'light-dark(#1f2328, #e6edf3)',
  'color-muted': 'light-dark(#59636e, #9ea7b3)',
  'color-surface': 'light-dark(#ffffff, #161b22)',
  'color-surface-alt': 'light-dark(#f6f8fa, #21262d)',
  'color-border': 'light-dark(#d1d9e0, #3d444d)',
  'color-accent': 'light-dark(#0969da, #4493f8)',
  'color-accent-contrast': 'light-dark(#ffffff, #0d1117)',
  'color-success': 'light-dark(#1a7f37, #3fb950)',
  'color-warning': 'light-dark(#9a6700, #d29922)',
  'color-danger': 'light-dark(#cf222e, #f85149)',
  'color-focus': 'light-dark(#0969da, #4493f8)',
  'font-family': 'inherit',
  'font-size': '1rem',
  radius: '0.5rem',
  space: '1rem',
  shadow: 'none',
} as const;

export type TokenName = keyof typeof TOKENS;

/**
 * `:host { --_color-text: var(--<prefix>-color-text, var(--re-color-text, <default>)); … }`.
 * The prefix is a static tag name chosen by this library, never data.
 */
export function tokens(prefix: string, overrides: Partial<Record<TokenName, string>> = {}): CSSResult {
  if (!/^[a-z][a-z0-9-]*$/.test(prefix)) throw new Error(`bad token prefix ${prefix}`);
  const lines = (Object.keys(TOKENS) as TokenName[]).map(
    (name) => `--_${name}: var(--${prefix}-${name}, var(--re-${name}, ${overrides[name] ?? TOKENS[name]}));`,
  );
  return unsafeCSS(`:host { ${lines.join(' ')} }`);
}

// `:host([hidden])`: an author's `hidden` must hide the element, and `:host { display: block }`
// would otherwise beat the user agent's `[hidden]`. It is more specific than any element's own
// `:host` rule (trust-badge and researcher-profile set `display: block` again), so it wins there too.
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_color-text);
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_color-accent);
    text-underline-offset: 0.15em;
  }
  button {
    font: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.25rem;
    padding: 0.35em 0.9em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    cursor: pointer;
    text-decoration: none;
    font-size: 0.9375em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .btn:hover {
    background: var(--_color-surface-alt);
  }
  .btn.primary {
    background: var(--_color-accent);
    border-color: var(--_color-accent);
    color: var(--_color-accent-contrast);
  }
  .btn.primary:hover {
    filter: brightness(1.08);
  }
  .btn[disabled],
  .btn[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.65;
  }
`;

/** The loading skeleton, the error box and the empty note, shared by every element. */
export const stateStyles = css`
  .skeleton {
    display: grid;
    gap: 0.6rem;
    padding: var(--_space);
  }
  .skeleton-line {
    height: 0.9em;
    border-radius: 0.25em;
    background: linear-gradient(90deg, var(--_color-surface-alt) 25%, var(--_color-border) 50%, var(--_color-surface-alt) 75%);
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  .skeleton-line:nth-child(1) {
    width: 55%;
    height: 1.3em;
  }
  .skeleton-line:nth-child(2) {
    width: 85%;
  }
  .skeleton-line:nth-child(3) {
    width: 70%;
  }
  @keyframes shimmer {
    from {
      background-position: 200% 0;
    }
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-line {
      animation: none;
    }
  }
  .error,
  .empty {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding: var(--_space);
    overflow-wrap: anywhere;
  }
  .error-message {
    margin: 0;
    flex: 1 1 12rem;
    color: var(--_color-text);
  }
  .error-message::before {
    content: '⚠ ';
    color: var(--_color-danger);
  }
  .empty {
    color: var(--_color-muted);
  }
  .fallback {
    padding-inline: var(--_space);
    overflow-wrap: anywhere;
  }
  .fallback ::slotted(*) {
    display: inline-block;
    margin-bottom: var(--_space);
  }
  .saved-copy {
    margin: 0;
    padding: 0.25rem var(--_space);
    font-size: 0.8125em;
    color: var(--_color-muted);
    overflow-wrap: anywhere;
  }
`;
