/**
 * Every event the elements fire. All bubble and cross shadow roots (`composed`). Requests the
 * host page may veto are `cancelable`: the element's default action runs only when no listener
 * called `preventDefault()`.
 */
import type { GroupMemberEntry } from '../data/group/schema.js';
import type { Profile, Work } from '../data/schema.js';

export interface ProfileLoadDetail {
  /** The URL the profile came from, or `null` for a `profile` property or inline JSON. */
  src: string | null;
  profile: Profile;
  /** Problems with parts of the data that were dropped (e.g. `works[3].year: expected a number`). */
  warnings: string[];
  /**
   * True when the live source failed and this is the snapshot at `fallback-src` (then `src` is the
   * snapshot's URL); false (or absent, from older code) otherwise.
   */
  fallback?: boolean;
}

export interface ProfileErrorDetail {
  src: string | null;
  /** The HTTP status, when the error came from an HTTP response. */
  status?: number;
  /** One human sentence saying what went wrong. */
  message: string;
}

export interface ProfileRequestDetail {
  profile: Profile;
}

export interface WorkSelectDetail {
  work: Work;
}

/** Fired when a profile has loaded and validated. */
export class ProfileLoadEvent extends CustomEvent<ProfileLoadDetail> {
  static readonly type = 'profile-load';
  constructor(detail: ProfileLoadDetail) {
    super(ProfileLoadEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** Fired when a profile cannot be loaded or is not valid. */
export class ProfileErrorEvent extends CustomEvent<ProfileErrorDetail> {
  static readonly type = 'profile-error';
  constructor(detail: ProfileErrorDetail) {
    super(ProfileErrorEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** Cancelable: the user asked to follow the researcher. Default action: open `links.follow`. */
export class FollowRequestEvent extends CustomEvent<ProfileRequestDetail> {
  static readonly type = 'follow-request';
  constructor(detail: ProfileRequestDetail) {
    super(FollowRequestEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** Cancelable: the user asked to claim the profile. Default action: open `links.claim`. */
export class ClaimRequestEvent extends CustomEvent<ProfileRequestDetail> {
  static readonly type = 'claim-request';
  constructor(detail: ProfileRequestDetail) {
    super(ClaimRequestEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** Cancelable: the user asked to invite the researcher to collaborate. Default: open `links.contact`. */
export class CollaborateRequestEvent extends CustomEvent<ProfileRequestDetail> {
  static readonly type = 'collaborate-request';
  constructor(detail: ProfileRequestDetail) {
    super(CollaborateRequestEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** Cancelable: a work's title was activated. Default action: open the work's DOI or URL. */
export class WorkSelectEvent extends CustomEvent<WorkSelectDetail> {
  static readonly type = 'work-select';
  constructor(detail: WorkSelectDetail) {
    super(WorkSelectEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** A node of `<collab-graph>` as it travels in `node-select`. */
export interface GraphNodeDetail {
  id: string;
  kind: 'researcher' | 'member' | 'person' | 'work' | 'topic' | 'institution';
  label: string;
  url?: string | null;
  weight?: number;
}

/** Cancelable: a graph node was selected or activated. Default on activation: open its URL. */
export class NodeSelectEvent extends CustomEvent<{ node: GraphNodeDetail }> {
  static readonly type = 'node-select';
  constructor(detail: { node: GraphNodeDetail }) {
    super(NodeSelectEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

export interface MemberErrorDetail {
  /** The member's source URL (absolute), as the roster gave it. */
  src: string;
  /** The member's roster entry: `{src, role?, name?, since?, until?, format?}`. */
  member: GroupMemberEntry;
  /** The HTTP status, when the error came from an HTTP response. */
  status?: number;
  /** One human sentence saying what went wrong. */
  message: string;
}

/** Fired by `<research-group>` for each member that could not be loaded (the rest of the group renders). */
export class MemberErrorEvent extends CustomEvent<MemberErrorDetail> {
  static readonly type = 'member-error';
  constructor(detail: MemberErrorDetail) {
    super(MemberErrorEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'profile-load': ProfileLoadEvent;
    'profile-error': ProfileErrorEvent;
    'follow-request': FollowRequestEvent;
    'claim-request': ClaimRequestEvent;
    'collaborate-request': CollaborateRequestEvent;
    'work-select': WorkSelectEvent;
    'node-select': NodeSelectEvent;
    'member-error': MemberErrorEvent;
  }
}
