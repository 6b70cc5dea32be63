import { expect } from '@open-wc/testing';
import '../../../src/data/adapters/index.js';
import { parseBibtex, parseBibtexAsync } from '../../../src/data/adapters/bibtex-map.js';
import { MAX_BIBTEX_CHARS, MAX_BIBTEX_FIELD, chunksOf } from '../../../src/data/adapters/bibtex-chunks.js';
import { ProfileLoadError } from '../../../src/data/errors.js';
import { clearProfileCache, loadProfile } from '../../../src/data/load.js';
import { fakeFetch } from '../../helpers/fake-fetch.js';

/** `@string` macros that double each other `n` times: a few hundred bytes that expand to 2^n characters. */
function macroBomb(n: number): string {
  let bib = '@string{m0 = "x"}\n';
  for (let i = 1; i <= n; i++) bib += `@string{m${i} = m${i - 1} # m${i - 1}}\n`;
  return `${bib}@article{bomb, author = {Ada Lovelace}, title = m${n}, year = 2020}\n`;
}

/** `n` small entries by the same author (about 300 characters each). */
function manyEntries(n: number): string {
  let bib = '@string{jcp = "Journal of Chemical Physics"}\n% a comment line with an {unbalanced brace\n';
  for (let i = 0; i < n; i++) {
    bib += `@article{e${i},\n  author = {M{\\"u}ller, J{\\"o}rg and Doe, Jane},\n  title = {Paper {number} ${i} with a \\{ brace and 20\\% of cases},\n  journal = jcp # " (Letters)",\n  year = ${2000 + (i % 25)},\n}\n\n`;
  }
  return bib;
}

/** Counts the page's own tasks (a message-channel ping-pong) while `work` runs. */
async function tasksDuring<T>(work: () => Promise<T>): Promise<{ value: T; tasks: number }> {
  let tasks = 0;
  let running = true;
  const ch = new MessageChannel();
  ch.port1.onmessage = () => {
    if (!running) return;
    tasks++;
    ch.port2.postMessage(null);
  };
  ch.port2.postMessage(null); // queued before the parse starts
  try {
    const value = await work();
    return { value, tasks };
  } finally {
    running = false;
    ch.port1.close();
  }
}

describe('BibTeX limits', () => {
  it('a macro bomb (@string macros doubling 22 times) is a clear error, not a 42-million-character title', () => {
    const bib = macroBomb(22);
    expect(bib.length).to.be.below(700);
    let err: unknown;
    try {
      parseBibtex(bib, new URL('https://lab.example/bomb.bib'));
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(ProfileLoadError);
    expect((err as Error).message).to.match(/^The BibTeX file bomb\.bib is not read: its @string macro "m\d+" expands to more than 100,000 characters/);
  });

  it('the macro bomb fails the same way through loadProfile, as a load error', async () => {
    const fake = fakeFetch({ '/bomb.bib': { body: macroBomb(22), headers: { 'content-type': 'text/plain' } } });
    try {
      let err: unknown;
      await loadProfile('/bomb.bib').catch((e) => (err = e));
      expect(err).to.be.instanceOf(ProfileLoadError);
      expect((err as Error).message).to.include('expands to more than 100,000 characters');
    } finally {
      fake.restore();
      clearProfileCache();
    }
  });

  it('a field joining a macro many times is cut at the limit, with a warning naming the entry and field', () => {
    const part = 'y'.repeat(1000);
    const bib = `@string{p = "${part}"}\n@article{long, author = {Ada Lovelace}, title = ${Array(300).fill('p').join(' # ')}, year = 2020}\n`;
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      const r = parseBibtex(bib);
    const p = r.profile;
      expect(p.works![0]!.title!.length).to.be.at.most(MAX_BIBTEX_FIELD);
      expect(p.works![0]!.title!.length).to.be.above(MAX_BIBTEX_FIELD / 2);
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).to.include('1 field(s) longer than 100,000 characters were cut (first: long.title)');
  });

  it('a 20 MB file is refused at once with a clear error', async () => {
    const bib = manyEntries(1).repeat(Math.ceil(20_000_000 / manyEntries(1).length));
    expect(bib.length).to.be.above(MAX_BIBTEX_CHARS);
    let err: unknown;
    await parseBibtexAsync(bib, new URL('https://lab.example/huge.bib')).catch((e) => (err = e));
    expect(err).to.be.instanceOf(ProfileLoadError);
    expect((err as Error).message).to.match(/^The BibTeX file huge\.bib is 2\d\.\d MB; files over 10\.0 MB are not read/);
  });

  it('a big file is parsed in slices: the page runs its own tasks while it is read', async () => {
    const bib = manyEntries(4000); // about 1 MB
    const { value: result, tasks } = await tasksDuring(() => parseBibtexAsync(bib));
    const profile = result.profile;
    expect(profile.works).to.have.length(4000);
    expect(tasks, 'tasks of the page that ran during the parse').to.be.at.least(10);
  });

  it('reading in chunks gives the same entries as reading the whole text (macros carry over, escaped braces, stray braces in comments)', () => {
    const bib = manyEntries(300);
    expect([...chunksOf(bib)].length).to.be.above(2);
    expect([...chunksOf(bib)].map((c) => c.text).join('')).to.equal(bib);
    const r = parseBibtex(bib);
    const p = r.profile;
    expect(p.works).to.have.length(300);
    expect(p.works!.map((w) => w.id)).to.deep.equal(Array.from({ length: 300 }, (_, i) => `e${i}`));
    expect(p.works!.every((w) => w.venue === 'Journal of Chemical Physics (Letters)')).to.be.true;
    expect(p.works![299]!.title).to.equal('Paper number 299 with a { brace and 20% of cases');
    expect(p.name).to.equal('Jörg Müller');
  });

  it('a parse stops when its signal aborts', async () => {
    const ctl = new AbortController();
    const done = parseBibtexAsync(manyEntries(2000), undefined, {}, ctl.signal);
    ctl.abort();
    let err: unknown;
    await done.catch((e) => (err = e));
    expect((err as DOMException)?.name).to.equal('AbortError');
  });
});
