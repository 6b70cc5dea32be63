/**
 * The data layer's BibTeX (what `<publication-list>` shows and downloads): entries as the list
 * wrote them before it switched to this code, stable unique keys, and whole lists read back by
 * biblatex-csl-converter field by field.
 */
import { expect } from '@open-wc/testing';
import * as bcc from 'biblatex-csl-converter';
import fc from '../../helpers/fc.js';
import type { Work } from '../../../src/data/schema.js';
import { normalizedWork } from '../../helpers/normalized.js';
import { baseKey, bibKeys, exportCitations, toBibtex, toBibtexList } from '../../../src/data/citations/index.js';
import * as listExport from '../../../src/elements/publication-list/citation-export.js';
import { referenceProfile } from '../../helpers/profiles.js';

const work = normalizedWork;
const reference = () => normalizedWork(referenceProfile().works![0]!);

interface Entry {
  bib_type: string;
  entry_key: string;
  fields: Record<string, unknown>;
}
/** The text of a parsed field: rich-text nodes, or lists of them (`institution` is a list of literals). */
const text = (nodes: unknown): string =>
  Array.isArray(nodes) ? nodes.map((n) => (Array.isArray(n) ? text(n) : ((n as { text?: string }).text ?? ''))).join('') : '';
function parse(bib: string): { entries: Entry[]; errors: unknown[] } {
  const r = new bcc.BibLatexParser(bib, { processUnexpected: true, processUnknown: true }).parse() as unknown as { entries: Record<string, Entry>; errors: unknown[] };
  return { entries: Object.values(r.entries), errors: r.errors };
}
const names = (e: Entry) =>
  ((e.fields.author as Array<{ family?: unknown; given?: unknown; literal?: unknown }>) ?? []).map((n) =>
    n.literal ? text(n.literal) : `${text(n.family)}, ${text(n.given)}`,
  );

describe('data-side BibTeX', function () {
  this.timeout(60000);

  it('writes what the list wrote before it used this code (the reference preprint and a hostile journal article)', () => {
    const hostile = work({
      type: 'journal-article',
      year: 2021,
      venue: 'Journal of R&D_Studies',
      title: 'Scaling ChatGPT-like models: 100% of {costs} & $\\alpha$ gains',
      authors: [{ name: 'Ludwig van Beethoven' }, { name: 'Smith and Sons Consortium' }, { name: 'Ada Okafor' }],
      authorsTruncated: true,
      doi: 'https://doi.org/10.1000/ABC_1',
    });
    // The outputs of the list's former copy (src/elements/publication-list/cite.ts and citation-export.ts).
    const expected = [
      [
        reference(),
        { key: 'zhou2024training' },
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
        ],
      ],
      [
        hostile,
        { key: 'vanbeethoven2021scaling', url: 'https://example.org/paper?id=1&x={y}' },
        [
          '@article{vanbeethoven2021scaling,',
          '  author = {van Beethoven, Ludwig and {Smith and Sons Consortium} and Okafor, Ada and others},',
          '  title = {Scaling {ChatGPT-like} models: 100\\% of costs \\& α gains},',
          '  journal = {Journal of R\\&D\\_Studies},',
          '  year = {2021},',
          '  doi = {10.1000/ABC_1},',
          '  url = {https://example.org/paper?id=1&x=%7By%7D}',
          '}',
        ],
      ],
    ] as const;
    for (const [w, opts, lines] of expected) {
      expect(toBibtex(w, opts)).to.equal(lines.join('\n'));
      // The list's lazy chunk hands on this very function, so the list writes the same.
      expect(listExport.toBibtex(w, opts)).to.equal(lines.join('\n'));
    }
    expect(toBibtex(hostile, { key: 'k' })).to.contain('author = {van Beethoven, Ludwig and {Smith and Sons Consortium} and Okafor, Ada and others}');
  });

  it('any work gives a well-formed entry and stable, unique keys (property)', () => {
    const s = fc.string({ unit: fc.oneof(fc.constantFrom(...'{}\\$%&#_^~@,="<> '.split('')), fc.constantFrom('a', 'Z', '9', 'é', '中', 'and', 'van ')), maxLength: 24 });
    const arbWork = fc.record({
      id: fc.constant('x'),
      type: fc.option(fc.constantFrom('article', 'preprint', 'chapter', 'book', 'thesis', 'dataset', 'conference paper', 'report', 'other'), { nil: null }),
      year: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }),
      title: fc.option(s, { nil: null }),
      venue: fc.option(s, { nil: null }),
      doi: fc.option(fc.constantFrom('10.1000/x', 'doi:10.48550/arXiv.2401.1', 'https://doi.org/10.5/a%20b', 'nope'), { nil: null }),
      authors: fc.array(fc.record({ name: s }), { maxLength: 4 }),
      authorsTruncated: fc.boolean(),
    });
    /** Braces outside TeX escapes (`\\{`, `\\}`) never close more than they opened and end balanced. */
    const balanced = (t: string) => {
      let depth = 0;
      for (const c of t.replace(/\\[{}]/g, '')) {
        if (c === '{') depth++;
        else if (c === '}' && --depth < 0) return false;
      }
      return depth === 0;
    };
    fc.assert(
      fc.property(fc.array(arbWork, { minLength: 1, maxLength: 5 }), (ws) => {
        const works = ws as Work[];
        const keys = bibKeys(works);
        expect(keys).to.have.length(works.length);
        expect(new Set(keys).size, 'unique').to.equal(keys.length);
        expect(bibKeys(works), 'stable').to.deep.equal(keys);
        works.forEach((w, i) => {
          // The base key, then a, b, … for later works with the same base.
          const base = baseKey(w);
          expect(keys[i]!.startsWith(base), keys[i]).to.equal(true);
          expect(keys[i]!.slice(base.length)).to.match(/^[a-z]*$/);
          expect(keys[i]).to.match(/^[a-z0-9]+$/);
          const entry = toBibtex(w, { key: `k${i}` });
          expect(entry).to.match(new RegExp(`^@(article|inproceedings|incollection|book|phdthesis|techreport|misc)\\{k${i}(,\\n|\\n\\}$)`));
          expect(entry.endsWith('\n}'), entry).to.equal(true);
          expect(balanced(entry), entry).to.equal(true);
          for (const line of entry.split('\n').slice(1, -1)) expect(line, entry).to.match(/^  [a-z]+ = \{.*\},?$/);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a whole list is read back by biblatex-csl-converter entry by entry and field by field', () => {
    const works = [
      reference(),
      work({ id: 'b', type: 'book', year: 2010, title: 'On Études', venue: 'Uppsala Press', authors: [{ name: 'Åsa Ström' }], url: 'https://example.org/book?id=1&x=2' }),
      work({ id: 'c', type: 'conference paper', year: 2019, title: 'A GPU paper', venue: 'Proc. of ACM CHI', authors: [{ name: 'Doe, Jane' }, { name: 'María Núñez' }], doi: '10.1145/3290605.3300001', url: 'https://doi.org/10.1145/3290605.3300001' }),
      work({ id: 'd', type: 'thesis', year: 2015, title: '100% {braced} & $x_1$', venue: 'MIT', authors: [{ name: 'Martin Luther King Jr.' }] }),
    ];
    const bib = toBibtexList(works);
    const { entries, errors } = parse(bib);
    expect(errors, bib).to.deep.equal([]);
    expect(entries.map((e) => e.entry_key)).to.deep.equal(['zhou2024training', 'strom2010etudes', 'doe2019gpu', 'king2015100']);
    const [a, b, c, d] = entries;
    expect(a!.bib_type).to.equal('misc');
    expect(text(a!.fields.title)).to.equal('Training and Serving System of Foundation Models: A Comprehensive Survey');
    expect(names(a!)).to.deep.equal(['Zhou, Jiahang', 'Chen, Yanyu', 'Hong, Zicong', 'Chen, Wuhui', 'Yu, Yue']);
    expect(a!.fields.doi).to.equal('10.48550/arXiv.2401.02643');
    expect(a!.fields.date).to.equal('2024');
    expect(b!.bib_type).to.equal('book');
    expect(names(b!)).to.deep.equal(['Ström, Åsa']);
    expect(text(b!.fields.title)).to.equal('On Études');
    expect(b!.fields.url).to.equal('https://example.org/book?id=1&x=2');
    expect(b!.fields.date).to.equal('2010');
    expect(c!.bib_type).to.equal('inproceedings');
    expect(names(c!)).to.deep.equal(['Doe, Jane', 'Núñez, María']);
    expect(text(c!.fields.booktitle)).to.equal('Proc. of ACM CHI');
    expect(c!.fields.doi).to.equal('10.1145/3290605.3300001');
    expect(c!.fields.url, 'a URL that is only the DOI link is not repeated').to.equal(undefined);
    expect(d!.bib_type).to.equal('thesis');
    // The title as the list shows it: TeX braces dropped, $x_1$ as x₁.
    expect(text(d!.fields.title)).to.equal('100% braced & x₁');
    expect(text(d!.fields.institution)).to.equal('MIT');
  });

  it('keys stay those of the whole profile when the list is filtered', () => {
    const profileWorks = [
      work({ id: '1', year: 2024, title: 'Training at scale', authors: [{ name: 'Jiahang Zhou' }] }),
      work({ id: '2', year: 2024, title: 'Training again', authors: [{ name: 'J. Zhou' }] }),
    ];
    const file = exportCitations([profileWorks[1]!], 'bibtex', { profile: { id: 'p', works: profileWorks } });
    expect(file.text).to.match(/^@misc\{zhou2024traininga,/);
    expect(file.mimeType).to.equal('application/x-bibtex');
    expect(file.extension).to.equal('bib');
    expect(exportCitations([], 'bibtex').text).to.equal('');
  });
});
