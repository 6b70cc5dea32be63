/** English UI strings of <research-group>. Simplified Chinese in ./zh-Hans.ts, loaded only when a page asks for Chinese. */
export const enGroup = {
  loadingGroup: 'Loading the group',
  groupCountMembers: { one: '# member', other: '# members' },
  groupCountWorks: { one: '# work', other: '# works' },
  groupCountCollaborators: { one: '# collaborator', other: '# collaborators' },
  groupMembers: 'Members',
  groupPublications: 'Publications',
  groupGraph: 'Collaboration graph',
  roleLead: 'Leads',
  roleMember: 'Members',
  roleAlumni: 'Alumni',
  memberUnavailable: 'Unavailable: {reason}',
  memberNotGiven: 'The profile of this member was not given with the group.',
};

export type GroupMessageKey = keyof typeof enGroup;
