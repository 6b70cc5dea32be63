// A consumer project for the framework checks, set up as an application that installed this
// package from npm: a temporary folder outside the repository (so nothing resolves from our node_modules by walking up) holding the project's files
// and a node_modules in which `researcher-elements` is a copy of this package's package.json and
// built dist/ (its .js and .d.ts files), next to links to every installed package except the type
// packages only this package's development uses (@types/d3-force, @types/mocha). The package's
// own imports resolve from that node_modules, not from ours: a published .d.ts that needs a
// devDependency's types fails here as it would for a user.
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Type packages a user of the library does not have: our devDependencies' @types (React's excepted, React users have it). */
export const LEFT_OUT = Object.keys(pkg.devDependencies).filter((d) => d.startsWith('@types/') && d !== '@types/react');

const link = (from, to) => symlinkSync(from, to, process.platform === 'win32' ? 'junction' : undefined);

/**
 * A fresh consumer folder with `files` copied in (paths relative to the repository; a folder is
 * copied whole, under its own name). Returns the folder and a function that removes it.
 */
export function consumerProject(name, files) {
  assert.ok(existsSync(join(root, 'dist', 'index.d.ts')), 'dist/ is missing: run `npm run build` first (npm test does)');
  const dir = mkdtempSync(join(tmpdir(), `researcher-elements-${name}-`));
  const nm = join(dir, 'node_modules');
  mkdirSync(join(nm, '@types'), { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry.startsWith('.') || entry === '@types') continue;
    link(join(root, 'node_modules', entry), join(nm, entry));
  }
  for (const entry of readdirSync(join(root, 'node_modules', '@types'))) {
    if (!LEFT_OUT.includes(`@types/${entry}`)) link(join(root, 'node_modules', '@types', entry), join(nm, '@types', entry));
  }
  const self = join(nm, 'researcher-elements');
  mkdirSync(self);
  copyFileSync(join(root, 'package.json'), join(self, 'package.json'));
  cpSync(join(root, 'dist'), join(self, 'dist'), { recursive: true, filter: (f) => !f.endsWith('.map') });
  for (const file of files) {
    const from = join(root, file);
    cpSync(from, join(dir, basename(file)), { recursive: true });
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The 1-based numbers of the lines of `text` that contain `marker`. */
export function markedLines(text, marker = 'expect-error') {
  return text.split('\n').flatMap((line, i) => (line.includes(marker) ? [i + 1] : []));
}
