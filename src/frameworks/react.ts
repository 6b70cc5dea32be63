/**
 * React: real components, and JSX typings for the tags.
 *
 * **Components** (recommended), made with `@lit/react`: camelCase props, typed event props, and
 * importing them registers the elements, before React's first render.
 *
 * ```tsx
 * import { ResearcherCard, PublicationList, ResearchGroup } from 'researcher-elements/react.js';
 *
 * <ResearcherCard profile={data} headingLevel={3} onFollowRequest={(e) => e.preventDefault()} />
 * <PublicationList src="/data/wuhui-chen.json" groupBy="year" pageSize={10} onWorkSelect={(e) => e.detail.work} />
 * ```
 *
 * Every prop is the element's property of that name, set as a property (objects and numbers
 * arrive as they are); `onProfileLoad`, `onFollowRequest`, … listen to `profile-load`,
 * `follow-request`, …; `ref` gives the element. A misspelt prop or event is a type error.
 *
 * **Tags** (`<researcher-card …>` in JSX), for those who prefer them:
 *
 * ```ts
 * import 'researcher-elements/define.js';             // register before the first render
 * import type {} from 'researcher-elements/react.js'; // JSX typings for the tags
 * ```
 *
 * React 19 sets a property when the element has one (`profile={data}`, `headingLevel={3}`) and an
 * attribute otherwise (`heading-level="3"`). It adds an event listener for props named `on` +
 * the exact event name: `onprofile-load={(e) => …}`, `onfollow-request={(e) => e.preventDefault()}`.
 * TypeScript does not check hyphenated JSX names, so a misspelt `onfolow-request` compiles: the
 * components above catch it.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import '../elements/researcher-profile/researcher-profile.define.js';
import '../elements/researcher-card/researcher-card.define.js';
import '../elements/trust-badge/trust-badge.define.js';
import '../elements/publication-list/publication-list.define.js';
import '../elements/collab-graph/collab-graph.define.js';
import '../elements/research-group/research-group.define.js';
import { CollabGraph as CollabGraphElement } from '../elements/collab-graph/collab-graph.js';
import { PublicationList as PublicationListElement } from '../elements/publication-list/publication-list.js';
import { ResearchGroup as ResearchGroupElement } from '../elements/research-group/research-group.js';
import { ResearcherCard as ResearcherCardElement } from '../elements/researcher-card/researcher-card.js';
import { ResearcherProfile as ResearcherProfileElement } from '../elements/researcher-profile/researcher-profile.js';
import { TrustBadge as TrustBadgeElement } from '../elements/trust-badge/trust-badge.js';
import type { CamelCase, ResearcherElementTag, ResearcherElementTypes } from './elements.js';

export type * from './elements.js';

/** `profile-load` → `onProfileLoad: 'profile-load'`, typed with the event class, for `createComponent`. */
export type ReactComponentEvents<Events> = {
  [K in keyof Events & string as `on${Capitalize<CamelCase<K>>}`]: EventName<Events[K] & Event>;
};

function camel(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase());
}

/** The `events` option for the tag's events, from the same list the typings use. */
function eventsOf<Tag extends ResearcherElementTag>(...names: (keyof ResearcherElementTypes[Tag]['events'] & string)[]) {
  return Object.fromEntries(names.map((name) => [`on${camel(name)}`, name])) as ReactComponentEvents<ResearcherElementTypes[Tag]['events']>;
}

const PROFILE_EVENTS = ['profile-load', 'profile-error'] as const;
const CARD_EVENTS = [...PROFILE_EVENTS, 'follow-request', 'claim-request', 'collaborate-request'] as const;

/** `<researcher-profile>`: the whole profile, or a provider for the elements inside it. */
export const ResearcherProfile = createComponent({
  react: React,
  tagName: 'researcher-profile',
  elementClass: ResearcherProfileElement,
  displayName: 'ResearcherProfile',
  events: eventsOf<'researcher-profile'>(...CARD_EVENTS, 'work-select', 'node-select'),
});

/** `<researcher-card>`: `onFollowRequest`, `onClaimRequest`, `onCollaborateRequest` (cancelable). */
export const ResearcherCard = createComponent({
  react: React,
  tagName: 'researcher-card',
  elementClass: ResearcherCardElement,
  displayName: 'ResearcherCard',
  events: eventsOf<'researcher-card'>(...CARD_EVENTS),
});

/** `<trust-badge>`. */
export const TrustBadge = createComponent({
  react: React,
  tagName: 'trust-badge',
  elementClass: TrustBadgeElement,
  displayName: 'TrustBadge',
  events: eventsOf<'trust-badge'>(...PROFILE_EVENTS),
});

/** `<publication-list>`: `onWorkSelect` (cancelable). */
export const PublicationList = createComponent({
  react: React,
  tagName: 'publication-list',
  elementClass: PublicationListElement,
  displayName: 'PublicationList',
  events: eventsOf<'publication-list'>(...PROFILE_EVENTS, 'work-select'),
});

/** `<collab-graph>`: `onNodeSelect` (cancelable). */
export const CollabGraph = createComponent({
  react: React,
  tagName: 'collab-graph',
  elementClass: CollabGraphElement,
  displayName: 'CollabGraph',
  events: eventsOf<'collab-graph'>(...PROFILE_EVENTS, 'node-select'),
});

/**
 * `<research-group>`: `group` (the roster as a value) or `src`; `onMemberError` for each member
 * that could not be loaded, and the events of the elements inside it.
 */
export const ResearchGroup = createComponent({
  react: React,
  tagName: 'research-group',
  elementClass: ResearchGroupElement,
  displayName: 'ResearchGroup',
  events: eventsOf<'research-group'>(...CARD_EVENTS, 'work-select', 'node-select', 'member-error'),
});

/** `onprofile-load`, `onfollow-request`, …: listeners React 19 adds with `addEventListener`. */
export type ReactEventProps<Events> = { [K in keyof Events & string as `on${K}`]?: (event: Events[K]) => void };

/** The JSX props of one of the tags: React's own props (`ref`, `key`, `className`, `children`, `id`, `slot`, …), ours, and the events. */
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
      'research-group': ReactProps<'research-group'>;
    }
  }
}
