/**
 * The CDN's BibTeX parser chunk (cdn/chunks/biblatex-csl-converter.js) is biblatex-csl-converter
 * built with its dependency xregexp replaced by native `u`-flag RegExp
 * (scripts/cdn-bibtex-native.mjs). It must read a file exactly as the package does as installed
 * (xregexp included), and run with no polyfill of its own. Uses the built cdn/ (`npm test` builds
 * first).
 */
import { expect } from '@open-wc/testing';
import * as bcc from 'biblatex-csl-converter';

type Parser = typeof bcc.BibLatexParser;

const CHUNK = '/cdn/chunks/biblatex-csl-converter.js';

/** Small samples written for the project: accents, macros, names, comments, odd titles. */
const SAMPLES = [
  `@string{jgr = "Journal of Geophysical Research"}
@article{strom2021,
  author  = {Str{\\"o}m, {\\AA}sa and N{\\'u}{\\~n}ez, Mar{\\'\\i}a and van der Berg, Jr, Piet},
  title   = {Sea-ice {Arctic} drift in {\\AA}ngstr{\\"o}m units: {NASA}'s Q\\&A, isn't it? --- $\\alpha$-decay},
  journal = jgr # { (Oceans)},
  year    = 2021,
  month   = mar,
  doi     = {10.1029/2020JC016000},
}
% a comment line between entries
@inproceedings{ng2019, author = {Ng, Bo and others}, title = {Gallium-nitride {LEDs} for 20-60% of uses}, booktitle = {Proc. {IEEE}}, year = {2019}}
@comment{jabref-meta: databaseType:bibtex;}
@misc{ar2024, author = {Chen, Wuhui}, title = {𝐁old letters and 漢字}, eprint = {2401.00001}, archiveprefix = {arXiv}, year = {2024}}
`,
  '@book{b2, author = {Ann Lee}, title = {B}, %P}}\n',
  '@article{a, title = {Unclosed, year = 2020\n@book{c, title = {C}}\n',
];

describe('BibTeX parser chunk of the CDN build', () => {
  let cdn: Parser;
  before(async () => {
    const probe = await fetch(CHUNK, { method: 'HEAD' });
    if (!probe.ok) throw new Error('cdn/ is missing: run `npm run build` (npm test does it first).');
    cdn = ((await import(/* @vite-ignore */ CHUNK)) as typeof bcc).BibLatexParser;
  });

  it('reads every sample exactly as the package as installed does (entries, errors, warnings, strings)', () => {
    for (const text of SAMPLES) {
      for (const config of [{ processUnexpected: true }, { processUnexpected: true, processUnknown: true, processComments: true }]) {
        const ours = new cdn(text, config).parse();
        const theirs = new bcc.BibLatexParser(text, config).parse();
        expect(JSON.parse(JSON.stringify(ours)), text.slice(0, 40)).to.deep.equal(JSON.parse(JSON.stringify(theirs)));
      }
    }
    const first = new cdn(SAMPLES[0]!, { processUnexpected: true }).parse();
    expect(Object.values(first.entries).map((e) => e.entry_key)).to.deep.equal(['strom2021', 'ng2019', 'ar2024']);
  });

  it('holds no xregexp and no core-js polyfill', async () => {
    const source = await (await fetch(CHUNK)).text();
    expect(source).to.include('BibLatexParser');
    // core-js's shared store and two of xregexp's own error messages: none may be in the chunk.
    expect(/__core-js_shared__|Unknown Unicode token|Invalid duplicate regex flag/.exec(source)?.[0] ?? null).to.equal(null);
  });
});
