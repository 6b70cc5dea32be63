// Generates schema/profile.schema.json (JSON Schema 2020-12) from src/data/schema.ts, the one
// source of truth. `node scripts/schema.mjs --check` fails when the committed file is stale.
import { build } from 'esbuild';
import { toJsonSchema } from '@valibot/to-json-schema';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'schema-'));
const out = join(dir, 'schema.mjs');
await build({ entryPoints: ['src/data/schema.ts'], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'warning' });
const { ProfileSchema } = await import(pathToFileURL(out).href);
rmSync(dir, { recursive: true, force: true });

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://unpkg.com/researcher-elements/schema/profile.schema.json',
  ...toJsonSchema(ProfileSchema, { target: 'draft-2020-12', errorMode: 'throw' }),
};
const json = JSON.stringify(schema, null, 2) + '\n';
const file = 'schema/profile.schema.json';
if (process.argv.includes('--check')) {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== json) {
    console.error(`${file} is stale: run \`npm run schema\` and commit it.`);
    process.exit(1);
  }
  console.log(`  ${file} is up to date`);
} else {
  writeFileSync(file, json);
  console.log(`wrote ${file}`);
}
