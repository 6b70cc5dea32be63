/**
 * Template typings for Vue 3 (Volar / vue-tsc): props and `@event` handlers of the elements in
 * `.vue` templates.
 *
 * ```ts
 * // main.ts, next to the import that registers the elements:
 * import 'researcher-elements/define.js';
 * import type {} from 'researcher-elements/vue.js';
 * ```
 *
 * Tell Vue's compiler these tags are custom elements (`compilerOptions.isCustomElement`, see
 * docs/frameworks.md). Vue sets a property when the element has one (`:profile="data"`,
 * `:max-works="50"` reach `profile` and `maxWorks`) and an attribute otherwise; bind numbers with
 * `:` so they arrive as numbers. `@profile-load="onLoad"` listens to the `profile-load` event.
 */
// Resolved in the application, where Vue is installed (this library does not depend on Vue).
// @ts-ignore
import type { HTMLAttributes, PublicProps } from 'vue';
import type { CamelCase, ResearcherElementTag, ResearcherElementTypes } from './elements.js';

export type * from './elements.js';

/** `onProfileLoad`, `onFollowRequest`, …: what Vue's template checker maps `@profile-load` to. */
export type VueEventProps<Events> = { [K in keyof Events & string as `on${Capitalize<CamelCase<K>>}`]?: (event: Events[K]) => void };

/**
 * Attributes every HTML element takes (`id`, `class`, `style`, `lang`, `title`, `hidden`,
 * `tabindex`, `part`, the `aria-*` attributes, `@click` and the other DOM events — Vue's own
 * `HTMLAttributes`), plus `slot` and any `data-*`, minus what the element defines itself.
 */
export type VueHTMLAttributes<Tag extends ResearcherElementTag> = Omit<
  HTMLAttributes,
  keyof ResearcherElementTypes[Tag]['props'] | keyof VueEventProps<ResearcherElementTypes[Tag]['events']>
> & {
  slot?: string;
  [data: `data-${string}`]: unknown;
  /** Vue's template checker camelizes `data-testid` to `dataTestid`. */
  [data: `data${Capitalize<string>}`]: unknown;
};

/** What a template may write on the element: its props and events, ordinary HTML attributes, `key` and `ref`. */
export type VueProps<Tag extends ResearcherElementTag> = ResearcherElementTypes[Tag]['props'] &
  VueEventProps<ResearcherElementTypes[Tag]['events']> &
  VueHTMLAttributes<Tag> &
  PublicProps;

/** The shape Volar reads a custom element's template props from (Vue's `DefineCustomElement` pattern). */
export type VueCustomElement<Tag extends ResearcherElementTag> = new () => ResearcherElementTypes[Tag]['element'] & {
  /** @deprecated For template type-checking only; not a property of the element. */
  $props: VueProps<Tag>;
};

// @ts-ignore -- 'vue' resolves in the application.
declare module 'vue' {
  interface GlobalComponents {
    'researcher-profile': VueCustomElement<'researcher-profile'>;
    'researcher-card': VueCustomElement<'researcher-card'>;
    'trust-badge': VueCustomElement<'trust-badge'>;
    'publication-list': VueCustomElement<'publication-list'>;
    'collab-graph': VueCustomElement<'collab-graph'>;
    'research-group': VueCustomElement<'research-group'>;
  }
}
