// The React components of researcher-elements/react.js at run time: a React 19 app
// (react-app/main.js) installed as a user would (consumer.mjs), built with `vite build`, run in
// headless Chromium:   node --test test/frameworks/react-components.node.test.mjs   (after `npm run build`)
// Props arrive as properties (an object profile, numbers), a re-render updates them, no
// `profile="[object Object]"` attribute is written, and onProfileLoad / onFollowRequest receive the
// elements' events (preventDefault reaching the element: Follow opens nothing); <ResearchGroup>
// takes its roster as the `group` property and reports onProfileLoad and onMemberError.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, findChrome } from '../../scripts/find-chrome.mjs';
import { consumerProject } from './consumer.mjs';

const chrome = findChrome();

test('React components: properties, re-renders and typed event props work in the browser', chrome ? {} : { skip: 'no Chrome or Chromium (set CHROME_PATH)' }, async () => {
  const { dir, remove } = consumerProject('react-app', ['test/frameworks/react-app/index.html', 'test/frameworks/react-app/main.js', 'demo/data/wuhui-chen.json']);
  const browser = await chromium.launch({ executablePath: chrome, args: CHROME_FLAGS });
  try {
    await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
      build: { outDir: join(dir, 'out'), emptyOutDir: true, minify: false },
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
    // Module scripts do not run from file: URLs; serve the built files from a route instead.
    await page.route('http://app.test/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      return route.fulfill({ path: join(dir, 'out', path === '/' ? 'index.html' : path) });
    });
    const popups = [];
    context.on('page', (p) => popups.push(p.url()));
    await page.goto('http://app.test/');
    await page.waitForFunction(() => document.querySelector('#card')?.shadowRoot?.textContent?.includes('Wuhui Chen'));

    const state = await page.evaluate(() => {
      const card = document.querySelector('#card');
      const list = document.querySelector('#list');
      return {
        tag: card.localName,
        profileIsObject: typeof card.profile === 'object' && card.profile !== null,
        profileAttribute: card.getAttribute('profile'),
        headingLevel: card.headingLevel,
        nameTag: card.shadowRoot.querySelector('[part="name"]')?.getAttribute('aria-level'),
        pageSize: list.pageSize,
        groupBy: list.groupBy,
      };
    });
    assert.deepEqual(state, { tag: 'researcher-card', profileIsObject: true, profileAttribute: null, headingLevel: 3, nameTag: '3', pageSize: 1, groupBy: 'year' });

    await page.click('#more');
    await page.waitForFunction(() => document.querySelector('#list').pageSize === 2);

    await page.evaluate(() => document.querySelector('#card').shadowRoot.querySelector('[part="follow-button"]').click());
    await page.waitForFunction(() => window.__seen.some((s) => s.startsWith('follow-request:')));
    const seen = await page.evaluate(() => window.__seen);
    assert.ok(seen.includes('profile-load:Wuhui Chen'), JSON.stringify(seen));
    assert.ok(seen.includes('follow-request:wuhui-chen'), JSON.stringify(seen));
    assert.deepEqual(popups, [], 'Follow opened a page although the app prevented it');

    // <ResearchGroup>: the group object arrives as a property, headingLevel as a number, and
    // onProfileLoad / onMemberError receive the group's events.
    await page.waitForFunction(() => window.__seen.some((s) => s.startsWith('member-error:')));
    const group = await page.evaluate(() => {
      const el = document.querySelector('#group');
      return {
        tag: el.localName,
        groupAttribute: el.getAttribute('group'),
        headingLevel: el.headingLevel,
        name: el.shadowRoot.querySelector('[part~="name"]')?.textContent?.trim(),
        nameLevel: el.shadowRoot.querySelector('[part~="name"]')?.getAttribute('aria-level'),
        unavailable: el.shadowRoot.querySelector('[part~="member-unavailable"]')?.textContent?.includes('Gone Member'),
      };
    });
    assert.deepEqual(group, { tag: 'research-group', groupAttribute: null, headingLevel: 3, name: 'Chen Lab', nameLevel: '3', unavailable: true });
    const after = await page.evaluate(() => window.__seen);
    assert.ok(after.includes('group-load:Chen Lab'), JSON.stringify(after));
    assert.ok(after.includes('member-error:Gone Member'), JSON.stringify(after));
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    remove();
  }
});
