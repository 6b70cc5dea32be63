/**
 * A real department (Bangor University) from the recorded OpenAlex responses in
 * ../shared/fixtures/openalex: Ludmila Kuncheva, Joseph Mearman and William Faithfull (Faithfull
 * and Kuncheva co-wrote four of Faithfull's six works). `api.openalex.org` is faked by a stubbed
 * fetch that answers `/authors/A…` lookups and batched `/works?filter=author.id:A1|A2|A3` list
 * calls from the fixtures (filtering the recorded works by their authorships), and every call is
 * counted. Skipped with a message when the fixtures are absent.
 */
import { expect } from '@open-wc/testing';
import { type FakeFetch, type FakeRoute } from '../../helpers/fake-fetch.js';
import { FAITHFULL, KUNCHEVA, MEARMAN, authorIds, bangorRoster as roster, loadDepartment, serveDepartment, type Department } from '../../helpers/bangor.js';
import { loadAuthorRecord, loadGroup, loadGroupRoster, loadMember } from '../../../src/data/group/load.js';
import { clearBatchCache } from '../../../src/data/group/openalex-batch.js';
import { clearProfileCache } from '../../../src/data/load.js';

const ROSTER_URL = 'https://cs.example.ac.uk/groups/bangor-ml.json';

describe('Group loading against a recorded department: requests planned by cost', () => {
  let dept: Department;
  let authors: Department['authors'];
  let works: Department['works'] = [];
  let fake: FakeFetch | undefined;

  before(async function () {
    dept = await loadDepartment(this);
    ({ authors, works } = dept);
  });

  afterEach(() => {
    fake?.restore();
    fake = undefined;
    clearProfileCache();
    clearBatchCache();
  });

  /** The fake API (test/helpers/bangor.ts), counted. */
  function serve(opts: { pageCap?: number; missing?: string[]; works?: FakeRoute } = {}) {
    fake = serveDepartment(dept, ROSTER_URL, opts);
    return fake;
  }

  const listCalls = () => fake!.calls.filter((c) => c.startsWith('https://api.openalex.org/works?'));
  const lookups = () => fake!.calls.filter((c) => c.startsWith('https://api.openalex.org/authors/'));
  const expectedWorksOf = (id: string) => works.filter((w) => authorIds(w).includes(id)).length;

  it('loads 3 members with 3 free author lookups and 1 batched list call', async () => {
    serve();
    const g = await loadGroup(await loadGroupRoster(ROSTER_URL));
    expect(lookups()).to.have.length(3);
    expect(listCalls()).to.have.length(1);
    const filter = new URL(listCalls()[0]!).searchParams.get('filter')!;
    expect(filter.replace('author.id:', '').split('|').sort()).to.deep.equal([FAITHFULL, KUNCHEVA, MEARMAN].sort());
    expect(new URL(listCalls()[0]!).searchParams.get('cursor')).to.equal('*');
    // Each member has the works in which they appear among the authorships.
    for (const id of [KUNCHEVA, MEARMAN, FAITHFULL]) {
      const m = g.members.find((x) => x.id === id)!;
      expect(m.profile!.works, id).to.have.length(expectedWorksOf(id));
    }
    expect(g.members.map((m) => [m.name, m.roleKind])).to.deep.equal([
      ['Ludmila I. Kuncheva', 'lead'],
      ['Joseph Mearman', 'member'],
      ['Will Faithfull', 'alumni'],
    ]);
  });

  it('takes per-member counts from each member\'s own author record', async () => {
    serve();
    const g = await loadGroup(await loadGroupRoster(ROSTER_URL));
    for (const id of [KUNCHEVA, MEARMAN, FAITHFULL]) {
      expect(g.members.find((m) => m.id === id)!.counts.works, id).to.equal(authors.get(id)!.works_count);
    }
  });

  it('merges the works: shared works once, with both members; Faithfull and Kuncheva linked by 4 joint works', async () => {
    serve();
    const g = await loadGroup(await loadGroupRoster(ROSTER_URL));
    const ids = g.works.map((w) => w.id);
    expect(new Set(ids).size).to.equal(ids.length);
    const joint = g.works.filter((w) => w.members!.includes(FAITHFULL) && w.members!.includes(KUNCHEVA));
    expect(joint).to.have.length(4);
    expect(g.links).to.deep.equal([{ source: KUNCHEVA, target: FAITHFULL, works: 4 }]);
    // Every one of Faithfull's works says he wrote it.
    expect(g.works.filter((w) => w.members!.includes(FAITHFULL))).to.have.length(expectedWorksOf(FAITHFULL));
    // Mearman's arXiv preprint is merged into its published version and linked from it.
    const preprint = works.find((w) => w.type === 'preprint' && authorIds(w).includes(MEARMAN))!;
    expect(ids).not.to.include(String(preprint.id).split('/').pop());
    const published = g.works.find((w) => w.versions?.some((v) => v.kind === 'preprint' && v.venue === 'arXiv'))!;
    expect(published.title).to.equal(preprint.title);
    expect(g.works).to.have.length(works.length - 1);
    // Outside co-authors: no member among them, most joint works first.
    const memberIds = new Set([KUNCHEVA, MEARMAN, FAITHFULL]);
    expect(g.coauthors.some((c) => c.id && memberIds.has(c.id))).to.equal(false);
    expect(g.coauthors.map((c) => c.works)).to.deep.equal([...g.coauthors.map((c) => c.works)].sort((a, b) => b - a));
  });

  it('pages the shared list call with the cursor: ⌈works ÷ page size⌉ calls', async () => {
    serve({ pageCap: 10 });
    const g = await loadGroup(await loadGroupRoster(ROSTER_URL));
    expect(listCalls()).to.have.length(Math.ceil(works.length / 10));
    expect(listCalls().map((c) => new URL(c).searchParams.get('cursor'))).to.deep.equal(['*', '10', '20', '30'].slice(0, Math.ceil(works.length / 10)));
    expect(g.works).to.have.length(works.length - 1);
  });

  it('shares the list call between separate callers in the same tick (several elements on a page)', async () => {
    serve();
    const [a, b] = await Promise.all([loadMember(`https://api.openalex.org/authors/${KUNCHEVA}`), loadMember(`https://openalex.org/${FAITHFULL}`)]);
    expect(listCalls()).to.have.length(1);
    expect(a.profile.works).to.have.length(expectedWorksOf(KUNCHEVA));
    expect(b.profile.works).to.have.length(expectedWorksOf(FAITHFULL));
  });

  it('hands each member\'s author record over before the works arrive (cards render first)', async () => {
    serve();
    const records: [number, number, number][] = [];
    const settled: number[] = [];
    await loadGroup(await loadGroupRoster(ROSTER_URL), {
      onRecord: (i, r) => records.push([i, r.profile.works.length, r.profile.counts.works ?? -1]),
      onMember: (i) => settled.push(i),
    });
    expect(records.map((r) => r[0]).sort()).to.deep.equal([0, 1, 2]);
    // A record has no works yet, and its counts come from the record.
    for (const [i, works, count] of records) {
      expect(works).to.equal(0);
      expect(count).to.equal(authors.get(roster.members[i]!.src.split('/').pop()!)!.works_count);
    }
    expect(settled.sort()).to.deep.equal([0, 1, 2]);
  });

  it('makes no list call at all for cards: author records only, counts from the record', async () => {
    serve();
    const records = await Promise.all([KUNCHEVA, MEARMAN, FAITHFULL].map((id) => loadAuthorRecord(`https://api.openalex.org/authors/${id}`)));
    expect(lookups()).to.have.length(3);
    expect(listCalls()).to.have.length(0);
    expect(records.map((r) => r.profile.counts.works)).to.deep.equal([KUNCHEVA, MEARMAN, FAITHFULL].map((id) => authors.get(id)!.works_count));
    expect(records.every((r) => r.profile.works.length === 0)).to.equal(true);
  });

  it('lists a member whose record fails as unavailable, with the reason; the others load in one list call', async () => {
    serve({ missing: [MEARMAN] });
    const g = await loadGroup(await loadGroupRoster(ROSTER_URL));
    const m = g.members.find((x) => !x.available)!;
    expect(m.entry.src).to.equal(`https://api.openalex.org/authors/${MEARMAN}`);
    expect(m.error!.status).to.equal(404);
    expect(m.error!.message).to.contain('OpenAlex has no author');
    expect(g.members.filter((x) => x.available)).to.have.length(2);
    expect(listCalls()).to.have.length(1);
    expect(g.links).to.deep.equal([{ source: KUNCHEVA, target: FAITHFULL, works: 4 }]);
  });

  it('keeps the members when the shared works call is refused, each saying its works are missing', async () => {
    serve({ works: { status: 429, body: { error: 'Rate limit exceeded' } } });
    const g = await loadGroup(await loadGroupRoster(ROSTER_URL));
    expect(listCalls()).to.have.length(1);
    for (const m of g.members) {
      expect(m.available, m.id).to.equal(true);
      expect(m.issues?.[0]).to.include({ part: 'works', status: 429, loaded: 0 });
      expect(m.issues?.[0]!.total).to.equal(authors.get(m.id)!.works_count);
    }
    expect(g.works).to.have.length(0);
  });
});
