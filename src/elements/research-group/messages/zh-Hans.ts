import type { Catalogue } from '../../../core/messages/types.js';
import type { enGroup } from './en.js';

/** Simplified Chinese UI strings of <research-group>. */
export const zhGroup = {
  loadingGroup: '正在加载研究团队',
  groupCountMembers: { other: '# 位成员' },
  groupCountWorks: { other: '# 项成果' },
  groupCountCollaborators: { other: '# 位合作者' },
  groupMembers: '成员',
  groupPublications: '发表成果',
  groupGraph: '合作网络',
  roleLead: '负责人',
  roleMember: '成员',
  roleAlumni: '已离开的成员',
  memberUnavailable: '无法加载：{reason}',
  memberNotGiven: '团队数据中没有提供该成员的资料。',
} satisfies Catalogue<typeof enGroup>;
