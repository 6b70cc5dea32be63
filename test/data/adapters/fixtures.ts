/**
 * The recorded API responses in ../shared/fixtures, served by the test server at /__fixtures__/
 * (see web-test-runner.config.mjs). They are never copied into this repository; when the folder
 * is absent (a clone without it) the tests that need them are skipped with a message.
 */
const cache = new Map<string, Promise<string | null>>();

/** The text of a fixture file, or null when it is not there. Uses the real fetch. */
export function fixtureText(path: string): Promise<string | null> {
  let hit = cache.get(path);
  if (!hit) {
    hit = fetch(`/__fixtures__/${path}`).then((r) => (r.ok ? r.text() : null));
    cache.set(path, hit);
  }
  return hit;
}

/** Loads fixtures in a `before` hook, or skips the whole block saying why. */
export async function fixturesOrSkip(ctx: Mocha.Context, ...paths: string[]): Promise<string[]> {
  const texts = await Promise.all(paths.map(fixtureText));
  const missing = paths.filter((_, i) => texts[i] === null);
  if (missing.length) {
    console.warn(`Skipped: the recorded responses are not in ../shared/fixtures (missing ${missing.join(', ')}).`);
    ctx.skip();
  }
  return texts as string[];
}
