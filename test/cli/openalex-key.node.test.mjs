// The OpenAlex API key in the snapshot command (issue 11): --api-key and OPENALEX_API_KEY reach
// OpenAlex as its api_key parameter, and the key is never written to stdout, stderr or the --out
// file, even when the server's answer quotes the request URL. OpenAlex is a server on 127.0.0.1
// (fake-openalex.mjs redirects the command's requests to it); nothing touches the internet.
//   node --test test/cli/openalex-key.node.test.mjs   (after `npm run build`)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin', 'researcher-elements.mjs');
const preload = pathToFileURL(join(root, 'test', 'cli', 'fake-openalex.mjs')).href;
const dist = process.env.RESEARCHER_ELEMENTS_DIST ? resolve(process.env.RESEARCHER_ELEMENTS_DIST) : join(root, 'dist');
const built = existsSync(join(dist, 'cli', 'main.js'));
const needsBuild = built ? {} : { skip: `the compiled command is missing (${dist}/cli/main.js); run npm run build first` };
const tmp = mkdtempSync(join(tmpdir(), 're-cli-key-'));

// Characters that URL encoding changes, so both the raw and the encoded form must stay hidden.
const KEY = 'sk+Zq/9=Secret-7f3a';

const AUTHOR = {
  id: 'https://openalex.org/A42',
  display_name: 'Ada Example',
  works_count: 2,
  cited_by_count: 7,
  summary_stats: { h_index: 1 },
};
const WORKS = {
  meta: { count: 2, next_cursor: null },
  results: [
    { id: 'https://openalex.org/W1', title: 'First', publication_year: 2024, authorships: [{ author: { id: 'https://openalex.org/A42', display_name: 'Ada Example' } }] },
    { id: 'https://openalex.org/W2', title: 'Second', publication_year: 2023, authorships: [{ author: { id: 'https://openalex.org/A42', display_name: 'Ada Example' } }] },
  ],
};

/** What OpenAlex does for each request; `routes` decides the answer, every request is recorded. */
async function openAlex(routes) {
  const requests = [];
  const server = createServer((req, res) => {
    requests.push(new URL(req.url, 'http://openalex.test'));
    const [status, body] = routes(req.url);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { base: `http://127.0.0.1:${server.address().port}/`, requests, close: () => new Promise((ok) => server.close(ok)) };
}

/** An error body that quotes the request, as some APIs do. */
const echo = (status, why) => (url) => [status, { error: why, message: `${why}: GET ${url}`, request: url }];

function run(args, { base, env = {} }) {
  const childEnv = { ...process.env, RESEARCHER_ELEMENTS_DIST: dist, RE_TEST_OPENALEX: base, ...env };
  if (!('OPENALEX_API_KEY' in env)) delete childEnv.OPENALEX_API_KEY;
  return new Promise((done) => {
    execFile(process.execPath, ['--import', preload, bin, ...args], { cwd: root, env: childEnv }, (err, stdout, stderr) => {
      done({ code: err ? err.code : 0, stdout, stderr });
    });
  });
}

/** The key in any form a message could carry it. */
function assertNoKey(text, where) {
  for (const form of [KEY, encodeURIComponent(KEY), 'Secret-7f3a']) assert.ok(!text.includes(form), `${where} contains the API key (${form}):\n${text}`);
}

test('--api-key reaches OpenAlex as api_key on every request, and appears in no output', needsBuild, async () => {
  const server = await openAlex((url) => (url.startsWith('/authors/') ? [200, AUTHOR] : [200, WORKS]));
  try {
    const out = join(tmp, 'profile.json');
    const r = await run(['snapshot', '--openalex', 'A42', '--api-key', KEY, '--out', out], server);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      server.requests.map((u) => u.pathname),
      ['/authors/A42', '/works'],
    );
    for (const u of server.requests) assert.equal(u.searchParams.get('api_key'), KEY, `${u.pathname} was sent without the key`);
    const file = readFileSync(out, 'utf8');
    assert.equal(JSON.parse(file).works.length, 2);
    assertNoKey(file, 'the --out file');
    assertNoKey(r.stdout, 'stdout');
    assertNoKey(r.stderr, 'stderr');
    assert.match(r.stderr, /Wrote .*profile\.json: Ada Example, 2 works/);
    assert.doesNotMatch(r.stderr, /no OpenAlex API key/);
  } finally {
    await server.close();
  }
});

test('OPENALEX_API_KEY is used when --api-key is not given; stdout carries the profile, not the key', needsBuild, async () => {
  const server = await openAlex((url) => (url.startsWith('/authors/') ? [200, AUTHOR] : [200, WORKS]));
  try {
    const r = await run(['snapshot', 'https://openalex.org/A42'], { ...server, env: { OPENALEX_API_KEY: KEY } });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(server.requests.length, 2);
    for (const u of server.requests) assert.equal(u.searchParams.get('api_key'), KEY);
    assert.equal(JSON.parse(r.stdout).name, 'Ada Example');
    assertNoKey(r.stdout, 'stdout');
    assertNoKey(r.stderr, 'stderr');
  } finally {
    await server.close();
  }
});

test('a refusal that quotes the request URL (and so the key) never shows the key', needsBuild, async () => {
  for (const status of [401, 403, 429]) {
    const server = await openAlex(echo(status, 'Invalid or exhausted API key'));
    try {
      const r = await run(['snapshot', '--openalex', 'A42', `--api-key=${KEY}`], server);
      assert.equal(r.code, 1, `HTTP ${status}: ${r.stderr}`);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^researcher-elements: .*OpenAlex/m);
      assert.ok(server.requests.length >= 1);
      assert.equal(server.requests[0].searchParams.get('api_key'), KEY, 'the server did not receive the key');
      assertNoKey(r.stderr, `stderr (HTTP ${status})`);
    } finally {
      await server.close();
    }
  }
});

test('a works page refused with the URL quoted: the partial profile and its warning carry no key', needsBuild, async () => {
  const server = await openAlex((url) => (url.startsWith('/authors/') ? [200, AUTHOR] : echo(403, 'List calls need budget')(url)));
  try {
    const r = await run(['snapshot', '--openalex', 'A42', '--api-key', KEY], server);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(server.requests[1].searchParams.get('api_key'), KEY);
    assert.match(r.stderr, /The profile shows 0 of 2 works/);
    assert.equal(JSON.parse(r.stdout).name, 'Ada Example');
    assertNoKey(r.stdout, 'stdout');
    assertNoKey(r.stderr, 'stderr');
  } finally {
    await server.close();
  }
});

test('without a key: a note says how to give one, and a refusal says a key would help', needsBuild, async () => {
  const server = await openAlex(echo(429, 'Daily budget exceeded'));
  try {
    const r = await run(['snapshot', '--openalex', 'A42', '--max-works', '0'], server);
    assert.equal(r.code, 1);
    assert.equal(server.requests[0].searchParams.get('api_key'), null);
    assert.match(r.stderr, /no OpenAlex API key/);
    // The refusal names OpenAlex and the cause (the allowance), then says how to give a key.
    assert.match(r.stderr, /^researcher-elements: OpenAlex did not send .*daily allowance.* Give an OpenAlex API key with --api-key or the OPENALEX_API_KEY environment variable/m);
  } finally {
    await server.close();
  }
});

test('--mailto is accepted but not sent: OpenAlex has no polite pool any more', needsBuild, async () => {
  const server = await openAlex((url) => (url.startsWith('/authors/') ? [200, AUTHOR] : [200, WORKS]));
  try {
    const r = await run(['snapshot', '--openalex', 'A42', '--api-key', KEY, '--mailto', 'lab@uni.example'], server);
    assert.equal(r.code, 0, r.stderr);
    for (const u of server.requests) assert.equal(u.searchParams.get('mailto'), null);
    assert.match(r.stderr, /--mailto is ignored: OpenAlex no longer has an email "polite pool".*give --api-key instead/);
  } finally {
    await server.close();
  }
});

test('a usage error never echoes the key', needsBuild, async () => {
  const r = await run(['snapshot', '--openalex', 'W1', '--api-key', KEY], { base: 'http://127.0.0.1:9/' });
  assert.equal(r.code, 2);
  assertNoKey(r.stderr, 'stderr');
  const bad = await run(['snapshot', '--openalex', 'A42', '--api-key', KEY, '--max-works', KEY], { base: 'http://127.0.0.1:9/' });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--max-works must be a whole number/);
  assertNoKey(bad.stderr, 'stderr');
  const empty = await run(['snapshot', '--openalex', 'A42', '--api-key', ' '], { base: 'http://127.0.0.1:9/' });
  assert.equal(empty.code, 2);
  assert.match(empty.stderr, /--api-key is empty/);
  const render = await run(['render', '--profile', 'x.json', '--api-key', KEY], { base: 'http://127.0.0.1:9/' });
  assert.equal(render.code, 2);
  assert.match(render.stderr, /--api-key is not an option of render/);
  assertNoKey(render.stderr, 'stderr');
});

test('--help names the key options, says list calls are metered, and no longer recommends the polite pool', needsBuild, async () => {
  const r = await run(['snapshot', '--help'], { base: 'http://127.0.0.1:9/' });
  assert.equal(r.code, 0);
  assert.match(r.stdout, /--api-key KEY/);
  assert.match(r.stdout, /OPENALEX_API_KEY/);
  assert.match(r.stdout, /list call, metered/);
  assert.doesNotMatch(r.stdout, /polite pool \(recommended\)/);
  assert.match(r.stdout, /--mailto EMAIL\s+deprecated and ignored/);
});

test('Output.redact hides a secret in its raw and URL-encoded forms, in results, messages and console warnings', needsBuild, async () => {
  const { Output, REDACTED } = await import(pathToFileURL(join(dist, 'cli', 'output.js')).href);
  const out = new Output();
  out.addSecret(KEY);
  const url = `https://api.openalex.org/works?filter=author.id:A42&api_key=${encodeURIComponent(KEY)}`;
  assert.equal(out.redact(`GET ${url} (key ${KEY})`), `GET https://api.openalex.org/works?filter=author.id:A42&api_key=${REDACTED} (key ${REDACTED})`);
  assert.equal(out.redact('nothing secret'), 'nothing secret');
  // A mistyped short "key" is not a secret worth mangling the profile for.
  const short = new Output();
  short.addSecret('x');
  assert.equal(short.redact('{"name": "Max Example"}'), '{"name": "Max Example"}');
  // The library's console warnings pass through the same filter while the command runs.
  const written = [];
  const write = process.stderr.write;
  process.stderr.write = (chunk) => written.push(String(chunk)) > 0;
  const restore = out.captureConsole();
  try {
    console.warn('researcher-elements: page 2 of %s failed', url);
  } finally {
    restore();
    process.stderr.write = write;
  }
  assert.equal(written.length, 1);
  assert.match(written[0], /page 2 of https:\/\/api\.openalex\.org\/works\?filter=author\.id:A42&api_key=\[redacted\]/);
  assertNoKey(written[0], 'a console warning');
});
