// `researcher-elements snapshot --group FILE --out DIR` (issue 10, "Snapshot of a whole group"):
// one profile file per member, the roster pointing at them, the merged group; OpenAlex works
// batched across members; the key in no file; resumable (--max-age, --refresh); a failed member
// fails the command unless --allow-partial. OpenAlex is a server on 127.0.0.1 (fake-openalex.mjs
// redirects the command's requests to it); nothing touches the internet.
//   node --test test/cli/snapshot-group.node.test.mjs   (after `npm run build`)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin', 'researcher-elements.mjs');
const preload = pathToFileURL(join(root, 'test', 'cli', 'fake-openalex.mjs')).href;
const dist = process.env.RESEARCHER_ELEMENTS_DIST ? resolve(process.env.RESEARCHER_ELEMENTS_DIST) : join(root, 'dist');
const built = existsSync(join(dist, 'cli', 'snapshot-group.js'));
const needsBuild = built ? {} : { skip: `the compiled command is missing (${dist}/cli/snapshot-group.js); run npm run build first` };

const KEY = 'sk+Grp/9=Secret-4b1d';
const author = (id, name) => ({ id: `https://openalex.org/${id}`, display_name: name, works_count: 2, cited_by_count: 5, summary_stats: { h_index: 1 } });
const by = (id, name) => ({ author: { id: `https://openalex.org/${id}`, display_name: name } });
const WORKS = {
  meta: { count: 3, next_cursor: null },
  results: [
    { id: 'https://openalex.org/W1', title: 'Joint work of the lab', publication_year: 2024, authorships: [by('A41', 'Ann One'), by('A42', 'Bob Two')] },
    { id: 'https://openalex.org/W2', title: 'Ann on her own', publication_year: 2023, authorships: [by('A41', 'Ann One')] },
    { id: 'https://openalex.org/W3', title: 'Bob on his own', publication_year: 2022, authorships: [by('A42', 'Bob Two')] },
  ],
};
const LOCAL = { version: 1, id: 'lee-local', name: 'Lee Local', works: [{ id: 'lee-1', title: 'A paper kept by hand', year: 2021, type: 'article', authors: [{ name: 'Lee Local' }] }] };

/** OpenAlex: A41 and A42 answer, anything else is 404 (quoting the request, key included). */
async function openAlex({ flaky = [], refuseWorks = false } = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    requests.push(new URL(req.url, 'http://openalex.test'));
    const path = req.url.split('?')[0];
    // A path in `flaky` answers 503 the first time it is asked for.
    if (refuseWorks && path === '/works') {
      res.writeHead(403, { 'content-type': 'application/json' });
      return res.end('{"error":"List calls need budget"}');
    }
    if (flaky.includes(path) && requests.filter((u) => u.pathname === path).length === 1) {
      res.writeHead(503, { 'content-type': 'application/json' });
      return res.end('{"error":"busy"}');
    }
    const answers = { '/authors/A41': author('A41', 'Ann One'), '/authors/A42': author('A42', 'Bob Two'), '/works': WORKS };
    const body = answers[path];
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body ?? { error: 'Not found', message: `No such author: GET ${req.url}` }));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { base: `http://127.0.0.1:${server.address().port}/`, requests, close: () => new Promise((ok) => server.close(ok)) };
}

function run(args, base) {
  const env = { ...process.env, RESEARCHER_ELEMENTS_DIST: dist, RE_TEST_OPENALEX: base, OPENALEX_API_KEY: KEY };
  return new Promise((done) => {
    execFile(process.execPath, ['--import', preload, bin, ...args], { cwd: root, env }, (err, stdout, stderr) => done({ code: err ? err.code : 0, stdout, stderr }));
  });
}

/** A roster in a fresh directory: two OpenAlex members and one local profile JSON. */
function lab(extraMembers = []) {
  const dir = mkdtempSync(join(tmpdir(), 're-cli-group-'));
  mkdirSync(join(dir, 'people'));
  writeFileSync(join(dir, 'people', 'lee.json'), JSON.stringify(LOCAL));
  const roster = {
    version: 1,
    kind: 'group',
    id: 'test-lab',
    name: 'Test Lab',
    members: [
      { src: 'https://api.openalex.org/authors/A41', role: 'lead' },
      { src: 'https://openalex.org/A42', format: 'openalex' },
      { src: 'people/lee.json', role: 'alumni', name: 'Lee L.' },
      ...extraMembers,
    ],
  };
  writeFileSync(join(dir, 'group.json'), JSON.stringify(roster));
  return { roster: join(dir, 'group.json'), out: join(dir, 'site') };
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const lists = (requests) => requests.filter((u) => u.pathname === '/works');

function allFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

test('a group: member files, the roster pointing at them, the merged group; one list call for two OpenAlex members; no key anywhere', needsBuild, async () => {
  const server = await openAlex();
  try {
    const { roster, out } = lab();
    const today = new Date().toISOString().slice(0, 10);
    const r = await run(['snapshot', '--group', roster, '--out', out], server.base);
    assert.equal(r.code, 0, r.stderr);
    // Two free lookups, and the works of both in one batched list call.
    assert.deepEqual(server.requests.map((u) => u.pathname).sort(), ['/authors/A41', '/authors/A42', '/works']);
    assert.equal(lists(server.requests)[0].searchParams.get('filter'), 'author.id:A41|A42');
    for (const u of server.requests) assert.equal(u.searchParams.get('api_key'), KEY);

    const written = readJson(join(out, 'group.json'));
    assert.equal(written.kind, 'group');
    assert.equal(written.name, 'Test Lab');
    assert.deepEqual(written.members.map((m) => [m.src, m.format, m.role]), [
      ['members/openalex-A41.json', 'profile', 'lead'],
      ['members/openalex-A42.json', 'profile', 'member'],
      [written.members[2].src, 'profile', 'alumni'],
    ]);
    assert.match(written.members[2].src, /^members\/lee-[0-9a-f]{8}\.json$/);
    assert.equal(written.members[2].name, 'Lee L.');
    // Every member src is a local file in DIR, relative to the roster.
    const profiles = written.members.map((m) => readJson(join(out, m.src)));
    assert.deepEqual(profiles.map((p) => p.name), ['Ann One', 'Bob Two', 'Lee Local']);
    assert.deepEqual(profiles.map((p) => p.works.length), [2, 2, 1]);
    for (const p of profiles.slice(0, 2)) assert.equal(p.retrieved, today);

    const merged = readJson(join(out, 'group.merged.json'));
    assert.equal(merged.counts.members, 3);
    assert.equal(merged.counts.available, 3);
    assert.equal(merged.counts.works, 4, 'the joint work is merged once');
    assert.deepEqual(merged.links.map((l) => [l.source, l.target, l.works]), [['A41', 'A42', 1]]);
    assert.equal(merged.members[0].profile, undefined, 'profiles live in members/, not in the merged file');

    assert.match(r.stderr, /members 3\/3 · 3 requests · 0 retries/);
    assert.match(r.stderr, /Requests: 2 author lookups, 1 works list call, 0 ORCID, 0 other; 0 retries\./);
    for (const file of allFiles(out)) {
      const text = readFileSync(file, 'utf8');
      for (const form of [KEY, encodeURIComponent(KEY), 'Secret-4b1d']) assert.ok(!text.includes(form), `${file} contains the API key`);
    }
    for (const form of [KEY, encodeURIComponent(KEY)]) assert.ok(!r.stderr.includes(form) && !r.stdout.includes(form), 'a message contains the API key');
  } finally {
    await server.close();
  }
});

test('a second run within --max-age makes no requests; --refresh loads every member again', needsBuild, async () => {
  const server = await openAlex();
  try {
    const { roster, out } = lab();
    assert.equal((await run(['snapshot', '--group', roster, '--out', out], server.base)).code, 0);
    const first = server.requests.length;
    assert.equal(first, 3);

    const again = await run(['snapshot', '--group', roster, '--out', out, '--max-age', '7d'], server.base);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(server.requests.length, first, 'files newer than --max-age are kept');
    assert.match(again.stderr, /3 of 3 member files are newer than the maximum age and are kept/);
    assert.match(again.stderr, /Requests: 0 author lookups, 0 works list calls, 0 ORCID, 0 other; 0 retries\./);
    assert.equal(readJson(join(out, 'group.merged.json')).counts.works, 4, 'the merged group is rebuilt from the kept files');

    const refreshed = await run(['snapshot', '--group', roster, '--out', out, '--max-age', '7d', '--refresh'], server.base);
    assert.equal(refreshed.code, 0, refreshed.stderr);
    assert.equal(server.requests.length - first, 3);
    assert.equal(lists(server.requests.slice(first)).length, 1);
    assert.match(refreshed.stderr, /Requests: 2 author lookups, 1 works list call/);
  } finally {
    await server.close();
  }
});

test('a failed member: exit 1; with --allow-partial exit 0, and the roster keeps its original src', needsBuild, async () => {
  const server = await openAlex();
  try {
    const missing = { src: 'https://api.openalex.org/authors/A99', role: 'member' };
    const { roster, out } = lab([missing]);
    const r = await run(['snapshot', '--group', roster, '--out', out], server.base);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /member https:\/\/api\.openalex\.org\/authors\/A99 failed/);
    assert.match(r.stderr, /^researcher-elements: 1 of 4 members could not be loaded/m);
    assert.ok(!r.stderr.includes(KEY) && !r.stderr.includes(encodeURIComponent(KEY)), 'the 404 quoted the request, key and all');
    // The others are written all the same, so a re-run loads only the failed member.
    assert.ok(existsSync(join(out, 'members', 'openalex-A41.json')));

    const partial = await run(['snapshot', '--group', roster, '--out', out, '--allow-partial'], server.base);
    assert.equal(partial.code, 0, partial.stderr);
    const written = readJson(join(out, 'group.json'));
    assert.equal(written.members.length, 4);
    assert.equal(written.members[3].src, missing.src);
    assert.equal(written.members[3].format, undefined);
    const merged = readJson(join(out, 'group.merged.json'));
    assert.equal(merged.counts.available, 3);
    const unavailable = merged.members.find((m) => !m.available);
    assert.equal(unavailable.entry.src, missing.src);
    assert.equal(unavailable.error.status, 404);
    // Kept files made no requests: only the failed member was asked for again.
    assert.match(partial.stderr, /3 of 4 member files are newer/);
    for (const file of allFiles(out)) assert.ok(!readFileSync(file, 'utf8').includes('Secret-4b1d'), `${file} contains the API key`);
  } finally {
    await server.close();
  }
});

test('a request that failed and was made again counts as a retry, in the progress and the summary', needsBuild, async () => {
  const server = await openAlex({ flaky: ['/authors/A42'] });
  try {
    const { roster, out } = lab();
    const r = await run(['snapshot', '--group', roster, '--out', out], server.base);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(server.requests.filter((u) => u.pathname === '/authors/A42').length, 2);
    assert.match(r.stderr, /members 3\/3 · 4 requests · 1 retry/);
    assert.match(r.stderr, /Requests: 3 author lookups, 1 works list call, 0 ORCID, 0 other; 1 retry\./);
    assert.equal(readJson(join(out, 'members', 'openalex-A42.json')).name, 'Bob Two');
  } finally {
    await server.close();
  }
});

test('a member whose works did not load is written, and loaded again by the next run whatever --max-age says', needsBuild, async () => {
  const server = await openAlex({ refuseWorks: true });
  try {
    const { roster, out } = lab();
    const r = await run(['snapshot', '--group', roster, '--out', out], server.base);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readJson(join(out, 'members', 'openalex-A41.json')).name, 'Ann One');
    assert.match(r.stderr, /Ann One loaded only in part .*the next run reloads it/);
    const first = server.requests.length;
    const again = await run(['snapshot', '--group', roster, '--out', out, '--max-age', '7d'], server.base);
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual(server.requests.slice(first).map((u) => u.pathname).sort(), ['/authors/A41', '/authors/A42', '/works']);
    assert.match(again.stderr, /1 of 3 member files are newer/);
  } finally {
    await server.close();
  }
});

test('group options are checked: --out is required, --max-age needs a unit, group-only options need --group', needsBuild, async () => {
  const base = 'http://127.0.0.1:9/';
  const cases = [
    [['snapshot', '--group', 'group.json'], /--group needs --out DIR/],
    [['snapshot', '--group', 'group.json', '--out', 'site', '--max-age', 'soon'], /--max-age must be a number and a unit/],
    [['snapshot', '--openalex', 'A41', '--refresh'], /--refresh needs --group/],
    [['snapshot', '--group', 'group.json', '--out', 'site', '--name', 'X'], /--name is not an option of snapshot --group/],
    [['snapshot', '--group', 'group.json', '--openalex', 'A41', '--out', 'site'], /give exactly one source/],
  ];
  for (const [args, message] of cases) {
    const r = await run(args, base);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, message, args.join(' '));
  }
  const help = await run(['snapshot', '--help'], base);
  assert.match(help.stdout, /--group FILE/);
  assert.match(help.stdout, /--max-age AGE/);
  assert.match(help.stdout, /--allow-partial/);
});
