// The Svelte 5 markup typings, proven with svelte-check against the built package:
//   node --test test/frameworks/svelte.node.test.mjs      (after `npm run build`; `npm test` builds first)
// In a consumer project (consumer.mjs), svelte/Consumer.svelte (every element, HTML attributes,
// DOM and element events, a profile imported from JSON) must have no error or warning;
// svelte/Wrong.svelte must have an error on each line marked "expect-error" and on no other line.
// svelte-check drives TypeScript's JavaScript API, so it runs on the TypeScript 5.9 copy
// (typescript5.cjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerProject, markedLines, root } from './consumer.mjs';

const here = join(root, 'test', 'frameworks', 'svelte');
const svelteCheck = join(root, 'node_modules', 'svelte-check', 'bin', 'svelte-check');
const FILES = ['Consumer.svelte', 'Wrong.svelte', 'tsconfig.json', 'app.d.ts'].map((f) => `test/frameworks/svelte/${f}`);

/** svelte-check's machine output: `1590680326283 ERROR "Wrong.svelte" 10:5 "message"`. */
function check() {
  const { dir, remove } = consumerProject('svelte', [...FILES, 'demo/data/wuhui-chen.json']);
  try {
    const r = spawnSync(
      process.execPath,
      ['--require', join(root, 'test', 'frameworks', 'typescript5.cjs'), svelteCheck, '--workspace', dir, '--tsconfig', join(dir, 'tsconfig.json'), '--output', 'machine'],
      { cwd: dir, encoding: 'utf8' },
    );
    const output = `${r.stdout}${r.stderr}`;
    const problems = [...output.matchAll(/^\d+ (ERROR|WARNING) "([^"]+)" (\d+):\d+ (.*)$/gm)].map((m) => ({ kind: m[1], file: m[2], line: Number(m[3]), text: m[4] }));
    return { status: r.status, output, problems, completed: /COMPLETED \d+ FILES/.test(output) };
  } finally {
    remove();
  }
}

const result = check();

test('svelte-check ran over the consumer project', () => {
  assert.ok(result.completed, result.output);
  assert.doesNotMatch(result.output, /Cannot find module/, result.output);
});

test('a Svelte page using every element with HTML attributes and events has no error or warning', () => {
  const own = result.problems.filter((p) => p.file === 'Consumer.svelte');
  assert.deepEqual(own, [], result.output);
});

test('mistakes in Svelte markup fail: each marked line of Wrong.svelte is an error, and nothing else is', () => {
  const source = readFileSync(join(here, 'Wrong.svelte'), 'utf8').split('\n');
  const marked = markedLines(source.join('\n'), '<!-- expect-error');
  assert.ok(marked.length >= 9, 'Wrong.svelte lost its marked lines');
  const problems = result.problems.filter((p) => p.file === 'Wrong.svelte');
  const failing = new Set(problems.filter((p) => p.kind === 'ERROR').map((p) => p.line));
  for (const line of marked) assert.ok(failing.has(line), `line ${line} should fail: ${source[line - 1].trim()}\n${result.output}`);
  for (const p of problems) assert.ok(p.kind === 'ERROR' && marked.includes(p.line), `unexpected ${p.kind} on line ${p.line}: ${p.text}`);
  assert.notEqual(result.status, 0);
});
