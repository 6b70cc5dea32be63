import type { Messages } from './en.js';
import { zhBadge } from './zh-Hans/badge.js';
import { zhCard } from './zh-Hans/card.js';
import { zhCore } from './zh-Hans/core.js';
import { zhGraph } from './zh-Hans/graph.js';
import { zhList } from './zh-Hans/list.js';

/** Simplified Chinese (zh-Hans; also used for `zh`, `zh-CN`, `zh-SG`), merged from its parts. */
export const zhHans = { ...zhCore, ...zhCard, ...zhBadge, ...zhList, ...zhGraph } satisfies Messages;
