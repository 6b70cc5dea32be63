// `npm run bench [name…]`: runs every bench/*.bench.mjs (or the named ones) in headless Chromium
// against a production-mode Vite server on 127.0.0.1, prints one table per bench and writes JSON
// under bench/results/. Each bench module exports:
//   export const name = 'publication-list';
//   export async function run({ browser, baseUrl, log }) { return [{ ...row }] }
// Rows are flat objects; the table shows their keys as columns.
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import os from 'node:os';
import { requireChrome, CHROME_FLAGS } from '../scripts/find-chrome.mjs';

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => !only.length || only.some((o) => f.startsWith(o)))
  .sort();
if (!files.length) {
  console.error(`No benchmarks match ${only.join(' ')}`);
  process.exit(1);
}

const server = await createServer({
  configFile: false,
  root: process.cwd(),
  mode: 'production',
  logLevel: 'warn',
  // preTransformRequests off: the CDN files a bench page names are served raw (below), not by Vite.
  server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, preTransformRequests: false },
  define: { 'process.env.NODE_ENV': '"production"' },
  // The built CDN files are served as they are: Vite's import.meta.url rewriting would turn the
  // loaders' `new URL('./chunks/', import.meta.url)` into a base without its trailing slash.
  plugins: [
    {
      name: 'raw-cdn',
      configureServer(srv) {
        srv.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0];
          if (!path.startsWith('/cdn/') || !path.endsWith('.js') || path.includes('..')) return next();
          const file = join(process.cwd(), path);
          if (!existsSync(file)) return next();
          res.setHeader('Content-Type', 'text/javascript');
          res.end(readFileSync(file));
        });
      },
    },
    {
      // The built modules (dist/) that a bench page imports directly (the group merge, whose
      // functions the CDN files do not export) get the compile hint the CDN chunks holding the
      // same code begin with (scripts/cdn-build.mjs, NO_COMPILE_HINT there): the code compiles as
      // it would from the CDN file, not one function at a time on the main thread.
      name: 'cdn-compile-hint',
      transform(code, id) {
        const path = id.split('?')[0].replace(/\\/g, '/');
        if (!path.startsWith(`${process.cwd().replace(/\\/g, '/')}/dist/`) || !path.endsWith('.js')) return null;
        if (/\/dist\/data\/(citations\/(engine\.js|csl\/)|adapters\/[\w-]+-map\.js)/.test(path)) return null;
        return { code: `//# allFunctionsCalledOnLoad\n${code}`, map: null };
      },
    },
  ],
  // Production builds of dependencies (Lit without its dev-mode checks), as users get them.
  resolve: { conditions: ['module', 'browser', 'production'] },
  optimizeDeps: { esbuildOptions: undefined, rolldownOptions: { resolve: { conditionNames: ['module', 'browser', 'production', 'import', 'default'] } } },
});
await server.listen();
const address = server.httpServer.address();
const baseUrl = `http://127.0.0.1:${address.port}`;

const browser = await chromium.launch({
  executablePath: requireChrome(),
  headless: true,
  args: [...CHROME_FLAGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});

export function table(rows) {
  if (!rows.length) return '(no rows)';
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(1)) : v === undefined || v === null ? '—' : String(v));
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals) => vals.map((v, i) => v.padEnd(widths[i])).join('  ');
  return [line(cols), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => cell(r[c]))))].join('\n');
}

const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), browser: browser.version(), node: process.version };
const all = {};
let failed = false;
try {
  for (const file of files) {
    const mod = await import(pathToFileURL(join(process.cwd(), 'bench', file)).href);
    const name = mod.name ?? file.replace('.bench.mjs', '');
    console.log(`\n## ${name}`);
    try {
      const rows = await mod.run({ browser, baseUrl, log: (m) => console.log(`  ${m}`) });
      console.log(table(rows));
      all[name] = rows;
      mkdirSync('bench/results', { recursive: true });
      writeFileSync(join('bench/results', `${name}.json`), JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2));
    } catch (err) {
      failed = true;
      console.error(`  ${name} failed:`, err);
    }
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', JSON.stringify({ date: new Date().toISOString(), machine, results: all }, null, 2));
  console.log('\nJSON written to bench/results/');
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
