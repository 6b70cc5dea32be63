// The snapshot command (bin/researcher-elements.mjs, which starts src/cli/ compiled into
// dist/cli/), run by Node's test runner:
//   node --test test/cli/snapshot.node.test.mjs
// It needs the compiled library (`npm run build` writes dist/; RESEARCHER_ELEMENTS_DIST may
// point elsewhere). Nothing here touches the internet: files, and a server on 127.0.0.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin', 'researcher-elements.mjs');
const dist = process.env.RESEARCHER_ELEMENTS_DIST ? resolve(process.env.RESEARCHER_ELEMENTS_DIST) : join(root, 'dist');
const built = existsSync(join(dist, 'data', 'adapters', 'index.js')) && existsSync(join(dist, 'cli', 'main.js'));
const needsBuild = built ? {} : { skip: `the compiled library is missing (${dist}); run npm run build first` };
const fixtures = join(root, '..', 'shared', 'fixtures');

function run(args) {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, RESEARCHER_ELEMENTS_DIST: dist } }, (err, stdout, stderr) => {
      done({ code: err ? err.code : 0, stdout, stderr });
    });
  });
}

const tmp = mkdtempSync(join(tmpdir(), 're-cli-'));
const SAMPLE = String.raw`---
title: Publications
---
Papers of the lab (write to lab@uni.example).

@string{ nat = "Nature" }
@article{angstrom2021,
  author  = {{\AA}ngstr{\"o}m, Anders and M{\"u}ller, J{\"o}rg},
  title   = {{\AA}ngstr{\"o}m-scale {Nested {braces}}},
  journal = nat,
  year    = {2021},
  doi     = {10.1000/abc},
}
@misc{angstrom2022, author = {{\AA}ngstr{\"o}m, A.}, title = {Notes}, year = 2022}
`;
const sampleFile = join(tmp, 'papers.bib');
writeFileSync(sampleFile, SAMPLE);

test('--help prints the usage and succeeds', needsBuild, async () => {
  const r = await run(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^Usage: researcher-elements snapshot <source>/);
});

test('argument errors exit with 2 and say what is wrong', needsBuild, async () => {
  const cases = [
    [[], /no command given/],
    [['export', '--orcid', '0000-0003-0902-4386'], /unknown command "export"/],
    [['snapshot'], /no source given/],
    [['snapshot', '--orcid', '0000-0003-0902-4386', '--openalex', 'A1'], /give exactly one source/],
    [['snapshot', '--orcid', '0000-0003-0902-4387'], /"0000-0003-0902-4387" is not a valid ORCID iD/],
    [['snapshot', '--openalex', 'W2741809807'], /"W2741809807" is not an OpenAlex author id/],
    [['snapshot', '--openalex', 'A1', '--max-works', 'many'], /--max-works must be a whole number, not "many"/],
    [['snapshot', '--bogus'], /Unknown option '--bogus'/],
  ];
  for (const [args, message] of cases) {
    const r = await run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, message, args.join(' '));
    assert.match(r.stderr, /Usage:/);
    assert.equal(r.stdout, '');
  }
});

test('--bibtex FILE writes a validated profile to stdout', needsBuild, async () => {
  const before = new Date().toISOString().slice(0, 10);
  const r = await run(['snapshot', '--bibtex', sampleFile]);
  const after = new Date().toISOString().slice(0, 10);
  assert.equal(r.code, 0, r.stderr);
  const p = JSON.parse(r.stdout);
  assert.equal(p.version, 1);
  assert.equal(p.name, 'Anders Ångström');
  assert.deepEqual(
    p.works.map((w) => [w.id, w.title, w.venue, w.year]),
    [
      ['angstrom2021', 'Ångström-scale Nested braces', 'Nature', 2021],
      ['angstrom2022', 'Notes', null, 2022],
    ],
  );
  assert.deepEqual(p.people, [{ id: 'bib:muller-j', name: 'Jörg Müller' }]);
  assert.equal(p.counts.works, 2);
  // When the data was taken: today's date (UTC), as an ISO date, for a page's fallback-src notice.
  assert.match(p.retrieved, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(p.retrieved >= before && p.retrieved <= after, p.retrieved);
});

test('a snapshot of a profile that already has `retrieved` keeps its date', needsBuild, async () => {
  const file = join(tmp, 'dated.json');
  writeFileSync(file, JSON.stringify({ version: 1, id: 'dated', name: 'Dated Person', retrieved: '2025-03-04' }));
  const r = await run(['snapshot', file]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).retrieved, '2025-03-04');
});

test('--out FILE, --name and --id', needsBuild, async () => {
  const out = join(tmp, 'profile.json');
  const r = await run(['snapshot', '--bibtex', sampleFile, '--out', out, '--name', 'Jörg Müller', '--id', 'jm']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /Wrote .*profile\.json: Jörg Müller, 2 works, 1 co-authors\./);
  const p = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(p.id, 'jm');
  assert.deepEqual(p.works[0].authors[1], { name: 'Jörg Müller', id: 'jm' });
});

test('a missing file exits with 1 and names it', needsBuild, async () => {
  const r = await run(['snapshot', '--bibtex', join(tmp, 'nope.bib')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /nope\.bib could not be read \(ENOENT\)\./);
});

test('the recorded lab file: 35 entries', { skip: built ? (existsSync(fixtures) ? false : 'no ../shared/fixtures') : needsBuild.skip }, async () => {
  const r = await run(['snapshot', '--bibtex', join(fixtures, 'bibtex', '3c-lab-carrette-ucsd-papers.bib')]);
  assert.equal(r.code, 0, r.stderr);
  const p = JSON.parse(r.stdout);
  assert.equal(p.works.length, 35);
  assert.equal(p.name, 'Lieselot L. G. Carrette');
});

test('a URL: loads over HTTP with the same adapters, and reports HTTP failures', needsBuild, async () => {
  const author = { id: 'https://openalex.org/A42', display_name: 'Ada Example', works_count: 3, cited_by_count: 7, summary_stats: { h_index: 1 } };
  const server = createServer((req, res) => {
    if (req.url === '/author.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(author));
    } else {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    let r = await run(['snapshot', `${base}/author.json`]);
    assert.equal(r.code, 0, r.stderr);
    const p = JSON.parse(r.stdout);
    assert.equal(p.name, 'Ada Example');
    assert.deepEqual(p.counts, { works: 3, citations: 7, hIndex: 1, topics: 0, collaborators: 0 });
    // The score with its breakdown (the badge's explanation lists it): only the record itself counts here.
    assert.deepEqual(p.trust, { score: 10, level: 1, claimed: false, label: 'Unclaimed', signals: [{ id: 'openalex-record', points: 10, source: 'OpenAlex' }] });

    r = await run(['snapshot', `${base}/missing.bib`]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr.trim(), 'researcher-elements: The BibTeX file missing.bib was not found (HTTP 404).');
  } finally {
    server.close();
  }
});
