/**
 * Formatted citations (bibliography entries) in APA 7, Chicago author-date, IEEE, Harvard,
 * Vancouver and MLA, by citeproc-js with the official CSL styles and the en-US / zh-CN locales.
 * The engine, the style and the locale are each a lazy chunk, loaded here on first use; this
 * module itself is small and never imports them statically.
 *
 * Which output the UI should use:
 * - `format: 'runs'` (preferred on screen): text runs with italic/bold/small-caps flags, rendered
 *   with Lit templates (`run.italic ? html`<i>${run.text}</i>` : run.text`). No markup inside.
 * - `format: 'text'`: plain text, for the clipboard and downloads.
 * - `format: 'html'`: citeproc-js's own HTML, for `text/html` on the clipboard only (where the
 *   browser sanitises it). Never parse it into the page as markup.
 */
import type { Profile, Work } from '../schema.js';
import type { CslItem } from './csl-types.js';
import { toCslJson } from './csl-json.js';
import { htmlToRuns, type CitationRun } from './runs.js';
import { citeLocale, CITE_STYLE_INFO, isCiteStyle, LOCALE_LOADERS, STYLE_LOADERS, type CiteLocale, type CiteStyle } from './styles.js';

export type CitationFormat = 'text' | 'html' | 'runs';

export interface FormatCitationOptions<F extends CitationFormat = CitationFormat> {
  /** The style (default `apa`). */
  style?: CiteStyle;
  /** A language (`zh-Hans`, `en`, `zh-CN`); Chinese uses the zh-CN locale, anything else en-US. */
  locale?: string;
  /** The output (default `text`). */
  format?: F;
  /** Gives each item an id unique across profiles (only matters for the CSL-JSON ids). */
  profile?: Pick<Profile, 'id'> | null;
}

type Output<F extends CitationFormat> = F extends 'runs' ? CitationRun[] : string;

/** Loads (once) and returns the engine module, a style and the locales a language needs. */
async function load(style: CiteStyle, locale: CiteLocale) {
  const wanted: CiteLocale[] = locale === 'en-US' ? ['en-US'] : ['en-US', locale];
  const [engine, styleModule, ...localeModules] = await Promise.all([
    import('./engine.js'),
    STYLE_LOADERS[style](),
    ...wanted.map((l) => LOCALE_LOADERS[l]()),
  ]);
  const locales: Record<string, string> = {};
  wanted.forEach((l, i) => (locales[l] = localeModules[i]!.default()));
  return { engine, styleText: styleModule.default(), locales };
}

/**
 * Each CSL-JSON item's formatted citation (its bibliography entry), in the order given. Rejects
 * with a `TypeError` for an unknown style; the caller may fall back to a plain reference.
 */
export async function formatCslItems<F extends CitationFormat = 'text'>(items: readonly CslItem[], opts: FormatCitationOptions<F> = {}): Promise<Output<F>[]> {
  const style = opts.style ?? 'apa';
  if (!isCiteStyle(style)) throw new TypeError(`Unknown citation style "${String(style)}": use one of ${Object.keys(CITE_STYLE_INFO).join(', ')}.`);
  const locale = citeLocale(opts.locale);
  const format = (opts.format ?? 'text') as CitationFormat;
  if (!items.length) return [];
  const { engine, styleText, locales } = await load(style, locale);
  const entries = engine.bibliography(style, styleText, locales, locale, items, format === 'text' ? 'text' : 'html');
  return (format === 'runs' ? entries.map(htmlToRuns) : entries) as Output<F>[];
}

/**
 * Each work's formatted citation in `style` and `locale`, in the order given:
 * `await formatCitations(works, { style: 'ieee', locale: 'zh-Hans', format: 'runs' })`.
 * One call is one bibliography (IEEE numbers, APA year suffixes across the works given), and
 * citeproc's time grows faster than the list: format the works a reader asks for (one, or a
 * page), not a whole 5,000-work list at once (see README.md, "Cost").
 */
export function formatCitations<F extends CitationFormat = 'text'>(works: readonly Work[], opts: FormatCitationOptions<F> = {}): Promise<Output<F>[]> {
  return formatCslItems(
    works.map((w) => toCslJson(w, opts.profile)),
    opts,
  );
}

/** Starts loading the engine, a style and its locales (e.g. when a cite menu opens), without formatting. */
export async function preloadCitations(style: CiteStyle = 'apa', locale?: string): Promise<void> {
  if (isCiteStyle(style)) await load(style, citeLocale(locale));
}
