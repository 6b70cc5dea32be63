// Generates the JSON Schemas (2020-12) of the data formats from their one source of truth:
//   schema/profile.schema.json  from src/data/schema.ts        + src/data/schema-docs.ts
//   schema/group.schema.json    from src/data/group/schema.ts  + src/data/group/schema-docs.ts
// `node scripts/schema.mjs --check` fails when a committed file is stale or a field lacks docs.
import { build } from 'esbuild';
import { toJsonSchema } from '@valibot/to-json-schema';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'schema-'));
const out = join(dir, 'schema.mjs');
await build({
  stdin: {
    contents: [
      "export * from './src/data/schema.ts';",
      "export * from './src/data/schema-docs.ts';",
      "export { GroupSchema } from './src/data/group/schema.ts';",
      "export * from './src/data/group/schema-docs.ts';",
    ].join('\n'),
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'warning',
});
const mod = await import(pathToFileURL(out).href);
rmSync(dir, { recursive: true, force: true });

const FORMATS = [
  {
    file: 'schema/profile.schema.json',
    schema: mod.ProfileSchema,
    docs: mod.FIELD_DOCS,
    title: mod.SCHEMA_TITLE,
    description: mod.SCHEMA_DESCRIPTION,
  },
  {
    file: 'schema/group.schema.json',
    schema: mod.GroupSchema,
    docs: mod.GROUP_FIELD_DOCS,
    title: mod.GROUP_SCHEMA_TITLE,
    description: mod.GROUP_SCHEMA_DESCRIPTION,
  },
];

/** The JSON text of one format's schema, and the problems with its descriptions. */
function generate({ file, schema, docs, title, description }) {
  const problems = [];
  const used = new Set();
  // Walks the generated schema, adding each field's description by its dotted path.
  function annotate(node, path) {
    if (!node || typeof node !== 'object') return;
    if (node.anyOf) {
      node.anyOf.forEach((n) => annotate(n, path));
      const doc = docs[path];
      if (doc) {
        node.description = doc;
        used.add(path);
        for (const n of node.anyOf) delete n.description;
      }
      return;
    }
    if (path) {
      if (docs[path]) {
        node.description = docs[path];
        used.add(path);
      } else if (!path.endsWith('[]')) problems.push(`${file}: no description for ${path}`);
    }
    if (node.type === 'object' && node.properties) {
      for (const [key, child] of Object.entries(node.properties)) annotate(child, path ? `${path}.${key}` : key);
    }
    if (node.type === 'array' && node.items) annotate(node.items, `${path}[]`);
  }
  const generated = toJsonSchema(schema, { target: 'draft-2020-12', errorMode: 'throw' });
  annotate(generated, '');
  for (const key of Object.keys(docs)) if (!used.has(key)) problems.push(`${file}: the docs describe ${key}, which is not a field`);
  const json = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://unpkg.com/researcher-elements/${file}`,
    title,
    description,
    ...generated,
  };
  return { json: JSON.stringify(json, null, 2) + '\n', problems };
}

const results = FORMATS.map((f) => ({ file: f.file, ...generate(f) }));
const problems = results.flatMap((r) => r.problems);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
let stale = false;
for (const { file, json } of results) {
  if (process.argv.includes('--check')) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== json) {
      console.error(`${file} is stale: run \`npm run schema\` and commit it.`);
      stale = true;
    } else console.log(`  ${file} is up to date`);
  } else {
    writeFileSync(file, json);
    console.log(`wrote ${file}`);
  }
}
if (stale) process.exit(1);
