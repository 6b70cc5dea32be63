/**
 * The merge rules (issues 10 and 14) on small samples written for the project: each work once
 * (same DOI, same work id, or same title + an author in common + years at most one apart), the
 * published version kept with its preprint linked, different works kept apart.
 */
import { expect } from '@open-wc/testing';
import { mergeWorks, type WorkList } from '../../../src/data/merge/works.js';
import { doiKey, isPreprint, nameKey, titleKey } from '../../../src/data/merge/keys.js';
import type { Work } from '../../../src/data/schema.js';

const ada = { name: 'Ada Lovelace', orcid: '0000-0002-1825-0097' };
const grace = { name: 'Grace Hopper', id: 'A100' };
const alan = { name: 'Alan Turing' };

function work(id: string, fields: Partial<Work> = {}): Work {
  return { id, title: null, year: 2020, authors: [], ...fields } as Work;
}

const list = (id: string, works: Work[], owner?: WorkList['owner']): WorkList => ({ id, works, owner });

describe('mergeWorks: the same work from several lists', () => {
  it('merges works with the same DOI, however the DOI is written', () => {
    const a = work('W1', { doi: '10.1000/ABC.1', title: 'Engines of analysis', citations: 3, authors: [ada] });
    const b = work('bib:lovelace1843', { doi: 'https://doi.org/10.1000/abc.1', title: 'Notes on the engine', citations: 9, authors: [{ name: 'A. Lovelace' }, alan] });
    const out = mergeWorks([list('one', [a]), list('two', [b])]);
    expect(out).to.have.length(1);
    expect(out[0]!.id).to.equal('W1');
    expect(out[0]!.citations).to.equal(9);
    expect(out[0]!.sources).to.deep.equal(['one', 'two']);
    // The union of authors: Ada once (same name key), Alan added.
    expect(out[0]!.authors.map((x) => x.name)).to.deep.equal(['Ada Lovelace', 'Alan Turing']);
  });

  it('merges works with the same OpenAlex work id or ORCID put-code, and nothing else by id', () => {
    const out = mergeWorks([
      list('a', [work('W42', { title: 'First' }), work('123456', { title: 'Second thing' }), work('smith2020', { title: 'Third one here' })]),
      list('b', [work('https://openalex.org/W42', { title: 'First, again' }), work('123456', { title: 'Second again' }), work('smith2020', { title: 'Something else entirely' })]),
    ]);
    expect(out.map((w) => w.title)).to.deep.equal(['First', 'Second thing', 'Third one here', 'Something else entirely']);
    // A BibTeX key is local to its file: two different works keep distinct ids.
    expect(out.map((w) => w.id)).to.deep.equal(['W42', '123456', 'smith2020', 'smith2020~2']);
  });

  it('merges the same title with an author in common and years one apart, whatever the case, accents, markup', () => {
    const a = work('x1', { title: 'Über <i>große</i> Graphen: a {S}tudy', year: 2019, authors: [ada, grace] });
    const b = work('x2', { title: 'uber grosse graphen - A study.', year: 2020, authors: [{ name: 'Hopper, Grace' }] });
    const out = mergeWorks([list('a', [a]), list('b', [b])]);
    expect(out).to.have.length(1);
    expect(out[0]!.sources).to.deep.equal(['a', 'b']);
  });

  it('keeps apart works with the same title by different people', () => {
    const a = work('x1', { title: 'A survey of graph drawing', year: 2020, authors: [ada] });
    const b = work('x2', { title: 'A Survey of Graph Drawing', year: 2020, authors: [alan] });
    expect(mergeWorks([list('a', [a]), list('b', [b])])).to.have.length(2);
  });

  it('keeps apart the same title by the same people two years apart', () => {
    const a = work('x1', { title: 'Annual report on engines', year: 2018, authors: [ada] });
    const b = work('x2', { title: 'Annual report on engines', year: 2020, authors: [ada] });
    expect(mergeWorks([list('a', [a, b])])).to.have.length(2);
  });

  it('never merges generic titles by title alone', () => {
    const a = work('x1', { title: 'Editorial', year: 2020, authors: [ada] });
    const b = work('x2', { title: 'Editorial.', year: 2020, authors: [ada] });
    expect(mergeWorks([list('a', [a, b])])).to.have.length(2);
  });

  it('counts a list owner as an author of its works (ORCID works carry no co-authors)', () => {
    const orcidWork = work('998877', { title: 'Counting engines for fun', year: 2021, authors: [] });
    const openalexWork = work('W7', { title: 'Counting Engines for Fun', year: 2021, authors: [ada, alan], doi: '10.1000/x' });
    const out = mergeWorks([list('orcid', [orcidWork], ada), list('openalex', [openalexWork])]);
    expect(out).to.have.length(1);
    expect(out[0]).to.include({ id: 'W7', doi: '10.1000/x' });
    expect(out[0]!.sources).to.deep.equal(['orcid', 'openalex']);
  });
});

describe('mergeWorks: preprints and published versions', () => {
  const preprint = work('W10', {
    title: 'Engines that think',
    year: 2020,
    type: 'preprint',
    venue: 'arXiv (Cornell University)',
    doi: '10.48550/arxiv.2001.00001',
    url: 'https://arxiv.org/abs/2001.00001',
    citations: 12,
    authors: [ada, alan],
  });
  const published = work('W11', { title: 'Engines That Think', year: 2021, type: 'article', venue: 'Journal of Engines', doi: '10.1000/jeng.7', citations: 4, authors: [ada] });

  it('keeps the published version and links the preprint from it, whichever comes first', () => {
    for (const order of [[preprint, published], [published, preprint]]) {
      const out = mergeWorks([list('a', order)]);
      expect(out).to.have.length(1);
      expect(out[0]).to.include({ id: 'W11', venue: 'Journal of Engines', doi: '10.1000/jeng.7', citations: 12 });
      expect(out[0]!.versions).to.deep.equal([
        { kind: 'preprint', id: 'W10', year: 2020, venue: 'arXiv', doi: '10.48550/arxiv.2001.00001', url: 'https://arxiv.org/abs/2001.00001' },
      ]);
      expect(out[0]!.authors.map((x) => x.name)).to.deep.equal(order[0] === published ? ['Ada Lovelace', 'Alan Turing'] : ['Ada Lovelace', 'Alan Turing']);
    }
  });

  it('recognizes preprints by type, venue or DOI prefix, and not a journal that shares a prefix', () => {
    expect(isPreprint({ type: 'posted-content', venue: null, doi: null })).to.equal(true);
    expect(isPreprint({ type: 'article', venue: 'bioRxiv', doi: null })).to.equal(true);
    expect(isPreprint({ type: null, venue: null, doi: '10.1101/2020.03.01.971234' })).to.equal(true);
    expect(isPreprint({ type: null, venue: null, doi: 'https://doi.org/10.2139/ssrn.123' })).to.equal(true);
    expect(isPreprint({ type: null, venue: null, doi: '10.21203/rs.3.rs-1/v1' })).to.equal(true);
    expect(isPreprint({ type: 'article', venue: 'Genome Research', doi: '10.1101/gr.123.110' })).to.equal(false);
    expect(isPreprint({ type: 'article', venue: 'Journal of Engines', doi: '10.1000/x' })).to.equal(false);
  });

  it('keeps links a merged work already had, and matches a list that holds the linked preprint', () => {
    const once = mergeWorks([list('a', [preprint, published])]);
    const again = mergeWorks([list('merged', once), list('b', [preprint])]);
    expect(again).to.have.length(1);
    expect(again[0]!.versions).to.have.length(1);
    expect(again[0]!.sources).to.deep.equal(['a', 'merged', 'b']);
  });
});

describe('merge keys', () => {
  it('normalizes DOIs, titles and names', () => {
    expect(doiKey('https://dx.doi.org/10.1000/ABC%2F1.')).to.equal('10.1000/abc/1');
    expect(doiKey('not a doi')).to.equal(null);
    expect(titleKey('Caf\u00e9 $\\alpha$-<b>Engines</b>!')).to.equal(titleKey('cafe alpha engines'));
    expect(nameKey('Ludmila I. Kuncheva')).to.equal('kuncheva l');
    expect(nameKey('Kuncheva, L.')).to.equal('kuncheva l');
    expect(nameKey('Łukasz Nowak')).to.equal(nameKey('Lukasz Nowak'));
  });
});
