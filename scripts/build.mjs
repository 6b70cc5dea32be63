// `npm run build`: dist/ (ES modules mirroring src/, dependencies left as imports, .d.ts types)
// and cdn/ (scripts/cdn-build.mjs: minified ES modules that register the elements, sharing one copy
// of Lit). Prints each CDN file's min+gzip size against size-budgets.json and fails when one is over.
import { build } from 'vite';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
    // No source maps: they would point at src/, which the package does not ship.
    sourcemap: false,
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

// cdn/: see scripts/cdn-build.mjs (one build for every CDN file, shared chunks, loaders, sizes).
const { buildCdn } = await import('./cdn-build.mjs');
const ok = await buildCdn();
if (!ok) process.exit(1);
