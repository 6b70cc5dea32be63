// The Vue 3 template typings, proven with vue-tsc (strictTemplates) against the built package:
//   node --test test/frameworks/vue.node.test.mjs      (after `npm run build`; `npm test` builds first)
// In a consumer project (consumer.mjs), vue/Consumer.vue (every element, ordinary HTML attributes
// such as id, lang, slot, hidden, title, aria-* and data-*, @click, the elements' own events, a
// profile imported from JSON) must pass; vue/Wrong.vue must fail on each line marked
// "expect-error" and on no other line. vue-tsc drives TypeScript's JavaScript API, so it runs on
// the TypeScript 5.9 copy (typescript5.cjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerProject, markedLines, root } from './consumer.mjs';

const here = join(root, 'test', 'frameworks', 'vue');
const vueTsc = join(root, 'node_modules', 'vue-tsc', 'bin', 'vue-tsc.js');
const FILES = ['Consumer.vue', 'Wrong.vue', 'tsconfig.json'].map((f) => `test/frameworks/vue/${f}`);

/** One vue-tsc run over Consumer.vue and Wrong.vue, shared by the tests. */
function check() {
  const { dir, remove } = consumerProject('vue', [...FILES, 'demo/data/wuhui-chen.json']);
  try {
    const r = spawnSync(process.execPath, ['--require', join(root, 'test', 'frameworks', 'typescript5.cjs'), vueTsc, '-p', join(dir, 'tsconfig.json'), '--noEmit', '--pretty', 'false'], {
      cwd: dir,
      encoding: 'utf8',
    });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  } finally {
    remove();
  }
}

/** `Wrong.vue(12,20): error TS2322: …` → line numbers. */
const errorLines = (output, file) => [...output.matchAll(new RegExp(`${file.replace('.', '\\.')}\\((\\d+),\\d+\\): error TS\\d+`, 'g'))].map((m) => Number(m[1]));

const result = check();

test('a Vue page using every element with ordinary HTML attributes, @click and its events passes vue-tsc --strictTemplates', () => {
  const { output } = result;
  assert.deepEqual(errorLines(output, 'Consumer.vue'), [], output);
  // Every error is in Wrong.vue (none in a declaration file or elsewhere).
  const all = [...output.matchAll(/^(\S+)\(\d+,\d+\): error/gm)].map((m) => m[1]);
  assert.deepEqual([...new Set(all)].filter((f) => !f.endsWith('Wrong.vue')), [], output);
});

test('mistakes in a Vue template fail: each marked line of Wrong.vue is an error, and nothing else is', () => {
  const { status, output } = result;
  assert.notEqual(status, 0, 'Wrong.vue passed, so the typings accept anything');
  const source = readFileSync(join(here, 'Wrong.vue'), 'utf8').split('\n');
  const marked = markedLines(source.join('\n'), '<!-- expect-error');
  assert.ok(marked.length >= 9, 'Wrong.vue lost its marked lines');
  const failing = new Set(errorLines(output, 'Wrong.vue'));
  for (const line of marked) assert.ok(failing.has(line), `line ${line} should fail: ${source[line - 1].trim()}\n${output}`);
  for (const line of failing) assert.ok(marked.includes(line), `line ${line} fails but is not marked: ${source[line - 1]?.trim()}\n${output}`);
  assert.doesNotMatch(output, /Cannot find module/, output);
});
