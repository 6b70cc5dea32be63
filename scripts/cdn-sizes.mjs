// Weights of the CDN files, as a page pays them: min+gzip (and brotli) of a CDN file with every
// chunk it imports statically — for cdn/<name>.js that is the loader, the chunk it imports (its
// real code) and that chunk's static imports. Lazy chunks (the data layer, each source's adapter,
// the citeproc engine, each CSL style and locale) are weighed on their own; the citation code a
// list loads on its first "Cite" is weighed as what it adds to cdn/publication-list.js (the lazy
// chunks and their static imports that the list's own file does not load). size-budgets.json
// holds the limits; a CSL style or locale without an entry of its own takes the rule entry
// `CSL style (each other)` / `CSL locale (each)`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The lazy chunks with a budget of their own, found by the source module they hold. */
const LAZY = [
  ['data chunk', /src[\\/]data[\\/]load\.ts$/],
  ['OpenAlex chunk', /src[\\/]data[\\/]adapters[\\/]openalex-map\.ts$/],
  ['ORCID chunk', /src[\\/]data[\\/]adapters[\\/]orcid-map\.ts$/],
  ['BibTeX adapter chunk', /src[\\/]data[\\/]adapters[\\/]bibtex-map\.ts$/],
  ['citeproc engine chunk', /src[\\/]data[\\/]citations[\\/]engine\.ts$/],
];

/** What a list loads on its first "Cite" (beside the engine, styles and locales), by source module. */
const CITATION_CODE = [
  /src[\\/]data[\\/]citations[\\/]index\.ts$/,
  /src[\\/]elements[\\/]publication-list[\\/](cite-panel-view|cite-formats|citation-export)\.ts$/,
];

/** One row per CSL style and locale chunk: `CSL style apa`, `CSL locale zh-CN`. */
const CSL = /src[\\/]data[\\/]citations[\\/]csl[\\/](style|locale)-([\w-]+)\.ts$/;
const CSL_RULES = { style: 'CSL style (each other)', locale: 'CSL locale (each)' };

/**
 * @param {{chunks: import('rolldown').OutputChunk[], mains: Record<string, import('rolldown').OutputChunk>}} build
 * @returns {boolean} true when every file is within its limit
 */
export function printSizes({ chunks, mains }) {
  const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
  const byFile = new Map(chunks.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  const read = (file) => readFileSync(join('cdn', file));

  /** Files (relative to cdn/) that load with `file`: it and its static imports, transitively. */
  function closure(file, seen = new Set()) {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const dep of byFile.get(file)?.imports ?? []) closure(dep, seen);
    return seen;
  }
  function weigh(files) {
    let g = 0;
    let b = 0;
    let min = 0;
    for (const f of files) {
      const buf = read(f);
      min += buf.length;
      g += gz(buf);
      b += br(buf);
    }
    return { min, g, b };
  }

  const rows = [];
  for (const [name, main] of Object.entries(mains).sort()) {
    rows.push({ key: `cdn/${name}.js`, files: [`${name}.js`, ...closure(main.fileName)] });
  }
  const holding = (re) => chunks.find((c) => c.type === 'chunk' && (c.moduleIds ?? []).some((id) => re.test(id)));
  for (const [key, re] of LAZY) {
    const chunk = holding(re);
    if (chunk) rows.push({ key, files: [chunk.fileName], note: chunk.fileName });
    else rows.push({ key, missing: true });
  }
  {
    const all = (re) => chunks.filter((c) => c.type === 'chunk' && (c.moduleIds ?? []).some((id) => re.test(id)));
    const lazy = CITATION_CODE.flatMap(all);
    const list = mains['publication-list'];
    if (CITATION_CODE.some((re) => !holding(re)) || !list) rows.push({ key: 'citation code (first "Cite")', missing: true });
    else {
      const page = closure(list.fileName);
      const added = new Set();
      for (const c of lazy) for (const f of closure(c.fileName)) if (!page.has(f)) added.add(f);
      rows.push({ key: 'citation code (first "Cite")', files: [...added], note: `${added.size} chunks` });
    }
  }
  const csl = [];
  for (const c of chunks) {
    if (c.type !== 'chunk') continue;
    const m = (c.moduleIds ?? []).map((id) => CSL.exec(id)).find(Boolean);
    if (m) csl.push({ key: `CSL ${m[1]} ${m[2]}`, rule: CSL_RULES[m[1]], files: [c.fileName], note: c.fileName });
  }
  rows.push(...csl.sort((a, b) => a.key.localeCompare(b.key)));
  // The third-party BibTeX parser, built on its own (scripts/cdn-build.mjs) and loaded only by the
  // lazy BibTeX chunks.
  rows.push({ key: 'BibTeX parser chunk', files: ['chunks/biblatex-csl-converter.js'], note: 'chunks/biblatex-csl-converter.js' });
  rows.push({ key: 'cdn/researcher-elements.hydrate.js', files: ['researcher-elements.hydrate.js'] });

  let over = 0;
  console.log(`\n${'CDN file (with its static imports)'.padEnd(40)} ${'min'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)} ${'limit'.padStart(9)}`);
  for (const row of rows) {
    const limit = budgets[row.key] ?? (row.rule ? budgets[row.rule] : undefined);
    if (row.missing) {
      console.log(`${row.key.padEnd(40)} not found in the build`);
      if (limit) over++;
      continue;
    }
    const w = weigh(row.files);
    let flag = row.note ? `  (${row.note})` : '';
    if (typeof limit === 'number' && w.g > limit) {
      flag = `  OVER LIMIT by ${w.g - limit} B${flag}`;
      over++;
    }
    console.log(`${row.key.padEnd(40)} ${kb(w.min).padStart(9)} ${kb(w.g).padStart(9)} ${kb(w.b).padStart(9)} ${(typeof limit === 'number' ? kb(limit) : '—').padStart(9)}${flag}`);
    row.gzip = w.g;
  }
  for (const key of Object.keys(budgets)) {
    if (!key.startsWith('$') && !rows.some((r) => r.key === key || r.rule === key)) {
      console.error(`size-budgets.json: "${key}" is not a CDN file or chunk of this build`);
      over++;
    }
  }
  // CDN_SIZES_JSON=file npm run build: the measured bytes, for tools and reports.
  if (process.env.CDN_SIZES_JSON) {
    writeFileSync(process.env.CDN_SIZES_JSON, JSON.stringify(Object.fromEntries(rows.filter((r) => r.gzip).map((r) => [r.key, r.gzip])), null, 2));
  }
  if (over) console.error(`\n${over} CDN file(s) over their size limit (size-budgets.json).`);
  return over === 0;
}
