import type { Catalogue } from '../../../core/messages/types.js';
import type { enGroupGraph } from './group.en.js';

/** Simplified Chinese strings of a group's graph (the members table). */
export const zhGroupGraph = {
  'groupGraph.tablesRegion': '{title}（表格）',
  'groupGraph.caption': '{title}：{members}、其合作成果与最主要的外部合作者',
  'groupGraph.memberCount': { other: '# 名成员' },
  'groupGraph.columnMember': '成员',
  'groupGraph.columnJointWorks': '合作成果',
  'groupGraph.columnWithMembers': '合作成员（合作成果数）',
  'groupGraph.columnOutside': '最主要的外部合作者（合作成果数）',
  'groupGraph.none': '无',
} satisfies Catalogue<typeof enGroupGraph>;
