/** English UI strings of every element (src/core/profile-element.ts). Elements add their own strings (src/elements/<tag>/messages/). */
export const enCore = {
  loadingProfile: 'Loading profile',
  retry: 'Retry',
  profileNotShown: 'The profile could not be shown.',
  nothingToShow: 'Nothing to show yet.',
  openExplorer: 'Open full explorer',
  nOfMShown: '{count} of {total} shown',
  savedCopyFrom: 'Saved copy from {date}: the live source could not be reached.',
  savedCopy: 'Saved copy: the live source could not be reached.',
};
