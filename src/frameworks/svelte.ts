/**
 * Template typings for Svelte 5 (svelte-check and the Svelte language server): attributes and
 * event handlers of the elements in `.svelte` markup.
 *
 * ```ts
 * // src/app.d.ts (or any .d.ts the project includes):
 * import type {} from 'researcher-elements/svelte.js';
 * ```
 *
 * Svelte sets a property when the element has one (`profile={data}`, `maxWorks={50}`) and an
 * attribute otherwise. Svelte 5 listens with `onprofile-load={…}` (the event name after `on`);
 * Svelte 4's `on:profile-load={…}` is typed too.
 */
// Resolved in the application, where Svelte is installed (this library does not depend on Svelte).
// @ts-ignore
import type { HTMLAttributes } from 'svelte/elements';
import type { ResearcherElementTag, ResearcherElementTypes } from './elements.js';

export type * from './elements.js';

/** `onprofile-load` (Svelte 5) and `on:profile-load` (Svelte 4) for every event. */
export type SvelteEventProps<Events> = { [K in keyof Events & string as `on${K}` | `on:${K}`]?: (event: Events[K]) => void };

/** The markup props of one of the elements: Svelte's HTML attributes, ours, and the events. */
export type SvelteProps<Tag extends ResearcherElementTag> = Omit<
  HTMLAttributes<ResearcherElementTypes[Tag]['element']>,
  keyof ResearcherElementTypes[Tag]['props'] | `on${keyof ResearcherElementTypes[Tag]['events'] & string}`
> &
  ResearcherElementTypes[Tag]['props'] &
  SvelteEventProps<ResearcherElementTypes[Tag]['events']>;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace svelteHTML {
    interface IntrinsicElements {
      'researcher-profile': SvelteProps<'researcher-profile'>;
      'researcher-card': SvelteProps<'researcher-card'>;
      'trust-badge': SvelteProps<'trust-badge'>;
      'publication-list': SvelteProps<'publication-list'>;
      'collab-graph': SvelteProps<'collab-graph'>;
      'research-group': SvelteProps<'research-group'>;
    }
  }
}
