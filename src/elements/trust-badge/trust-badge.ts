import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ProfileElement } from '../../core/profile-element.js';
import { defineElement } from '../../core/define.js';
import { addBuiltinMessages, formatNumber } from '../../core/i18n.js';
import { enBadge, type BadgeMessageKey } from './messages/en.js';
import { hostStyles, stateStyles, tokens } from '../../core/styles.js';
import type { Profile, TrustSignal } from '../../data/schema.js';
import { VERIFICATION_LEVELS, verificationLevel } from './levels.js';
import { levelTokens, trustBadgeStyles } from './trust-badge.styles.js';

// This element's built-in strings: English now, Simplified Chinese when a page asks for it.
addBuiltinMessages(enBadge, { 'zh-Hans': () => import('./messages/zh-Hans.js').then((m) => m.zhBadge) });

/** What the badge shows, from a profile's `trust` or from attributes. */
export interface TrustInfo {
  score?: number;
  level?: number;
  label?: string | null;
  claimed?: boolean;
  /** The evidence behind the score, each with its points and source (`trust.signals`). */
  signals?: readonly TrustSignal[] | null;
  /** Notes about the sources of a merged profile (a link that found nothing, an iD that differs). */
  notes?: readonly string[];
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Parses the `score` and `level` attributes; returns the values and one message per bad one. */
export function parseTrustAttributes(score: string | null, level: string | null): { info: TrustInfo; errors: string[] } {
  const info: TrustInfo = {};
  const errors: string[] = [];
  if (score !== null) {
    const s = score.trim();
    const n = s === '' ? NaN : Number(s);
    if (Number.isFinite(n) && n >= 0 && n <= 100) info.score = n;
    else errors.push(`score "${clip(score)}" is not a number from 0 to 100`);
  }
  if (level !== null) {
    const m = /^L?([0-3])$/i.exec(level.trim());
    if (m) info.level = Number(m[1]);
    else errors.push(`level "${clip(level)}" is not a verification level (0, 1, 2 or 3)`);
  }
  return { info, errors };
}

// Icons are decoration: the text next to each one carries the meaning.
const shieldIcon = html`<svg class="icon" part="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M8 1.5 2.5 3.6v4.1c0 3.2 2.3 5.7 5.5 6.8 3.2-1.1 5.5-3.6 5.5-6.8V3.6z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
</svg>`;

/** A circle filled a quarter more at each level, so the level shows in shape as well as colour. */
function levelIcon(level: number): TemplateResult {
  // Fragments inside an <svg> need the `svg` tag to be created in the SVG namespace.
  const fill: SVGTemplateResult | typeof nothing =
    level === 1
      ? svg`<path d="M8 8V2.5A5.5 5.5 0 0 1 13.5 8z" fill="currentColor" />`
      : level === 2
        ? svg`<path d="M8 2.5a5.5 5.5 0 0 1 0 11z" fill="currentColor" />`
        : level === 3
          ? svg`<circle cx="8" cy="8" r="5.5" fill="currentColor" />
              <path d="m5.4 8.2 1.8 1.8 3.4-3.6" class="check" fill="none" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />`
          : nothing;
  return html`<svg class="icon" part="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="1.5" />${fill}
  </svg>`;
}

function claimIcon(claimed: boolean): TemplateResult {
  return claimed
    ? html`<svg class="icon" part="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6" fill="currentColor" />
        <path d="m5.3 8.2 1.9 1.9 3.6-3.8" class="check" fill="none" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
      </svg>`
    : html`<svg class="icon" part="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.2 1.8" />
      </svg>`;
}

const infoIcon = html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5" />
  <path d="M8 7.2v4" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
  <circle cx="8" cy="4.9" r="0.95" fill="currentColor" />
</svg>`;

/**
 * The trust snapshot of a researcher profile: "Trust 11 · Unverified", the verification level
 * ("Verification L1") and whether the profile is claimed. Each is coloured by level but also
 * carries text and a distinct icon shape, so nothing depends on colour alone. A disclosure
 * button explains what the score, the four levels and claiming mean.
 *
 * Works from a profile (`src`, the `profile` property, inline JSON or an enclosing
 * `<researcher-profile>`), or from plain attributes on a static page:
 * `<trust-badge score="11" level="1" label="Unverified"></trust-badge>`. Invalid attribute
 * values show a short inline message instead of a badge.
 *
 * @tagname trust-badge
 * @summary A researcher's trust score, verification level and claim status, with an explanation.
 * @slot - Fallback content, shown before the profile loads without JavaScript and when loading fails.
 * @csspart base - The wrapper around the badge and the explanation.
 * @csspart badge - The row of chips and the explanation button.
 * @csspart score - The "Trust 11 · Unverified" chip.
 * @csspart label - The score's label ("Unverified").
 * @csspart level - The "Verification L1" chip.
 * @csspart claim-status - The "Claimed" / "Unclaimed" chip.
 * @csspart icon - The icon in each chip.
 * @csspart toggle - The button that shows and hides the explanation.
 * @csspart explanation - The explanation of score, levels and claiming.
 * @csspart explanation-text - A paragraph of the explanation.
 * @csspart evidence - The list of the evidence behind the score in the explanation (each signal, its points and its source).
 * @csspart evidence-item - One signal in that list ("+50 ORCID record controlled by its owner (source: ORCID)").
 * @csspart evidence-source - The source of a signal.
 * @csspart source-notes - Notes about the sources of a merged profile (a cross-link that found nothing, an ORCID iD that differs).
 * @csspart levels - The list of the four verification levels in the explanation.
 * @csspart level-item - One level in that list (the profile's own has `aria-current="true"`).
 * @csspart invalid - The message shown for invalid `score` or `level` attributes.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error message box.
 * @csspart retry-button - The Retry button in the error state.
 * @csspart empty - Shown when the profile has no trust information.
 * @cssprop [--trust-badge-color-level-0=var(--re-color-muted)] - Colour of level 0.
 * @cssprop [--trust-badge-color-level-1=var(--re-color-warning)] - Colour of level 1.
 * @cssprop [--trust-badge-color-level-2=var(--re-color-accent)] - Colour of level 2.
 * @cssprop [--trust-badge-color-level-3=var(--re-color-success)] - Colour of level 3.
 * @cssprop [--trust-badge-color-text=var(--re-color-text)] - Text colour.
 * @cssprop [--trust-badge-color-muted=var(--re-color-muted)] - Secondary text and icons.
 * @cssprop [--trust-badge-color-surface=var(--re-color-surface)] - Chip background.
 * @cssprop [--trust-badge-color-surface-alt=var(--re-color-surface-alt)] - Explanation background.
 * @cssprop [--trust-badge-color-border=var(--re-color-border)] - Borders.
 * @cssprop [--trust-badge-color-accent=var(--re-color-accent)] - Links and the open explanation button.
 * @cssprop [--trust-badge-color-success=var(--re-color-success)] - The claimed chip.
 * @cssprop [--trust-badge-color-warning=var(--re-color-warning)] - Level 1 by default.
 * @cssprop [--trust-badge-color-danger=var(--re-color-danger)] - Invalid-attribute and error messages.
 * @cssprop [--trust-badge-color-focus=var(--re-color-focus)] - Focus ring.
 * @cssprop [--trust-badge-font-family=inherit] - Font (inherits the page's).
 * @cssprop [--trust-badge-font-size=1rem] - Base font size.
 * @cssprop [--trust-badge-radius=0.5rem] - Corner radius of the explanation.
 * @cssprop [--trust-badge-space=1rem] - Padding of the state boxes.
 * @fires {ProfileLoadEvent} profile-load - The profile loaded (not fired when the badge is built from attributes).
 * @fires {ProfileErrorEvent} profile-error - The profile could not be loaded or is invalid.
 */
export class TrustBadge extends ProfileElement<BadgeMessageKey> {
  static override styles = [hostStyles, stateStyles, tokens('trust-badge'), levelTokens, trustBadgeStyles];

  /** Registers the element; safe to call more than once. */
  static define(tag = 'trust-badge', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  /** Trust score 0–100, for a badge without a profile. */
  @property() score: string | null = null;

  /** Verification level 0–3 (or "L0"–"L3"), for a badge without a profile. */
  @property() level: string | null = null;

  /** The word for the score, e.g. "Unverified", for a badge without a profile. */
  @property() label: string | null = null;

  /** Whether the profile is claimed, for a badge without a profile (`claimed="false"` is false). */
  @property({
    converter: { fromAttribute: (v: string | null) => v !== null && v.trim().toLowerCase() !== 'false', toAttribute: (v: boolean) => (v ? '' : null) },
  })
  claimed = false;

  /**
   * The evidence behind the score, for a badge without a profile (`<researcher-card>` passes its
   * profile's `trust.signals`): listed with their points and sources in the explanation.
   */
  @property({ attribute: false }) signals: TrustSignal[] | null = null;

  /** Notes about the sources of a merged profile, for a badge without a profile; shown in the explanation. */
  @property({ attribute: false }) notes: string[] | null = null;

  @state() private _open = false;

  protected override hasOwnData(): boolean {
    return this.score !== null || this.level !== null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if ((changed.has('score') || changed.has('level')) && this.hasOwnData()) {
      const { errors } = parseTrustAttributes(this.score, this.level);
      if (errors.length) console.warn(`researcher-elements: <trust-badge> ${errors.join('; ')}.`);
    }
  }

  /** Shows or hides the explanation. */
  toggle(open = !this._open): void {
    this._open = open;
  }

  protected override renderOwnData(): TemplateResult {
    const { info, errors } = parseTrustAttributes(this.score, this.level);
    if (errors.length) {
      return html`<p class="invalid" part="invalid">${this.t('badgeInvalid', { errors: errors.join('; ') })}</p>`;
    }
    return this.renderTrust({ ...info, label: this.label?.trim() || null, claimed: this.claimed, signals: this.signals, notes: this.notes ?? [] });
  }

  protected override isEmpty(profile: Profile): boolean {
    return !profile.trust;
  }

  protected override renderEmpty(): TemplateResult {
    return html`<p class="empty" part="empty">${this.t('badgeEmpty')}</p>`;
  }

  protected override renderProfile(profile: Profile): TemplateResult {
    const t = profile.trust!;
    const notes = this.loadIssues.filter((i) => i.part === 'sources').map((i) => i.message);
    return this.renderTrust({ score: t.score, level: t.level, label: t.label ?? null, claimed: t.claimed, signals: t.signals, notes });
  }

  /** The evidence module, once loaded (`./evidence.ts`, a lazy chunk with its strings). */
  private _evidence?: typeof import('./evidence.js');
  private _evidenceLoading = false;

  /** What the score is made of and the notes about the sources: loaded the first time they are shown. */
  private _renderEvidence(t: TrustInfo, score: string | undefined): unknown {
    if (!t.signals?.length && !t.notes?.length) return nothing;
    if (this._evidence) return this._evidence.renderEvidence(t.signals, score, t.notes ?? [], (key, params) => this.t(key as BadgeMessageKey, params));
    if (!this._evidenceLoading) {
      this._evidenceLoading = true;
      void import('./evidence.js').then(
        (m) => {
          this._evidence = m;
          this.requestUpdate();
        },
        () => (this._evidenceLoading = false),
      );
    }
    return nothing;
  }

  private _onKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || !this._open) return;
    e.stopPropagation();
    this._open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('.toggle')?.focus();
  }

  protected renderTrust(t: TrustInfo): TemplateResult {
    const lang = this.locale;
    const score = t.score !== undefined ? formatNumber(t.score, lang, { maximumFractionDigits: 1 }) : undefined;
    const level = t.level !== undefined ? verificationLevel(t.level) : undefined;
    const claimed = t.claimed ?? false;
    return html`<div class="root" part="base" data-level=${level ? String(level.level) : 'none'} @keydown=${this._onKeydown}>
      <div class="badge" part="badge">
        ${score !== undefined
          ? html`<span class="chip score" part="score"
              >${shieldIcon}<span>${this.t('trustScoreChip', { score })}${t.label
                  ? html`<span class="sep" aria-hidden="true"> · </span><bdi part="label">${t.label}</bdi>`
                  : nothing}</span
              ></span
            >`
          : nothing}
        ${level
          ? html`<span class="chip level" part="level">${levelIcon(level.level)}<span>${this.t('verificationChip', { level: String(level.level) })}</span></span>`
          : nothing}
        <span class="chip claim ${claimed ? 'is-claimed' : ''}" part="claim-status"
          >${claimIcon(claimed)}<span>${this.t(claimed ? 'claimed' : 'unclaimed')}</span></span
        >
        <button
          class="toggle"
          part="toggle"
          type="button"
          aria-expanded=${this._open ? 'true' : 'false'}
          aria-controls="explanation"
          title=${this.t('explainTitle')}
          @click=${() => this.toggle()}
        >
          ${infoIcon}<span class="visually-hidden">${this.t('explainLabel')}</span>
        </button>
      </div>
      <div class="explanation" part="explanation" id="explanation" ?hidden=${!this._open}>
        ${score !== undefined
          ? html`<p part="explanation-text">
              <strong>${this.t('scoreHeading', { score })}</strong> ${this.t('scoreText')}
            </p>`
          : nothing}
        ${this._open ? this._renderEvidence(t, score) : nothing}
        ${level
          ? html`<p part="explanation-text">
                <strong>${this.t('levelHeading', { level: String(level.level), name: this.t(`level${level.level}Name`) })}</strong>
                ${this.t('levelsIntro')}
              </p>
              <ol class="levels" part="levels" aria-label=${this.t('levelsLabel')}>
                ${VERIFICATION_LEVELS.map(
                  (l) =>
                    html`<li part="level-item" aria-current=${l.level === level.level ? 'true' : nothing}>
                      <span class="code">L${l.level}</span
                      ><span
                        ><span class=${l.level === level.level ? 'current' : ''}>${this.t(`level${l.level}Name`)}</span>${l.level === level.level
                          ? this.t('thisProfile')
                          : nothing}${this.t('levelSeparator')}${this.t(`level${l.level}Description`)}</span
                      >
                    </li>`,
                )}
              </ol>`
          : nothing}
        <p part="explanation-text">
          <strong>${this.t(claimed ? 'claimedHeading' : 'unclaimedHeading')}</strong>
          ${this.t(claimed ? 'claimedText' : 'unclaimedText')}
        </p>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-badge': TrustBadge;
  }
}
