// Preloaded into the command under test (`node --import …/fake-openalex.mjs bin/…`): requests to
// https://api.openalex.org go to the local server named by RE_TEST_OPENALEX instead (same path
// and query), so the tests see exactly what the command sends without touching the internet.
// RE_TEST_ORCID does the same for https://pub.orcid.org (the merged-sources tests).
const base = process.env.RE_TEST_OPENALEX;
const orcidBase = process.env.RE_TEST_ORCID;
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  if (base && url.hostname === 'api.openalex.org') return realFetch(new URL(`${url.pathname}${url.search}`, base), init);
  if (orcidBase && url.hostname === 'pub.orcid.org') return realFetch(new URL(`${url.pathname}${url.search}`, orcidBase), init);
  return realFetch(input, init);
};
