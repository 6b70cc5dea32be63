/**
 * English strings of a group's graph (the members table of the table view), loaded with the
 * group's graph (`../group-model.ts`), not with every `<collab-graph>`. Chinese in ./group.zh-Hans.ts.
 */
export const enGroupGraph = {
  'groupGraph.tablesRegion': '{title}, as tables',
  'groupGraph.caption': '{title}: {members}, their joint works and strongest outside collaborators',
  'groupGraph.memberCount': { one: '# member', other: '# members' },
  'groupGraph.columnMember': 'Member',
  'groupGraph.columnJointWorks': 'Joint works',
  'groupGraph.columnWithMembers': 'With members (joint works)',
  'groupGraph.columnOutside': 'Strongest outside collaborators (joint works)',
  'groupGraph.none': 'none',
};

export type GroupGraphMessageKey = keyof typeof enGroupGraph;
