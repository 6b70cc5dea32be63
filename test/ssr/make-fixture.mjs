// Writes test/ssr/fixtures/rich-profile.html (and .zh-CN.html), the server-rendered HTML that the
// browser test (hydration.test.ts) hydrates. Run after `npm run build`:
//   node test/ssr/make-fixture.mjs
// A node test (render.node.test.mjs) fails when a committed file differs from a fresh render.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { richProfile } from './profiles.mjs';

const dir = new URL('./fixtures/', import.meta.url);

/** The fixtures: file path → language. */
export const FIXTURES = {
  [fileURLToPath(new URL('rich-profile.html', dir))]: 'en',
  [fileURLToPath(new URL('rich-profile.zh-CN.html', dir))]: 'zh-CN',
};

/** A fixture's content, rendered by the compiled library in `dist`. */
export async function renderFixture(lang, dist = new URL('../../dist/', import.meta.url)) {
  const { renderProfileHtml } = await import(new URL('ssr/index.js', dist).href);
  return renderProfileHtml({ profile: richProfile, lang, elements: ['researcher-card', 'trust-badge', 'publication-list'] });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [file, lang] of Object.entries(FIXTURES)) {
    writeFileSync(file, await renderFixture(lang));
    console.log(`Wrote ${file}`);
  }
}
