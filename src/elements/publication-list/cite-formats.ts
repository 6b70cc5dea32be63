/**
 * Citation styles and export files for <publication-list>, on the data layer's citations module
 * (`src/data/citations/`: citeproc-js with the official CSL styles, BibTeX / RIS / CSL-JSON). All
 * of it is loaded by dynamic import the first time a reader opens "Cite" or exports, so none of it
 * is in the element's file. The chosen style is one per page: remembered in sessionStorage (when
 * the page allows storage) and shared by every list on the page.
 */
import type { Work } from '../../data/schema.js';
import { STYLE_EVENT } from './cite-panel.js';

export type Citations = typeof import('../../data/citations/index.js');
export type CiteStyle = import('../../data/citations/index.js').CiteStyle;
export type CitationRun = import('../../data/citations/index.js').CitationRun;
export type ExportFormat = import('../../data/citations/index.js').ExportFormat;

/** The export formats in the order they are offered, with their names as shown. */
export const EXPORTS: readonly [ExportFormat, string][] = [
  ['bibtex', 'BibTeX'],
  ['ris', 'RIS'],
  ['csl-json', 'CSL-JSON'],
];

let citations: Citations | undefined;
let citationsLoad: Promise<Citations> | undefined;

/** The citations module once it has loaded (else undefined). */
export function loadedCitations(): Citations | undefined {
  return citations;
}

/** Loads the citations module (once per page; a failed load may be tried again). */
export function loadCitations(): Promise<Citations> {
  return (citationsLoad ??= import('../../data/citations/index.js').then(
    (m) => (citations = m),
    (err: unknown) => {
      citationsLoad = undefined;
      throw err;
    },
  ));
}

// ---------------------------------------------------------------------------------------------
// The page's chosen style

const STORAGE_KEY = 'researcher-elements:cite-style';
let pageStyle: string | null | undefined;

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // storage blocked (sandboxed frame, privacy settings)
  }
}

/** The style last chosen on this page (this session), or null. */
export function chosenStyle(): string | null {
  if (pageStyle === undefined) {
    try {
      pageStyle = storage()?.getItem(STORAGE_KEY) ?? null;
    } catch {
      pageStyle = null;
    }
  }
  return pageStyle;
}

/** Remembers `style` for the page and tells every list (they listen for {@link STYLE_EVENT}). */
export function chooseStyle(style: string): void {
  pageStyle = style;
  try {
    storage()?.setItem(STORAGE_KEY, style);
  } catch {
    /* full or blocked: remembered for this page only */
  }
  dispatchEvent(new Event(STYLE_EVENT));
}

/** The style a list shows: the page's choice when the list offers it, else the first it offers. */
export function effectiveStyle(offered: readonly CiteStyle[]): CiteStyle {
  const chosen = chosenStyle();
  return (offered as readonly string[]).includes(chosen ?? '') ? (chosen as CiteStyle) : offered[0]!;
}

// ---------------------------------------------------------------------------------------------
// Formatted citations, one work at a time (citeproc is slow for many works)

const formatted = new WeakMap<Work, Map<string, CitationRun[] | Error>>();
const inFlight = new WeakMap<Work, Map<string, Promise<void>>>();

/** A work's formatted citation when it is ready: runs, an Error when formatting failed, else undefined. */
export function formattedCitation(work: Work, style: CiteStyle, lang: string): CitationRun[] | Error | undefined {
  return formatted.get(work)?.get(`${style}|${citations?.citeLocale(lang) ?? lang}`);
}

/** Formats one work's citation (once per style and locale); resolves when it is ready. */
export function formatCitation(work: Work, style: CiteStyle, lang: string): Promise<void> {
  const cite = citations;
  if (!cite) return loadCitations().then(() => formatCitation(work, style, lang));
  const key = `${style}|${cite.citeLocale(lang)}`;
  if (formatted.get(work)?.has(key)) return Promise.resolve();
  let flights = inFlight.get(work);
  if (!flights) inFlight.set(work, (flights = new Map()));
  let p = flights.get(key);
  if (!p) {
    p = cite
      .formatCitations([work], { style, locale: lang, format: 'runs' })
      .then(
        ([runs]) => runs ?? [],
        (err: unknown) => (err instanceof Error ? err : new Error(String(err))),
      )
      .then((result) => {
        let done = formatted.get(work);
        if (!done) formatted.set(work, (done = new Map()));
        done.set(key, result);
        flights!.delete(key);
      });
    flights.set(key, p);
  }
  return p;
}
