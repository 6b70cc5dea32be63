import { expect } from '@open-wc/testing';
import '../../../src/data/adapters/index.js';
import { openAlexFormat } from '../../../src/data/adapters/index.js';
import { WORK_FIELDS, rebuildAbstract } from '../../../src/data/adapters/openalex-map.js';
import { ProfileLoadError } from '../../../src/data/errors.js';
import { contextFor } from '../../../src/data/formats.js';
import { clearProfileCache, loadProfile } from '../../../src/data/load.js';
import type { Profile } from '../../../src/data/schema.js';
import { fakeFetch, type FakeFetch, type FakeRoute } from '../../helpers/fake-fetch.js';
import { fixturesOrSkip } from './fixtures.js';

const AUTHOR_URL = 'https://api.openalex.org/authors/A5023888391';
const WORKS = 'https://api.openalex.org/works?';

type Json = Record<string, any>;

/** Serves the recorded works page as two cursor pages (25 + 25), as the live API pages. */
function pagedWorks(page: Json, opts: { failSecond?: FakeRoute } = {}) {
  return (url: string): FakeRoute => {
    const cursor = new URL(url).searchParams.get('cursor');
    if (cursor === '*') return { body: { meta: { ...page.meta, next_cursor: 'IlsxNjk' }, results: page.results.slice(0, 25) } };
    if (cursor === 'IlsxNjk') return opts.failSecond ?? { body: { meta: { ...page.meta, next_cursor: null }, results: page.results.slice(25) } };
    return { status: 400, body: { error: `unexpected cursor ${cursor}` } };
  };
}

describe('OpenAlex adapter: Jason Priem, recorded responses', () => {
  let author: Json;
  let page: Json;
  let fake: FakeFetch | undefined;

  before(async function () {
    const [a, w] = await fixturesOrSkip(this, 'openalex/author-A5023888391-jason-priem.json', 'openalex/works-author-A5023888391-jason-priem-page1.json');
    author = JSON.parse(a!);
    page = JSON.parse(w!);
  });

  afterEach(() => {
    fake?.restore();
    fake = undefined;
    clearProfileCache();
  });

  async function load(src = AUTHOR_URL, options?: Record<string, unknown>, routes: Record<string, any> = {}) {
    fake = fakeFetch({ [AUTHOR_URL]: { body: author }, [WORKS]: pagedWorks(page), ...routes });
    const progress: string[] = [];
    const loaded = await loadProfile(src, { options, onProgress: (m) => progress.push(m) });
    return { profile: loaded.profile, warnings: loaded.warnings, progress, calls: fake.calls };
  }

  it('loads the author, then pages through the works with a cursor, select= and per_page=100 (the most OpenAlex sends)', async () => {
    const { profile, warnings, progress, calls } = await load();
    expect(warnings).to.deep.equal([]);
    expect(calls).to.have.length(3);
    expect(calls[0]).to.equal(AUTHOR_URL);
    const first = new URL(calls[1]!);
    expect(first.origin + first.pathname).to.equal('https://api.openalex.org/works');
    expect(first.searchParams.get('filter')).to.equal('author.id:A5023888391');
    expect(first.searchParams.get('select')).to.equal(WORK_FIELDS);
    expect(first.searchParams.get('per_page')).to.equal('100');
    expect(first.searchParams.get('cursor')).to.equal('*');
    expect(new URL(calls[2]!).searchParams.get('cursor')).to.equal('IlsxNjk');
    expect(progress).to.deep.equal(['OpenAlex author A5023888391: 25 of 62 works', 'OpenAlex author A5023888391: 50 of 62 works']);
    expect(profile.works).to.have.length(50);
  });

  it('maps the author: name, ORCID, last known institution, counts and topics', async () => {
    const { profile } = await load();
    expect(profile).to.include({ id: 'A5023888391', name: 'Jason Priem', orcid: '0000-0001-6187-6610' });
    expect(profile.affiliation).to.deep.equal({ name: 'OpenAlex', url: 'https://ror.org/02nr0ka47' });
    expect(profile.counts).to.include({ works: 62, citations: 3991, hIndex: 17 });
    expect(profile.links.profile).to.equal('https://openalex.org/A5023888391');
    // The author's 25 topics first (as OpenAlex ranks them), then the works' other topics.
    expect(profile.topics[0]).to.deep.equal({ id: 'T10102', name: 'scientometrics and bibliometrics research' });
    expect(profile.topics.slice(0, 25).map((t) => t.id)).to.deep.equal(author.topics.map((t: Json) => t.id.split('/').pop()));
    const referenced = new Set(profile.works.flatMap((w) => w.topics ?? []));
    expect([...referenced].every((id) => profile.topics.some((t) => t.id === id))).to.equal(true);
  });

  it('maps trust: an unclaimed record at level 1, scored by the documented rule', async () => {
    const { profile } = await load();
    // 10 (OpenAlex record) + 15 (ORCID) + 10 (institution with ROR) + 5 (≥ 5 works)
    expect(profile.trust).to.deep.equal({ score: 40, level: 1, claimed: false, label: 'Unclaimed', signals: [{ id: 'openalex-record', points: 10, source: 'OpenAlex' }, { id: 'openalex-orcid', points: 15, source: 'OpenAlex' }, { id: 'openalex-ror', points: 10, source: 'OpenAlex' }, { id: 'openalex-works', points: 5, source: 'OpenAlex' }] });
  });

  it('finds the 176 distinct co-authors and 33 institutions of the 50 works', async () => {
    const { profile } = await load();
    // 332 authorships by 177 distinct OpenAlex authors, one of them Jason Priem himself.
    expect(profile.people).to.have.length(176);
    expect(profile.people.some((p) => p.id === 'A5023888391')).to.equal(false);
    expect(profile.institutions).to.have.length(33);
    expect(profile.counts.collaborators).to.equal(176);
    // Heather Piwowar shares the most works, so she comes first, with her ORCID and institutions.
    const heather = profile.people[0]!;
    expect(heather).to.include({ id: 'A5048491430', name: 'Heather Piwowar', orcid: '0000-0003-1613-5981', url: 'https://openalex.org/A5048491430' });
    expect(heather.institutions).to.include('I4210166736');
    expect(profile.institutions.find((i) => i.id === 'I4210166736')).to.deep.equal({
      id: 'I4210166736',
      name: 'Impact Technology Development (United States)',
      country: 'US',
      url: 'https://ror.org/05ppvf150',
    });
    // Every author id on a work is the profile itself or one of the people.
    const ids = new Set([profile.id, ...profile.people.map((p) => p.id)]);
    expect(profile.works.flatMap((w) => w.authors).every((a) => a.id && ids.has(a.id))).to.equal(true);
  });

  it('maps a work: title, year, type, venue, DOI, landing page, citations, authors', async () => {
    const { profile } = await load();
    const w = profile.works.find((x) => x.id === 'W2741809807')!;
    expect(w).to.include({
      title: 'The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles',
      year: 2018,
      type: 'article',
      venue: 'PeerJ',
      doi: '10.7717/peerj.4375',
      url: 'https://doi.org/10.7717/peerj.4375',
      citations: 1021,
    });
    expect(w.authors.map((a) => a.name)).to.deep.equal([
      'Heather Piwowar',
      'Jason Priem',
      'Vincent Lariviére',
      'Juan Pablo Alperín',
      'Lisa Matthias',
      'Bree Norlander',
      'Ashley Farley',
      'Jevin D. West',
      'Stefanie Haustein',
    ]);
    expect(w.authors[1]).to.deep.equal({ name: 'Jason Priem', id: 'A5023888391', orcid: '0000-0001-6187-6610' });
    expect(w.topics).to.deep.equal(['T10102', 'T13607', 'T11937']);
    expect(new Set(profile.works.map((x) => x.type))).to.deep.equal(new Set(['article', 'preprint', 'dataset', 'paratext', 'review', 'letter']));
    expect(profile.works.filter((x) => x.venue === null)).to.have.length(16);
    expect(profile.works.filter((x) => x.doi)).to.have.length(39);
    expect(Math.min(...profile.works.map((x) => x.year!))).to.equal(2008);
    expect(Math.max(...profile.works.map((x) => x.year!))).to.equal(2024);
  });

  it('rebuilds abstracts from the inverted index, word for word', async () => {
    const { profile } = await load();
    expect(profile.works.filter((w) => w.abstract)).to.have.length(37);
    expect(profile.works.find((w) => w.id === 'W28360414')!.abstract).to.equal(
      'Jason Priem, Judit Bar-Ilan, Stefanie Haustein, Isabella Peters, Hadas Shema, and Jens Terliesner get a sense of how established the ' +
        'academic presence is online, and how an individual academic online profile can stand up to traditional measurements of number of ' +
        'publications and citations.',
    );
    // The longest one: every word sits at each of its positions.
    const raw = page.results.find((w: Json) => w.id.endsWith('/W2741809807'));
    const words = profile.works.find((w) => w.id === 'W2741809807')!.abstract!.split(' ');
    for (const [word, positions] of Object.entries(raw.abstract_inverted_index as Record<string, number[]>)) {
      for (const p of positions) expect(words[p], `word ${p}`).to.equal(word);
    }
    expect(words.slice(0, 9).join(' ')).to.equal('Despite growing interest in Open Access (OA) to scholarly');
  });

  it('flags the work whose 100 authorships OpenAlex cut short', async () => {
    const { profile } = await load();
    const truncated = profile.works.filter((w) => w.authorsTruncated);
    expect(truncated.map((w) => w.id)).to.deep.equal(['W4230863633']);
    expect(truncated[0]!.title).to.equal('Open Letter to The American Association for the Advancement of Science');
    expect(truncated[0]!.authors).to.have.length(100);
  });

  it('stops at max-works (per_page shrinks to match) and adds mailto to every request', async () => {
    const { profile, calls } = await load(AUTHOR_URL, { maxWorks: 20, mailto: 'lab@uni.example' });
    expect(profile.works).to.have.length(20);
    expect(profile.counts.works).to.equal(62);
    expect(calls).to.have.length(2);
    expect(new URL(calls[1]!).searchParams.get('per_page')).to.equal('20');
    for (const c of calls) expect(new URL(c).searchParams.get('mailto')).to.equal('lab@uni.example');
  });

  it('loads only the author when max-works is 0', async () => {
    const { profile, calls } = await load(AUTHOR_URL, { maxWorks: '0' });
    expect(calls).to.deep.equal([AUTHOR_URL]);
    expect(profile.works).to.deep.equal([]);
    expect(profile.counts.works).to.equal(62);
  });

  it('accepts openalex.org/A… and openalex.org/authors/A… addresses', async () => {
    for (const src of ['https://openalex.org/A5023888391', 'https://openalex.org/authors/a5023888391', 'https://api.openalex.org/people/A5023888391']) {
      const { profile, calls } = await load(src, { maxWorks: 0 });
      expect(profile.name, src).to.equal('Jason Priem');
      expect(calls[0], src).to.equal(AUTHOR_URL);
      fake!.restore();
      clearProfileCache();
    }
  });

  it('keeps the author and the first page when a later works page is cut off, with a warning', async () => {
    const broken = '{"meta":{"count":62},"results":[{"id":"https://openalex.org/W1"';
    fake = fakeFetch({ [AUTHOR_URL]: { body: author }, [WORKS]: pagedWorks(page, { failSecond: { body: broken } }) });
    const warn = console.warn;
    const logged: string[] = [];
    console.warn = (...args: unknown[]) => logged.push(args.join(' '));
    let value: Json;
    let warnings: string[];
    try {
      ({ profile: value, warnings } = (await openAlexFormat.load!(new URL(AUTHOR_URL), contextFor({}))) as { profile: Json; warnings: string[] });
    } finally {
      console.warn = warn;
    }
    expect(value.name).to.equal('Jason Priem');
    expect(value.works).to.have.length(25);
    expect(warnings).to.deep.equal(['Page 2 of the works of OpenAlex author A5023888391 is not valid JSON. The profile shows 25 of 62 works.']);
    expect(logged.join('\n')).to.contain('25 of 62 works');
  });

  it('parses a saved author object (format="openalex" on a file) without further requests', async () => {
    fake = fakeFetch({ '/data/priem.json': { body: author } });
    const { profile } = await loadProfile('/data/priem.json', { format: 'openalex' });
    expect(fake.calls).to.have.length(1);
    expect(profile).to.include({ id: 'A5023888391', name: 'Jason Priem' });
    expect(profile.works).to.deep.equal([]);
  });

  it('detects a saved author object by its content', async () => {
    fake = fakeFetch({ '/data/author.json': { body: author } });
    const { profile } = await loadProfile('/data/author.json');
    expect(profile.trust).to.include({ level: 1, claimed: false });
  });
});

describe('OpenAlex adapter: other recorded authors', () => {
  afterEach(() => clearProfileCache());

  it('Joseph Mearman: no ORCID, a complete works envelope with 9 works', async function () {
    const [a, w] = await fixturesOrSkip(this, 'openalex/author-A5017898742-joseph-mearman.json', 'openalex/works-author-A5017898742-joseph-mearman-full-envelope.json');
    const fake = fakeFetch({ 'https://api.openalex.org/authors/A5017898742': { body: a }, [WORKS]: { body: w } });
    try {
      const { profile } = await loadProfile('https://api.openalex.org/authors/A5017898742');
      expect(profile.name).to.equal('Joseph Mearman');
      expect(profile.orcid).to.equal(undefined);
      // 10 + 10 (Bangor University, with a ROR id) + 5 (9 works); no ORCID.
      expect(profile.trust).to.deep.equal({ score: 25, level: 1, claimed: false, label: 'Unclaimed', signals: [{ id: 'openalex-record', points: 10, source: 'OpenAlex' }, { id: 'openalex-ror', points: 10, source: 'OpenAlex' }, { id: 'openalex-works', points: 5, source: 'OpenAlex' }] });
      expect(profile.works).to.have.length(9);
      expect(profile.works.filter((x) => x.abstract)).to.have.length(4);
      expect(profile.works.filter((x) => !x.venue)).to.have.length(2);
      expect(profile.people).to.have.length(17);
      expect(profile.counts).to.include({ works: 9, citations: 41, hIndex: 2 });
      expect(fake.count(WORKS)).to.equal(1); // the envelope has no next_cursor
    } finally {
      fake.restore();
    }
  });

  it('an older snapshot of the same author (schema drift) still maps', async function () {
    const [a] = await fixturesOrSkip(this, 'openalex/alt/author-A5023888391-jason-priem-2025-06-b-vitamins.json');
    const fake = fakeFetch({ [AUTHOR_URL]: { body: a } });
    try {
      const { profile } = await loadProfile(AUTHOR_URL, { options: { maxWorks: 0 } });
      expect(profile).to.include({ name: 'Jason Priem', orcid: '0000-0001-6187-6610' });
      expect(profile.counts.works).to.equal(62);
      expect(profile.topics).to.have.length(25);
    } finally {
      fake.restore();
    }
  });
});

describe('OpenAlex adapter: failures', () => {
  let fake: FakeFetch | undefined;
  afterEach(() => {
    fake?.restore();
    fake = undefined;
    clearProfileCache();
  });

  async function failure(routes: Record<string, any>, src = 'https://api.openalex.org/authors/A999'): Promise<ProfileLoadError> {
    fake = fakeFetch(routes);
    try {
      await loadProfile(src);
    } catch (err) {
      expect(err).to.be.instanceOf(ProfileLoadError);
      return err as ProfileLoadError;
    }
    throw new Error('expected the load to fail');
  }

  it('an unknown id: 404 names the source and the id', async () => {
    const err = await failure({ 'https://api.openalex.org/authors/A999': { status: 404, body: { error: 'Not found' } } });
    expect(err.message).to.equal('OpenAlex has no author A999 (HTTP 404).');
    expect(err.status).to.equal(404);
  });

  it('429 with a short Retry-After: waits, retries and succeeds', async () => {
    const minimal = { id: 'https://openalex.org/A999', display_name: 'Ada Example', works_count: 0 };
    fake = fakeFetch({
      'https://api.openalex.org/authors/A999': [{ status: 429, headers: { 'retry-after': '0' } }, { body: minimal }],
      [WORKS]: { body: { meta: { count: 0, next_cursor: null }, results: [] } },
    });
    const { profile } = await loadProfile('https://api.openalex.org/authors/A999');
    expect(profile.name).to.equal('Ada Example');
    expect(fake.count('/authors/A999')).to.equal(2);
    expect(profile.trust).to.deep.equal({ score: 10, level: 1, claimed: false, label: 'Unclaimed', signals: [{ id: 'openalex-record', points: 10, source: 'OpenAlex' }] });
  });

  it('429 with a long Retry-After: fails at once, saying when to try again', async () => {
    const err = await failure({ 'https://api.openalex.org/authors/A999': { status: 429, headers: { 'retry-after': '120' } } });
    expect(err.message).to.equal('OpenAlex is limiting requests (HTTP 429) while loading author A999; try again in 120 s.');
    expect(fake!.count()).to.equal(1);
  });

  it('a truncated author response', async () => {
    const err = await failure({ 'https://api.openalex.org/authors/A999': { body: '{"id":"https://openalex.org/A999","display_na' } });
    expect(err.message).to.equal('The OpenAlex author A999 is not valid JSON.');
  });

  it('an author without a name, or something that is not an author', async () => {
    let err = await failure({ 'https://api.openalex.org/authors/A999': { body: { id: 'https://openalex.org/A999', works_count: 3 } } });
    expect(err.message).to.equal('The OpenAlex author A999 has no name.');
    fake!.restore();
    err = await failure({ 'https://api.openalex.org/authors/A999': { body: [1, 2] } });
    expect(err.message).to.equal('OpenAlex sent something other than an author object for A999.');
  });

  it('a works page without results keeps the author, with a warning', async () => {
    const minimal = { id: 'https://openalex.org/A999', display_name: 'Ada Example', works_count: 4 };
    fake = fakeFetch({ 'https://api.openalex.org/authors/A999': { body: minimal }, [WORKS]: { body: { error: 'Invalid query' } } });
    const warn = console.warn;
    console.warn = () => {};
    try {
      const { profile, warnings } = await openAlexFormat.load!(new URL('https://api.openalex.org/authors/A999'), contextFor({}));
      const value = profile as Profile;
      expect(value.works).to.deep.equal([]);
      // Issue 13 item 11: the server's own message, not "no results list".
      expect(warnings).to.deep.equal(['OpenAlex answered with an error instead of page 1 of the works of author A999: "Invalid query". The profile shows 0 of 4 works.']);
    } finally {
      console.warn = warn;
    }
  });
});

describe('rebuildAbstract', () => {
  it('orders words by position and ignores junk', () => {
    expect(rebuildAbstract({ world: [1], Hello: [0], '!': [2] })).to.equal('Hello world !');
    expect(rebuildAbstract({ a: [0, 2], b: [1], bad: ['x', -1, 1.5] })).to.equal('a b a');
    expect(rebuildAbstract(null)).to.equal(null);
    expect(rebuildAbstract({})).to.equal(null);
  });
});
