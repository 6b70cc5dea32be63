// `npm run build`: dist/ (ES modules mirroring src/, dependencies left as imports, .d.ts types)
// and cdn/ (self-contained minified ES modules that register the elements). Prints each CDN
// file's min+gzip size against its budget in size-budgets.json and fails when one is over.
import { build } from 'vite';
import { rolldown } from 'rolldown';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';

const quiet = { logLevel: 'warn', configFile: false, publicDir: false };
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const isExternal = (id) => id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(`${d}/`));

function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

rmSync('dist', { recursive: true, force: true });
rmSync('cdn', { recursive: true, force: true });

const srcEntries = walk('src').filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));

// dist/: one module per source file, for bundlers and npm users.
await build({
  ...quiet,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    target: 'es2022',
    lib: { entry: srcEntries, formats: ['es'] },
    rolldownOptions: {
      external: isExternal,
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});

// Types.
const tsc = spawnSync(join('node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

// cdn/: one file that registers every element, and one per element, so a page that shows only a
// badge loads only the badge. Each is self-contained (Lit included); code that only some sources
// need (the OpenAlex, ORCID and BibTeX adapters) is split into cdn/chunks/ and loaded on first use.
// researcher-elements.hydrate.js: the same, with Lit's hydration support loaded before Lit, for
// pages rendered on the server (docs/ssr.md).
const cdnEntries = { 'researcher-elements': 'src/define.ts', 'researcher-elements.hydrate': 'src/ssr/hydrate.ts' };
for (const dir of readdirSync('src/elements')) {
  const define = join('src/elements', dir, `${dir}.define.ts`);
  if (existsSync(define)) cdnEntries[dir] = define;
}
// The BibTeX parser (LGPL-3.0, ~70 KB gzip) is built once into cdn/chunks/ with its licence
// notice, and every CDN file's lazy BibTeX chunk imports that one copy.
const PARSER = 'biblatex-csl-converter';
{
  const bundle = await rolldown({ input: { [PARSER]: 'scripts/cdn-bibtex-parser.mjs' }, logLevel: 'warn' });
  const notice = `/*! ${PARSER} (Fidus Writer), LGPL-3.0-or-later: https://github.com/fiduswriter/biblatex-csl-converter — loaded only for BibTeX sources; replaceable with any build of the same version. */`;
  await bundle.write({ dir: 'cdn/chunks', format: 'es', minify: true, entryFileNames: '[name].js', banner: notice });
  await bundle.close();
}

for (const [name, entry] of Object.entries(cdnEntries)) {
  // Rolldown directly (Vite's lib mode keeps whitespace in ES output and adds a preload helper).
  const bundle = await rolldown({
    input: { [name]: entry },
    tsconfig: 'tsconfig.json',
    resolve: { conditionNames: ['production', 'browser', 'import', 'default'] },
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    // Lazy chunks may import helpers from the entry, so nothing else loads up front.
    preserveEntrySignatures: 'allow-extension',
    external: [PARSER],
    logLevel: 'warn',
  });
  await bundle.write({
    dir: 'cdn',
    format: 'es',
    minify: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // Imported only by the lazy chunk in cdn/chunks/, so the path is relative to that folder.
    paths: { [PARSER]: `./${PARSER}.js` },
  });
  await bundle.close();
}

// Sizes.
const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let over = 0;
console.log(`\n${'file'.padEnd(40)} ${'min'.padStart(9)} ${'min+gzip'.padStart(9)} ${'target'.padStart(9)} ${'limit'.padStart(9)}`);
for (const file of walk('cdn').filter((f) => f.endsWith('.js')).sort()) {
  const key = relative('.', file).split('\\').join('/');
  const buf = readFileSync(file);
  const gz = gzipSync(buf, { level: 9 }).length;
  const b = budgets[key];
  let flag = key.includes('/chunks/') ? '  (loaded only when a source needs it)' : '';
  if (b && gz > b.limit) {
    flag = '  OVER LIMIT';
    over++;
  } else if (b && gz > b.target) flag = '  over target';
  console.log(`${key.padEnd(40)} ${kb(buf.length).padStart(9)} ${kb(gz).padStart(9)} ${(b ? kb(b.target) : '—').padStart(9)} ${(b ? kb(b.limit) : '—').padStart(9)}${flag}`);
}
if (over) {
  console.error(`\n${over} file(s) over their size limit (size-budgets.json).`);
  process.exit(1);
}
