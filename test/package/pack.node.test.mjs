// What `npm pack` puts in the tarball, checked against what a user needs:
//   node --test test/package/pack.node.test.mjs      (after `npm run build`; `npm test` builds first)
// The compiled JS and its types, the CDN files, the snapshot command, the schema, the manifest,
// the docs, README and LICENSE — and nothing else: no sources, tests, demo, benchmarks, source
// maps (they point at src/, which is not shipped) or tool configuration. Every `exports` and
// `typesVersions` target must be in the tarball.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const built = existsSync(join(root, 'dist', 'index.js')) && existsSync(join(root, 'cdn', 'researcher-elements.js'));

/** The tarball's file list, from npm itself. */
function packList() {
  assert.ok(built, 'dist/ and cdn/ are missing: run `npm run build` first (npm test does)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const [info] = JSON.parse(out.slice(out.indexOf('[')));
  return { files: new Set(info.files.map((f) => f.path)), info };
}

const { files, info } = packList();
const list = [...files];

/** The element folders (each has `<tag>.ts` and `<tag>.define.ts`). */
const tags = readdirSync(join(root, 'src', 'elements')).filter((d) => existsSync(join(root, 'src', 'elements', d, `${d}.define.ts`)));

/** Every target of an `exports` entry, whatever its conditions. */
function targets(value) {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets);
  return [];
}

test('contains the package basics: package.json, README, LICENSE (MIT), the manifest, the schema, the docs, the CLI', () => {
  for (const f of ['package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'schema/profile.schema.json', 'bin/researcher-elements.mjs']) {
    assert.ok(files.has(f), `${f} is missing from the pack`);
  }
  assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), /^MIT License/);
  assert.equal(pkg.license, 'MIT');
  for (const doc of readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md'))) assert.ok(files.has(`docs/${doc}`), `docs/${doc} is missing`);
  assert.ok(files.has('docs/frameworks.md'));
});

test('contains the compiled library with types: the entries, every element and its define module, the framework typings', () => {
  const modules = ['index', 'define', 'data/index', 'frameworks/react', 'frameworks/vue', 'frameworks/svelte'];
  for (const tag of tags) modules.push(`elements/${tag}/${tag}`, `elements/${tag}/${tag}.define`);
  for (const m of modules) {
    assert.ok(files.has(`dist/${m}.js`), `dist/${m}.js is missing`);
    assert.ok(files.has(`dist/${m}.d.ts`), `dist/${m}.d.ts is missing`);
  }
  // Every compiled module has its declarations next to it.
  for (const f of list.filter((p) => p.startsWith('dist/') && p.endsWith('.js') && !p.startsWith('dist/_virtual/'))) {
    assert.ok(files.has(f.replace(/\.js$/, '.d.ts')), `${f} has no .d.ts`);
  }
});

test('contains the CDN files: the all-in-one, one per element, and the lazy chunks they import', () => {
  assert.ok(files.has('cdn/researcher-elements.js'));
  for (const tag of tags) assert.ok(files.has(`cdn/${tag}.js`), `cdn/${tag}.js is missing`);
  // A chunk a CDN file imports (statically or lazily) must be in the pack too.
  let seen = 0;
  for (const f of list.filter((p) => p.startsWith('cdn/') && p.endsWith('.js'))) {
    const code = readFileSync(join(root, f), 'utf8');
    for (const [, spec] of code.matchAll(/(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
      const target = join(f, '..', spec).replaceAll('\\', '/');
      assert.ok(files.has(target), `${f} imports ${spec}, which is not in the pack`);
      seen++;
    }
  }
  assert.ok(seen > 0, 'no relative imports found in cdn/: the check above did not run');
});

test('each CDN file is a loader whose real code (in cdn/chunks/) is in the pack', () => {
  for (const name of ['researcher-elements', ...tags]) {
    const code = readFileSync(join(root, 'cdn', `${name}.js`), 'utf8');
    const main = /import\(v\.base\+"([^"]+)"\)/.exec(code)?.[1];
    assert.ok(main, `cdn/${name}.js does not import its code through the once-per-page registry`);
    assert.ok(files.has(`cdn/chunks/${main}`), `cdn/${name}.js loads chunks/${main}, which is not in the pack`);
  }
});

test('no packed file points at a source map the pack leaves out', () => {
  let checked = 0;
  for (const f of list.filter((p) => /\.(js|mjs|d\.ts)$/.test(p))) {
    const code = readFileSync(join(root, f), 'utf8');
    for (const [, ref] of code.matchAll(/[#@] sourceMappingURL=(\S+)/g)) {
      if (ref.startsWith('data:')) continue;
      const target = join(f, '..', ref).replaceAll('\\', '/');
      assert.ok(files.has(target), `${f} points at ${ref}, which is not in the pack`);
    }
    checked++;
  }
  assert.ok(checked > 100, `only ${checked} files checked`);
});

test('contains nothing a user does not need: no sources, tests, demo, benchmarks, source maps or tool configuration', () => {
  const allowedTop = new Set(['dist', 'cdn', 'bin', 'schema', 'docs', 'package.json', 'README.md', 'LICENSE', 'custom-elements.json']);
  for (const f of list) {
    assert.ok(allowedTop.has(f.split('/')[0]), `${f} should not be packed`);
    assert.ok(!/^(src|test|demo|bench|scripts|node_modules)\//.test(f), `${f} should not be packed`);
    assert.ok(!f.endsWith('.map'), `${f}: source maps point at src/, which is not packed`);
    assert.ok(!/\.test\.|\.bench\./.test(f), `${f} is a test or benchmark`);
  }
});

test('every exports target is in the pack', () => {
  assert.ok(pkg.exports['.'], 'the package has a root export');
  for (const [subpath, value] of Object.entries(pkg.exports)) {
    for (const target of targets(value)) {
      assert.ok(target.startsWith('./'), `${subpath} → ${target} must start with ./`);
      const path = target.slice(2);
      if (path.includes('*')) {
        const [prefix, suffix] = path.split('*');
        assert.ok(list.some((f) => f.startsWith(prefix) && f.endsWith(suffix)), `${subpath} → ${target} matches no packed file`);
      } else assert.ok(files.has(path), `${subpath} → ${target} is not in the pack`);
    }
  }
  for (const f of [pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin ?? {})].filter(Boolean)) {
    assert.ok(files.has(f.replace(/^\.\//, '')), `${f} (package.json) is not in the pack`);
  }
});

test('exports: each element, each define module and the framework typings, with types first', () => {
  const expected = ['.', './define.js', './data.js', './react.js', './vue.js', './svelte.js', './cdn/*', './schema/profile.schema.json', './custom-elements.json'];
  for (const tag of tags) expected.push(`./${tag}.js`, `./${tag}.define.js`);
  for (const key of expected) assert.ok(key in pkg.exports, `exports has no ${key}`);
  for (const tag of tags) {
    assert.deepEqual(targets(pkg.exports[`./${tag}.js`]).sort(), [`./dist/elements/${tag}/${tag}.d.ts`, `./dist/elements/${tag}/${tag}.js`]);
  }
  for (const [subpath, value] of Object.entries(pkg.exports)) {
    if (typeof value === 'object' && 'types' in value) assert.equal(Object.keys(value)[0], 'types', `${subpath}: "types" must come first`);
  }
});

test('typesVersions mirrors the typed exports (for TypeScript’s older "node" resolution), and its targets are packed', () => {
  const map = pkg.typesVersions?.['*'] ?? {};
  for (const [subpath, value] of Object.entries(pkg.exports)) {
    if (subpath === '.' || typeof value !== 'object' || !value.types) continue;
    assert.deepEqual(map[subpath.slice(2)], [value.types.slice(2)], `typesVersions["*"]["${subpath.slice(2)}"] should be ["${value.types.slice(2)}"]`);
  }
  for (const [key, paths] of Object.entries(map)) for (const p of paths) assert.ok(files.has(p), `typesVersions ${key} → ${p} is not in the pack`);
});

test('the tarball stays a sensible size', () => {
  // Not a budget for the code (npm run build enforces those): a guard against shipping junk.
  // ~410 today: dist/ mirrors src/ (now with groups, merging, citations and their CSL styles), plus
  // the CDN files and chunks.
  assert.ok(info.entryCount < 600, `${info.entryCount} files`);
  assert.ok(info.unpackedSize < 8 * 1024 * 1024, `${info.unpackedSize} bytes unpacked`);
});

test('lit and @lit/* are caret ranges, so an app that also uses Lit ends up with one copy', () => {
  const lit = Object.entries(pkg.dependencies).filter(([name]) => name === 'lit' || name.startsWith('@lit/'));
  assert.ok(lit.length >= 3, 'lit, @lit/task and @lit/context are dependencies');
  for (const [name, range] of lit) assert.match(range, /^\^\d+\.\d+(\.\d+)?$/, `${name}: "${range}" is not a caret range`);
});
