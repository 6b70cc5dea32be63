import type { Catalogue } from './types.js';
import type { enCore } from './en.js';

/** Simplified Chinese UI strings of every element (src/core/profile-element.ts). */
export const zhCore = {
  loadingProfile: '正在加载资料',
  retry: '重试',
  profileNotShown: '无法显示该资料。',
  nothingToShow: '暂无可显示的内容。',
  openExplorer: '打开完整浏览器',
  nOfMShown: '显示 {count} / {total}',
  savedCopyFrom: '保存于 {date} 的副本：无法连接实时数据源。',
  savedCopy: '保存的副本：无法连接实时数据源。',
} satisfies Catalogue<typeof enCore>;
