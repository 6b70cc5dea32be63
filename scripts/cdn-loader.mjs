// The source of each cdn/<name>.js: a loader that imports the file's real code (a chunk in
// cdn/chunks/) at most once per page and library version.
//
// Why: ES modules are keyed by URL. `cdn/researcher-elements.js` and
// `cdn/researcher-elements.js?v=2` (or the same file from two mirrors) are two modules; if each
// held the library, Lit would run twice, and under `require-trusted-types-for 'script';
// trusted-types lit-html` the second copy throws (`Policy with name "lit-html" already exists`).
// The loader keeps a registry on `globalThis` under `Symbol.for('researcher-elements')`, keyed by
// version: the first loader of a version records where its chunks are; every later loader of that
// version (any file, any URL) imports from there, so each chunk URL (Lit's included) is the same
// module, evaluated once. A file already loaded is not imported again; its promise is reused.
// Named exports are re-exported after a top-level await, so
// `import { registerMessages } from '.../cdn/researcher-elements.js'` keeps working.

/**
 * @param {{name: string, version: string, main: string, exports: string[]}} o
 *   `main`: the chunk's file name inside cdn/chunks/; `exports`: its export names.
 */
export function loaderSource({ name, version, main, exports }) {
  const names = exports.filter((e) => /^[A-Za-z_$][\w$]*$/.test(e) && e !== 'default');
  const lines = [
    `/*! researcher-elements ${version} (MIT) — ${name}: loads its code from ./chunks/ once per page, however often this file is included. */`,
    `const r=globalThis[Symbol.for("researcher-elements")]??={},v=r[${JSON.stringify(version)}]??={base:new URL("./chunks/",import.meta.url).href,files:{}};`,
    // A failed import (network) is forgotten, so a later include can try again.
    `const m=await(v.files[${JSON.stringify(name)}]??=import(v.base+${JSON.stringify(main)}).catch(e=>{delete v.files[${JSON.stringify(name)}];throw e}));`,
  ];
  if (names.length) lines.push(`export const{${names.join(',')}}=m;`);
  return lines.join('\n') + '\n';
}
