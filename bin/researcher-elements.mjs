#!/usr/bin/env node
// researcher-elements snapshot: writes a validated profile JSON (version 1) from OpenAlex,
// ORCID or a BibTeX file, for a site to host itself. It runs the same adapter code as the
// browser: the compiled modules in dist/ (`npm run build`).
//
//   npx researcher-elements snapshot --openalex A5023888391 > profile.json
//   npx researcher-elements snapshot --orcid 0000-0003-0902-4386 --out profile.json
//   npx researcher-elements snapshot --bibtex _bibliography/papers.bib --name "Lieselot Carrette"
//
// researcher-elements render: the elements for a profile as server-rendered HTML (declarative
// Shadow DOM, the profile embedded once for hydration), for a static site's build; needs
// @lit-labs/ssr. See docs/ssr.md.
//
//   npx researcher-elements render --profile profile.json > _includes/researcher.html
//   npx researcher-elements render --profile profile.json --elements researcher-card,publication-list --out fragment.html
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

const RENDER_USAGE = `Usage: researcher-elements render --profile FILE [options]

Prints the elements for a profile as HTML for a static page: declarative Shadow DOM (shown with
JavaScript off) and the profile embedded once, from which researcher-elements/hydrate.js
hydrates them in the browser without fetching anything. Needs @lit-labs/ssr.

Options:
  --profile FILE    the profile JSON (version 1, as \`snapshot\` writes it); - reads standard input
  --elements LIST   comma-separated, in order: researcher-card, trust-badge, publication-list
                    (default researcher-card,publication-list; the card includes the trust badge)
  --out FILE        write the HTML to FILE instead of standard output
  --lang TAG        the page's language, written on each element (default en)
  --theme NAME      light, dark or auto, written on each element (default: follow the page)
  --base-url URL    the address of the page; relative URLs in the profile resolve against it
                    (required when the profile has any)
  --attr TAG:NAME=VALUE
                    another attribute, e.g. publication-list:group-by=year (repeatable;
                    TAG may be researcher-profile, the wrapper)
  -h, --help        this help
`;

const SNAPSHOT_OPTIONS = ['openalex', 'orcid', 'bibtex', 'mailto', 'max-works', 'name', 'id', 'format', 'timeout'];
const RENDER_OPTIONS = ['profile', 'elements', 'lang', 'theme', 'base-url', 'attr'];
const ELEMENTS = ['researcher-card', 'trust-badge', 'publication-list'];

class UsageError extends Error {
  constructor(message, command) {
    super(message);
    this.command = command;
  }
}

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
        profile: { type: 'string', short: 'p' },
        elements: { type: 'string' },
        lang: { type: 'string' },
        theme: { type: 'string' },
        'base-url': { type: 'string' },
        attr: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError(err.message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help) return { help: true, command };
  if (command !== 'snapshot' && command !== 'render') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  const foreign = command === 'render' ? SNAPSHOT_OPTIONS : RENDER_OPTIONS;
  const stray = foreign.find((k) => values[k] !== undefined);
  if (stray) throw new UsageError(`--${stray} is not an option of ${command}`, command);
  if (command === 'render') return parseRender(values, rest);
  const sources = [values.openalex, values.orcid, values.bibtex, ...rest].filter((s) => s !== undefined);
  if (sources.length !== 1) throw new UsageError(sources.length ? 'give exactly one source' : 'no source given (--openalex, --orcid, --bibtex or a URL)');
  for (const key of ['max-works', 'timeout']) {
    if (values[key] !== undefined && !/^\d+$/.test(values[key])) throw new UsageError(`--${key} must be a whole number, not "${values[key]}"`);
  }
  return { values, url: rest[0] };
}

function parseRender(values, rest) {
  const fail = (message) => new UsageError(message, 'render');
  if (rest.length) throw fail(`unexpected argument "${rest[0]}"`);
  if (values.profile === undefined || values.profile === '') throw fail('no profile given (--profile FILE, or --profile - for standard input)');
  let elements;
  if (values.elements !== undefined) {
    elements = values.elements.split(',').map((e) => e.trim()).filter(Boolean);
    if (!elements.length) throw fail('--elements is empty');
    for (const e of elements) {
      if (ELEMENTS.includes(e)) continue;
      if (e === 'collab-graph') throw fail('collab-graph is not rendered on the server (it draws on a canvas in the browser); place <collab-graph> in the page yourself');
      throw fail(`unknown element "${e}" in --elements (choose from ${ELEMENTS.join(', ')})`);
    }
  }
  const attributes = {};
  for (const a of values.attr ?? []) {
    const m = /^([a-z][a-z0-9-]*):([^=]+)(?:=([\s\S]*))?$/.exec(a);
    if (!m) throw fail(`--attr "${a}": expected TAG:NAME=VALUE (or TAG:NAME for an empty attribute)`);
    const [, tag, name, value] = m;
    if (tag !== 'researcher-profile' && !ELEMENTS.includes(tag)) throw fail(`--attr "${a}": unknown element "${tag}"`);
    (attributes[tag] ??= {})[name] = value ?? true;
  }
  return { command: 'render', values, elements, attributes };
}

async function readProfile(file) {
  let text;
  let where;
  if (file === '-') {
    where = 'standard input';
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    text = Buffer.concat(chunks).toString('utf8');
  } else {
    where = resolve(file);
    text = await readFile(where, 'utf8').catch((err) => {
      throw new Error(`${where} could not be read (${err.code ?? err.message}).`);
    });
  }
  try {
    return { profile: JSON.parse(text), where };
  } catch (err) {
    throw new Error(`${where} is not valid JSON (${err.message}).`);
  }
}

function distUrl() {
  return process.env.RESEARCHER_ELEMENTS_DIST
    ? pathToFileURL(resolve(process.env.RESEARCHER_ELEMENTS_DIST) + '/')
    : new URL('../dist/', import.meta.url);
}

async function render(args) {
  const { values, elements, attributes } = args;
  const module = new URL('ssr/index.js', distUrl());
  if (!existsSync(fileURLToPath(module))) {
    throw new Error(`the compiled library is missing (${fileURLToPath(module)}); run \`npm run build\` first.`);
  }
  const { profile, where } = await readProfile(values.profile);
  const ssr = await import(module.href).catch((err) => {
    if (err?.code === 'ERR_MODULE_NOT_FOUND' && /@lit-labs\/ssr/.test(err.message)) {
      throw new Error('server rendering needs @lit-labs/ssr, an optional peer dependency: npm install --save-dev @lit-labs/ssr');
    }
    throw err;
  });
  let html;
  try {
    html = await ssr.renderProfileHtml({ profile, elements, attributes, lang: values.lang, theme: values.theme, baseUrl: values['base-url'] });
  } catch (err) {
    // Bad option values (a theme, a language tag, a refused attribute) are usage errors.
    if (err instanceof RangeError) throw new UsageError(err.message, 'render');
    if (err?.name === 'ProfileLoadError') throw new Error(`${where}: ${err.message}`);
    throw err;
  }
  if (values.out) {
    await writeFile(values.out, html);
    say(`Wrote ${values.out}: ${profile.name}, ${(elements ?? ['researcher-card', 'publication-list']).join(' + ')} (${(Buffer.byteLength(html) / 1024).toFixed(1)} KB).`);
  } else {
    process.stdout.write(html);
  }
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
    process.stdout.write(args.command === 'render' ? RENDER_USAGE : args.command === 'snapshot' ? USAGE : `${USAGE}\n${RENDER_USAGE}`);
    return;
  }
  if (args.command === 'render') return render(args);
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
      process.stderr.write(err.command === 'render' ? RENDER_USAGE : USAGE);
      process.exitCode = 2;
      return;
    }
    say(`researcher-elements: ${err?.message ?? err}`);
    process.exitCode = 1;
  },
);
