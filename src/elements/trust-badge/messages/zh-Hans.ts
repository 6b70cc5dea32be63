import type { Catalogue } from '../../../core/messages/types.js';
import type { enBadge } from './en.js';

/** Simplified Chinese UI strings of <trust-badge>. */
export const zhBadge = {
  badgeInvalid: '无法显示此信任徽章：{errors}。',
  badgeEmpty: '此资料暂无信任信息。',
  trustScoreChip: '信任度 {score}',
  verificationChip: '验证等级 L{level}',
  claimed: '已认领',
  unclaimed: '未认领',
  explainTitle: '这些是什么意思？',
  explainLabel: '信任度和验证等级是什么意思？',
  scoreHeading: '信任度：{score}（满分 100）。',
  scoreText: '它概括了此资料背后的身份有多少证据支持：匹配的标识符、已认领的账户、他人的确认。它并不评价研究本身。',
  levelHeading: '验证等级 L{level}：{name}。',
  levelsIntro: '四个等级：',
  levelSeparator: '。',
  levelsLabel: '验证等级',
  thisProfile: '（此资料）',
  claimedHeading: '已认领。',
  unclaimedHeading: '未认领。',
  claimedText: '研究者已将这条公开作者记录关联到自己的账户。',
  unclaimedText: '尚无人将这条公开作者记录关联到研究者账户。认领可确认其归属，并开启直接合作。',
  level0Name: '未验证',
  level0Description: '此记录尚未经过任何核查。',
  level1Name: '记录已匹配',
  level1Description: '此记录已匹配到公开标识符（如文献作者记录），但尚无人确认其归属。',
  level2Name: '身份已确认',
  level2Description: '研究者已使用自己拥有的身份（如 ORCID iD）登录，确认这是本人。',
  level3Name: '机构已验证',
  level3Description: '某一机构已验证该研究者及其所属机构。',
} satisfies Catalogue<typeof enBadge>;
