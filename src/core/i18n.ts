/**
 * Localisation machinery: the element's language (inherited from the page), message catalogues
 * per language, and numbers and plurals through Intl. It knows no element: each element adds its
 * own strings (`src/elements/<tag>/messages/`) with `addBuiltinMessages` — English at once, other
 * languages as loaders run only when a page asks for that language. See docs/i18n.md.
 */
import type { PluralMessage } from './messages/types.js';

export type { PluralMessage };

/** One UI string: text with `{name}` placeholders, or plural forms chosen by `count`. */
export type Message = string | PluralMessage;

/** A catalogue: message keys to messages. The full key list is `Messages` (package root). */
export type MessageCatalogue = Readonly<Record<string, Message>>;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

const LANG_SELECTOR = '[lang]:not([lang=""])';

/** The language that applies to `el`: its own or nearest `lang`, else the document's, else English. */
export function langOf(el: Element): string {
  // On the server (Lit SSR) there is no document: the element's own `lang`, else English.
  if (typeof document === 'undefined') return el.getAttribute('lang') || 'en';
  // The nearest non-empty `lang` in each tree (native `closest`), then in the host's tree above.
  let node: Element | null = el;
  while (node) {
    const hit: Element | null = node.closest(LANG_SELECTOR);
    if (hit) return hit.getAttribute('lang')!;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || navigator.language || 'en';
}

function safeLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * Languages whose whole numbers Intl writes with a comma every three digits (`-1,234,567`):
 * written here without it. A page's first `Intl.NumberFormat` costs 20–50 ms (the number data is
 * loaded then), and most pages only ever format counts in English. Checked against Intl in
 * test/core/i18n-numbers.test.ts.
 */
const COMMA_GROUPS = new Set(['en', 'en-us', 'en-gb', 'en-au', 'en-ca', 'en-nz', 'en-ie']);

/** `n` (a safe integer, not -0) with a comma every three digits. */
function commaGroups(n: number): string {
  const digits = String(n < 0 ? -n : n);
  let out = digits.length > 3 ? '' : digits;
  if (!out) {
    const head = digits.length % 3 || 3;
    out = digits.slice(0, head);
    for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  }
  return n < 0 ? `-${out}` : out;
}

export function formatNumber(n: number, lang = 'en', options?: Intl.NumberFormatOptions): string {
  if (!options && Number.isSafeInteger(n) && (n !== 0 || 1 / n > 0) && COMMA_GROUPS.has(lang.length === 2 ? lang : lang.toLowerCase())) return commaGroups(n);
  const key = options ? `${lang}|${JSON.stringify(options)}` : lang;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(safeLocale(lang), options)));
  return f.format(n);
}

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** `plural(4, {one: '# work', other: '# works'})` → "4 works"; `#` is the formatted number. */
export function plural(n: number, forms: PluralForms, lang = 'en', numberLang = lang): string {
  let r = pluralRules.get(lang);
  if (!r) pluralRules.set(lang, (r = new Intl.PluralRules(safeLocale(lang))));
  const form = (n === 0 && forms.zero) || forms[r.select(n)] || forms.other;
  return form.replace('#', formatNumber(n, numberLang));
}

/** Two-letter initials from a name, for avatars. */
export function initials(name: string): string {
  const parts = name.trim().split(/[\s\-‐]+/u).filter((p) => /\p{L}/u.test(p));
  if (!parts.length) return '?';
  const first = [...parts[0]!].find((c) => /\p{L}/u.test(c)) ?? '';
  const last = parts.length > 1 ? ([...parts[parts.length - 1]!].find((c) => /\p{L}/u.test(c)) ?? '') : '';
  return (first + last).toLocaleUpperCase();
}

// ---------------------------------------------------------------------------------------------
// Messages

/** Values for `{name}` placeholders; numbers are formatted for the language. `count` picks a plural form. */
export type MessageParams = Record<string, string | number>;

/** Registered catalogues by lower-case language tag. English is complete; others may be partial. */
const en: Record<string, Message> = {};
/** The built-in catalogues of other languages, filled as their parts load. */
const builtins = new Map<string, Record<string, Message>>();
const catalogues = new Map<string, Partial<Record<string, Message>>>([['en', en]]);

/** A part of a built-in catalogue, loaded on demand (a dynamic import of the element's messages). */
export type MessageLoader = () => Promise<MessageCatalogue>;
/** Loaders not yet run, by lower-case language tag. */
const pending = new Map<string, MessageLoader[]>();
/** Loads under way, by lower-case language tag. */
const loading = new Map<string, Promise<void>>();

/**
 * Adds a part of the built-in catalogues: its English strings now, and for other languages a
 * loader run the first time an element shows that language (`{'zh-Hans': () => import(...)}`), so
 * a page in English downloads no other language. Called by element modules.
 */
export function addBuiltinMessages(english: MessageCatalogue, others: Record<string, MessageLoader> = {}): void {
  Object.assign(en, english);
  for (const [lang, loader] of Object.entries(others)) {
    const tag = lang.toLowerCase();
    if (!builtins.has(tag)) {
      builtins.set(tag, {});
      if (!catalogues.has(tag)) catalogues.set(tag, builtins.get(tag)!);
      resolved.clear();
    }
    (pending.get(tag) ?? pending.set(tag, []).get(tag)!).push(loader);
  }
}

/**
 * Loads the built-in strings of the catalogue used for `lang` that are not loaded yet. Returns
 * undefined when there is nothing to wait for (English, or already loaded), else a promise that
 * settles once they are in (a failed load leaves English in place). Elements wait for it before
 * they render, so a page in Chinese never flashes English.
 */
export function messagesReady(lang: string): Promise<void> | undefined {
  const { tag } = resolve(lang);
  const loaders = pending.get(tag);
  if (!loaders?.length) return loading.get(tag);
  pending.delete(tag);
  const target = builtins.get(tag)!;
  const p = Promise.all(loaders.map((load) => load().catch(() => ({})))).then((parts) => {
    for (const part of parts) Object.assign(target, part);
    if (loading.get(tag) === p) loading.delete(tag);
    notifyLangChange(true);
  });
  loading.set(tag, p);
  return p;
}
const resolved = new Map<string, { tag: string; messages: Partial<Record<string, Message>> }>();

function candidates(lang: string): string[] {
  const tag = safeLocale(lang);
  const list = [tag];
  // Plain English needs no likely-subtags lookup (only scripts such as zh-Hans/zh-Hant do), and
  // `Intl.Locale#maximize()` costs ~20 ms the first time it runs.
  if (/^en(-|$)/i.test(tag)) return [tag.toLowerCase(), 'en'];
  try {
    const locale = new Intl.Locale(tag);
    // `zh`, `zh-CN`, `zh-SG` → zh-Hans-…; `zh-TW`, `zh-HK` → zh-Hant-…
    const max = locale.maximize();
    if (max.script) list.push(`${max.language}-${max.script}`);
    list.push(locale.language);
  } catch {
    // safeLocale already fell back to a valid tag
  }
  return list.map((t) => t.toLowerCase());
}

function resolve(lang: string): { tag: string; messages: Partial<Record<string, Message>> } {
  let r = resolved.get(lang);
  if (!r) {
    const tag = candidates(lang).find((t) => catalogues.has(t)) ?? 'en';
    resolved.set(lang, (r = { tag, messages: catalogues.get(tag)! }));
  }
  return r;
}

/** The catalogue language used for `lang`: `zh-CN` → `zh-hans`, `fr` (unless registered) → `en`. */
export function messageLanguage(lang: string): string {
  return resolve(lang).tag;
}

/**
 * Adds (or replaces) the catalogue for a language, e.g. `registerMessages('fr', fr)` with
 * `const fr = {...} satisfies Messages` (`Messages` from the package root). Keys it lacks fall back to English. Elements on the
 * page re-render in the new language.
 */
export function registerMessages(lang: string, messages: Partial<Record<string, Message>>): void {
  // An invalid tag throws (RangeError) rather than silently replacing English.
  const tag = Intl.getCanonicalLocales(lang)[0];
  if (!tag) throw new RangeError(`registerMessages: "${lang}" is not a language tag`);
  catalogues.set(tag.toLowerCase(), messages);
  resolved.clear();
  notifyLangChange(true);
}

/**
 * One UI string in `lang`: `msg('zh-CN', 'retry')` → "重试";
 * `msg('en', 'publicationCount', {count: 2})` → "2 publications";
 * `msg('en', 'nOfMShown', {count: 3, total: 1200})` → "3 of 1,200 shown".
 */
export function msg(lang: string, key: string, params?: MessageParams): string {
  const r = resolve(lang);
  const own = r.messages[key];
  const m = own ?? en[key] ?? key;
  // English forms are chosen by English plural rules; numbers are always formatted for `lang`.
  const text =
    typeof m === 'string' ? m : plural(Number(params?.count ?? 0), m as PluralMessage, own === undefined ? 'en' : lang, lang);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (all, name: string) => {
    const v = params[name];
    return v === undefined ? all : typeof v === 'number' ? formatNumber(v, lang) : v;
  });
}

// ---------------------------------------------------------------------------------------------
// Language changes

type LangListener = (force: boolean) => void;
const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

/** Tells every subscribed element that a `lang` (or a catalogue) may have changed. */
export function notifyLangChange(force = false): void {
  for (const l of [...listeners]) l(force);
}

/** Observers of the shadow roots elements sit in (a page's own components), shared and counted. */
const rootObservers = new Map<ShadowRoot, { observer: MutationObserver; users: number }>();

const LANG_CHANGES: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

/**
 * Calls `listener` when a `lang` attribute changes anywhere in the document's light DOM (one
 * shared MutationObserver) or a catalogue is registered. Returns the unsubscribe function.
 * With `el`, the shadow roots `el` sits in (inside a page's own components) are watched too, so a
 * `lang` set on a wrapper inside one of them is followed as well.
 */
export function onLangChange(listener: LangListener, el?: Element): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(() => notifyLangChange());
    observer.observe(document.documentElement, LANG_CHANGES);
  }
  const roots: ShadowRoot[] = [];
  if (typeof ShadowRoot !== 'undefined') {
    for (let r = el?.getRootNode(); r instanceof ShadowRoot; r = r.host.getRootNode()) roots.push(r);
  }
  for (const r of roots) {
    let o = rootObservers.get(r);
    if (!o) {
      o = { observer: new MutationObserver(() => notifyLangChange()), users: 0 };
      o.observer.observe(r, LANG_CHANGES);
      rootObservers.set(r, o);
    }
    o.users++;
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size && observer) {
      observer.disconnect();
      observer = undefined;
    }
    for (const r of roots) {
      const o = rootObservers.get(r);
      if (o && --o.users === 0) {
        o.observer.disconnect();
        rootObservers.delete(r);
      }
    }
  };
}
