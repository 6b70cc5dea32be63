// Server-rendered HTML in a page built by Vite keeps its colours. Vite runs every <style> of an
// HTML page, those inside <template shadowrootmode> included, through lightningcss, which lowers
// light-dark() into variables that do not work in a shadow root. The renderer writes no
// light-dark() (src/ssr/styles.ts), so whatever the bundler does, the page shows:
//   node --test test/ssr/vite-page.node.test.mjs      (after `npm run build`; `npm test` builds first)
// A small page with the renderer's output is built with `vite build`, then opened in headless
// Chromium with JavaScript off (what a visitor sees before hydration) in the dark and the light
// colour scheme; the colours are read from the shadow roots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, findChrome } from '../../scripts/find-chrome.mjs';
import { referenceProfile } from './profiles.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = existsSync(join(root, 'dist', 'ssr', 'index.js'));
const chrome = findChrome();
const skip = !built ? { skip: 'dist/ is missing: run `npm run build` first' } : !chrome ? { skip: 'no Chrome or Chromium (set CHROME_PATH)' } : {};

// The elements' colour tokens (src/core/styles.ts): text and accent, light and dark.
const TEXT = { light: 'rgb(31, 35, 40)', dark: 'rgb(230, 237, 243)' };
const ACCENT = { light: 'rgb(9, 105, 218)', dark: 'rgb(68, 147, 248)' };

test('a Vite-built page with server-rendered elements shows their colours before any script, in dark and light', skip, async () => {
  const { renderProfileHtml } = await import(pathToFileURL(join(root, 'dist', 'ssr', 'index.js')).href);
  const dir = mkdtempSync(join(tmpdir(), 'researcher-elements-vite-'));
  const browser = await chromium.launch({ executablePath: chrome, args: CHROME_FLAGS });
  try {
    const auto = await renderProfileHtml({ profile: referenceProfile, theme: 'auto', elements: ['researcher-card'] });
    const dark = await renderProfileHtml({ profile: referenceProfile, theme: 'dark', elements: ['trust-badge'] });
    const unset = await renderProfileHtml({ profile: referenceProfile, elements: ['publication-list'] });
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lab</title></head>` +
        `<body><section id="auto">${auto}</section><section id="dark">${dark}</section><section id="unset">${unset}</section></body></html>`,
    );
    await build({ root: dir, configFile: false, logLevel: 'silent', build: { outDir: join(dir, 'out'), emptyOutDir: true } });
    const page = readFileSync(join(dir, 'out', 'index.html'), 'utf8');
    assert.ok(/<template[^>]*\sshadowrootmode="open"/.test(page), 'Vite dropped the declarative shadow roots');

    const seen = {};
    for (const scheme of ['dark', 'light']) {
      const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: scheme });
      const tab = await context.newPage();
      await tab.goto(pathToFileURL(join(dir, 'out', 'index.html')).href);
      // Read through the shadow roots the HTML parser made (the page's own scripts are off).
      seen[scheme] = await tab.evaluate(() => {
        const host = (sel) => document.querySelector(sel);
        const colour = (el) => (el ? getComputedStyle(el).color : 'missing');
        const card = host('#auto researcher-card');
        const badge = host('#dark trust-badge');
        const list = host('#unset publication-list');
        return {
          shadow: Boolean(card?.shadowRoot && badge?.shadowRoot && list?.shadowRoot),
          autoText: colour(card),
          autoName: colour(card?.shadowRoot?.querySelector('[part="name"]')),
          autoLink: colour(card?.shadowRoot?.querySelector('a[href]')),
          darkText: colour(badge),
          unsetText: colour(list),
        };
      });
      await context.close();
    }
    for (const scheme of ['dark', 'light']) {
      const s = seen[scheme];
      assert.ok(s.shadow, `the shadow roots are missing in ${scheme}: ${JSON.stringify(s)}`);
      assert.equal(s.autoText, TEXT[scheme], `theme="auto" text in ${scheme}: ${JSON.stringify(s)}`);
      assert.equal(s.autoName, TEXT[scheme], `theme="auto" name in ${scheme}: ${JSON.stringify(s)}`);
      assert.equal(s.autoLink, ACCENT[scheme], `theme="auto" link in ${scheme}: ${JSON.stringify(s)}`);
      assert.equal(s.darkText, TEXT.dark, `theme="dark" in ${scheme}: ${JSON.stringify(s)}`);
      // No theme: the colours of a page that declares no color-scheme (light), as light-dark() gives.
      assert.equal(s.unsetText, TEXT.light, `no theme in ${scheme}: ${JSON.stringify(s)}`);
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
