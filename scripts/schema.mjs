// Generates schema/profile.schema.json (JSON Schema 2020-12) from src/data/schema.ts, the one
// source of truth, with the descriptions of src/data/schema-docs.ts.
// `node scripts/schema.mjs --check` fails when the committed file is stale or a field lacks docs.
import { build } from 'esbuild';
import { toJsonSchema } from '@valibot/to-json-schema';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'schema-'));
const out = join(dir, 'schema.mjs');
await build({
  stdin: { contents: "export * from './src/data/schema.ts'; export * from './src/data/schema-docs.ts';", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'warning',
});
const { ProfileSchema, FIELD_DOCS, SCHEMA_TITLE, SCHEMA_DESCRIPTION } = await import(pathToFileURL(out).href);
rmSync(dir, { recursive: true, force: true });

const problems = [];
const used = new Set();
// Walks the generated schema, adding each field's description by its dotted path.
function annotate(node, path) {
  if (!node || typeof node !== 'object') return;
  if (node.anyOf) {
    node.anyOf.forEach((n) => annotate(n, path));
    const doc = FIELD_DOCS[path];
    if (doc) {
      node.description = doc;
      used.add(path);
      for (const n of node.anyOf) delete n.description;
    }
    return;
  }
  if (path) {
    if (FIELD_DOCS[path]) {
      node.description = FIELD_DOCS[path];
      used.add(path);
    } else if (!path.endsWith('[]')) problems.push(`no description for ${path}`);
  }
  if (node.type === 'object' && node.properties) {
    for (const [key, child] of Object.entries(node.properties)) annotate(child, path ? `${path}.${key}` : key);
  }
  if (node.type === 'array' && node.items) annotate(node.items, `${path}[]`);
}
const generated = toJsonSchema(ProfileSchema, { target: 'draft-2020-12', errorMode: 'throw' });
annotate(generated, '');
for (const key of Object.keys(FIELD_DOCS)) if (!used.has(key)) problems.push(`schema-docs.ts describes ${key}, which is not a field`);

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://unpkg.com/researcher-elements/schema/profile.schema.json',
  title: SCHEMA_TITLE,
  description: SCHEMA_DESCRIPTION,
  ...generated,
};
const json = JSON.stringify(schema, null, 2) + '\n';
const file = 'schema/profile.schema.json';
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
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
