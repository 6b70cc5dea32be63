/**
 * RIS read back by a careful field-level parser (the RIS grammar: `TAG  - value` lines, `TY` opens
 * a record, `ER` closes it), and CSL-JSON: type and name mapping, a round trip through its text,
 * and what the exports say about one work agreeing with each other.
 */
import { expect } from '@open-wc/testing';
import fc from '../../helpers/fc.js';
import { normalizedWork } from '../../helpers/normalized.js';
import { cslJsonText, cslName, cslType, exportCitations, toCslJson, toCslJsonList, toRis, toRisList } from '../../../src/data/citations/index.js';

const work = normalizedWork;

interface RisRecord {
  type: string;
  fields: Array<[string, string]>;
}

/**
 * Parses RIS as a reference manager does: every line is `XX  - value` (two upper-case letters or a
 * letter and a digit, two spaces, a hyphen, a space); `TY` starts a record and `ER` ends it; blank
 * lines between records are allowed, and nothing else is (a stray line is an error, so a value
 * that broke onto a new line would be caught).
 */
function parseRis(text: string): RisRecord[] {
  const records: RisRecord[] = [];
  let current: RisRecord | null = null;
  const lines = text.split('\r\n');
  expect(lines.pop(), 'the file ends with CRLF').to.equal('');
  for (const [i, line] of lines.entries()) {
    if (current === null && line === '') continue;
    const m = /^([A-Z][A-Z0-9])  - (.*)$/.exec(line);
    if (!m) throw new Error(`line ${i + 1} is not a RIS field: ${JSON.stringify(line)}`);
    const [, tag, value] = m as unknown as [string, string, string];
    if (tag === 'TY') {
      if (current) throw new Error(`line ${i + 1}: TY inside a record`);
      current = { type: value, fields: [] };
    } else if (tag === 'ER') {
      if (!current) throw new Error(`line ${i + 1}: ER outside a record`);
      expect(value, 'ER has no value').to.equal('');
      records.push(current);
      current = null;
    } else {
      if (!current) throw new Error(`line ${i + 1}: ${tag} outside a record`);
      expect(value, `${tag} value`).to.equal(value.trim());
      expect(value, `${tag} is not empty`).not.to.equal('');
      current.fields.push([tag, value]);
    }
  }
  expect(current, 'the last record is closed').to.equal(null);
  return records;
}
const all = (r: RisRecord, tag: string) => r.fields.filter(([t]) => t === tag).map(([, v]) => v);
const one = (r: RisRecord, tag: string) => {
  const v = all(r, tag);
  expect(v.length, `${tag} at most once`).to.be.at.most(1);
  return v[0];
};

const article = work({
  id: 'w1',
  type: 'article',
  year: 2021,
  title: 'Drift of Arctic sea ice',
  venue: 'Journal of Geophysical Research',
  doi: 'https://doi.org/10.1029/2020JC016000',
  url: 'https://example.org/a?x=1&y=2',
  abstract: 'Line one.\nLine two.\r\nER  - injected',
  authors: [{ name: 'Ana Lima' }, { name: 'Ludwig van Beethoven' }, { name: 'Chen, Wuhui' }, { name: 'Martin Luther King Jr.' }, { name: '陈武辉' }],
});

describe('RIS export', () => {
  it('writes one record per work, read back field by field', () => {
    const thesis = work({ id: 'w2', type: 'thesis', year: 2010, title: 'On Études', venue: 'Uppsala Universitet', authors: [{ name: 'Åsa Ström' }] });
    const preprint = work({ id: 'w3', type: 'preprint', year: 2024, title: 'A survey', venue: 'arXiv', doi: '10.48550/arXiv.2401.02643' });
    const records = parseRis(toRisList([article, thesis, preprint]));
    expect(records.length).to.equal(3);
    const [a, t, p] = records as [RisRecord, RisRecord, RisRecord];
    expect(a.type).to.equal('JOUR');
    expect(all(a, 'AU')).to.deep.equal(['Lima, Ana', 'van Beethoven, Ludwig', 'Chen, Wuhui', 'King, Martin Luther, Jr.', '陈武辉']);
    expect(one(a, 'TI')).to.equal('Drift of Arctic sea ice');
    expect(one(a, 'T2')).to.equal('Journal of Geophysical Research');
    expect(one(a, 'PY')).to.equal('2021');
    expect(one(a, 'DO')).to.equal('10.1029/2020JC016000');
    expect(one(a, 'UR')).to.equal('https://example.org/a?x=1&y=2');
    // A line break in a value cannot start a field of its own (no injected ER).
    expect(one(a, 'AB')).to.equal('Line one. Line two. ER - injected');
    expect(t.type).to.equal('THES');
    expect(one(t, 'PB')).to.equal('Uppsala Universitet');
    expect(all(t, 'AU')).to.deep.equal(['Ström, Åsa']);
    expect(p.type).to.equal('UNPB');
    expect(one(p, 'PB')).to.equal('arXiv');
    expect(one(p, 'UR'), 'the DOI link is not repeated as a URL').to.equal(undefined);
    expect(toRis(article)).to.equal(`${toRisList([article])}`);
    expect(toRisList([])).to.equal('');
  });

  it('any text in any field stays inside its own line and record (property)', () => {
    const s = fc.string({ unit: fc.oneof(fc.constantFrom('\r', '\n', '\u2028', '\t', ' ', '-', 'E', 'R', 'T', 'Y'), fc.constantFrom('a', 'é', '中', '<', '&')), maxLength: 30 });
    fc.assert(
      fc.property(fc.array(fc.record({ title: s, venue: s, abstract: s, authors: fc.array(fc.record({ name: s }), { maxLength: 3 }) }), { minLength: 1, maxLength: 4 }), (ws) => {
        const works = ws.map((w, i) => work({ ...w, id: String(i), type: 'article' }));
        expect(parseRis(toRisList(works)).length).to.equal(works.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('CSL-JSON', () => {
  it('maps the types the adapters write to CSL types', () => {
    const cases: Record<string, string> = {
      article: 'article-journal',
      'journal-article': 'article-journal',
      review: 'article-journal',
      preprint: 'article',
      'posted-content': 'article',
      'conference paper': 'paper-conference',
      'proceedings-article': 'paper-conference',
      chapter: 'chapter',
      'book-chapter': 'chapter',
      book: 'book',
      'edited-book': 'book',
      dataset: 'dataset',
      'data-set': 'dataset',
      thesis: 'thesis',
      dissertation: 'thesis',
      report: 'report',
      software: 'software',
      patent: 'patent',
      entry: 'entry',
      'web page': 'webpage',
      manuscript: 'manuscript',
      standard: 'standard',
      other: 'document',
      '': 'document',
    };
    for (const [ours, csl] of Object.entries(cases)) expect(cslType(ours), ours).to.equal(csl);
    expect(cslType(null)).to.equal('document');
  });

  it('splits names sensibly: "Last, First", particles, suffixes, single words and CJK names as literals', () => {
    expect(cslName('Ana Lima')).to.deep.equal({ family: 'Lima', given: 'Ana' });
    expect(cslName('Chen, Wuhui')).to.deep.equal({ family: 'Chen', given: 'Wuhui' });
    expect(cslName('Ludwig van Beethoven')).to.deep.equal({ family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' });
    expect(cslName('Juan de la Cruz')).to.deep.equal({ family: 'Cruz', given: 'Juan', 'non-dropping-particle': 'de la' });
    expect(cslName('van der Berg, Jan')).to.deep.equal({ family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van der' });
    expect(cslName('Martin Luther King Jr.')).to.deep.equal({ family: 'King', given: 'Martin Luther', suffix: 'Jr.' });
    expect(cslName('Smith, Jr., John')).to.deep.equal({ family: 'Smith', given: 'John', suffix: 'Jr.' });
    expect(cslName('Madonna')).to.deep.equal({ literal: 'Madonna' });
    expect(cslName('陈武辉')).to.deep.equal({ literal: '陈武辉' });
    expect(cslName('Smith and Sons Consortium')).to.deep.equal({ literal: 'Smith and Sons Consortium' });
    expect(cslName('ATLAS Collaboration')).to.deep.equal({ literal: 'ATLAS Collaboration' });
    expect(cslName('   ')).to.equal(null);
  });

  it('writes a work with cleaned text, a bare DOI, an http(s) URL only, and the venue where the type puts it', () => {
    const item = toCslJson(article, { id: 'ana' });
    expect(item).to.deep.include({
      id: 'ana/w1',
      type: 'article-journal',
      title: 'Drift of Arctic sea ice',
      'container-title': 'Journal of Geophysical Research',
      DOI: '10.1029/2020JC016000',
      URL: 'https://example.org/a?x=1&y=2',
      issued: { 'date-parts': [[2021]] },
    });
    expect(toCslJson(work({ type: 'book', venue: 'MIT Press', url: 'javascript:alert(1)', title: '<i>Ice</i> &amp; $\\alpha$' }))).to.deep.equal({
      id: 'x',
      type: 'book',
      title: 'Ice & α',
      publisher: 'MIT Press',
    });
  });

  it('round-trips through its text: the file parses back to the same items', () => {
    const works = [article, work({ id: 'b', type: 'dataset', year: 2020, title: 'Data', venue: 'Zenodo', doi: '10.5281/zenodo.1' }), work({ id: 'c' })];
    const file = exportCitations(works, 'csl-json', { profile: { id: 'p', works } });
    expect(file.mimeType).to.equal('application/vnd.citationstyles.csl+json');
    expect(file.extension).to.equal('json');
    expect(file.text).to.equal(cslJsonText(works, { id: 'p' }));
    const parsed = JSON.parse(file.text) as unknown[];
    expect(parsed).to.deep.equal(toCslJsonList(works, { id: 'p' }));
    expect(parsed.map((i) => (i as { id: string }).id)).to.deep.equal(['p/w1', 'p/b', 'p/c']);
    expect(JSON.parse(exportCitations([], 'csl-json').text)).to.deep.equal([]);
  });

  it('RIS, BibTeX and CSL-JSON of one work agree on title, authors, year and DOI', () => {
    const [ris] = parseRis(exportCitations([article], 'ris').text);
    const csl = JSON.parse(exportCitations([article], 'csl-json').text)[0];
    const bib = exportCitations([article], 'bibtex').text;
    expect(one(ris!, 'TI')).to.equal(csl.title);
    expect(one(ris!, 'DO')).to.equal(csl.DOI);
    expect(bib).to.contain(`doi = {${csl.DOI}}`);
    expect(one(ris!, 'PY')).to.equal(String(csl.issued['date-parts'][0][0]));
    expect(all(ris!, 'AU').length).to.equal(csl.author.length);
  });
});
