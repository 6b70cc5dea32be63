import type { Catalogue } from '../../../core/messages/types.js';
import type { enCard } from './en.js';

/** Simplified Chinese UI strings of <researcher-card>. */
export const zhCard = {
  loadingResearcher: '正在加载研究者资料',
  countWorks: { other: '项成果' },
  countFollowers: { other: '位关注者' },
  countTopics: { other: '个主题' },
  countCollaborators: { other: '位密切合作者' },
  countCitations: { other: '次引用' },
  countHIndex: 'h 指数',
  affiliationMissing: '尚未导入所属机构',
  roleResearcher: '研究者',
  openToCollaborate: '欢迎合作',
  follow: '关注',
  claimProfile: '认领此资料',
  claimNote: '认领后，这条公开作者记录将关联到研究者资料，并开启直接合作。',
  directCollaboration: '直接合作',
  invitesLocked: '作者认领此资料后即可发送直接邀请。',
  inviteNote: '在合适的时候开启一次专注的交流。',
  inviteToCollaborate: '邀请合作',
  notOpenToInvites: '目前不接受合作邀请。',
  viewFullProfile: '查看完整资料',
  orcidId: 'ORCID iD',
  orcidIdUnauthenticated: 'ORCID iD（未经认证）',
} satisfies Catalogue<typeof enCard>;
