// Preloaded into the command under test (`node --import …/fake-openalex.mjs bin/…`): requests to
// https://api.openalex.org go to the local server named by RE_TEST_OPENALEX instead (same path
// and query), so the tests see exactly what the command sends without touching the internet.
const base = process.env.RE_TEST_OPENALEX;
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  if (base && url.hostname === 'api.openalex.org') return realFetch(new URL(`${url.pathname}${url.search}`, base), init);
  return realFetch(input, init);
};
