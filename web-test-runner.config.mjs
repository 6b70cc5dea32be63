import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { requireChrome, CHROME_FLAGS } from './scripts/find-chrome.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { netStallRoute } from './test/routes/net-stall.mjs';
import { createReadStream, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve, sep } from 'node:path';

// The recorded API responses in ../shared/fixtures (never copied into this repository), served
// read-only at /__fixtures__/…; a 404 when the folder or file is absent (the tests then skip).
const FIXTURES = fileURLToPath(new URL('../shared/fixtures/', import.meta.url));
function serveFixtures(ctx, next) {
  if (!ctx.path.startsWith('/__fixtures__/')) return next();
  const file = resolve(FIXTURES, decodeURIComponent(ctx.path.slice('/__fixtures__/'.length)));
  let ok = false;
  try {
    ok = file.startsWith(FIXTURES.endsWith(sep) ? FIXTURES : FIXTURES + sep) && statSync(file).isFile();
  } catch {}
  if (!ok) {
    ctx.status = 404;
    ctx.body = 'fixture not found';
    return;
  }
  ctx.type = file.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8';
  ctx.body = createReadStream(file);
}

// Pages that must run under a strict CSP sent as an HTTP header, exactly as a host site would send
// it (test/csp/two-bundles*.html: several CDN files under Trusted Types).
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
async function strictCspHeader(ctx, next) {
  await next();
  if (/^\/test\/csp\/two-bundles[\w-]*\.html$/.test(ctx.path)) ctx.set('Content-Security-Policy', STRICT_CSP);
}

// /__mirror__/cdn/… serves cdn/… again under another URL: the same CDN files from a second place
// (two mirrors, or a plugin and a theme each shipping a copy), for the tests that load them twice.
function mirrorCdn(ctx, next) {
  if (ctx.path.startsWith('/__mirror__/cdn/')) ctx.url = ctx.url.slice('/__mirror__'.length);
  return next();
}

// biblatex-csl-converter up to 3.2 shipped its self-contained build as CommonJS only (bundlers and
// Node read it as is); the browser under test gets that wrapped as an ES module. 3.6's lib/index.js
// is an ES module already and is served as it is.
const cjsAsEsm = {
  name: 'biblatex-csl-converter-as-esm',
  transform(ctx) {
    if (!ctx.path.includes('/biblatex-csl-converter/lib/index.js') || /^import /m.test(ctx.body)) return;
    const names = ['BibLatexParser', 'BibLatexExporter', 'CSLExporter', 'CSLParser', 'BibTypes', 'BibFieldTypes', 'parse'];
    return {
      body: `const module = { exports: {} }; const exports = module.exports;\n${ctx.body}\nexport default module.exports;\nexport const { ${names.join(', ')} } = module.exports;\n`,
    };
  },
};

// citeproc-js (the `citeproc` package) is CommonJS only as well (`module.exports = CSL` at the end),
// and so are xregexp's Unicode tables (`tools/output/*.js`), which biblatex-csl-converter 3.6 reaches
// through xregexp's ES sources: the browser under test gets each as an ES module (default export).
const citeprocAsEsm = {
  name: 'citeproc-as-esm',
  transform(ctx) {
    if (!ctx.path.includes('/citeproc/citeproc_commonjs.js') && !ctx.path.includes('/xregexp/tools/output/')) return;
    return { body: `const module = { exports: {} };\n${ctx.body}\nexport default module.exports;\n` };
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  rootDir: '.',
  concurrency: 2,
  testsFinishTimeout: 240000,
  testFramework: { config: { timeout: 15000 } },
  middleware: [serveFixtures, netStallRoute, strictCspHeader, mirrorCdn],
  // The property tests' seed (test/helpers/fc.ts): fixed when FC_SEED is set, as .ci/run does.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><body><script>window.__FC_SEED__ = ${Number.isFinite(Number(process.env.FC_SEED)) && process.env.FC_SEED ? Number(process.env.FC_SEED) : 'null'};</script><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), cjsAsEsm, citeprocAsEsm],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    ...(process.env.WTR_COUNTS_FILE ? [countReporter(process.env.WTR_COUNTS_FILE)] : []),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: requireChrome(), headless: true, args: CHROME_FLAGS },
      // Test files run side by side. Two tabs of one browser context share a window, and the one
      // behind is "hidden": no animation frames, so anything awaiting a frame (open-wc's fixture
      // for plain elements, the graph's drawing) hangs there. A context per page gives each page
      // its own window, visible and painting; it also keeps storage apart between test files.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
};
