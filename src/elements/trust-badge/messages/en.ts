/** English UI strings of <trust-badge>. Simplified Chinese in ./zh-Hans.ts, loaded only when a page asks for Chinese. */
export const enBadge = {
  badgeInvalid: 'This trust badge cannot be shown: {errors}.',
  badgeEmpty: 'No trust information for this profile yet.',
  trustScoreChip: 'Trust {score}',
  verificationChip: 'Verification L{level}',
  claimed: 'Claimed',
  unclaimed: 'Unclaimed',
  explainTitle: 'What do these mean?',
  explainLabel: 'What do trust and verification mean?',
  scoreHeading: 'Trust score: {score} out of 100.',
  scoreText:
    'It sums up how much of the identity behind this profile is backed by evidence: matched identifiers, a claimed account, confirmations by others. It does not rate the research itself.',
  levelHeading: 'Verification level L{level}: {name}.',
  levelsIntro: 'The four levels:',
  levelSeparator: '. ',
  levelsLabel: 'Verification levels',
  thisProfile: ' (this profile)',
  claimedHeading: 'Claimed.',
  unclaimedHeading: 'Unclaimed.',
  claimedText: 'The researcher has linked this public author record to their own account.',
  unclaimedText:
    'Nobody has linked this public author record to a researcher account yet. Claiming it confirms who it belongs to and unlocks direct collaboration.',
  level0Name: 'No verification',
  level0Description: 'Nothing about this record has been checked yet.',
  level1Name: 'Record matched',
  level1Description:
    'The record is matched to a public identifier, such as a bibliographic author record, but nobody has confirmed who it belongs to.',
  level2Name: 'Identity confirmed',
  level2Description: 'The researcher confirmed this is them by signing in with an identity they own, such as their ORCID iD.',
  level3Name: 'Institution verified',
  level3Description: 'An institution has verified the researcher and their affiliation.',
};

export type BadgeMessageKey = keyof typeof enBadge;
