import { property } from 'lit/decorators.js';
import { MAX_WORKS_ATTRIBUTE } from './numeric-attribute.js';
import { ProfileElement } from './profile-element.js';
import { profileValidator } from '../data/from-object.js';
import { validator } from './validator.js';
import { ProfileSourceController } from './profile-source-controller.js';
import { sourceController } from './source-controller.js';

// These elements always show a profile, so validation and the source controller are part of their
// static graph: a profile given as a value or inline JSON renders in the first update, with no
// request and no loading state (see ./validator.ts and ./source-controller.ts; `<trust-badge>`
// alone loads them on demand).
validator.register(profileValidator);
sourceController.register(ProfileSourceController);

/**
 * A profile element that also takes the options of one source, OpenAlex (`max-works`, `mailto`,
 * `api-key`): the elements that show works (`<researcher-card>`, `<publication-list>`,
 * `<collab-graph>`) and the provider `<researcher-profile>`. They apply when the element loads
 * from its own `src`; an element shown a provider's profile loads nothing, so the provider's
 * options are the ones that count. `<trust-badge>` shows no works and has none of them.
 */
export abstract class SourceOptionsElement<Key extends string = never> extends ProfileElement<Key> {
  /** OpenAlex: the most works to load (default 500). */
  @property({ attribute: 'max-works', converter: MAX_WORKS_ATTRIBUTE }) maxWorks: number | null = null;

  /** OpenAlex: a contact email sent with each request (it no longer changes OpenAlex's limits). */
  @property() mailto: string | null = null;

  /**
   * OpenAlex: an API key, sent as OpenAlex documents (`api_key=`). A key written into a public
   * page is public: anyone can read it and spend its allowance. Prefer a snapshot for public pages.
   */
  @property({ attribute: 'api-key' }) apiKey: string | null = null;

  /** `{maxWorks, mailto, apiKey}` as set, or undefined when none is. */
  protected override loadOptions(): Record<string, unknown> | undefined {
    if (this.maxWorks == null && !this.mailto && !this.apiKey) return undefined;
    return {
      ...(this.maxWorks != null && { maxWorks: this.maxWorks }),
      ...(this.mailto && { mailto: this.mailto }),
      ...(this.apiKey && { apiKey: this.apiKey }),
    };
  }
}
