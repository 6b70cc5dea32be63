/**
 * The source message catalogue: every UI string the elements show, in English, kept in one part
 * per element (`./en/*.ts`) so that each element's bundle carries only its own strings. Each
 * element registers its parts (English and Simplified Chinese) when its module loads; this
 * module merges them for types, docs and tests.
 *
 * A message is a string with `{name}` placeholders, or plural forms (`{one, other}`, any
 * `Intl.PluralRules` category) chosen by the `count` parameter, where `#` is the formatted count.
 * Other catalogues are typed against this one (`satisfies Messages`), so a missing key fails the
 * type check. Citation text (BibTeX, APA) and the data layer's error sentences are not UI
 * strings and stay in English.
 */
import { enBadge } from './en/badge.js';
import { enCard } from './en/card.js';
import { enCore } from './en/core.js';
import { enGraph } from './en/graph.js';
import { enList } from './en/list.js';
import type { Catalogue, PluralMessage } from './types.js';

export const en = { ...enCore, ...enCard, ...enBadge, ...enList, ...enGraph };

export type { PluralMessage };

/** The shape every catalogue has: the English keys, each a string or plural forms. */
export type Messages = Catalogue<typeof en>;

export type MessageKey = keyof Messages;
