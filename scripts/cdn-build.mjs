// cdn/: the files a page loads with one <script type="module">, built by scripts/build.mjs.
//
// - ONE rolldown build for every CDN file (the all-in-one `researcher-elements.js` and one file per
//   element), so Lit, core and the data layer are chunks in cdn/chunks/ that every file shares: a
//   page with `trust-badge.js` and `publication-list.js` evaluates Lit once, and Lit's Trusted
//   Types policy `lit-html` is created once (a second copy throws under
//   `trusted-types lit-html`, and its element is never defined).
// - Each cdn/<name>.js is a small loader (scripts/cdn-loader.mjs) that imports its real code from
//   cdn/chunks/ at most once per page and version, whatever the URL it was loaded from: the same
//   file included twice (a CMS plugin and a theme, `x.js` and `x.js?v=2`, or two mirrors) does
//   not evaluate the library twice.
// - Code that only some pages need is split off and loaded on first use: the data layer (fetching,
//   formats, the cache), each source adapter (OpenAlex, ORCID, BibTeX), the BibTeX parser,
//   Chinese strings, citation export.
// - researcher-elements.hydrate.js stays self-contained: Lit's hydration support must run before
//   Lit loads, so it is the page's only copy of the elements (docs/ssr.md).
//
// Annotation and JSDoc comments are stripped; licence notices of the bundled packages are kept as
// one short line per chunk that contains them. CSS comments and indentation inside `css```
// templates are stripped too.
import { rolldown } from 'rolldown';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loaderSource } from './cdn-loader.mjs';
import { printSizes } from './cdn-sizes.mjs';
import { nativeXRegExp } from './cdn-bibtex-native.mjs';

const PARSER = 'biblatex-csl-converter';

const resolveOptions = { conditionNames: ['production', 'browser', 'import', 'default'] };
const define = { 'process.env.NODE_ENV': '"production"' };

/** Licence notices for the packages bundled into a chunk (their licences require the notice). */
const NOTICES = [
  [/node_modules[\\/](lit|lit-html|lit-element|@lit[\\/][^\\/]+)[\\/]/, 'Lit (lit.dev), Copyright (c) 2017 Google LLC, BSD-3-Clause'],
  [/node_modules[\\/]valibot[\\/]/, 'Valibot, Copyright (c) Fabian Hiller, MIT'],
  [/node_modules[\\/]d3-[a-z]+[\\/]/, 'd3-force, d3-quadtree, d3-dispatch, d3-timer, Copyright 2010-2026 Mike Bostock, ISC'],
];
function notices(chunk) {
  const ids = chunk.moduleIds ?? Object.keys(chunk.modules ?? {});
  const found = NOTICES.filter(([re]) => ids.some((id) => re.test(id))).map(([, text]) => text);
  return found.length ? `/*! ${found.join(' | ')} */` : '';
}

/**
 * Chromium's compile hint (Chrome 136+; other browsers ignore the comment): the functions of a
 * chunk are compiled as the file streams in, on a background thread, instead of one by one on the
 * main thread the first time each is called — which, for the data layer and the elements, is
 * when a visitor's data has arrived and the page is waiting for it (a 60-member group's merged
 * list: about 20 ms of compiling moved out of that wait). Every chunk is loaded only when it is
 * used and most of its code runs then; not the citation engine, CSL styles and locales (large,
 * and only partly run for one style), nor the BibTeX parser (built on its own, below), nor the
 * small source adapters (little to compile; their 2.5 KB budgets have no room for the comment).
 */
const NO_COMPILE_HINT = /src[\\/]data[\\/](citations[\\/](engine\.ts|csl[\\/])|adapters[\\/][\w-]+-map\.ts)|node_modules[\\/]citeproc[\\/]/;
function compileHint(chunk) {
  const ids = chunk.moduleIds ?? Object.keys(chunk.modules ?? {});
  return ids.some((id) => NO_COMPILE_HINT.test(id)) ? '' : '//# allFunctionsCalledOnLoad\n';
}

/** Strips comments and indentation from the CSS inside `css`…`` templates of our sources. */
const minifyCss = {
  name: 'minify-css-templates',
  transform(code, id) {
    if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
    const out = code.replace(/\bcss`((?:[^`\\]|\\.)*)`/g, (all, body) => {
      const min = body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .trim();
      return `css\`${min}\``;
    });
    return { code: out, map: null };
  },
};

const output = {
  format: 'es',
  // CDN_MINIFY=0 keeps names readable, for profiling the built files (never for a release).
  minify: process.env.CDN_MINIFY !== '0',
  comments: { legal: false, annotation: false, jsdoc: false },
  postBanner: (chunk) => compileHint(chunk) + notices(chunk),
};

/** The CDN files: the all-in-one file and one per element (from `src/elements/<tag>/<tag>.define.ts`). */
function entries() {
  const list = { 'researcher-elements': 'src/define.ts' };
  for (const dir of readdirSync('src/elements').sort()) {
    const file = join('src/elements', dir, `${dir}.define.ts`);
    if (existsSync(file)) list[dir] = file;
  }
  return list;
}

export async function buildCdn() {
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

  // The BibTeX parser (LGPL-3.0, ~77 KB gzip) is built once into cdn/chunks/ with its licence
  // notice; the lazy BibTeX chunks import that one copy. Its dependency xregexp (and the Babel
  // polyfills that come with it) is replaced with the browser's own RegExp: scripts/cdn-bibtex-native.mjs.
  {
    const bundle = await rolldown({ input: { [PARSER]: 'scripts/cdn-bibtex-parser.mjs' }, logLevel: 'warn', plugins: [nativeXRegExp()] });
    const notice = `/*! ${PARSER} (Fidus Writer), LGPL-3.0-or-later: https://github.com/fiduswriter/biblatex-csl-converter — loaded only for BibTeX sources; its dependency xregexp (MIT) is replaced by native RegExp; replaceable with any build of the same version. */`;
    await bundle.write({ dir: 'cdn/chunks', format: 'es', minify: true, comments: output.comments, entryFileNames: '[name].js', postBanner: notice });
    await bundle.close();
  }

  // Every CDN file in one build: shared code becomes shared chunks.
  const inputs = entries();
  const bundle = await rolldown({
    input: inputs,
    tsconfig: 'tsconfig.json',
    resolve: resolveOptions,
    transform: { define },
    plugins: [minifyCss],
    // Lazy chunks may import helpers from the chunks that load them, so nothing else loads up front.
    preserveEntrySignatures: 'allow-extension',
    external: [PARSER],
    logLevel: 'warn',
  });
  const { output: chunks } = await bundle.write({
    ...output,
    dir: 'cdn',
    // The real code of each CDN file; cdn/<name>.js is its loader (below).
    entryFileNames: 'chunks/[name]-[hash].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    codeSplitting: {
      groups: [
        // Lit in one chunk every file shares (its Trusted Types policy must be created once).
        // Its directives go with the elements that use them.
        {
          name: 'lit',
          test: /node_modules[\\/](lit[\\/]index|lit-html[\\/]lit-html|lit-element[\\/]lit-element|@lit[\\/]reactive-element[\\/](reactive-element|css-tag))\.js$/,
          priority: 2,
        },
        // The source controller (with @lit/task and the context consumer), profile validation
        // (valibot, the normalizers) and the small shared core of the elements that always show a
        // profile (safe URLs, source options, opening links): every element but the badge loads
        // them statically, and a badge on its own that needs the controller (a profile value,
        // inline JSON, `src`, a provider) mostly needs validation too. One chunk instead of
        // several for every file that loads them; the core the badge loads from attributes stays
        // out of it (so no dependencies are pulled in).
        {
          name: 'profile-source',
          test: /(src[\\/]core[\\/](profile-source-controller|profile-source-load|events|context|validator|safe-url|source-options-element|open-link)\.ts|src[\\/]data[\\/](from-object|validate|fast-check|fast-work|schema|limits|slices)\.ts|src[\\/]data[\\/]normalize[\\/][\w-]+\.ts|node_modules[\\/](@lit[\\/](task|context)|valibot)[\\/].*)$/,
          priority: 1,
          includeDependenciesRecursively: false,
        },
      ],
    },
    // Imported only by the lazy BibTeX chunk in cdn/chunks/, so the path is relative to that folder.
    paths: { [PARSER]: `./${PARSER}.js` },
  });
  await bundle.close();

  // CDN_MODULES=1 npm run build: what each chunk is made of (rendered bytes per module, unminified;
  // the 12 largest, or all with CDN_MODULES=all).
  if (process.env.CDN_MODULES) {
    for (const c of chunks.filter((c) => c.type === 'chunk')) {
      const mods = Object.entries(c.modules).sort((a, b) => b[1].renderedLength - a[1].renderedLength);
      console.log(`\n${c.fileName}`);
      for (const [id, m] of mods.slice(0, process.env.CDN_MODULES === 'all' ? 999 : 12)) console.log(`  ${String(m.renderedLength).padStart(7)}  ${id.replace(process.cwd() + '/', '')}`);
    }
  }

  const mains = {};
  for (const chunk of chunks) {
    if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
    mains[chunk.name] = chunk;
    writeFileSync(join('cdn', `${chunk.name}.js`), loaderSource({ name: chunk.name, version, main: chunk.fileName.replace(/^chunks\//, ''), exports: chunk.exports }));
  }

  // The hydration entry: self-contained (Lit's hydration support must load before Lit). It also
  // fills the registry the loaders read, so CDN files of this version included after it on the
  // page use it rather than loading a second copy of the library (and of Lit).
  {
    const ENTRY = '\0cdn-hydrate-entry';
    const main = resolve('src/ssr/hydrate.ts');
    const hydrateEntry = {
      name: 'cdn-hydrate-entry',
      resolveId: (id) => (id === ENTRY ? id : null),
      load: (id) =>
        id !== ENTRY
          ? null
          : [
              `export * from ${JSON.stringify(main)};`,
              `import * as m from ${JSON.stringify(main)};`,
              `const r = (globalThis[Symbol.for('researcher-elements')] ??= {});`,
              `const v = (r[${JSON.stringify(version)}] ??= { base: new URL('./chunks/', import.meta.url).href, files: {} });`,
              `for (const name of ${JSON.stringify(Object.keys(inputs))}) v.files[name] ??= Promise.resolve(m);`,
            ].join('\n'),
    };
    const hb = await rolldown({
      input: { 'researcher-elements.hydrate': ENTRY },
      tsconfig: 'tsconfig.json',
      resolve: resolveOptions,
      transform: { define },
      plugins: [hydrateEntry, minifyCss],
      preserveEntrySignatures: 'allow-extension',
      external: [PARSER],
      logLevel: 'warn',
    });
    await hb.write({ ...output, dir: 'cdn', entryFileNames: '[name].js', chunkFileNames: 'chunks/hydrate/[name]-[hash].js', paths: { [PARSER]: `../${PARSER}.js` } });
    await hb.close();
  }

  return printSizes({ chunks, mains });
}
