import { expect } from '@open-wc/testing';
import fc from '../../helpers/fc.js';
import * as bcc from 'biblatex-csl-converter';
import { cleanText } from '../../../src/data/normalize/text.js';
import { doiUrl, normalizeDoi } from '../../../src/data/normalize/doi.js';
import { normalizedWork } from '../../helpers/normalized.js';
import { bibKeys } from '../../../src/data/citations/keys.js';
import { initialsOf, splitName } from '../../../src/data/citations/names.js';
import { escapeBibtex } from '../../../src/data/citations/bibtex.js';
// The list's lazy citation code: the data layer's toBibtex and its own plain-text fallback.
import { toBibtex, toPlainCitation } from '../../../src/elements/publication-list/citation-export.js';
import { referenceProfile } from '../../helpers/profiles.js';

const reference = () => normalizedWork(referenceProfile().works![0]!);
const work = normalizedWork;

describe('publication-list citations', () => {
  it('writes the reference preprint as BibTeX', () => {
    expect(toBibtex(reference(), { key: 'zhou2024training' })).to.equal(
      [
        '@misc{zhou2024training,',
        '  author = {Zhou, Jiahang and Chen, Yanyu and Hong, Zicong and Chen, Wuhui and Yu, Yue},',
        '  title = {Training and Serving System of Foundation Models: A Comprehensive Survey},',
        '  howpublished = {arXiv},',
        '  year = {2024},',
        '  doi = {10.48550/arXiv.2401.02643},',
        '  eprint = {2401.02643},',
        '  archiveprefix = {arXiv}',
        '}',
      ].join('\n'),
    );
  });

  it('writes a journal article with escaped fields, protected acronyms and a URL', () => {
    const w = work({
      type: 'journal-article',
      year: 2021,
      venue: 'Journal of R&D_Studies',
      title: 'Scaling ChatGPT-like models: 100% of {costs} & $\\alpha$ gains',
      authors: [{ name: 'Ludwig van Beethoven' }, { name: 'Smith and Sons Consortium' }, { name: 'Ada Okafor' }],
      authorsTruncated: true,
      doi: 'https://doi.org/10.1000/ABC_1',
    });
    expect(toBibtex(w, { key: 'vanbeethoven2021scaling', url: 'https://example.org/paper?id=1&x={y}' })).to.equal(
      [
        '@article{vanbeethoven2021scaling,',
        '  author = {van Beethoven, Ludwig and {Smith and Sons Consortium} and Okafor, Ada and others},',
        '  title = {Scaling {ChatGPT-like} models: 100\\% of costs \\& α gains},',
        '  journal = {Journal of R\\&D\\_Studies},',
        '  year = {2021},',
        '  doi = {10.1000/ABC_1},',
        '  url = {https://example.org/paper?id=1&x=%7By%7D}',
        '}',
      ].join('\n'),
    );
  });

  it('maps work types to BibTeX entry types', () => {
    const head = (type: string) => toBibtex(work({ type, venue: 'V', title: 'T' }), { key: 'k' }).split('\n').slice(0, 3).join(' | ');
    expect(head('proceedings-article')).to.equal('@inproceedings{k, |   title = {T}, |   booktitle = {V}');
    expect(head('book-chapter')).to.equal('@incollection{k, |   title = {T}, |   booktitle = {V}');
    expect(head('book')).to.equal('@book{k, |   title = {T}, |   publisher = {V}');
    expect(head('dissertation')).to.equal('@phdthesis{k, |   title = {T}, |   school = {V}');
    expect(head('dataset')).to.equal('@misc{k, |   title = {T}, |   howpublished = {V}');
    expect(toBibtex(work({}), { key: 'anonnd' })).to.equal('@misc{anonnd\n}');
  });

  it('escapes every TeX special so braces always balance', () => {
    expect(escapeBibtex('A & B {x} 100% $5 #1 C_4 ~ ^ \\ }{')).to.equal(
      'A \\& B \\{x\\} 100\\% \\$5 \\#1 C\\_4 \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\}\\{',
    );
    const hostile = toBibtex(work({ title: '}} @misc{evil, title={x', authors: [{ name: 'A}, author={B' }] }), { key: 'k' });
    let depth = 0;
    for (let i = 0; i < hostile.length; i++) {
      if (hostile[i] === '\\') i++;
      else if (hostile[i] === '{') depth++;
      else if (hostile[i] === '}') depth--;
      expect(depth, hostile).to.be.at.least(0);
    }
    expect(depth).to.equal(0);
  });

  it('makes stable, unique keys: first author, year, first title word, then a/b suffixes', () => {
    const works = [
      work({ id: '1', year: 2024, title: 'Training at scale', authors: [{ name: 'Jiahang Zhou' }] }),
      work({ id: '2', year: 2024, title: 'The training of models', authors: [{ name: 'Zhou, J.' }] }),
      work({ id: '3', year: 2024, title: 'Training again', authors: [{ name: 'J. Zhou' }] }),
      work({ id: '4', title: 'On the $\\alpha$ helix' /* α has no ASCII letters: the next word is used */, authors: [{ name: 'Goran Petrović' }] }),
      work({ id: '5' }),
      work({ id: '6', year: 1999, title: '基于图的学习', authors: [{ name: '陈武辉' }] }),
    ];
    expect(bibKeys(works)).to.deep.equal(['zhou2024training', 'zhou2024traininga', 'zhou2024trainingb', 'petrovicndhelix', 'anonnd', 'anon1999']);
    // The same works in another order keep the keys of their first occurrence in the profile.
    expect(bibKeys(works)).to.deep.equal(bibKeys([...works]));
  });

  it('writes an APA-style plain-text reference', () => {
    expect(toPlainCitation(reference())).to.equal(
      'Zhou, J., Chen, Y., Hong, Z., Chen, W., & Yu, Y. (2024). Training and Serving System of Foundation Models: A Comprehensive Survey. arXiv. https://doi.org/10.48550/arXiv.2401.02643',
    );
    expect(toPlainCitation(work({ title: 'What is it?', authors: [{ name: 'Jean-Paul Sartre' }], authorsTruncated: true }), { url: 'https://example.org/x' })).to.equal(
      'Sartre, J.-P., et al. (n.d.). What is it? https://example.org/x',
    );
    expect(toPlainCitation(work({ year: 2020 }))).to.equal('[Untitled]. (2020).');
    const many = work({ year: 2023, title: 'Big', authors: Array.from({ length: 25 }, (_, i) => ({ name: `Author${i} Person` })) });
    const text = toPlainCitation(many);
    expect(text).to.contain('Person, A., … Person, A. (2023). Big.');
    expect(text.split('Person, A.').length - 1).to.equal(20);
  });

  it('reads names and DOIs the way they are written in the wild', () => {
    expect(splitName('Ludwig van Beethoven')).to.deep.equal({ given: 'Ludwig', family: 'van Beethoven', suffix: '' });
    expect(splitName('Chen, Wuhui')).to.deep.equal({ given: 'Wuhui', family: 'Chen', suffix: '' });
    expect(splitName('Martin Luther King Jr.')).to.deep.equal({ given: 'Martin Luther', family: 'King', suffix: 'Jr.' });
    expect(splitName('Madonna')).to.deep.equal({ given: '', family: 'Madonna', suffix: '' });
    expect(initialsOf('Jean-Paul Marie')).to.equal('J.-P. M.');
    expect(normalizeDoi('doi:10.1000/xyz')).to.equal('10.1000/xyz');
    expect(normalizeDoi('https://dx.doi.org/10.1000/a%2Fb')).to.equal('10.1000/a/b');
    expect(normalizeDoi('javascript:alert(1)')).to.equal(null);
    expect(doiUrl('10.1002/(SICI)1097-4636<3.0.CO;2-#>')).to.equal('https://doi.org/10.1002/(SICI)1097-4636%3C3.0.CO;2-%23%3E');
  });
});

describe('publication-list citations: read back by a real BibTeX parser', function () {
  // Hundreds of generated cases: a slow CI machine needs more than the default 15 s.
  this.timeout(90000);
  interface Parsed {
    keys: string[];
    errors: unknown[];
    title: string;
    authors: number;
  }
  const text = (nodes: Array<{ text?: string }> | undefined) => (nodes ?? []).map((n) => n.text ?? '').join('');
  /** Parses an entry with biblatex-csl-converter, the parser the BibTeX source uses. */
  function parse(bib: string): Parsed {
    const r = new bcc.BibLatexParser(bib, { processUnexpected: true, processUnknown: true }).parse() as unknown as {
      entries: Record<string, { entry_key: string; fields: { title?: Array<{ text?: string }>; author?: unknown[] } }>;
      errors: unknown[];
    };
    const entries = Object.values(r.entries);
    // The parser leaves \textasciicircum{} (LaTeX's ^) as it is when quotes (`` or '') stand next to it.
    const title = text(entries[0]?.fields.title).replaceAll('\\textasciicircum{}', '');
    return { keys: entries.map((e) => e.entry_key), errors: r.errors, title, authors: entries[0]?.fields.author?.length ?? 0 };
  }
  // Letters and digits, which no escaping may lose or add (accents aside: TeX's \^ puts one on
  // whatever follows, and the parser may fold it into the letter before).
  const letters = (s: string) => (s.normalize('NFD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]/gu) ?? []).join('');
  // Every TeX special and the characters that delimit BibTeX. Not ` and ': TeX reads `` and '' as
  // quotes, and the parser then garbles what follows them (\textbackslash{} after `` comes back
  // as U+0871): its quirk, not a fault of the BibTeX we write.
  const tricky = fc.string({ unit: fc.oneof(fc.constantFrom(...'{}\\$%&#_^~@,="<> '.split('')), fc.constantFrom('a', 'Z', '9', 'é', 'Å', 'ß', '中', '—')), maxLength: 30 });

  it('any title, venue and author names give exactly one entry with its key, no error, every letter of the title kept, and never more authors', () => {
    fc.assert(
      fc.property(tricky, tricky, fc.array(tricky, { maxLength: 4 }), (title, venue, names) => {
        const bib = toBibtex(work({ title, venue, year: 2020, type: 'article', authors: names.map((name) => ({ name })) }), { key: 'k1' });
        const p = parse(bib);
        expect(p.keys, bib).to.deep.equal(['k1']);
        expect(p.errors, bib).to.deep.equal([]);
        expect(letters(p.title), bib).to.equal(letters(cleanText(title)));
        expect(p.authors, bib).to.be.at.most(names.filter((n) => cleanText(n)).length);
      }),
      { numRuns: 1000 },
    );
  });

  it('real-looking names (particles, "Last, First", "and" inside a name) are read back one author each', () => {
    const word = fc.stringMatching(/^[A-ZÅÉØÞ][a-zåéøßñü]{1,8}(-[A-Z][a-z]{1,6})?$/);
    const name = fc.oneof(
      fc.tuple(word, word).map(([g, f]) => `${g} ${f}`),
      fc.tuple(word, word).map(([g, f]) => `${f}, ${g}`),
      fc.tuple(word, fc.constantFrom('van der', 'de la', 'von'), word).map(([g, p, f]) => `${g} ${p} ${f}`),
      fc.tuple(word, word).map(([a, b]) => `${a} and ${b} Laboratory`),
      word,
    );
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 6 }), (names) => {
        const bib = toBibtex(work({ title: 't', year: 2020, authors: names.map((n) => ({ name: n })) }), { key: 'k1' });
        expect(parse(bib).authors, bib).to.equal(names.length);
      }),
      { numRuns: 500 },
    );
  });

  it('an author whose name is nothing once cleaned (only tags or braces) is left out, not written empty', () => {
    const bib = toBibtex(work({ authors: [{ name: 'Ann Lee' }, { name: '<i></i>' }, { name: '{}' }, { name: 'Bo Ng' }] }), { key: 'k' });
    expect(bib).to.contain('author = {Lee, Ann and Ng, Bo}');
    expect(toPlainCitation(work({ year: 2020, title: 'T', authors: [{ name: '<b> </b>' }, { name: 'Bo Ng' }] }))).to.match(/^Ng, B\. \(2020\)/);
  });
});
