/**
 * JSX typings for React 19: `<researcher-card src="…" />` type-checks in TSX.
 *
 * ```ts
 * // once, anywhere in the app (e.g. main.tsx), next to the import that registers the elements:
 * import 'researcher-elements/define.js';
 * import type {} from 'researcher-elements/react.js';
 * ```
 *
 * React 19 sets a property when the element has one (`profile={data}`, `headingLevel={3}`) and an
 * attribute otherwise (`heading-level="3"`). It adds an event listener for props named `on` +
 * the exact event name: `onprofile-load={(e) => …}`, `onfollow-request={(e) => e.preventDefault()}`
 * (all lower case, with the hyphen, as the event is spelled). `ref` gives the element instance.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ResearcherElementTag, ResearcherElementTypes } from './elements.js';

export type * from './elements.js';

/** `onprofile-load`, `onfollow-request`, …: listeners React 19 adds with `addEventListener`. */
export type ReactEventProps<Events> = { [K in keyof Events & string as `on${K}`]?: (event: Events[K]) => void };

/** The JSX props of one of the elements: React's own props (`ref`, `key`, `className`, `children`, `id`, `slot`, …), ours, and the events. */
export type ReactProps<Tag extends ResearcherElementTag> = Omit<
  DetailedHTMLProps<HTMLAttributes<ResearcherElementTypes[Tag]['element']>, ResearcherElementTypes[Tag]['element']>,
  keyof ResearcherElementTypes[Tag]['props']
> &
  ResearcherElementTypes[Tag]['props'] &
  ReactEventProps<ResearcherElementTypes[Tag]['events']>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'researcher-profile': ReactProps<'researcher-profile'>;
      'researcher-card': ReactProps<'researcher-card'>;
      'trust-badge': ReactProps<'trust-badge'>;
      'publication-list': ReactProps<'publication-list'>;
      'collab-graph': ReactProps<'collab-graph'>;
    }
  }
}
