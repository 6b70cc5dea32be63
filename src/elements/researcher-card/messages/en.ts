/** English UI strings of <researcher-card>. Simplified Chinese in ./zh-Hans.ts, loaded only when a page asks for Chinese. */
export const enCard = {
  loadingResearcher: 'Loading researcher profile',
  countWorks: { one: 'work', other: 'works' },
  countFollowers: { one: 'follower', other: 'followers' },
  countTopics: { one: 'topic', other: 'topics' },
  countCollaborators: { one: 'close collaborator', other: 'close collaborators' },
  countCitations: { one: 'citation', other: 'citations' },
  countHIndex: 'h-index',
  affiliationMissing: 'Affiliation not imported',
  roleResearcher: 'Researcher',
  openToCollaborate: 'Open to collaborate',
  follow: 'Follow',
  claimProfile: 'Claim this profile',
  claimNote: 'Claiming links this public author record to a researcher profile and unlocks direct collaboration.',
  directCollaboration: 'Direct collaboration',
  invitesLocked: 'Direct invitations unlock once the author claims this profile.',
  inviteNote: 'Open a focused conversation when the fit is right.',
  inviteToCollaborate: 'Invite to collaborate',
  notOpenToInvites: 'Not open to collaboration invitations right now.',
  viewFullProfile: 'View full profile',
  orcidId: 'ORCID iD',
  orcidIdUnauthenticated: 'ORCID iD (not authenticated)',
};

export type CardMessageKey = keyof typeof enCard;
