/**
 * BibTeX / BibLaTeX files (a lab's `papers.bib`). Only the matchers live here; the parser
 * (biblatex-csl-converter) and the mapping are in `bibtex-map.ts`, loaded on first use, so a page
 * that never reads a `.bib` file never downloads them.
 *
 * Detection: a URL whose path ends in `.bib` or `.bibtex`; content that is not JSON and holds an
 * entry such as `@article{key,`.
 *
 * Limits (`bibtex-chunks.ts`): files over 10 MB are not read, a field or `@string` macro is
 * expanded to at most 100,000 characters, and a big file is parsed in slices between which the
 * page gets the main thread back.
 */
import type { SourceFormat } from '../formats.js';

export const bibtexFormat: SourceFormat = {
  name: 'bibtex',
  matchesUrl: (url) => /\.bib(?:tex)?$/i.test(url.pathname),
  matchesContent: (text) => !/^\s*[[{]/.test(text) && /@\s*[a-z]+\s*[{(]\s*[^\s,{}()"=#%]+\s*,/i.test(text),
  async load(url, ctx) {
    const name = decodeURIComponent(url.pathname.split('/').pop() ?? '');
    const [{ text }, { parseBibtexAsync }] = await Promise.all([ctx.fetchText(url.href, { what: `The BibTeX file ${name}` }), import('./bibtex-map.js')]);
    return parseBibtexAsync(text, url, ctx.options, ctx.signal);
  },
  async parse(text, url, ctx) {
    const { parseBibtexAsync } = await import('./bibtex-map.js');
    return parseBibtexAsync(text, url, ctx.options, ctx.signal);
  },
};
