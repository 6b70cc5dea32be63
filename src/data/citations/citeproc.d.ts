// The part of citeproc-js (the `citeproc` package, CommonJS, no types of its own) the engine uses.
declare module 'citeproc' {
  interface CiteprocSys {
    retrieveLocale(lang: string): string | object | undefined;
    retrieveItem(id: string): object | undefined;
  }
  interface BibliographyMeta {
    entry_ids: string[][];
    bibstart: string;
    bibend: string;
    [key: string]: unknown;
  }
  class Engine {
    constructor(sys: CiteprocSys, style: string | object, lang?: string, forceLang?: boolean);
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [BibliographyMeta, string[]] | false;
  }
  const CSL: { Engine: typeof Engine; PROCESSOR_VERSION: string };
  export default CSL;
}
