#!/usr/bin/env node
// researcher-elements snapshot: writes a validated profile JSON (version 1) from OpenAlex,
// ORCID or a BibTeX file, for a site to host itself. It runs the same adapter code as the
// browser: the compiled modules in dist/ (`npm run build`).
//
//   npx researcher-elements snapshot --openalex A5023888391 > profile.json
//   npx researcher-elements snapshot --orcid 0000-0003-0902-4386 --out profile.json
//   npx researcher-elements snapshot --bibtex _bibliography/papers.bib --name "Lieselot Carrette"
//
// Progress goes to stderr; exit status 0 on success, 1 when loading fails, 2 on a usage error.
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const USAGE = `Usage: researcher-elements snapshot <source> [options]

Sources (exactly one):
  --openalex ID     an OpenAlex author: A5023888391, https://openalex.org/A5023888391 or orcid:0000-…
  --orcid ID        an ORCID iD or orcid.org URL: 0000-0003-0902-4386
  --bibtex FILE     a BibTeX file (or an http(s) URL of one)
  URL               any address the elements accept (detected as in the browser; see --format)

Options:
  --out FILE        write the JSON to FILE instead of standard output
  --mailto EMAIL    your address, sent to OpenAlex for its polite pool (recommended)
  --max-works N     at most N works from OpenAlex (default 500)
  --name NAME       BibTeX: the researcher's name (default: the author on most entries)
  --id ID           BibTeX: the profile id
  --format NAME     profile, openalex, orcid or bibtex, when a URL is ambiguous
  --timeout MS      per request attempt (default 10000)
  -h, --help        this help
`;

class UsageError extends Error {}

const say = (line) => process.stderr.write(`${line}\n`);

function parse(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        openalex: { type: 'string' },
        orcid: { type: 'string' },
        bibtex: { type: 'string' },
        out: { type: 'string', short: 'o' },
        mailto: { type: 'string' },
        'max-works': { type: 'string' },
        name: { type: 'string' },
        id: { type: 'string' },
        format: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError(err.message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const [command, ...rest] = positionals;
  if (command !== 'snapshot') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  const sources = [values.openalex, values.orcid, values.bibtex, ...rest].filter((s) => s !== undefined);
  if (sources.length !== 1) throw new UsageError(sources.length ? 'give exactly one source' : 'no source given (--openalex, --orcid, --bibtex or a URL)');
  for (const key of ['max-works', 'timeout']) {
    if (values[key] !== undefined && !/^\d+$/.test(values[key])) throw new UsageError(`--${key} must be a whole number, not "${values[key]}"`);
  }
  return { values, url: rest[0] };
}

async function loadLibrary() {
  const dist = process.env.RESEARCHER_ELEMENTS_DIST
    ? pathToFileURL(resolve(process.env.RESEARCHER_ELEMENTS_DIST) + '/')
    : new URL('../dist/', import.meta.url);
  if (!existsSync(fileURLToPath(new URL('data/adapters/index.js', dist)))) {
    throw new Error(`the compiled library is missing (${fileURLToPath(dist)}data/adapters/index.js); run \`npm run build\` first.`);
  }
  const modules = await Promise.all(['data/adapters/index.js', 'data/formats.js', 'data/load.js', 'data/errors.js'].map((m) => import(new URL(m, dist).href)));
  return Object.assign({}, ...modules);
}

/** ISO 7064 MOD 11-2, as ORCID computes its check digit. */
function isOrcidId(id) {
  if (!/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(id)) return false;
  const d = id.replace(/-/g, '');
  let total = 0;
  for (let i = 0; i < 15; i++) total = (total + Number(d[i])) * 2;
  const check = (12 - (total % 11)) % 11;
  return d[15] === (check === 10 ? 'X' : String(check));
}

function sourceUrl(values, url) {
  if (values.openalex !== undefined) {
    const v = values.openalex.trim();
    if (/^https?:\/\//i.test(v)) return { url: v, format: 'openalex' };
    if (!/^(A\d+|orcid:\d{4}-\d{4}-\d{4}-\d{3}[\dX])$/i.test(v)) throw new UsageError(`"${v}" is not an OpenAlex author id (A followed by digits, or orcid:0000-…)`);
    return { url: `https://api.openalex.org/authors/${v.replace(/^a/, 'A')}`, format: 'openalex' };
  }
  if (values.orcid !== undefined) {
    const m = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\/?$/i.exec(values.orcid.trim());
    if (!m || !isOrcidId(m[1].toUpperCase())) throw new UsageError(`"${values.orcid}" is not a valid ORCID iD (0000-0000-0000-0000 with a correct check digit)`);
    return { url: `https://pub.orcid.org/v3.0/${m[1].toUpperCase()}`, format: 'orcid' };
  }
  if (values.bibtex !== undefined) return { url: values.bibtex, format: 'bibtex', file: !/^https?:\/\//i.test(values.bibtex) };
  if (!/^https?:\/\//i.test(url)) {
    if (existsSync(url)) return { url, format: values.format, file: true };
    throw new UsageError(`"${url}" is neither an http(s) address nor a file`);
  }
  return { url, format: values.format };
}

async function main(argv) {
  const args = parse(argv);
  if (args.help) {
    process.stdout.write(USAGE);
    return;
  }
  const { values } = args;
  const source = sourceUrl(values, args.url);
  const lib = await loadLibrary();
  const options = {};
  if (values['max-works'] !== undefined) options.maxWorks = Number(values['max-works']);
  if (values.mailto) options.mailto = values.mailto;
  if (values.name) options.name = values.name;
  if (values.id) options.id = values.id;

  const tty = process.stderr.isTTY;
  let lastProgress = '';
  const onProgress = (message) => {
    lastProgress = message;
    if (tty) process.stderr.write(`\r${message}\u001b[K`);
    else say(message);
  };
  const ctx = lib.contextFor({ timeout: values.timeout ? Number(values.timeout) : 10_000, options, onProgress });

  let value;
  let src;
  if (source.file) {
    // A local file: read it here, then let the format parse it (from its name, else its content).
    const path = resolve(source.url);
    const text = await readFile(path, 'utf8').catch((err) => {
      throw new lib.ProfileLoadError(`${path} could not be read (${err.code ?? err.message}).`);
    });
    const url = pathToFileURL(path);
    const names = source.format ? [source.format] : [];
    const format =
      (names[0] && lib.getFormat(names[0])) ??
      [lib.openAlexFormat, lib.orcidFormat, lib.bibtexFormat].find((f) => f.matchesUrl?.(url) || f.matchesContent?.(text, '')) ??
      lib.getFormat('profile');
    if (!format) throw new UsageError(`unknown format "${source.format}"`);
    if (!format.parse) throw new UsageError(`the ${format.name} format reads addresses, not files`);
    src = url.href;
    value = await format.parse(text, url, ctx);
  } else {
    src = source.url;
    value = await lib.loadFromUrl(lib.absoluteUrl(source.url), source.format, ctx);
  }
  if (tty && lastProgress) process.stderr.write('\n');
  // Validation as in the browser: invalid parts are dropped with a warning (on stderr), a
  // profile without an id or name is an error.
  const { profile } = lib.toProfile(value, src);
  const json = `${JSON.stringify(profile, null, 2)}\n`;
  if (values.out) {
    await writeFile(values.out, json);
    say(`Wrote ${values.out}: ${profile.name}, ${profile.works.length} works, ${profile.people.length} co-authors.`);
  } else {
    process.stdout.write(json);
  }
}

main(process.argv.slice(2)).then(
  () => {
    process.exitCode = 0;
  },
  (err) => {
    if (err instanceof UsageError) {
      say(`researcher-elements: ${err.message}\n`);
      process.stderr.write(USAGE);
      process.exitCode = 2;
      return;
    }
    say(`researcher-elements: ${err?.message ?? err}`);
    process.exitCode = 1;
  },
);
