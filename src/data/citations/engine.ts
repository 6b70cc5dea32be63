/*! citeproc-js, the CSL processor (npm package \`citeproc\`), © 2009-2019 Frank Bennett: under the Common Public Attribution License 1.0 or the GNU Affero General Public License 3.0 or later, https://github.com/Juris-M/citeproc-js — loaded only for formatted citations. */
/**
 * The citeproc-js engine (the `citeproc` package, the engine Zotero uses), in a chunk of its own:
 * only `format.ts` imports this module, dynamically, on the first formatted citation.
 *
 * citeproc-js is © Frank Bennett, under the Common Public Attribution License 1.0 or the GNU
 * Affero General Public License 3.0 or later (its choice of either); its notice travels with
 * the package. Styles and locales reach it as citeproc-js's JSON form (see `csl/`), so it parses
 * no XML: no DOMParser, no innerHTML, and the package has no eval or `new Function`.
 */
import CSL from 'citeproc';
import type { CslItem } from './csl-types.js';

export type EngineFormat = 'text' | 'html';

interface Cached {
  engine: InstanceType<typeof CSL.Engine>;
  items: Map<string, CslItem>;
}

// One engine per style and language (building one parses the style); the items change per call.
const engines = new Map<string, Cached>();
// citeproc-js keeps an item it has seen under its id: every call uses ids never used before.
let calls = 0;

/**
 * Each item's bibliography entry in the style `styleText` (named `styleKey`, for the engine
 * cache), as citeproc-js writes it (`text` or `html`, trimmed), in the order of `items`. Items
 * get private ids (`c<call>-<index>`) inside, so duplicate or odd ids in the data cannot mix two
 * works up, and no call sees an earlier call's item; numbered styles (IEEE, Vancouver) number
 * them in this order.
 */
export function bibliography(
  styleKey: string,
  styleText: string,
  locales: Readonly<Record<string, string>>,
  lang: string,
  items: readonly CslItem[],
  format: EngineFormat,
): string[] {
  const key = `${styleKey}|${lang}`;
  let cached = engines.get(key);
  if (!cached) {
    const state = { items: new Map<string, CslItem>() } as Cached;
    const sys = {
      retrieveLocale: (l: string) => locales[l] ?? locales['en-US'],
      retrieveItem: (id: string) => state.items.get(id),
    };
    state.engine = new CSL.Engine(sys, styleText, lang, true);
    engines.set(key, state);
    cached = state;
  }
  const call = ++calls;
  const ids = items.map((_, i) => `c${call}-${i}`);
  cached.items = new Map(items.map((item, i) => [ids[i]!, { ...item, id: ids[i]! }]));
  cached.engine.setOutputFormat(format);
  cached.engine.updateItems(ids);
  const result = cached.engine.makeBibliography();
  if (!result) return items.map(() => '');
  const [meta, entries] = result;
  const byId = new Map<string, string>();
  meta.entry_ids.forEach((group, k) => byId.set(String(group[0]), entries[k] ?? ''));
  return ids.map((id) => (byId.get(id) ?? '').trim());
}
