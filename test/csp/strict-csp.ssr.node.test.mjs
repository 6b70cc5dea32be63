// The server-rendered HTML goes into the same strict-CSP pages as the elements (`style-src 'self'`):
// no `style="…"` attribute anywhere in it, for every element, variant, language and theme, the
// sample profiles of test/csp included. Run by `npm test` after the build (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = process.env.RESEARCHER_ELEMENTS_DIST ? resolve(process.env.RESEARCHER_ELEMENTS_DIST) : join(root, 'dist');
const built = existsSync(join(dist, 'ssr', 'index.js'));
const needsBuild = built ? {} : { skip: `the compiled library is missing (${dist}/ssr/index.js); run npm run build first` };
const ssr = built ? await import(pathToFileURL(join(dist, 'ssr', 'index.js')).href) : {};

const sample = (name) => JSON.parse(readFileSync(join(root, 'test', 'csp', name), 'utf8'));
const PROFILES = {
  reference: sample('reference-profile.json'),
  rich: sample('strict-csp.rich-profile.json'),
  hostile: sample('hostile-profile.json'),
  empty: { version: 1, id: 'e', name: 'Emma Empty' },
};

/**
 * Every start tag outside `<style>` and `<script>` elements that has a `style` attribute (the
 * CSS and the embedded JSON are not markup). Returns the offending tags.
 */
function styleAttributes(html) {
  const markup = html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  return [...markup.matchAll(/<[a-zA-Z][a-zA-Z0-9-]*\b[^>]*>/g)].map((m) => m[0]).filter((tag) => /\sstyle\s*=/i.test(tag));
}

test('the style-attribute scan finds one when there is one (the check itself works)', () => {
  assert.deepEqual(styleAttributes('<p>a</p><style>p[style="x"]{}</style><div class="a" style="color:red">b</div>'), ['<div class="a" style="color:red">']);
  assert.deepEqual(styleAttributes('<script type="application/json">{"t":"<b style=x>"}</script>'), []);
});

const VARIANTS = [
  ['researcher-card', {}],
  ['researcher-card', { variant: 'compact' }],
  ['trust-badge', {}],
  ['publication-list', {}],
  ['publication-list', { controls: 'all', 'group-by': 'year', 'page-size': 3, 'max-authors': 2, heading: 'Publications' }],
  ['publication-list', { 'group-by': 'type', sort: 'most-cited' }],
];

for (const [name, profile] of Object.entries(PROFILES)) {
  test(`no style attribute in any server-rendered element: ${name} profile`, needsBuild, async () => {
    let rendered = 0;
    for (const lang of ['en', 'zh-Hans']) {
      for (const theme of [undefined, 'dark']) {
        for (const [tag, attributes] of VARIANTS) {
          const html = await ssr.renderElementHtml(tag, { profile, lang, theme, attributes, baseUrl: 'https://example.org/' });
          assert.match(html, new RegExp(`^<${tag}[\\s\\S]*<template shadowrootmode="open"|^<${tag}[\\s\\S]*shadowrootmode="open"`));
          assert.deepEqual(styleAttributes(html), [], `<${tag}> ${JSON.stringify(attributes)} ${lang} ${theme ?? ''}`);
          rendered++;
        }
        const page = await ssr.renderProfileHtml({ profile, lang, theme, elements: ['researcher-card', 'trust-badge', 'publication-list'], baseUrl: 'https://example.org/' });
        assert.deepEqual(styleAttributes(page), [], `renderProfileHtml ${lang} ${theme ?? ''}`);
        rendered++;
      }
    }
    assert.equal(rendered, 2 * 2 * (VARIANTS.length + 1));
  });
}
