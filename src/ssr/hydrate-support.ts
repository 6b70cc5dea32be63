/**
 * Lit's hydration support, in a module of its own so that `hydrate.ts` can import it first and
 * every build keeps it first (bundlers move bare imports after relative ones): it must run
 * before Lit loads.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
