// The React typings and components, proven by compiling TSX against the built package:
//   node --test test/frameworks/tsx.node.test.mjs      (after `npm run build`; `npm test` builds first)
// In a consumer project (consumer.mjs: the package as installed from npm, no @types/d3-force,
// skipLibCheck: false), one compile: consumer.tsx (every tag with props, refs and event props),
// components.tsx (the @lit/react components) and entries.ts (every typed entry point) have no
// error; wrong.tsx and wrong-components.tsx have one on each line marked "expect-error" and on no
// other line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerProject, markedLines, root } from './consumer.mjs';

const here = join(root, 'test', 'frameworks');
const tsc = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsc.cmd' : 'tsc');
const FILES = ['consumer.tsx', 'components.tsx', 'entries.ts', 'wrong.tsx', 'wrong-components.tsx', 'tsconfig.json'].map((f) => `test/frameworks/${f}`);

/** One compile of the whole project (the correct files and the wrong ones), shared by the tests. */
function compile() {
  const { dir, remove } = consumerProject('tsx', [...FILES, 'demo/data/wuhui-chen.json']);
  try {
    const r = spawnSync(tsc, ['-p', join(dir, 'tsconfig.json'), '--noEmit', '--pretty', 'false'], { cwd: dir, encoding: 'utf8' });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  } finally {
    remove();
  }
}
const result = compile();

/** `wrong.tsx(12,20): error TS2322: …` → { line: 12, code: 'TS2322' } */
function errors(output, file) {
  return [...output.matchAll(new RegExp(`(?:^|[\\\\/\\s])${file.replace('.', '\\.')}\\((\\d+),\\d+\\): error (TS\\d+)`, 'gm'))].map((m) => ({ line: Number(m[1]), code: m[2] }));
}

test('entries.ts imports every entry point of the package that has types', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const source = readFileSync(join(here, 'entries.ts'), 'utf8');
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (typeof value !== 'object' || !value.types) continue;
    const specifier = key === '.' ? 'researcher-elements' : `researcher-elements${key.slice(1)}`;
    assert.ok(source.includes(`from '${specifier}'`), `entries.ts does not import ${specifier}`);
  }
});

test('a TSX consumer of the tags and of the React components, and every entry point, type-check with skipLibCheck: false and no @types/d3-force', () => {
  const { output } = result;
  for (const file of ['consumer.tsx', 'components.tsx', 'entries.ts']) assert.deepEqual(errors(output, file), [], output);
  // Every error is in the wrong files (none in a declaration file or elsewhere).
  const files = [...output.matchAll(/^(\S+)\(\d+,\d+\): error/gm)].map((m) => m[1]);
  assert.deepEqual([...new Set(files)].filter((f) => !/(^|[\\/])wrong(-components)?\.tsx$/.test(f)), [], output);
});

test('wrong props fail: each deliberate mistake in wrong.tsx and wrong-components.tsx is an error, and nothing else is', () => {
  const { status, output } = result;
  assert.notEqual(status, 0, 'the wrong files compiled, so the typings accept anything');
  let total = 0;
  for (const file of ['wrong.tsx', 'wrong-components.tsx']) {
    const source = readFileSync(join(here, file), 'utf8').split('\n');
    const marked = markedLines(source.join('\n'), '{/* expect-error');
    total += marked.length;
    const found = errors(output, file);
    const failing = new Set(found.map((e) => e.line));
    for (const line of marked) assert.ok(failing.has(line), `${file}:${line} should fail: ${source[line - 1].trim()}\n${output}`);
    for (const line of failing) assert.ok(marked.includes(line), `${file}:${line} fails but is not marked: ${source[line - 1]?.trim()}\n${output}`);
    // Type errors in JSX, not a missing module or a broken declaration file.
    for (const e of found) assert.ok(['TS2322', 'TS2769'].includes(e.code), `${file}:${e.line}: ${e.code}\n${output}`);
  }
  assert.ok(total >= 16, 'the wrong files lost their marked lines');
  assert.doesNotMatch(output, /Cannot find module|\.d\.ts\(/, output);
});
