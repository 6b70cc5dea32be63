// `researcher-elements snapshot --also …` and the cross-links (`--link-sources`, on by default;
// `--no-link-sources`): a static site gets the merged profile. OpenAlex and ORCID are one server
// on 127.0.0.1 (fake-openalex.mjs redirects the command's requests to it), every request
// recorded; the data is small and written for the project. Nothing touches the internet.
//   node --test test/cli/snapshot-sources.node.test.mjs   (after `npm run build`)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin', 'researcher-elements.mjs');
const preload = pathToFileURL(join(root, 'test', 'cli', 'fake-openalex.mjs')).href;
const dist = process.env.RESEARCHER_ELEMENTS_DIST ? resolve(process.env.RESEARCHER_ELEMENTS_DIST) : join(root, 'dist');
const built = existsSync(join(dist, 'cli', 'snapshot-sources.js')) && existsSync(join(dist, 'data', 'sources', 'index.js'));
const needsBuild = built ? {} : { skip: `the compiled command is missing (${dist}/cli/snapshot-sources.js); run npm run build first` };
const tmp = mkdtempSync(join(tmpdir(), 're-cli-sources-'));

const ORCID = '0000-0002-1825-0097';
const KEY = 'sk-sources-Secret-91c2';
const ada = { id: 'https://openalex.org/A42', display_name: 'Ada Example' };
const coauthor = { id: 'https://openalex.org/A7', display_name: 'Grace Sample' };
const AUTHOR = { id: ada.id, display_name: 'A. Example', orcid: `https://orcid.org/${ORCID}`, works_count: 2, cited_by_count: 9, summary_stats: { h_index: 1 } };
const WORKS = {
  meta: { count: 2, next_cursor: null },
  results: [
    { id: 'https://openalex.org/W1', doi: 'https://doi.org/10.5555/shared.1', title: 'A shared sample article', publication_year: 2024, cited_by_count: 9, authorships: [{ author: ada }, { author: coauthor }] },
    { id: 'https://openalex.org/W2', title: 'An OpenAlex-only sample', publication_year: 2023, authorships: [{ author: ada }, { author: coauthor }] },
  ],
};
const work = (putCode, title, doi) => ({
  'external-ids': { 'external-id': doi ? [{ 'external-id-type': 'doi', 'external-id-value': doi, 'external-id-relationship': 'self' }] : [] },
  'work-summary': [{ 'put-code': putCode, type: 'journal-article', title: { title: { value: title } }, 'publication-date': { year: { value: '2024' } }, 'external-ids': { 'external-id': doi ? [{ 'external-id-type': 'doi', 'external-id-value': doi }] : [] } }],
});
const RECORD = {
  'orcid-identifier': { path: ORCID },
  person: { name: { 'given-names': { value: 'Ada' }, 'family-name': { value: 'Example' } } },
  'activities-summary': { works: { group: [work(11, 'A shared sample article', '10.5555/shared.1'), work(12, 'An ORCID-only sample')] } },
};
const BIB = `@misc{lab2025, title = {A lab-only sample report}, author = {Example, Ada}, year = {2025}}
@article{shared, title = {A shared sample article}, author = {Example, Ada}, year = {2024}, doi = {10.5555/shared.1}}
`;
const bibFile = join(tmp, 'lab.bib');
writeFileSync(bibFile, BIB);

async function apis({ author = AUTHOR } = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    requests.push(new URL(req.url, 'http://apis.test'));
    const path = decodeURIComponent(new URL(req.url, 'http://apis.test').pathname);
    const [status, body] =
      path === `/v3.0/${ORCID}/record` ? [200, RECORD]
      : path.startsWith('/authors/') ? (author ? [200, author] : [404, { error: 'Not Found' }])
      : path === '/works' ? [200, WORKS]
      : [404, { error: 'unexpected' }];
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}/`;
  return { base, requests, close: () => new Promise((ok) => server.close(ok)) };
}

function run(args, base) {
  const env = { ...process.env, RESEARCHER_ELEMENTS_DIST: dist, RE_TEST_OPENALEX: base, RE_TEST_ORCID: base };
  delete env.OPENALEX_API_KEY;
  return new Promise((done) => {
    execFile(process.execPath, ['--import', preload, bin, ...args], { cwd: root, env }, (err, stdout, stderr) => done({ code: err ? err.code : 0, stdout, stderr }));
  });
}

const paths = (reqs) => reqs.map((u) => decodeURIComponent(u.pathname));

test('--orcid with --also FILE: ORCID identity, the OpenAlex author by its free lookup, works merged once each', needsBuild, async () => {
  const server = await apis();
  try {
    const out = join(tmp, 'merged.json');
    const r = await run(['snapshot', '--orcid', ORCID, '--also', bibFile, '--api-key', KEY, '--out', out], server.base);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(paths(server.requests).sort(), [`/authors/orcid:${ORCID}`, `/v3.0/${ORCID}/record`, '/works'].sort());
    const p = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(p.id, ORCID);
    assert.equal(p.name, 'Ada Example');
    assert.equal(p.trust.claimed, true);
    assert.equal(p.counts.citations, 9);
    assert.deepEqual(p.people.map((x) => x.name), ['Grace Sample']);
    const titles = p.works.map((w) => w.title).sort();
    assert.deepEqual(titles, ['A lab-only sample report', 'A shared sample article', 'An ORCID-only sample', 'An OpenAlex-only sample']);
    const shared = p.works.find((w) => w.doi === '10.5555/shared.1');
    assert.deepEqual([...shared.sources].sort(), [`https://openalex.org/A42`, `https://orcid.org/${ORCID}`, pathToFileURL(bibFile).href].sort());
    assert.ok(p.trust.signals.some((s) => s.id === 'openalex-linked'));
    for (const text of [readFileSync(out, 'utf8'), r.stdout, r.stderr]) assert.ok(!text.includes(KEY), 'the key is written nowhere');
  } finally {
    await server.close();
  }
});

test('--openalex links its ORCID record; --no-link-sources loads the one source', needsBuild, async () => {
  const server = await apis();
  try {
    const out = join(tmp, 'linked.json');
    const r = await run(['snapshot', '--openalex', 'A42', '--out', out], server.base);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(paths(server.requests).includes(`/v3.0/${ORCID}/record`));
    const p = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(p.id, ORCID);
    assert.equal(p.works.length, 3);

    server.requests.length = 0;
    const alone = join(tmp, 'alone.json');
    const r2 = await run(['snapshot', '--openalex', 'A42', '--no-link-sources', '--out', alone], server.base);
    assert.equal(r2.code, 0, r2.stderr);
    assert.deepEqual(paths(server.requests), ['/authors/A42', '/works']);
    assert.equal(JSON.parse(readFileSync(alone, 'utf8')).id, 'A42');
  } finally {
    await server.close();
  }
});

test('a link that finds nothing is a warning; the snapshot is the ORCID record', needsBuild, async () => {
  const server = await apis({ author: null });
  try {
    const out = join(tmp, 'orcid-only.json');
    const r = await run(['snapshot', '--orcid', ORCID, '--out', out], server.base);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`No OpenAlex author has the ORCID iD ${ORCID}`));
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).works.length, 2);
  } finally {
    await server.close();
  }
});

test('--also and --link-sources usage errors', needsBuild, async () => {
  const cases = [
    [['snapshot', '--orcid', ORCID, '--also', '  '], /--also is empty/],
    [['snapshot', '--orcid', ORCID, '--also', 'nonsense'], /--also "nonsense" is neither/],
    [['snapshot', '--orcid', ORCID, '--link-sources', '--no-link-sources'], /not both/],
    [['snapshot', '--group', 'g.json', '--out', tmp, '--also', 'A1'], /--also is not an option of snapshot --group/],
  ];
  for (const [args, re] of cases) {
    const r = await run(args, 'http://127.0.0.1:9/');
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, re);
  }
});

test('snapshot --group: a member\'s also is merged into its file, and left out of the written roster', needsBuild, async () => {
  const server = await apis();
  try {
    const dir = mkdtempSync(join(tmpdir(), 're-cli-sources-group-'));
    writeFileSync(join(dir, 'ada.bib'), BIB);
    const roster = { version: 1, kind: 'group', id: 'lab', name: 'Sample Lab', members: [{ src: 'https://api.openalex.org/authors/A42', also: ['ada.bib'] }] };
    writeFileSync(join(dir, 'roster.json'), JSON.stringify(roster));
    const out = join(dir, 'site');
    const r = await run(['snapshot', '--group', join(dir, 'roster.json'), '--out', out], server.base);
    assert.equal(r.code, 0, r.stderr);
    const written = JSON.parse(readFileSync(join(out, 'group.json'), 'utf8'));
    assert.equal(written.members[0].also, undefined);
    assert.equal(written.members[0].format, 'profile');
    const member = JSON.parse(readFileSync(join(out, written.members[0].src), 'utf8'));
    assert.deepEqual(member.works.map((w) => w.title).sort(), ['A lab-only sample report', 'A shared sample article', 'An OpenAlex-only sample']);
    assert.equal(paths(server.requests).filter((p) => p.startsWith('/v3.0/')).length, 0, 'a roster member is not cross-linked');
  } finally {
    await server.close();
  }
});
