// Server rendering (src/ssr/index.ts, compiled into dist/ssr/) and the `render` command, run by
// Node's test runner after `npm run build`:  node --test test/ssr/*.node.test.mjs
// RESEARCHER_ELEMENTS_DIST may point at another build. Nothing here touches the network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hostileProfile, referenceProfile, richProfile } from './profiles.mjs';
import { FIXTURES, renderFixture } from './make-fixture.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin', 'researcher-elements.mjs');
const dist = process.env.RESEARCHER_ELEMENTS_DIST ? resolve(process.env.RESEARCHER_ELEMENTS_DIST) : join(root, 'dist');
const built = existsSync(join(dist, 'ssr', 'index.js'));
const needsBuild = built ? {} : { skip: `the compiled library is missing (${dist}/ssr/index.js); run npm run build first` };
const distUrl = pathToFileURL(dist + '/');

const ssr = built ? await import(new URL('ssr/index.js', distUrl).href) : {};
const { validateProfile } = built ? await import(new URL('data/validate.js', distUrl).href) : {};

/** What a reader sees: no styles, scripts, comments or tags; entities decoded; spaces collapsed. */
function visibleText(html) {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<script\b[\s\S]*?<\/script>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\u2066-\u2069]/g, '') // the invisible bidi isolates around names
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The JSON of every inline `<script type="application/json">`. */
function jsonScripts(html) {
  return [...html.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

/** The outer element (its start tag, DSD template and children) for `tag` at the top level. */
function topLevel(html, tag) {
  // The renderer puts each top-level element on a line of its own.
  const start = html.indexOf(`\n<${tag}`) + 1;
  assert.notEqual(start, 0, `<${tag}> is rendered`);
  return html.slice(start, html.indexOf(`</${tag}>\n`, start) + tag.length + 3);
}

test('renders the reference profile: declarative shadow DOM with the researcher and the publications', needsBuild, async () => {
  const html = await ssr.renderProfileHtml({ profile: referenceProfile, elements: ['researcher-card', 'trust-badge', 'publication-list'] });
  assert.ok(html.startsWith('<researcher-profile>\n<script type="application/json">'), 'a provider with the profile first');
  assert.ok(html.trimEnd().endsWith('</researcher-profile>'));
  // One declarative shadow root per element, plus the badge inside the card.
  assert.equal(html.match(/<template shadowroot="open" shadowrootmode="open">/g)?.length, 4);
  for (const tag of ['researcher-card', 'trust-badge', 'publication-list']) {
    assert.match(topLevel(html, tag), new RegExp(`^<${tag}[^>]* lang="en"[^>]*><template shadowroot="open" shadowrootmode="open"><style>`));
  }
  const text = visibleText(html);
  assert.match(text, /Wuhui Chen/);
  assert.match(text, /Trust 11 · Unverified/);
  assert.match(text, /Verification L1/);
  assert.match(text, /Unclaimed/);
  assert.match(text, /Training and Serving System of Foundation Models: A Comprehensive Survey/);
  assert.match(text, /\b1 publication\b/);
  assert.match(text, /Jiahang Zhou, Yanyu Chen, Zicong Hong, Wuhui Chen , Yue Yu/);
  assert.match(text, /Open to collaborate/);
  // The first render is the loaded one: no skeleton, no error.
  assert.doesNotMatch(html, /part="loading"|part="error"/);
  // COinS spans for reference managers are written by the browser, never by the server.
  assert.doesNotMatch(html, /Z3988|data-publication-list-coins/);
  // The card's own badge waits for the card to hydrate it; the top-level elements do not wait.
  assert.match(html, /<trust-badge[^>]*part="badge"[^>]*defer-hydration/);
  for (const tag of ['researcher-card', 'trust-badge', 'publication-list']) assert.doesNotMatch(topLevel(html, tag).slice(0, 200), /^<[^>]*defer-hydration/);
});

test('embeds the validated profile once, as JSON the browser validates to the same profile', needsBuild, async () => {
  const html = await ssr.renderProfileHtml({ profile: richProfile });
  const scripts = jsonScripts(html);
  assert.equal(scripts.length, 1);
  assert.equal((html.match(/<script/g) ?? []).length, 1, 'no other script');
  const embedded = JSON.parse(scripts[0]);
  const again = validateProfile(embedded);
  assert.equal(again.ok, true);
  assert.deepEqual(again.warnings, []);
  assert.deepEqual(again.profile, embedded, 'validation is idempotent, so the browser renders what the server rendered');
  assert.equal(embedded.name, 'Wuhui Chen');
  assert.equal(embedded.works.length, 7);
  // Default elements: the card (with its badge) and the list.
  assert.deepEqual(
    [...html.matchAll(/^<(researcher-card|trust-badge|publication-list)\b/gm)].map((m) => m[1]),
    ['researcher-card', 'publication-list'],
  );
  const text = visibleText(html);
  assert.match(text, /7 publications/);
  assert.match(text, /Sun Yat-sen University/);
  assert.match(text, /1,234/);
});

test('hostile strings are escaped: nothing from the data becomes markup or script', needsBuild, async () => {
  const warn = console.warn;
  console.warn = () => {};
  let html;
  try {
    html = await ssr.renderProfileHtml({ profile: hostileProfile, elements: ['researcher-card', 'trust-badge', 'publication-list'] });
  } finally {
    console.warn = warn;
  }
  // Exactly one script element (the JSON), and it cannot be closed early by the data.
  assert.equal((html.match(/<script/gi) ?? []).length, 1);
  assert.equal((html.match(/<\/script/gi) ?? []).length, 1);
  const [json] = jsonScripts(html);
  assert.doesNotMatch(json, /</);
  assert.doesNotMatch(json, /\u2028/);
  assert.equal(JSON.parse(json).name, hostileProfile.name, 'the JSON reads back unchanged');
  // No element, handler or URL from the data.
  const withoutJson = html.replace(json, '');
  assert.doesNotMatch(withoutJson, /<img|<b>|<\/template><script/i);
  assert.doesNotMatch(withoutJson, /<[a-z][^>]*\son[a-z]+=/i, 'no event handler attribute in any tag');
  assert.doesNotMatch(withoutJson, /<svg[^>]*onload/i);
  assert.doesNotMatch(withoutJson, /javascript:/i, 'unsafe URLs are dropped, not written');
  assert.equal((html.match(/<template /g) ?? []).length, 4, 'no template from the data');
  // The text is shown as text.
  const text = visibleText(withoutJson);
  assert.ok(text.includes('</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">Mallory'));
  // (The list cleans markup out of titles, as it does in the browser.)
  assert.match(text, /Publications 1 publication (Work )?2020 Title/);
});

test('lang and theme are written on every element, and numbers follow lang', needsBuild, async () => {
  const html = await ssr.renderProfileHtml({ profile: richProfile, lang: 'de', theme: 'dark' });
  for (const tag of ['researcher-card', 'publication-list']) assert.match(topLevel(html, tag), new RegExp(`^<${tag}[^>]* lang="de" theme="dark"`));
  assert.match(visibleText(html), /1\.234/);
  // The card's own badge speaks the card's language (on the server it cannot look up for it).
  const zh = await ssr.renderProfileHtml({ profile: referenceProfile, lang: 'zh-CN', elements: ['researcher-card'] });
  assert.match(zh, /<trust-badge[^>]* lang="zh-CN"[^>]*defer-hydration>/);
  assert.match(visibleText(zh), /研究者 .*信任度 11 · Unverified 验证等级 L1 未认领/);
  assert.doesNotMatch(visibleText(zh), /Unclaimed|Verification L1/);
  await assert.rejects(ssr.renderProfileHtml({ profile: richProfile, lang: 'en"><x' }), { name: 'RangeError', message: /lang: .* is not a language tag/ });
  await assert.rejects(ssr.renderProfileHtml({ profile: richProfile, theme: 'pink' }), { name: 'RangeError', message: /theme: expected light, dark or auto/ });
});

test('attributes: written escaped, and the ones that would fetch or run code are refused', needsBuild, async () => {
  const html = await ssr.renderProfileHtml({
    profile: richProfile,
    elements: ['researcher-card', 'publication-list'],
    attributes: {
      'researcher-profile': { id: 'me', class: 'profile "x"' },
      'researcher-card': { variant: 'compact', 'heading-level': 3 },
      'publication-list': { 'group-by': 'year', controls: 'none', 'data-note': '<b>&"', hidden: false, 'aria-label': null },
    },
  });
  assert.match(html, /^<researcher-profile id="me" class="profile &#34;x&#34;">/);
  assert.match(topLevel(html, 'researcher-card'), /^<researcher-card[^>]* variant="compact" heading-level="3"/);
  assert.match(topLevel(html, 'researcher-card'), /part="card"[^>]*aria-labelledby="name"/);
  assert.match(visibleText(topLevel(html, 'researcher-card')), /Wuhui Chen/);
  const list = topLevel(html, 'publication-list');
  assert.match(list, /^<publication-list[^>]* group-by="year" controls="none" data-note="&lt;b&gt;&amp;&quot;">/);
  assert.match(list, /part="group-heading"[^>]*id="publication-list-2024"/);
  assert.doesNotMatch(list, /part="controls"/);
  const refused = [
    [{ 'publication-list': { src: '/me.json' } }, /"src": the profile is embedded in the page; a src would make the browser fetch it again/],
    [{ 'researcher-card': { onclick: 'alert(1)' } }, /"onclick": event handler attributes are not written/],
    [{ 'researcher-card': { 'x" onclick="y': '1' } }, /only lower-case names/],
    [{ 'researcher-card': { lang: 'de' } }, /"lang": give the lang option instead/],
    [{ 'researcher-card': { 'api-key': 'secret-key-123' } }, /"api-key": an API key must never be written into a page/],
    [{ 'researcher-profile': { 'api-key': 'secret-key-123' } }, /"api-key": an API key must never be written/],
    [{ 'publication-list': { 'fallback-src': '/snapshot.json' } }, /"fallback-src": the profile is embedded in the page/],
    [{ 'collab-graph': { mode: 'full' } }, /<collab-graph> is not rendered on the server \(it draws on a canvas/],
  ];
  for (const [attributes, message] of refused) {
    await assert.rejects(ssr.renderProfileHtml({ profile: richProfile, attributes }), { name: 'RangeError', message });
  }
  // The refusal message never repeats the key itself.
  await assert.rejects(ssr.renderProfileHtml({ profile: richProfile, attributes: { 'researcher-card': { 'api-key': 'secret-key-123' } } }), (err) => !String(err.message).includes('secret-key-123'));
  await assert.rejects(ssr.renderElementHtml('researcher-card', { profile: richProfile, attributes: { 'api-key': 'secret-key-123' } }), /"api-key"/);
});

test('bad input: unknown elements and invalid profiles fail with a message that says what is wrong', needsBuild, async () => {
  await assert.rejects(ssr.renderProfileHtml({ profile: richProfile, elements: ['collab-graph'] }), /collab-graph> is not rendered on the server/);
  await assert.rejects(ssr.renderProfileHtml({ profile: richProfile, elements: [] }), /give at least one element/);
  await assert.rejects(ssr.renderProfileHtml({ profile: { version: 1, id: 'x' } }), {
    name: 'ProfileLoadError',
    message: /The profile data is not in the expected format: name/,
  });
  await assert.rejects(ssr.renderProfileHtml({ profile: '{"version": 1,' }), { name: 'ProfileLoadError', message: /The profile is not valid JSON/ });
  // JSON text is accepted like the object.
  const fromText = await ssr.renderProfileHtml({ profile: JSON.stringify(referenceProfile) });
  assert.equal(fromText, await ssr.renderProfileHtml({ profile: referenceProfile }));
});

test('relative URLs resolve against baseUrl, as in the browser; without it they are an error', needsBuild, async () => {
  const profile = {
    ...referenceProfile,
    avatar: '/images/wuhui.jpg',
    affiliation: { name: 'Lab', url: '../lab/' },
    links: { ...referenceProfile.links, profile: 'https://example.org/abs', contact: 'mailto:w@example.org', explorer: 'explore.html' },
  };
  await assert.rejects(ssr.renderProfileHtml({ profile }), {
    name: 'RangeError',
    message: /relative URLs: avatar \("\/images\/wuhui\.jpg"\), affiliation\.url \("\.\.\/lab\/"\), links\.explorer \("explore\.html"\); give baseUrl/,
  });
  await assert.rejects(ssr.renderProfileHtml({ profile, baseUrl: 'people/wuhui/' }), /baseUrl: "people\/wuhui\/" is not an absolute address/);
  const html = await ssr.renderProfileHtml({ profile, baseUrl: 'https://lab.example.org/people/wuhui/' });
  const embedded = JSON.parse(jsonScripts(html)[0]);
  assert.equal(embedded.avatar, 'https://lab.example.org/images/wuhui.jpg');
  assert.equal(embedded.affiliation.url, 'https://lab.example.org/people/lab/');
  assert.equal(embedded.links.explorer, 'https://lab.example.org/people/wuhui/explore.html');
  assert.equal(embedded.links.profile, 'https://example.org/abs');
  assert.equal(embedded.links.contact, 'mailto:w@example.org');
  // The card shows the avatar, as the browser will.
  assert.match(topLevel(html, 'researcher-card'), /<img part="avatar-image" src="https:\/\/lab\.example\.org\/images\/wuhui\.jpg"/);
  const cli = await run(['render', '--profile', '-', '--base-url', 'https://lab.example.org/people/wuhui/'], JSON.stringify(profile));
  assert.equal(cli.code, 0, cli.stderr);
  assert.equal(cli.stdout, html);
  const noBase = await run(['render', '--profile', '-'], JSON.stringify(profile));
  assert.equal(noBase.code, 2);
  assert.match(noBase.stderr, /relative URLs: avatar/);
});

test('renderElementHtml: one element with the profile as its own inline JSON', needsBuild, async () => {
  const html = await ssr.renderElementHtml('trust-badge', { profile: referenceProfile, theme: 'light' });
  assert.match(html, /^<trust-badge[^>]* lang="en" theme="light"><template shadowroot="open" shadowrootmode="open">/);
  assert.match(html, /<\/template><script type="application\/json">\{"version":1,[^<]*<\/script><\/trust-badge>$/);
  assert.match(visibleText(html), /Trust 11 · Unverified Verification L1/);
  assert.equal(JSON.parse(jsonScripts(html)[0]).id, 'wuhui-chen');
  await assert.rejects(ssr.renderElementHtml('researcher-profile', { profile: referenceProfile }), /is not rendered on the server/);
});

test(`the browser test's fixtures are current (else: node test/ssr/make-fixture.mjs)`, needsBuild, async () => {
  for (const [file, lang] of Object.entries(FIXTURES)) {
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : null;
    const fresh = await renderFixture(lang, distUrl);
    assert.ok(
      committed === fresh,
      `${file} is not what the server renders now (the elements' templates changed): run \`node test/ssr/make-fixture.mjs\` after the build and commit it`,
    );
  }
});

// --- the `render` command ---------------------------------------------------------------------

function run(args, input) {
  return new Promise((done) => {
    const child = execFile(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, RESEARCHER_ELEMENTS_DIST: dist } }, (err, stdout, stderr) => {
      done({ code: err ? err.code : 0, stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}

const tmp = mkdtempSync(join(tmpdir(), 're-ssr-'));
const profileFile = join(tmp, 'profile.json');
writeFileSync(profileFile, JSON.stringify(referenceProfile, null, 2));

test('render prints the fragment and exits 0', needsBuild, async () => {
  const r = await run(['render', '--profile', profileFile, '--elements', 'researcher-card,publication-list']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, await ssr.renderProfileHtml({ profile: referenceProfile, elements: ['researcher-card', 'publication-list'] }));
  assert.match(r.stdout, /<template shadowroot="open" shadowrootmode="open">/);
  const text = visibleText(r.stdout);
  assert.match(text, /Wuhui Chen/);
  assert.match(text, /Trust 11/);
  assert.match(text, /1 publication/);
});

test('render --out writes the file; options reach the renderer; - reads standard input', needsBuild, async () => {
  const out = join(tmp, 'fragment.html');
  const r = await run(['render', '--profile', '-', '--elements', 'trust-badge', '--lang', 'de', '--theme', 'auto', '--attr', 'researcher-profile:id=me', '--attr', 'trust-badge:hidden', '--out', out], JSON.stringify(richProfile));
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^Wrote .*fragment\.html: Wuhui Chen, trust-badge \(\d+\.\d KB\)\.$/m);
  const html = readFileSync(out, 'utf8');
  assert.match(html, /^<researcher-profile id="me">/);
  assert.match(html, /<trust-badge[^>]* lang="de" theme="auto" hidden>/);
  assert.match(visibleText(html), /Trust 72,5/);
});

test('render: bad input exits 1 with a clear message', needsBuild, async () => {
  const invalid = join(tmp, 'invalid.json');
  writeFileSync(invalid, JSON.stringify({ version: 1, id: 'x', name: 42 }));
  const notJson = join(tmp, 'not.json');
  writeFileSync(notJson, '{"version": 1,');
  const cases = [
    [['--profile', invalid], /invalid\.json: The profile data is not in the expected format: name/],
    [['--profile', notJson], /not\.json is not valid JSON/],
    [['--profile', join(tmp, 'missing.json')], /missing\.json could not be read \(ENOENT\)/],
  ];
  for (const [args, message] of cases) {
    const r = await run(['render', ...args]);
    assert.equal(r.code, 1, args.join(' '));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, message);
  }
});

test('render: usage errors exit 2 and print the render usage', needsBuild, async () => {
  const cases = [
    [[], /no profile given/],
    [['--profile', profileFile, '--elements', 'collab-graph'], /collab-graph is not rendered on the server/],
    [['--profile', profileFile, '--elements', 'researcher-card,nope'], /unknown element "nope" in --elements/],
    [['--profile', profileFile, '--theme', 'pink'], /theme: expected light, dark or auto/],
    [['--profile', profileFile, '--attr', 'publication-list:src=/me.json'], /a src would make the browser fetch it again/],
    [['--profile', profileFile, '--attr', 'nonsense'], /--attr "nonsense": expected TAG:NAME=VALUE/],
    [['--profile', profileFile, '--orcid', '0000-0003-0902-4386'], /--orcid is not an option of render/],
    [['--profile', profileFile, 'extra'], /unexpected argument "extra"/],
  ];
  for (const [args, message] of cases) {
    const r = await run(['render', ...args]);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, message);
    assert.match(r.stderr, /Usage: researcher-elements render --profile FILE/);
  }
  const help = await run(['render', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: researcher-elements render --profile FILE/);
  const snapshotOption = await run(['snapshot', '--profile', profileFile]);
  assert.equal(snapshotOption.code, 2);
  assert.match(snapshotOption.stderr, /--profile is not an option of snapshot/);
});
