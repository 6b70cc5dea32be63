import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SourceOptionsElement } from '../../core/source-options-element.js';
import { HEADING_LEVEL_ATTRIBUTE } from '../../core/numeric-attribute.js';
import { defineElement } from '../../core/define.js';
import { ClaimRequestEvent, CollaborateRequestEvent, FollowRequestEvent } from '../../core/events.js';
import { addBuiltinMessages, formatNumber, initials } from '../../core/i18n.js';
import { enCard, type CardMessageKey } from './messages/en.js';
import { openLink } from '../../core/open-link.js';
import { safeImageUrl, safeUrl } from '../../core/safe-url.js';
import { hostStyles, stateStyles, tokens } from '../../core/styles.js';
import type { Profile } from '../../data/schema.js';
import { TrustBadge } from '../trust-badge/trust-badge.js';
import { cardTokens, forwardTokens, researcherCardStyles } from './researcher-card.styles.js';
import { PersonDataWriter } from './person-data.js';
import { orcidStyles, renderOrcid } from './orcid-id.js';

// This element's built-in strings: English now, Simplified Chinese when a page asks for it.
addBuiltinMessages(enCard, { 'zh-Hans': () => import('./messages/zh-Hans.js').then((m) => m.zhCard) });

export { openLink };

interface CountItem {
  key: string;
  value: number;
  label: string;
}

/**
 * Everything a researcher profile page says about the person, as one card: name, headline,
 * affiliation (or "Affiliation not imported"), avatar or initials, "Open to collaborate", the
 * ORCID iD as ORCID's display guidelines ask (icon and full URL, linked), the
 * trust snapshot (`<trust-badge>`), counts of works, followers, topics and close collaborators,
 * a Follow button with the follower count, a Claim control for unclaimed profiles, the direct
 * collaboration block, and links to the full profile and the explorer.
 *
 * Follow, Claim and Invite fire cancelable request events; when no listener calls
 * `preventDefault()` and the profile has the matching link (`links.follow`, `links.claim`,
 * `links.contact`), the card opens it: web pages in a new tab, `mailto:` in place. The card
 * never pretends to log anyone in: the host page decides.
 *
 * Light-DOM children are the fallback, shown before the profile loads without JavaScript and
 * when loading fails: `<researcher-card src="/me.json"><a href="/me">Wuhui Chen</a></researcher-card>`.
 *
 * With `structured-data`, the card also writes schema.org `Person` JSON-LD (name, description,
 * affiliation, ORCID and profile links, identifiers) into its light DOM for search engines.
 *
 * @tagname researcher-card
 * @summary A researcher's identity, trust snapshot, counts and ways to connect.
 * @slot - Fallback content, shown when there is no source and when loading fails.
 * @csspart card - The card's root in the loaded state (`<article>`).
 * @csspart header - Avatar and identity.
 * @csspart avatar - The round avatar box.
 * @csspart avatar-image - The portrait image, when the profile has a safe avatar URL that loads.
 * @csspart initials - The initials shown when there is no portrait.
 * @csspart identity - Name, headline and the meta line.
 * @csspart name - The name heading.
 * @csspart name-link - The name as a link to the full profile (compact variant).
 * @csspart headline - The one-line description.
 * @csspart meta - The line with role, affiliation and the open-to-collaborate tag.
 * @csspart role - The "Researcher" tag.
 * @csspart affiliation - The affiliation (a link when it has a URL).
 * @csspart affiliation-missing - The "Affiliation not imported" placeholder (also has part `affiliation`).
 * @csspart open-tag - The "Open to collaborate" tag.
 * @csspart orcid - The line with the ORCID iD (full variant).
 * @csspart orcid-link - The ORCID iD link: the iD icon and `https://orcid.org/…` (in the compact variant, the icon alone); also `orcid-authenticated` (the owner controls the iD: loaded from ORCID or a claimed profile) or `orcid-unauthenticated`.
 * @csspart orcid-icon - ORCID's iD icon (inline SVG; green when authenticated, grey otherwise).
 * @csspart body - Snapshot and ways to connect (side by side in wide containers).
 * @csspart snapshot - Trust badge and counts.
 * @csspart badge - The inner `<trust-badge>`; its own parts are exported as `badge-score`, `badge-level`, `badge-claim-status`, `badge-toggle`, `badge-explanation`.
 * @csspart counts - The list of counts.
 * @csspart count - One count.
 * @csspart count-value - A count's number.
 * @csspart count-label - A count's label ("close collaborators").
 * @csspart connect - Actions, claim, collaboration and links.
 * @csspart actions - The row with the Follow and Claim buttons.
 * @csspart follow-button - The Follow button.
 * @csspart follower-count - The follower count inside the Follow button.
 * @csspart claim-note - What claiming does (unclaimed profiles).
 * @csspart claim-button - The "Claim this profile" button.
 * @csspart collaboration - The "Direct collaboration" section.
 * @csspart collaboration-heading - Its heading.
 * @csspart collaboration-note - The note shown instead of the invite button.
 * @csspart invite-note - The line above the invite button.
 * @csspart invite-button - The "Invite to collaborate" button.
 * @csspart links - The links to the full profile and the explorer.
 * @csspart profile-link - The link to the full profile.
 * @csspart explorer-link - The link to the explorer.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error message box.
 * @csspart retry-button - The Retry button in the error state.
 * @cssprop [--researcher-card-avatar-size=3.5rem] - Avatar diameter (larger in wide containers, smaller in the compact variant).
 * @cssprop [--researcher-card-name-size=1.375em] - Font size of the name.
 * @cssprop [--researcher-card-loading-height] - Height of the loading state. Unset, it is about the height a card of its width will have (from about 24rem when wide to 50rem at 360 px; 8.5–13rem compact), so the page below barely moves when the profile arrives.
 * @cssprop [--researcher-card-color-text=var(--re-color-text)] - Text colour.
 * @cssprop [--researcher-card-color-muted=var(--re-color-muted)] - Secondary text.
 * @cssprop [--researcher-card-color-surface=var(--re-color-surface)] - Card background.
 * @cssprop [--researcher-card-color-surface-alt=var(--re-color-surface-alt)] - Count tiles and tags.
 * @cssprop [--researcher-card-color-border=var(--re-color-border)] - Borders.
 * @cssprop [--researcher-card-color-accent=var(--re-color-accent)] - Links, primary buttons, the avatar tint.
 * @cssprop [--researcher-card-color-accent-contrast=var(--re-color-accent-contrast)] - Text on primary buttons.
 * @cssprop [--researcher-card-color-success=var(--re-color-success)] - The open-to-collaborate tag.
 * @cssprop [--researcher-card-color-warning=var(--re-color-warning)] - Passed to the trust badge (level 1).
 * @cssprop [--researcher-card-color-danger=var(--re-color-danger)] - Error messages.
 * @cssprop [--researcher-card-color-focus=var(--re-color-focus)] - Focus ring.
 * @cssprop [--researcher-card-font-family=inherit] - Font (inherits the page's).
 * @cssprop [--researcher-card-font-size=1rem] - Base font size.
 * @cssprop [--researcher-card-radius=0.5rem] - Corner radius.
 * @cssprop [--researcher-card-space=1rem] - Padding and gaps.
 * @cssprop [--researcher-card-shadow=none] - Card shadow.
 * @fires {FollowRequestEvent} follow-request - Cancelable. Follow was pressed. Default: open `links.follow`.
 * @fires {ClaimRequestEvent} claim-request - Cancelable. Claim was pressed. Default: open `links.claim`.
 * @fires {CollaborateRequestEvent} collaborate-request - Cancelable. Invite to collaborate was pressed. Default: open `links.contact`.
 * @fires {ProfileLoadEvent} profile-load - The profile loaded and validated.
 * @fires {ProfileErrorEvent} profile-error - The profile could not be loaded or is invalid.
 */
export class ResearcherCard extends SourceOptionsElement<CardMessageKey> {
  static override styles = [hostStyles, stateStyles, tokens('researcher-card'), cardTokens, forwardTokens, researcherCardStyles, orcidStyles];

  /** Registers the element (and `<trust-badge>`, which it uses); safe to call more than once. */
  static define(tag = 'researcher-card', registry: CustomElementRegistry = customElements): void {
    TrustBadge.define('trust-badge', registry);
    defineElement(tag, this, registry);
  }

  /** `full` (everything) or `compact` (name, affiliation, avatar, badge and counts). */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** The heading level of the name (1–6), so the card fits the page's outline. */
  @property({ attribute: 'heading-level', converter: HEADING_LEVEL_ATTRIBUTE }) headingLevel = 2;

  /** Writes schema.org `Person` JSON-LD for the researcher into the light DOM (for search engines). */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  /** Its schema.org `Person` JSON-LD (the code loads only with `structured-data`). */
  private readonly _personData = new PersonDataWriter(this, () => (this.structuredData ? this.loadedProfile : null));

  /** Complete once the JSON-LD asked for is written too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this._personData.complete;
    return complete;
  }

  /** The avatar URL that failed to load: initials are shown instead. */
  @state() private _brokenAvatar: string | null = null;

  protected override renderLoading(): TemplateResult {
    return html`<div class=${this.variant === 'compact' ? 'skeleton card-skeleton' : 'skeleton card-skeleton full-room'} part="loading" role="status" aria-busy="true" aria-label=${this.t('loadingResearcher')}>
      <div class="skeleton-avatar"></div>
      <div class="skeleton-lines"><div class="skeleton-line"></div><div class="skeleton-line"></div><div class="skeleton-line"></div></div>
    </div>`;
  }

  private get _level(): number {
    const n = Math.round(Number(this.headingLevel));
    return Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : 2;
  }

  /** Fires `event`; when nobody prevents it and `url` is safe, opens it. */
  private _request(event: FollowRequestEvent | ClaimRequestEvent | CollaborateRequestEvent, url: string | undefined): void {
    if (!this.dispatchEvent(event)) return;
    const safe = safeUrl(url);
    if (safe) openLink(safe);
  }

  private _follow(profile: Profile): void {
    this._request(new FollowRequestEvent({ profile }), profile.links.follow);
  }

  private _claim(profile: Profile): void {
    this._request(new ClaimRequestEvent({ profile }), profile.links.claim);
  }

  private _invite(profile: Profile): void {
    this._request(new CollaborateRequestEvent({ profile }), profile.links.contact);
  }

  /** Unclaimed when the trust snapshot says so; without one, when there is a claim link. */
  private _isUnclaimed(p: Profile): boolean {
    return p.trust ? !p.trust.claimed : Boolean(safeUrl(p.links.claim));
  }

  private _counts(p: Profile): CountItem[] {
    const c = p.counts;
    const item = (key: string, value: number, label: CardMessageKey): CountItem => ({ key, value, label: this.t(label, { count: value }) });
    const items: CountItem[] = [item('works', c.works ?? 0, 'countWorks')];
    if (c.followers !== undefined) items.push(item('followers', c.followers, 'countFollowers'));
    items.push(item('topics', c.topics ?? 0, 'countTopics'));
    items.push(item('collaborators', c.collaborators ?? 0, 'countCollaborators'));
    if (c.citations !== undefined) items.push(item('citations', c.citations, 'countCitations'));
    if (c.hIndex !== undefined) items.push(item('h-index', c.hIndex, 'countHIndex'));
    return items;
  }

  private _renderAvatar(p: Profile): TemplateResult {
    const src = safeImageUrl(p.avatar);
    // The name is right next to the avatar, so the image adds nothing for a screen reader.
    return html`<div class="avatar" part="avatar">
      ${src && src !== this._brokenAvatar
        ? html`<img part="avatar-image" src=${src} alt="" decoding="async" referrerpolicy="no-referrer" @error=${() => (this._brokenAvatar = src)} />`
        : html`<span part="initials" aria-hidden="true">${initials(p.name)}</span>`}
    </div>`;
  }

  private _renderAffiliation(p: Profile): TemplateResult {
    if (!p.affiliation) {
      return html`<span class="placeholder" part="affiliation affiliation-missing">${this.t('affiliationMissing')}</span>`;
    }
    const url = safeUrl(p.affiliation.url);
    return url
      ? html`<a part="affiliation" href=${url}><bdi>${p.affiliation.name}</bdi></a>`
      : html`<span part="affiliation"><bdi>${p.affiliation.name}</bdi></span>`;
  }

  private _renderName(p: Profile, linked: boolean): TemplateResult {
    const level = this._level;
    const url = linked ? safeUrl(p.links.profile) : null;
    return html`<h2 class="name" part="name" id="name" aria-level=${ifDefined(level !== 2 ? String(level) : undefined)}>
      ${url ? html`<a part="name-link" href=${url}><bdi>${p.name}</bdi></a>` : html`<bdi>${p.name}</bdi>`}
    </h2>`;
  }

  /** The ORCID iD as ORCID asks (./orcid-id.ts); `inline`: the icon alone (compact). */
  private _renderOrcid(p: Profile, inline: boolean): TemplateResult | typeof nothing {
    const labels = { authenticated: this.t('orcidId'), unauthenticated: this.t('orcidIdUnauthenticated') };
    return renderOrcid(p, this.profileResult.src, labels, inline);
  }

  /** Notes about the sources of a merged profile (`also`, `link-sources`), shown in the badge's explanation. */
  private _sourceNotes(): string[] | null {
    const notes = this.loadIssues.filter((i) => i.part === 'sources').map((i) => i.message);
    return notes.length ? notes : null;
  }

  private _renderBadge(p: Profile): TemplateResult | typeof nothing {
    const t = p.trust;
    if (!t) return nothing;
    // `lang` passed down: on the server (Lit SSR) the badge cannot look up to the card for it.
    return html`<trust-badge
      part="badge"
      exportparts="score: badge-score, level: badge-level, claim-status: badge-claim-status, toggle: badge-toggle, explanation: badge-explanation"
      lang=${this.locale}
      score=${String(t.score)}
      level=${String(t.level)}
      label=${ifDefined(t.label ?? undefined)}
      ?claimed=${t.claimed}
      .signals=${t.signals ?? null}
      .notes=${this._sourceNotes()}
    ></trust-badge>`;
  }

  private _renderCounts(p: Profile): TemplateResult {
    const lang = this.locale;
    const counts = this._counts(p);
    return html`<ul class="counts" part="counts" data-n=${counts.length}>
      ${counts.map(
        (c) =>
          html`<li class="count" part="count" data-count=${c.key}>
            <span class="count-value" part="count-value">${formatNumber(c.value, lang)}</span>
            <span class="count-label" part="count-label">${c.label}</span>
          </li>`,
      )}
    </ul>`;
  }

  private _renderCompact(p: Profile): TemplateResult {
    return html`<article class="card compact" part="card" aria-labelledby="name">
      <div class="header" part="header">
        ${this._renderAvatar(p)}
        <div class="identity" part="identity">
          ${this._renderName(p, true)}
          <p class="meta" part="meta">${this._renderAffiliation(p)} ${this._renderOrcid(p, true)}</p>
        </div>
      </div>
      ${this._renderBadge(p)} ${this._renderCounts(p)}
    </article>`;
  }

  protected override renderProfile(p: Profile): TemplateResult {
    if (this.variant === 'compact') return this._renderCompact(p);
    const lang = this.locale;
    const sub = this._level + 1;
    const unclaimed = this._isUnclaimed(p);
    const followers = p.counts.followers;
    const profileUrl = safeUrl(p.links.profile);
    const explorerUrl = safeUrl(p.links.explorer);
    return html`<article class="card full" part="card" aria-labelledby="name">
      <div class="header" part="header">
        ${this._renderAvatar(p)}
        <div class="identity" part="identity">
          ${this._renderName(p, false)} ${p.headline ? html`<p class="headline" part="headline">${p.headline}</p>` : nothing}
          <p class="meta" part="meta">
            <span class="tag" part="role">${this.t('roleResearcher')}</span>
            ${this._renderAffiliation(p)}
            ${p.openToCollaborate ? html`<span class="tag open" part="open-tag"><span class="dot" aria-hidden="true"></span>${this.t('openToCollaborate')}</span>` : nothing}
          </p>
          ${this._renderOrcid(p, false)}
        </div>
      </div>
      <div class="body" part="body">
        <div class="snapshot" part="snapshot">${this._renderBadge(p)} ${this._renderCounts(p)}</div>
        <div class="connect" part="connect">
          <div class="actions" part="actions">
            <button class="btn primary" part="follow-button" type="button" @click=${() => this._follow(p)}>
              ${this.t('follow')}${followers !== undefined
                ? html` <span class="pill" part="follower-count"
                      ><span class="visually-hidden">(</span>${formatNumber(followers, lang)}<span class="visually-hidden"
                        > ${this.t('countFollowers', { count: followers })})</span
                      ></span
                    >`
                : nothing}
            </button>
            ${unclaimed
              ? html`<button class="btn" part="claim-button" type="button" @click=${() => this._claim(p)}>${this.t('claimProfile')}</button>`
              : nothing}
          </div>
          ${unclaimed
            ? html`<p class="note" part="claim-note">
                ${this.t('claimNote')}
              </p>`
            : nothing}
          <section class="section" part="collaboration" aria-labelledby="collab-heading">
            <h3 class="section-heading" part="collaboration-heading" id="collab-heading" aria-level=${ifDefined(sub !== 3 ? String(Math.min(6, sub)) : undefined)}>
              ${this.t('directCollaboration')}
            </h3>
            ${unclaimed
              ? html`<p class="note" part="collaboration-note">${this.t('invitesLocked')}</p>`
              : p.openToCollaborate
                ? html`<p class="note" part="invite-note">${this.t('inviteNote')}</p>
                    <button class="btn primary" part="invite-button" type="button" @click=${() => this._invite(p)}>${this.t('inviteToCollaborate')}</button>`
                : html`<p class="note" part="collaboration-note">${this.t('notOpenToInvites')}</p>`}
          </section>
          ${profileUrl || explorerUrl
            ? html`<p class="links" part="links">
                ${profileUrl ? html`<a part="profile-link" href=${profileUrl}>${this.t('viewFullProfile')}</a>` : nothing}
                ${explorerUrl ? html`<a part="explorer-link" href=${explorerUrl}>${this.t('openExplorer')}</a>` : nothing}
              </p>`
            : nothing}
        </div>
      </div>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'researcher-card': ResearcherCard;
  }
}
