#!/usr/bin/env node
// researcher-elements: the `snapshot` and `render` commands (run with --help for the usage).
// The command is typed source in src/cli/, compiled with the package into dist/cli/ by
// `npm run build`; this file only starts it. RESEARCHER_ELEMENTS_DIST may point at another build.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = process.env.RESEARCHER_ELEMENTS_DIST
  ? pathToFileURL(resolve(process.env.RESEARCHER_ELEMENTS_DIST) + '/')
  : new URL('../dist/', import.meta.url);
const entry = new URL('cli/main.js', dist);

if (existsSync(fileURLToPath(entry))) {
  const { run } = await import(entry.href);
  process.exitCode = await run(process.argv.slice(2), process.env);
} else {
  process.stderr.write(`researcher-elements: the compiled command is missing (${fileURLToPath(entry)}); run \`npm run build\` first.\n`);
  process.exitCode = 1;
}
