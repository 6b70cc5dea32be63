// Preloaded (`node --require`) by the Vue and Svelte consumer tests: vue-tsc and svelte-check
// drive the TypeScript compiler through its JavaScript API, which TypeScript 7 (this project's
// native `tsc`) does not have. Every `require('typescript…')` in their process loads the 5.9 copy
// installed as the `typescript5` alias instead; nothing else is redirected.
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'typescript' || request.startsWith('typescript/')) request = 'typescript5' + request.slice('typescript'.length);
  return resolve.call(this, request, ...rest);
};
