// Takes a headless-Chromium screenshot of a page, to look at what we built.
//   node scripts/screenshot.mjs <url> <out.png> [--width 1280] [--height 900] [--dark] [--full] [--wait 800]
import { chromium } from 'playwright-core';
import { requireChrome, CHROME_FLAGS } from './find-chrome.mjs';

const [url, out = 'screenshot.png', ...rest] = process.argv.slice(2);
if (!url) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [--width N] [--height N] [--dark] [--full] [--wait ms]');
  process.exit(2);
}
const opt = (name, d) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? Number(rest[i + 1]) : d;
};
const browser = await chromium.launch({ executablePath: requireChrome(), headless: true, args: CHROME_FLAGS });
const page = await browser.newPage({
  viewport: { width: opt('width', 1280), height: opt('height', 900) },
  colorScheme: rest.includes('--dark') ? 'dark' : 'light',
  deviceScaleFactor: 1,
});
page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`[${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(opt('wait', 800));
if (rest.includes('--full')) {
  // Works and cards out of view are not rendered (content-visibility: auto), and a full-page
  // capture does not move the view: make the window as tall as the page, as a reader scrolling
  // through it would see every part.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: opt('width', 1280), height: Math.min(height, 16_000) });
  await page.waitForTimeout(400);
}
await page.screenshot({ path: out, fullPage: rest.includes('--full') });
await browser.close();
console.log(`wrote ${out}`);
