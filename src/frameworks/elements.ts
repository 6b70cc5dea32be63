/**
 * What a framework template may pass to each element, and the events each fires: the
 * framework-neutral part of the React, Vue and Svelte typings (`./react.ts`, `./vue.ts`,
 * `./svelte.ts`). Types only; nothing here exists at run time.
 *
 * React 19, Vue 3 and Svelte 5 all set a **property** when the element has one of that name (so
 * `profile={object}`, `maxWorks={50}` and `headingLevel={3}` reach the element as values) and an
 * **attribute** otherwise (`max-works="50"`, `heading-level="3"`). The property names are typed
 * from the classes themselves, so the typings follow the elements; the attribute spellings are
 * listed beside them.
 */
import type { CollabGraph } from '../elements/collab-graph/collab-graph.js';
import type { PublicationList } from '../elements/publication-list/publication-list.js';
import type { ResearchGroup } from '../elements/research-group/research-group.js';
import type { ResearcherCard } from '../elements/researcher-card/researcher-card.js';
import type { ResearcherProfile } from '../elements/researcher-profile/researcher-profile.js';
import type { TrustBadge } from '../elements/trust-badge/trust-badge.js';
import type {
  ClaimRequestEvent,
  CollaborateRequestEvent,
  FollowRequestEvent,
  MemberErrorEvent,
  NodeSelectEvent,
  ProfileErrorEvent,
  ProfileLoadEvent,
  WorkSelectEvent,
} from '../core/events.js';

/** Optional, and `null` only where the element itself accepts it. */
type Props<E, K extends keyof E> = { [P in K]?: E[P] };

/** A number attribute, as written in markup or as a number. */
type NumberAttribute = number | `${number}`;

/**
 * The source of the profile, common to every element that shows one: `fallbackSrc` (attribute
 * `fallback-src`) a saved copy used only when `src` fails; with `sources` (attribute `also`, URLs
 * separated by spaces) more sources for the same person, and `linkSources` (attribute
 * `link-sources`) the free cross-links between ORCID and OpenAlex.
 */
type ProfileKeys = 'profile' | 'src' | 'fallbackSrc' | 'format' | 'timeout' | 'theme' | 'sources' | 'linkSources';
/** The attribute spellings of `fallbackSrc`, `sources` and `linkSources` (`link-sources="false"` turns the links off). */
interface ProfileAttributes {
  'fallback-src'?: string;
  also?: string;
  'link-sources'?: boolean | 'false';
}
/** The options of one source (OpenAlex), on the elements that show works and on the provider (not the badge). */
type SourceKeys = ProfileKeys | 'maxWorks' | 'mailto' | 'apiKey';
interface OptionAttributes {
  'max-works'?: NumberAttribute;
  'api-key'?: string;
}
interface SourceAttributes extends OptionAttributes, ProfileAttributes {}

export type ResearcherCardProps = Props<ResearcherCard, SourceKeys | 'variant' | 'headingLevel' | 'structuredData'> &
  SourceAttributes & {
    'heading-level'?: NumberAttribute;
    'structured-data'?: boolean;
  };

export type TrustBadgeProps = Props<TrustBadge, ProfileKeys | 'score' | 'level' | 'label' | 'claimed' | 'signals' | 'notes'> & ProfileAttributes;

export type PublicationListProps = Props<
  PublicationList,
  | SourceKeys
  | 'controls'
  | 'limit'
  | 'type'
  | 'yearFrom'
  | 'yearTo'
  | 'sort'
  | 'groupBy'
  | 'highlightAuthor'
  | 'pageSize'
  | 'maxAuthors'
  | 'debounce'
  | 'query'
  | 'structuredData'
  | 'heading'
  | 'headingLevel'
> &
  SourceAttributes & {
    'year-from'?: NumberAttribute;
    'year-to'?: NumberAttribute;
    'group-by'?: PublicationList['groupBy'];
    'highlight-author'?: string;
    'page-size'?: NumberAttribute;
    'max-authors'?: NumberAttribute;
    'structured-data'?: boolean;
    'heading-level'?: NumberAttribute;
  };

export type CollabGraphProps = Props<CollabGraph, SourceKeys | 'mode' | 'kinds' | 'maxNodes' | 'graph' | 'reducedMotion'> &
  SourceAttributes & {
    'max-nodes'?: NumberAttribute;
  };

export type ResearcherProfileProps = Props<ResearcherProfile, SourceKeys | 'headingLevel' | 'structuredData'> &
  SourceAttributes & {
    'heading-level'?: NumberAttribute;
    'structured-data'?: boolean;
  };

/** `group` is the roster as a value (what `loadGroup()` returns, or members carrying their `profile`). */
export type ResearchGroupProps = Props<ResearchGroup, 'src' | 'group' | 'timeout' | 'theme' | 'headingLevel' | 'maxWorks' | 'mailto' | 'apiKey'> &
  OptionAttributes & {
    'heading-level'?: NumberAttribute;
  };

/** Events every element that shows a profile fires. */
export interface ProfileElementEvents {
  'profile-load': ProfileLoadEvent;
  'profile-error': ProfileErrorEvent;
}

export interface ResearcherCardEvents extends ProfileElementEvents {
  'follow-request': FollowRequestEvent;
  'claim-request': ClaimRequestEvent;
  'collaborate-request': CollaborateRequestEvent;
}

export type TrustBadgeEvents = ProfileElementEvents;

export interface PublicationListEvents extends ProfileElementEvents {
  'work-select': WorkSelectEvent;
}

export interface CollabGraphEvents extends ProfileElementEvents {
  'node-select': NodeSelectEvent;
}

/** Every event of the elements inside bubbles through a `<researcher-profile>` (they are composed). */
export interface ResearcherProfileEvents extends ResearcherCardEvents, PublicationListEvents, CollabGraphEvents {}

/**
 * `<research-group>` fires `member-error` per member that could not be loaded, and the events of
 * the elements inside it (its own layout's or the provider's children) bubble through it.
 */
export interface ResearchGroupEvents extends ResearcherProfileEvents {
  'member-error': MemberErrorEvent;
}

/** Tag → element class, props and events: what the framework typings are generated from. */
export interface ResearcherElementTypes {
  'researcher-profile': { element: ResearcherProfile; props: ResearcherProfileProps; events: ResearcherProfileEvents };
  'researcher-card': { element: ResearcherCard; props: ResearcherCardProps; events: ResearcherCardEvents };
  'trust-badge': { element: TrustBadge; props: TrustBadgeProps; events: TrustBadgeEvents };
  'publication-list': { element: PublicationList; props: PublicationListProps; events: PublicationListEvents };
  'collab-graph': { element: CollabGraph; props: CollabGraphProps; events: CollabGraphEvents };
  'research-group': { element: ResearchGroup; props: ResearchGroupProps; events: ResearchGroupEvents };
}

export type ResearcherElementTag = keyof ResearcherElementTypes;

/** `profile-load` → `profileLoad`. */
export type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
