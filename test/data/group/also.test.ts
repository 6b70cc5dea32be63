/**
 * A roster member's `also` (issue 14): other sources for the same member, resolved and checked
 * like `src` (a bad list is dropped with a warning, the member kept), and merged into the member's
 * profile when the group loads (the member's own OpenAlex works still come from the batched list
 * calls). OpenAlex, ORCID and a .bib are faked at the network layer.
 */
import { expect } from '@open-wc/testing';
import { validateGroup } from '../../../src/data/group/validate.js';
import { loadGroup } from '../../../src/data/group/load.js';
import { clearBatchCache } from '../../../src/data/group/openalex-batch.js';
import { clearProfileCache } from '../../../src/data/load.js';
import { fakeFetch, type FakeFetch } from '../../helpers/fake-fetch.js';

const BASE = 'https://lab.example.org/groups/systems.json';
const roster = (also: unknown) => ({ version: 1, kind: 'group', id: 'systems', name: 'Systems Lab', members: [{ src: 'https://api.openalex.org/authors/A42', also }] });

describe('Group roster: a member\'s also', () => {
  let fake: FakeFetch | undefined;
  afterEach(() => {
    fake?.restore();
    fake = undefined;
    clearProfileCache();
    clearBatchCache();
  });

  it('resolves each URL against the roster and drops the ones that are not http(s)', () => {
    const r = validateGroup(roster(['ada.bib', 'javascript:alert(1)', 'https://orcid.org/0000-0002-1825-0097']), { base: BASE });
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.group.members[0]!.also).to.deep.equal(['https://lab.example.org/groups/ada.bib', 'https://orcid.org/0000-0002-1825-0097']);
    expect(r.warnings.some((w) => w.startsWith('members[0].also[1]:'))).to.equal(true);
  });

  it('an also that is not a list is dropped with a warning; the member stays', () => {
    const r = validateGroup(roster('https://orcid.org/0000-0002-1825-0097'), { base: BASE });
    expect(r.ok && r.group.members.length).to.equal(1);
    expect(r.ok && r.group.members[0]!.also).to.equal(undefined);
    expect(r.warnings.some((w) => w.startsWith('members[0].also: expected a list'))).to.equal(true);
  });

  it('loading the group merges the member\'s other sources into their profile', async () => {
    const ada = { id: 'https://openalex.org/A42', display_name: 'Ada Example', works_count: 1 };
    const work = { id: 'https://openalex.org/W1', doi: 'https://doi.org/10.5555/shared.1', title: 'A shared sample article', publication_year: 2024, authorships: [{ author: ada }] };
    fake = fakeFetch({
      'https://api.openalex.org/authors/A42': { body: ada },
      'https://api.openalex.org/works?': { body: { meta: { count: 1, next_cursor: null }, results: [work] } },
      'https://lab.example.org/groups/ada.bib': {
        body: '@misc{a, title = {A lab-only sample report}, author = {Example, Ada}, year = {2025}}\n@article{b, title = {A shared sample article}, author = {Example, Ada}, year = {2024}, doi = {10.5555/shared.1}}\n',
        headers: { 'content-type': 'text/plain' },
      },
    });
    const r = validateGroup(roster(['ada.bib']), { base: BASE });
    if (!r.ok) throw new Error('roster invalid');
    const group = await loadGroup({ src: BASE, group: r.group, warnings: [] });
    const titles = group.members[0]!.profile!.works.map((w) => w.title).sort();
    expect(group.works.map((w) => w.title).sort()).to.deep.equal(titles);
    expect(titles).to.deep.equal(['A lab-only sample report', 'A shared sample article']);
    expect(fake.count('/works?')).to.equal(1);
    expect(fake.count('ada.bib')).to.equal(1);
  });
});
