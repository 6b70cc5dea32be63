import type { Catalogue } from '../../../core/messages/types.js';
import type { enEvidence } from './evidence-en.js';

/** Simplified Chinese strings of <trust-badge>'s evidence list. */
export const zhEvidence = {
  evidenceHeading: '信任度的构成：',
  evidenceLabel: '信任度背后的证据',
  evidencePoints: '+{points}',
  evidenceSource: '来源：{source}',
  evidenceTotal: '合计：{score}（满分 100）。',
  sourceNotesHeading: '关于数据来源：',
  'signal:orcid-record': '由本人管理的 ORCID 记录',
  'signal:orcid-employment': '由机构声明的任职信息',
  'signal:orcid-work': '由机构（Crossref、DataCite、出版商等）添加的作品',
  'signal:openalex-record': '公开的 OpenAlex 作者记录',
  'signal:openalex-orcid': 'OpenAlex 记录附有 ORCID iD',
  'signal:openalex-ror': '最近所属机构有 ROR 标识',
  'signal:openalex-works': '至少 5 篇作品',
  'signal:openalex-linked': '与该 ORCID iD 关联的 OpenAlex 作者记录',
  'signal:works-confirmed': '在多个来源中都找到的作品',
} satisfies Catalogue<typeof enEvidence>;
