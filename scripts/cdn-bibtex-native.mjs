// A rolldown plugin for the CDN build of the BibTeX parser (scripts/cdn-build.mjs): the parser's
// one dependency, xregexp, is replaced with the browser's own RegExp.
//
// biblatex-csl-converter 3.6 imports xregexp (MIT) for seven regular expressions with Unicode
// property escapes (`\p{Lu}`, `\P{L}`) in its sentence-caser, called as `xRegExp(pattern)` and
// `xRegExp.exec(text, regex)`. xregexp's published build is Babel output that pulls in
// @babel/runtime-corejs3 and core-js-pure (polyfills for Array.from, Symbol, String#slice, …), and
// carries every Unicode category, script and property table: 63 KB gzipped of a 132 KB chunk.
// Every browser the CDN files support (README: the evergreen browsers) has `\p{…}` in `u`-flag
// regular expressions (Chrome 64, Firefox 78, Safari 11.1), so a few lines do the same work.
// Only difference: xregexp without its `A` flag matches letters of the Basic Multilingual Plane
// only, the native `u` flag matches every letter (a title word in, say, Mathematical Alphanumeric
// Symbols is a word here). Node (the CLI, SSR) uses the package as installed, xregexp included.
//
// The build stops when biblatex-csl-converter uses xregexp in a way this replacement does not cover
// (another member than `.exec`, a sub-path import, a pattern that is not a string literal), so a
// new release cannot silently get a wrong parser.

const ID = '\0xregexp-native';

/** The replacement module: `XRegExp(pattern, flags)` and `XRegExp.exec(text, regex, pos, sticky)`. */
const SOURCE = `const NATIVE = /^[dgimsuy]*$/;
function XRegExp(pattern, flags = '') {
  if (!NATIVE.test(flags)) throw new SyntaxError('XRegExp flag not supported natively: ' + flags);
  return new RegExp(pattern, flags.includes('u') || flags.includes('v') ? flags : flags + 'u');
}
XRegExp.exec = (text, regex, pos = 0, sticky = false) => {
  const r = new RegExp(regex.source, regex.flags.replace(/[gy]/g, '') + (sticky ? 'y' : 'g'));
  r.lastIndex = pos;
  return r.exec(text);
};
export default XRegExp;
`;

/** Every use of the default import `name` in `code` is `name("…")` or `name.exec(`; else a message. */
export function unsupportedUse(code, name) {
  const uses = [...code.matchAll(new RegExp(`(?<![\\w$.])${name}(?![\\w$])(.{0,20})`, 'g'))];
  for (const m of uses) {
    const after = m[1];
    if (/^ from\s*['"]xregexp['"]/.test(after)) continue;
    if (/^\.exec\(/.test(after) || /^\(\s*["']/.test(after)) continue;
    return `${name}${after}`;
  }
  return uses.length ? null : `no use of ${name}`;
}

/** @returns {import('rolldown').Plugin} */
export function nativeXRegExp() {
  return {
    name: 'bibtex-parser-native-xregexp',
    resolveId(source, importer) {
      if (source.startsWith('xregexp/')) this.error(`${importer} imports ${source}: scripts/cdn-bibtex-native.mjs replaces only 'xregexp'`);
      if (source === 'xregexp') return ID;
      return null;
    },
    load(id) {
      return id === ID ? SOURCE : null;
    },
    transform(code, id) {
      if (!/node_modules[\\/]biblatex-csl-converter[\\/]/.test(id)) return null;
      for (const m of code.matchAll(/import\s+(?:([\w$]+)|([^'"]*?))\s+from\s+['"]xregexp['"]/g)) {
        if (!m[1]) this.error(`${id} imports { ${m[2]} } from xregexp: scripts/cdn-bibtex-native.mjs covers the default import only`);
        const bad = unsupportedUse(code, m[1]);
        if (bad) this.error(`${id} uses xregexp as \`${bad}\`, which scripts/cdn-bibtex-native.mjs does not cover: extend it`);
      }
      return null;
    },
  };
}
