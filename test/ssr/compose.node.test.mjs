// Composing the server-rendered <researcher-profile> with other children (<collab-graph>, the
// page's own markup) through the API, with no string splicing:  node --test test/ssr/compose.node.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { referenceProfile } from './profiles.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = process.env.RESEARCHER_ELEMENTS_DIST ? resolve(process.env.RESEARCHER_ELEMENTS_DIST) : join(root, 'dist');
const built = existsSync(join(dist, 'ssr', 'index.js'));
const needsBuild = built ? {} : { skip: `the compiled library is missing (${dist}/ssr/index.js); run npm run build first` };
const ssr = built ? await import(new URL('ssr/index.js', pathToFileURL(dist + '/')).href) : {};

/** Each marker's position in `html`, which must be in this order. */
function inOrder(html, markers) {
  let from = 0;
  for (const marker of markers) {
    const at = html.indexOf(marker, from);
    assert.ok(at >= 0, `${marker} missing or out of order in ${html.slice(0, 300)}…`);
    from = at + marker.length;
  }
}

test('children: a <collab-graph> and the page\'s own markup go inside the <researcher-profile>, after the elements, in order', needsBuild, async () => {
  const html = await ssr.renderProfileHtml({
    profile: referenceProfile,
    elements: ['researcher-card', 'publication-list'],
    lang: 'en',
    theme: 'dark',
    children: [{ html: '<h2 class="graph-heading">Collaborators</h2>' }, { tag: 'collab-graph', attributes: { mode: 'full', 'max-nodes': 80, 'reduced-motion': true } }],
  });
  inOrder(html, ['<researcher-profile>', '<script type="application/json">', '<researcher-card ', '</researcher-card>', '<publication-list ', '</publication-list>', '<h2 class="graph-heading">', '<collab-graph ', '</researcher-profile>']);
  // The graph: empty (the browser renders it), with its attributes and the page's lang and theme.
  assert.match(html, /<collab-graph lang="en" theme="dark" mode="full" max-nodes="80" reduced-motion><\/collab-graph>\n<\/researcher-profile>/);
  assert.match(html, /<h2 class="graph-heading">Collaborators<\/h2>/);
  // The profile is still embedded once, for every child.
  assert.equal(html.match(/<script type="application\/json">/g).length, 1);
});

test('children: attribute values are escaped, and the ones that would fetch or run code are refused', needsBuild, async () => {
  const html = await ssr.renderProfileHtml({ profile: referenceProfile, children: [{ tag: 'collab-graph', attributes: { kinds: '"><script>x</script>' } }] });
  assert.match(html, /<collab-graph lang="en" kinds="&#34;&#62;&#60;script&#62;x&#60;\/script&#62;"><\/collab-graph>/);
  for (const [attributes, message] of [
    [{ src: '/p.json' }, /attribute "src": the profile is embedded/],
    [{ onclick: 'x()' }, /event handler attributes are not written/],
    [{ theme: 'dark' }, /give the theme option/],
  ]) {
    await assert.rejects(ssr.renderProfileHtml({ profile: referenceProfile, children: [{ tag: 'collab-graph', attributes }] }), message);
  }
});

test('children: anything else is refused with a message that says what to do', needsBuild, async () => {
  for (const [child, message] of [
    [{ tag: 'div' }, /children\[0\]: expected \{ tag: 'collab-graph', attributes \}/],
    [{ tag: 'collab-graph><script' }, /children\[0\]: expected/],
    [{ tag: 'researcher-card' }, /rendered on the server; list it in elements instead/],
    [{ tag: 'researcher-profile' }, /is the wrapper itself/],
    ['<collab-graph>', /children\[0\]: expected/],
  ]) {
    await assert.rejects(ssr.renderProfileHtml({ profile: referenceProfile, children: [child] }), message);
  }
  // Listing collab-graph as a server-rendered element points at children.
  await assert.rejects(ssr.renderProfileHtml({ profile: referenceProfile, elements: ['collab-graph'] }), /children: \[\{ tag: 'collab-graph' \}\]/);
});

test('<research-group> is refused with a message that says why and what to do, as an element and as a child', needsBuild, async () => {
  const why = /<research-group> is not rendered on the server \(a group is loaded from its roster .* in the browser.*write <research-group src="group\.json"> in the page, or render each member with renderProfileHtml\)/;
  await assert.rejects(ssr.renderProfileHtml({ profile: referenceProfile, elements: ['research-group'] }), why);
  await assert.rejects(ssr.renderElementHtml('research-group', { profile: referenceProfile }), why);
  await assert.rejects(ssr.renderProfileHtml({ profile: referenceProfile, attributes: { 'research-group': { id: 'lab' } } }), why);
  // Inside a <researcher-profile> it would not show the embedded profile: refused too, not written empty.
  await assert.rejects(
    ssr.renderProfileHtml({ profile: referenceProfile, children: [{ tag: 'research-group' }] }),
    /children\[0\]: <research-group> does not show the embedded profile: a group is loaded from its roster/,
  );
});
