/**
 * The citation styles and locales on offer, and where each one's lazy chunk comes from. Small and
 * free of the engine: the list can read names and parse `cite-styles="apa ieee …"` without
 * loading citeproc-js.
 */

/** The styles offered, by the short names `cite-styles` takes. */
export type CiteStyle = 'apa' | 'chicago' | 'ieee' | 'harvard' | 'vancouver' | 'mla';
/** The CSL locales bundled (every other language falls back to `en-US`). */
export type CiteLocale = 'en-US' | 'zh-CN';

export interface CiteStyleInfo {
  /** The name people know it by, in English ("APA 7th edition"). */
  label: string;
  /** The official CSL style's id (`https://www.zotero.org/styles/<id>`). */
  cslId: string;
}

export const CITE_STYLE_INFO: Readonly<Record<CiteStyle, CiteStyleInfo>> = {
  apa: { label: 'APA 7th edition', cslId: 'apa' },
  chicago: { label: 'Chicago (author-date)', cslId: 'chicago-author-date' },
  ieee: { label: 'IEEE', cslId: 'ieee' },
  harvard: { label: 'Harvard (Cite Them Right)', cslId: 'harvard-cite-them-right' },
  vancouver: { label: 'Vancouver', cslId: 'vancouver' },
  mla: { label: 'MLA 9th edition', cslId: 'modern-language-association' },
};

/** Every style, in the order they are offered. */
export const CITE_STYLES: readonly CiteStyle[] = ['apa', 'chicago', 'ieee', 'harvard', 'vancouver', 'mla'];

const ALIASES: Record<string, CiteStyle> = {
  apa: 'apa',
  apa7: 'apa',
  chicago: 'chicago',
  'chicago-author-date': 'chicago',
  ieee: 'ieee',
  harvard: 'harvard',
  'harvard-cite-them-right': 'harvard',
  vancouver: 'vancouver',
  mla: 'mla',
  mla9: 'mla',
  'modern-language-association': 'mla',
};

/**
 * The styles an attribute like `cite-styles="apa ieee"` asks for: names separated by spaces or
 * commas, case-insensitive, CSL ids accepted (`chicago-author-date`), duplicates and unknown names
 * dropped, in the order written. Nothing known (or no attribute) gives every style.
 */
export function parseCiteStyles(value: string | null | undefined): CiteStyle[] {
  const out: CiteStyle[] = [];
  for (const word of (value ?? '').toLowerCase().split(/[\s,]+/)) {
    const style = ALIASES[word];
    if (style && !out.includes(style)) out.push(style);
  }
  return out.length ? out : [...CITE_STYLES];
}

/** Whether `value` is a style name {@link formatCitations} takes. */
export function isCiteStyle(value: unknown): value is CiteStyle {
  return typeof value === 'string' && Object.hasOwn(CITE_STYLE_INFO, value);
}

/**
 * The bundled CSL locale for a page or element language: Chinese (`zh`, `zh-Hans`, `zh-CN`, and
 * the traditional variants, for which simplified Chinese terms read better than English ones) →
 * `zh-CN`, else `en-US`.
 */
export function citeLocale(lang: string | null | undefined): CiteLocale {
  return /^zh(-|_|$)/i.test((lang ?? '').trim()) ? 'zh-CN' : 'en-US';
}

/** A style's or locale's module: its default export returns the JSON text citeproc-js reads. */
type Loader = () => Promise<{ default: () => string }>;

/** Each style's lazy chunk (the official CSL style in citeproc-js's JSON form). */
export const STYLE_LOADERS: Readonly<Record<CiteStyle, Loader>> = {
  apa: () => import('./csl/style-apa.js'),
  chicago: () => import('./csl/style-chicago-author-date.js'),
  ieee: () => import('./csl/style-ieee.js'),
  harvard: () => import('./csl/style-harvard-cite-them-right.js'),
  vancouver: () => import('./csl/style-vancouver.js'),
  mla: () => import('./csl/style-modern-language-association.js'),
};

/** Each locale's lazy chunk. */
export const LOCALE_LOADERS: Readonly<Record<CiteLocale, Loader>> = {
  'en-US': () => import('./csl/locale-en-US.js'),
  'zh-CN': () => import('./csl/locale-zh-CN.js'),
};
