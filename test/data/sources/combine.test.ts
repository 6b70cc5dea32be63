/**
 * One researcher from several sources (issue 14), through the data layer's `loadProfile` with
 * `also` and `linkSources`: Jason Priem's recorded OpenAlex author and works (../shared/fixtures)
 * with a small ORCID record written for the project (same iD); a .bib merged into an OpenAlex
 * profile; the free lookups counted on the faked wire; mismatches as warnings, never errors.
 */
import { expect } from '@open-wc/testing';
import { clearProfileCache, loadProfile } from '../../../src/data/load.js';
import { mergeWorks } from '../../../src/data/merge/works.js';
import { doiKey } from '../../../src/data/merge/keys.js';
import type { Work } from '../../../src/data/schema.js';
import type { FakeFetch } from '../../helpers/fake-fetch.js';
import { PRIEM_OPENALEX, countsOf, recordedPriem, serveApis, type Recorded } from './fake-apis.js';
import { ORCID_ONLY, PRIEM_ORCID, SHARED_DOIS, SHARED_TITLE } from './priem-orcid.js';

const ORCID_SRC = `https://orcid.org/${PRIEM_ORCID}`;
const OPENALEX_SRC = `https://api.openalex.org/authors/${PRIEM_OPENALEX}`;
/** How a merged work names its OpenAlex source: the author's public record. */
const OPENALEX_RECORD = `https://openalex.org/${PRIEM_OPENALEX}`;
const BIB_SRC = 'https://lab.example.org/priem-lab.bib';

/** A lab's .bib written for the project: one work OpenAlex has (by DOI), one it does not. */
const LAB_BIB = `@article{priem2018state,
  title = {The state of {OA}: a large-scale analysis of the prevalence and impact of Open Access articles},
  author = {Piwowar, Heather and Priem, Jason and Lariviere, Vincent},
  journal = {PeerJ},
  year = {2018},
  doi = {10.7717/peerj.4375}
}
@misc{priem2025lab,
  title = {Lab notes on a sample workshop, written for the researcher-elements tests},
  author = {Priem, Jason and Sample, Ada},
  year = {2025}
}
`;

const withDoi = (works: readonly Work[], doi: string) => works.filter((w) => doiKey(w.doi) === doi);

describe('Sources: one researcher from ORCID, OpenAlex and a .bib', () => {
  let rec: Recorded;
  let fake: FakeFetch | undefined;
  let warn: typeof console.warn;
  let warned: string[];

  before(async function () {
    rec = await recordedPriem(this);
  });

  beforeEach(() => {
    warned = [];
    warn = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args.map(String).join(' '));
  });

  afterEach(() => {
    console.warn = warn;
    fake?.restore();
    fake = undefined;
    clearProfileCache();
  });

  /** What the recorded OpenAlex works come to alone, merged by the same rules (their own duplicates removed). */
  const openAlexAlone = async () => {
    const f = serveApis(rec);
    try {
      const alone = await loadProfile(OPENALEX_SRC);
      return mergeWorks([{ id: 'openalex', works: alone.profile.works, owner: { name: alone.profile.name, id: alone.profile.id } }]);
    } finally {
      f.restore();
      clearProfileCache();
    }
  };

  it('an ORCID src with link-sources finds the OpenAlex author by iD (one free lookup, only the works list calls OpenAlex needs) and merges', async () => {
    const expectedOpenAlex = await openAlexAlone();
    fake = serveApis(rec);
    const loaded = await loadProfile(ORCID_SRC, { linkSources: true });
    const c = countsOf(fake);
    expect(c.byOrcid, 'lookups of the OpenAlex author by ORCID iD').to.equal(1);
    expect(c.byId, 'no second author lookup').to.equal(0);
    expect(c.works, 'the works list calls of one OpenAlex profile (one page)').to.equal(1);
    expect(c.otherLists, 'no other list call').to.equal(0);
    expect(c.orcid, 'the ORCID record, once').to.equal(1);

    const p = loaded.profile;
    // Identity and claim state from the ORCID record; citations, topics and co-authors from OpenAlex.
    expect(p.id).to.equal(PRIEM_ORCID);
    expect(p.name).to.equal('Jason Priem');
    expect(p.trust?.claimed).to.equal(true);
    expect(p.trust?.level).to.equal(2);
    expect(p.counts.citations).to.equal(rec.author.cited_by_count);
    expect(p.people.length).to.be.greaterThan(10);
    expect(p.topics.some((t) => !t.id.startsWith('keyword:'))).to.equal(true);

    // Works: each once. The ORCID record's three shared works merge into OpenAlex's; its own two are added.
    expect(p.works.length).to.equal(expectedOpenAlex.length + ORCID_ONLY.length);
    for (const doi of SHARED_DOIS) {
      const hits = withDoi(p.works, doi);
      expect(hits, doi).to.have.length(1);
      expect(hits[0]!.sources).to.have.members([ORCID_SRC, OPENALEX_RECORD]);
    }
    const manifesto = p.works.filter((w) => w.title?.toLowerCase() === SHARED_TITLE);
    expect(manifesto).to.have.length(1);
    expect(manifesto[0]!.sources).to.have.length(2);
    for (const title of ORCID_ONLY) expect(p.works.filter((w) => w.title === title)[0]?.sources).to.deep.equal([ORCID_SRC]);

    // Trust: the ORCID record's evidence plus the cross-source signals, summing to the score.
    const ids = p.trust!.signals!.map((s) => s.id);
    expect(ids).to.include.members(['orcid-record', 'orcid-employment', 'orcid-work', 'openalex-linked', 'works-confirmed']);
    expect(p.trust!.score).to.equal(p.trust!.signals!.reduce((n, s) => n + s.points, 0));
    expect(loaded.warnings.filter((w) => /ORCID iD|not merged|could not/.test(w))).to.deep.equal([]);
  });

  it('an OpenAlex author with an ORCID iD loads that ORCID record and gives it the identity', async () => {
    fake = serveApis(rec);
    const loaded = await loadProfile(OPENALEX_SRC, { linkSources: true });
    const c = countsOf(fake);
    expect(c.orcid).to.equal(1);
    expect(c.byId).to.equal(1);
    expect(c.byOrcid).to.equal(0);
    expect(c.otherLists).to.equal(0);
    expect(loaded.profile.id).to.equal(PRIEM_ORCID);
    expect(loaded.profile.trust?.claimed).to.equal(true);
    for (const doi of SHARED_DOIS) expect(withDoi(loaded.profile.works, doi)).to.have.length(1);
  });

  it('without link-sources nothing is looked up (a lone source loads as before)', async () => {
    fake = serveApis(rec);
    const loaded = await loadProfile(ORCID_SRC);
    expect(countsOf(fake).total).to.equal(1);
    expect(loaded.profile.works).to.have.length(5);
    expect(loaded.profile.works[0]!.sources).to.equal(undefined);
  });

  it('also: a .bib merged into an OpenAlex profile (shared work once, the lab-only work added, sources recorded)', async () => {
    const expectedOpenAlex = await openAlexAlone();
    fake = serveApis(rec, { extra: { [BIB_SRC]: { body: LAB_BIB, headers: { 'content-type': 'text/plain' } } } });
    const loaded = await loadProfile(OPENALEX_SRC, { also: [BIB_SRC] });
    const p = loaded.profile;
    expect(countsOf(fake).orcid, 'no link without link-sources').to.equal(0);
    expect(p.id, 'identity from OpenAlex, not the .bib').to.equal(PRIEM_OPENALEX);
    expect(p.works.length).to.equal(expectedOpenAlex.length + 1);
    const shared = withDoi(p.works, SHARED_DOIS[0]!);
    expect(shared).to.have.length(1);
    expect(shared[0]!.sources).to.deep.equal([OPENALEX_RECORD, BIB_SRC]);
    const lab = p.works.find((w) => w.title?.startsWith('Lab notes on a sample workshop'));
    expect(lab?.sources).to.deep.equal([BIB_SRC]);
    expect(p.trust?.signals?.map((s) => s.id)).to.include('works-confirmed');
  });

  it('a lookup that finds nothing is a warning (and a sources issue), never an error', async () => {
    fake = serveApis(rec, { author: null });
    const loaded = await loadProfile(ORCID_SRC, { linkSources: true });
    expect(countsOf(fake).byOrcid).to.equal(1);
    expect(countsOf(fake).works).to.equal(0);
    expect(loaded.profile.id).to.equal(PRIEM_ORCID);
    expect(loaded.profile.works).to.have.length(5);
    const note = loaded.warnings.find((w) => w.includes(`No OpenAlex author has the ORCID iD ${PRIEM_ORCID}`));
    expect(note).to.be.a('string');
    expect(loaded.issues?.filter((i) => i.part === 'sources').map((i) => i.message)).to.deep.equal([note]);
    expect(warned.some((w) => w.includes(note!))).to.equal(true);
  });

  it('an OpenAlex source whose ORCID iD differs from the ORCID record is a warning; an also source that fails too', async () => {
    const other = { ...rec.author, orcid: 'https://orcid.org/0000-0002-1825-0097' };
    fake = serveApis(rec, { author: other, extra: { 'https://lab.example.org/missing.bib': { status: 404, body: 'no' } } });
    const loaded = await loadProfile(ORCID_SRC, { also: [OPENALEX_SRC, 'https://lab.example.org/missing.bib'], linkSources: true });
    expect(countsOf(fake).byOrcid, 'no lookup: an OpenAlex source is given').to.equal(0);
    const notes = loaded.issues!.filter((i) => i.part === 'sources').map((i) => i.message);
    expect(notes.some((m) => m.includes('0000-0002-1825-0097') && m.includes(PRIEM_ORCID))).to.equal(true);
    expect(notes.some((m) => m.includes('missing.bib'))).to.equal(true);
    // Still merged: the page said they are one person.
    expect(loaded.profile.people.length).to.be.greaterThan(0);
    expect(loaded.profile.trust!.signals!.map((s) => s.id)).not.to.include('openalex-linked');
  });

  it('a lookup answered with another iD is not merged', async () => {
    const other = { ...rec.author, orcid: 'https://orcid.org/0000-0002-1825-0097' };
    fake = serveApis(rec, { author: other });
    const loaded = await loadProfile(ORCID_SRC, { linkSources: true });
    expect(loaded.profile.works).to.have.length(5);
    expect(loaded.warnings.some((w) => w.includes('not merged'))).to.equal(true);
  });

  it('src failing is an error, as for a lone source', async () => {
    fake = serveApis(rec, { orcid: null });
    let error: unknown;
    try {
      await loadProfile(ORCID_SRC, { linkSources: true, also: [OPENALEX_SRC] });
    } catch (err) {
      error = err;
    }
    expect((error as Error)?.name).to.equal('ProfileLoadError');
  });

  it('a src that fails cancels its also sources at once (no metered works list after an author record that is not shown)', async () => {
    const original = window.fetch;
    let authorSignal: AbortSignal | undefined;
    const calls: string[] = [];
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      calls.push(url);
      if (url.startsWith('https://lab.example.org/')) return new Response('gone', { status: 404 });
      // The OpenAlex author answers only when asked to stop (or never): its works would follow.
      authorSignal = init?.signal ?? undefined;
      return new Promise<Response>((_, reject) => authorSignal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }) as typeof fetch;
    try {
      const err = await loadProfile('https://lab.example.org/gone.json', { also: [OPENALEX_SRC], timeout: 120_000 }).catch((e: unknown) => e);
      expect((err as Error)?.name).to.equal('ProfileLoadError');
      // Before, the load waited for the author (it never answers here): it never ended.
      expect(authorSignal === undefined || authorSignal.aborted, 'the also source is not requested, or cancelled').to.equal(true);
      expect(calls.filter((c) => c.includes('/works?'))).to.deep.equal([]);
    } finally {
      window.fetch = original;
    }
  });

  it('an ORCID src that fails starts no OpenAlex lookup', async () => {
    fake = serveApis(rec, { orcid: null });
    const err = await loadProfile(ORCID_SRC, { linkSources: true }).catch((e: unknown) => e);
    expect((err as Error)?.name).to.equal('ProfileLoadError');
    expect(countsOf(fake)).to.deep.include({ orcid: 1, byOrcid: 0, works: 0 });
  });
});
