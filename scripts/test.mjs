// `npm test`: type check, manifest freshness, build (with size budgets), then every test in
// headless Chromium. Ends with a plain "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireChrome } from './find-chrome.mjs';

const bin = (name) => join('node_modules', '.bin', name);
let failedSteps = 0;

function step(title, cmd, args, opts = {}) {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    console.error(`✖ ${title} failed`);
    failedSteps++;
    return false;
  }
  return true;
}

requireChrome();

step('Type check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);

// Manifest freshness: regenerate into a temp dir and compare with the committed file.
{
  console.log('\n▶ custom-elements.json is fresh');
  // The analyzer joins --outdir onto the working directory, so it must be a relative path.
  const dir = join('node_modules', '.cache', `cem-check-${process.pid}`);
  const r = spawnSync(bin('cem'), ['analyze', '--outdir', dir], { encoding: 'utf8' });
  const fresh = existsSync(join(dir, 'custom-elements.json')) ? readFileSync(join(dir, 'custom-elements.json'), 'utf8') : null;
  const committed = existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : null;
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0 || fresh === null) {
    console.error(r.stderr);
    console.error('✖ the manifest analyzer failed');
    failedSteps++;
  } else if (fresh !== committed) {
    console.error('✖ custom-elements.json is stale: run `npm run manifest` and commit it');
    failedSteps++;
  } else console.log('  up to date');
}

step('schema/profile.schema.json is fresh', 'node', ['scripts/schema.mjs', '--check']);

step('Build (dist/, cdn/, size budgets)', 'node', ['scripts/build.mjs']);

// Node-side tests (the snapshot CLI on the built dist/): test/**/*.node.test.mjs.
const nodeCounts = { passed: 0, failed: 0 };
{
  const files = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'test/**/*.node.test.mjs'], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean);
  if (files.length) {
    console.log('\n▶ Node tests');
    const r = spawnSync('node', ['--test', '--test-reporter=tap', ...files], { encoding: 'utf8' });
    process.stdout.write(r.stdout.split('\n').filter((l) => /^\s*(not )?ok |^# /.test(l)).join('\n') + '\n');
    if (r.stderr) process.stderr.write(r.stderr);
    nodeCounts.passed = Number(/^# pass (\d+)/m.exec(r.stdout)?.[1] ?? 0);
    nodeCounts.failed = Number(/^# fail (\d+)/m.exec(r.stdout)?.[1] ?? 0);
    if (r.status !== 0 && nodeCounts.failed === 0) nodeCounts.failed = 1;
  }
}

const countsFile = join(mkdtempSync(join(tmpdir(), 'wtr-')), 'counts.json');
const wtr = spawnSync(bin('wtr'), process.argv.slice(2), {
  stdio: 'inherit',
  env: { ...process.env, WTR_COUNTS_FILE: countsFile },
});
let counts = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0 };
if (existsSync(countsFile)) counts = JSON.parse(readFileSync(countsFile, 'utf8'));
if (wtr.status !== 0 && counts.failed === 0) counts.failed = Math.max(1, counts.sessionErrors);

const failed = counts.failed + failedSteps + nodeCounts.failed;
counts.passed += nodeCounts.passed;
console.log('');
if (failedSteps) console.log(`${failedSteps} step(s) before the browser tests failed (see above).`);
console.log(`${counts.passed} passed, ${failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
process.exit(failed > 0 || wtr.status !== 0 ? 1 : 0);
