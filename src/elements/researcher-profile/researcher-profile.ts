import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { profileSourceContext, sourceOptions, type ProfileSource } from '../../core/context.js';
import { defineElement } from '../../core/define.js';
import { hostStyles, tokens } from '../../core/styles.js';
import { VERSION } from '../../core/version.js';
import type { Profile, ProfileInput } from '../../data/schema.js';

/**
 * Shares one profile with every researcher element inside it, so a page states the source once:
 * `<researcher-profile src="/me.json"><researcher-card></researcher-card><trust-badge></trust-badge></researcher-profile>`.
 * The elements inside load through the shared cache, so the profile is fetched and validated once.
 *
 * @tagname researcher-profile
 * @summary Provides a profile to the researcher elements inside it.
 * @slot - The elements that show the profile.
 * @cssprop [--researcher-profile-gap=1rem] - Space between the children (when laid out as a grid).
 */
export class ResearcherProfile extends LitElement {
  static readonly version: string = VERSION;

  static override styles = [
    hostStyles,
    tokens('researcher-profile'),
    css`
      :host {
        display: block;
      }
    `,
  ];

  /** Registers the element; safe to call more than once. */
  static define(tag = 'researcher-profile', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  /** The profile as an object, shared with the elements inside. */
  @property({ attribute: false }) profile: ProfileInput | Profile | null = null;

  /** URL of the profile (our JSON, OpenAlex, ORCID or BibTeX), shared with the elements inside. */
  @property({ reflect: true }) src: string | null = null;

  /** `profile`, `openalex`, `orcid` or `bibtex`; detected when absent. */
  @property({ reflect: true }) format: string | null = null;

  /** Milliseconds before one request attempt gives up. */
  @property({ type: Number }) timeout = 10_000;

  /** OpenAlex: the most works to load (default 500). */
  @property({ attribute: 'max-works', type: Number }) maxWorks: number | null = null;

  /** OpenAlex: a contact email, which puts requests in OpenAlex's faster "polite pool". */
  @property() mailto: string | null = null;

  /** `light`, `dark` or `auto`; unset follows the page's `color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | null = null;

  @provide({ context: profileSourceContext })
  @state()
  protected _source: ProfileSource | undefined = undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this._readInline();
  }

  private _inline: unknown = undefined;

  private _readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script?.textContent) return;
    try {
      this._inline = JSON.parse(script.textContent);
    } catch {
      // An object that is not a profile: the consumers show the validation error.
      this._inline = { invalidInlineJson: true };
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.hasUpdated && !['profile', 'src', 'format', 'timeout', 'maxWorks', 'mailto'].some((k) => changed.has(k))) return;
    const profile = this.profile ?? this._inline;
    this._source = profile
      ? { profile }
      : this.src
        ? { src: this.src, format: this.format ?? undefined, timeout: this.timeout, options: sourceOptions(this) }
        : undefined;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'researcher-profile': ResearcherProfile;
  }
}
