/** Numbers and plurals through Intl, for the element's language (inherited from the page). */

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The language that applies to `el`: its own or nearest `lang`, else the document's, else English. */
export function langOf(el: Element): string {
  // On the server (Lit SSR) there is no document: the element's own `lang`, else English.
  if (typeof document === 'undefined') return el.getAttribute('lang') || 'en';
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
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

export function formatNumber(n: number, lang = 'en', options?: Intl.NumberFormatOptions): string {
  const key = `${lang}|${JSON.stringify(options ?? {})}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(safeLocale(lang), options)));
  return f.format(n);
}

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** `plural(4, {one: '# work', other: '# works'})` → "4 works"; `#` is the formatted number. */
export function plural(n: number, forms: PluralForms, lang = 'en'): string {
  let r = pluralRules.get(lang);
  if (!r) pluralRules.set(lang, (r = new Intl.PluralRules(safeLocale(lang))));
  const form = (n === 0 && forms.zero) || forms[r.select(n)] || forms.other;
  return form.replace('#', formatNumber(n, lang));
}

/** Two-letter initials from a name, for avatars. */
export function initials(name: string): string {
  const parts = name.trim().split(/[\s\-‐]+/u).filter((p) => /\p{L}/u.test(p));
  if (!parts.length) return '?';
  const first = [...parts[0]!].find((c) => /\p{L}/u.test(c)) ?? '';
  const last = parts.length > 1 ? ([...parts[parts.length - 1]!].find((c) => /\p{L}/u.test(c)) ?? '') : '';
  return (first + last).toLocaleUpperCase();
}
