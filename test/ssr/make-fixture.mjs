// Writes test/ssr/fixtures/rich-profile.html, the server-rendered HTML that the browser test
// (hydration.test.ts) hydrates. Run after `npm run build`:  node test/ssr/make-fixture.mjs
// A node test (render.node.test.mjs) fails when the committed file differs from a fresh render.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { richProfile } from './profiles.mjs';

export const FIXTURE = fileURLToPath(new URL('./fixtures/rich-profile.html', import.meta.url));

/** The fixture's content, rendered by the compiled library in `dist`. */
export async function renderFixture(dist = new URL('../../dist/', import.meta.url)) {
  const { renderProfileHtml } = await import(new URL('ssr/index.js', dist).href);
  return renderProfileHtml({ profile: richProfile, elements: ['researcher-card', 'trust-badge', 'publication-list'] });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(FIXTURE, await renderFixture());
  console.log(`Wrote ${FIXTURE}`);
}
