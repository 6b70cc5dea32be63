// The React 19 typings, proven by compiling TSX against the built package:
//   node --test test/frameworks/tsx.node.test.mjs      (after `npm run build`; `npm test` builds first)
// consumer.tsx (a lab page using every element, its props, refs and event props) must compile;
// wrong.tsx must fail with an error on each line marked "expect-error" and on no other line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = join(root, 'test', 'frameworks');
const tsc = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsc.cmd' : 'tsc');

function compile(project) {
  assert.ok(existsSync(join(root, 'dist', 'frameworks', 'react.d.ts')), 'dist/ is missing: run `npm run build` first (npm test does)');
  const r = spawnSync(tsc, ['-p', join(here, project), '--noEmit', '--pretty', 'false'], { cwd: root, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** `wrong.tsx(12,20): error TS2322: …` → { line: 12, code: 'TS2322' } */
function errors(output, file) {
  return [...output.matchAll(new RegExp(`${file.replace('.', '\\.')}\\((\\d+),\\d+\\): error (TS\\d+)`, 'g'))].map((m) => ({ line: Number(m[1]), code: m[2] }));
}

test('a TSX consumer using every element, with props, refs and event props, type-checks', () => {
  const { status, output } = compile('tsconfig.json');
  assert.equal(status, 0, output);
});

test('wrong props fail: each deliberate mistake in wrong.tsx is an error, and nothing else is', () => {
  const { status, output } = compile('tsconfig.wrong.json');
  assert.notEqual(status, 0, 'wrong.tsx compiled, so the typings accept anything');
  const source = readFileSync(join(here, 'wrong.tsx'), 'utf8').split('\n');
  const marked = source.flatMap((text, i) => (text.includes('{/* expect-error') ? [i + 1] : []));
  assert.ok(marked.length >= 8, 'wrong.tsx lost its marked lines');
  const failing = new Set(errors(output, 'wrong.tsx').map((e) => e.line));
  for (const line of marked) assert.ok(failing.has(line), `line ${line} should fail: ${source[line - 1].trim()}\n${output}`);
  for (const line of failing) assert.ok(marked.includes(line), `line ${line} fails but is not marked: ${source[line - 1]?.trim()}\n${output}`);
  // Every error is a type error in JSX, not a missing module or a broken declaration file.
  assert.deepEqual([...new Set(errors(output, 'wrong.tsx').map((e) => e.code))], ['TS2322'], output);
  assert.doesNotMatch(output, /Cannot find module|\.d\.ts\(/, output);
});
