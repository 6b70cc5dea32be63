// The CDN build of the BibTeX parser replaces xregexp with native RegExp
// (scripts/cdn-bibtex-native.mjs). These checks make sure a new biblatex-csl-converter release
// cannot slip past that replacement: the installed release passes, and a parser that uses xregexp
// in any other way stops the build with a message naming the use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rolldown } from 'rolldown';
import { nativeXRegExp, unsupportedUse } from '../../../scripts/cdn-bibtex-native.mjs';

/** Builds `source` as if it were biblatex-csl-converter's own module, with the plugin. */
async function buildAsParser(source) {
  const dir = mkdtempSync(join(tmpdir(), 'bcc-native-'));
  try {
    const pkg = join(dir, 'node_modules', 'biblatex-csl-converter');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, 'index.js'), source);
    const bundle = await rolldown({ input: join(pkg, 'index.js'), logLevel: 'silent', plugins: [nativeXRegExp()] });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    return output[0].code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the installed biblatex-csl-converter builds with native RegExp, no xregexp and no core-js', async () => {
  const bundle = await rolldown({ input: 'scripts/cdn-bibtex-parser.mjs', logLevel: 'silent', plugins: [nativeXRegExp()] });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const ids = Object.keys(output[0].modules);
  assert.ok(ids.some((id) => /biblatex-csl-converter/.test(id)), 'the parser is in the chunk');
  assert.deepEqual(ids.filter((id) => /node_modules[\\/](xregexp|core-js-pure|@babel)[\\/]/.test(id)), []);
});

test('the native replacement does what the parser asks of xregexp: \\p{…} tokens, exec from a position', async () => {
  const code = await buildAsParser(`import X from 'xregexp';
export const word = X.exec('Ångström-units rock', X('^\\\\p{L}+(-\\\\p{L}+)*'))[0];
export const caps = Boolean(X.exec('NASA', X('^\\\\p{Lu}+$')));
export const later = X.exec('ab Cd', X('\\\\p{Lu}'), 1).index;
export const sticky = X.exec('ab Cd', X('\\\\p{Lu}'), 1, true);`);
  const m = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  assert.equal(m.word, 'Ångström-units');
  assert.equal(m.caps, true);
  assert.equal(m.later, 3);
  assert.equal(m.sticky, null);
});

test('a parser that uses xregexp beyond the call and .exec stops the build', async () => {
  await assert.rejects(buildAsParser(`import X from 'xregexp';\nexport const r = X.union(['a', 'b']);`), /uses xregexp as `X\.union/);
  await assert.rejects(buildAsParser(`import X from 'xregexp';\nconst p = 'a';\nexport const r = X(p);`), /uses xregexp as `X\(p\)/);
  await assert.rejects(buildAsParser(`import { union } from 'xregexp';\nexport const r = union(['a']);`), /covers the default import only/);
  await assert.rejects(buildAsParser(`import X from 'xregexp/src/xregexp.js';\nexport const r = X('a');`), /replaces only 'xregexp'/);
  assert.equal(unsupportedUse(`import xRegExp from 'xregexp';\nconst a = xRegExp("^\\\\p{Lu}");\nxRegExp.exec(s, a);`, 'xRegExp'), null);
});
