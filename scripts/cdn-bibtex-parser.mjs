// The BibTeX parser as one ES module for the CDN (see scripts/build.mjs).
export { BibLatexParser } from 'biblatex-csl-converter';
