// Where things live (issue 9 item 4), checked on the sources:
//   node --test test/package/layers.node.test.mjs
// core knows no element (no import from src/elements/, no element's strings), and each element's
// strings are in its own folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const tags = readdirSync(join(src, 'elements')).filter((d) => existsSync(join(src, 'elements', d, `${d}.ts`)));

test('src/core imports nothing from src/elements', () => {
  for (const file of walk(join(src, 'core')).filter((f) => f.endsWith('.ts'))) {
    const code = readFileSync(file, 'utf8');
    assert.doesNotMatch(code, /from\s+['"][^'"]*elements\//, `${file} imports an element`);
    assert.doesNotMatch(code, /import\(\s*['"][^'"]*elements\//, `${file} imports an element`);
  }
});

test("core's messages are its own: no element has strings in src/core/messages", () => {
  const files = walk(join(src, 'core', 'messages')).map((f) => f.slice(join(src, 'core', 'messages').length + 1));
  assert.deepEqual(files.sort(), ['en.ts', 'types.ts', 'zh-Hans.ts']);
});

test('every element with strings keeps them in its folder: messages/en.ts and messages/zh-Hans.ts', () => {
  for (const tag of tags) {
    const code = readFileSync(join(src, 'elements', tag, `${tag}.ts`), 'utf8');
    if (!code.includes('addBuiltinMessages(')) continue;
    assert.ok(existsSync(join(src, 'elements', tag, 'messages', 'en.ts')), `${tag}: messages/en.ts`);
    assert.ok(existsSync(join(src, 'elements', tag, 'messages', 'zh-Hans.ts')), `${tag}: messages/zh-Hans.ts`);
    // Chinese is loaded on demand, never imported statically.
    assert.doesNotMatch(code, /^import[^;]*messages\/zh-Hans/m, `${tag} imports its Chinese strings statically`);
  }
});
