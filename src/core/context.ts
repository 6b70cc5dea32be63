import { createContext } from '@lit/context';

/**
 * What a `<researcher-profile>` shares with the elements inside it: the source it was given.
 * Consumers load it through the same data layer, so the request is made once and the profile
 * validated once however many elements share it.
 */
export interface ProfileSource {
  profile?: unknown;
  src?: string;
  format?: string;
  timeout?: number;
  options?: Record<string, unknown>;
}

export const profileSourceContext = createContext<ProfileSource | undefined>(Symbol.for('researcher-elements/profile-source'));

/** `{maxWorks, mailto, apiKey}` from an element's attributes, or undefined when none is set. */
export function sourceOptions(el: { maxWorks: number | null; mailto: string | null; apiKey?: string | null }): Record<string, unknown> | undefined {
  if (el.maxWorks == null && !el.mailto && !el.apiKey) return undefined;
  return {
    ...(el.maxWorks != null && { maxWorks: el.maxWorks }),
    ...(el.mailto && { mailto: el.mailto }),
    ...(el.apiKey && { apiKey: el.apiKey }),
  };
}
