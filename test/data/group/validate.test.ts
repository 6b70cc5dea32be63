/**
 * The roster (group format v1): a sample written for the project, then bad members, hostile
 * URLs and oversized input, each told as a path-named warning while the rest is kept.
 */
import { expect } from '@open-wc/testing';
import { validateGroup } from '../../../src/data/group/validate.js';
import { MAX_MEMBERS } from '../../../src/data/group/schema.js';

const BASE = 'https://systems.example.edu/group/roster.json';

async function sample(): Promise<Record<string, any>> {
  return (await fetch(new URL('./systems-lab.group.json', import.meta.url)).then((r) => r.json())) as Record<string, any>;
}

function valid(input: unknown, base = BASE) {
  const r = validateGroup(input, { base });
  if (!r.ok) throw new Error(`expected a valid group: ${r.errors.join('; ')}`);
  return r;
}

describe('validateGroup: the roster sample', () => {
  it('reads every field, resolves member URLs against the roster URL, and warns of nothing', async () => {
    const { group, warnings } = valid(await sample());
    expect(warnings).to.deep.equal([]);
    expect(group).to.include({ id: 'systems-lab', name: 'Example Systems Lab', kind: 'group', version: 1 });
    expect(group.affiliation).to.deep.equal({ name: 'Example University', ror: 'https://ror.org/00example0', url: 'https://www.example.edu/' });
    expect(group.links).to.deep.equal({ homepage: 'https://systems.example.edu/', explorer: 'https://systems.example.edu/network' });
    expect(group.works).to.equal('https://systems.example.edu/group/lab-extra.bib');
    expect(group.members.map((m) => m.src)).to.deep.equal([
      'https://systems.example.edu/group/people/ada.json',
      'https://systems.example.edu/group/people/grace.json',
      'https://systems.example.edu/group/people/alan.json',
      'https://orcid.org/0000-0002-1825-0097',
    ]);
    expect(group.members[2]).to.include({ role: 'alumni', until: 2023, name: 'Alan M. Turing' });
  });

  it('takes "member" as the role when none is given', () => {
    const { group } = valid({ version: 1, kind: 'group', id: 'g', name: 'G', members: [{ src: 'a.json' }] });
    expect(group.members[0]!.role).to.equal('member');
  });
});

describe('validateGroup: bad input', () => {
  const shell = { version: 1, kind: 'group', id: 'g', name: 'G' };

  it('refuses what is not a roster, naming the field', () => {
    for (const [input, error] of [
      [null, 'group: expected an object'],
      [[], 'group: expected an object'],
      [{ ...shell, version: 2, members: [] }, 'version: expected 1'],
      [{ ...shell, kind: 'profile', members: [] }, 'kind: expected "group"'],
      [{ ...shell, name: '', members: [] }, 'name: must not be empty'],
      [{ ...shell, members: 'everyone' }, 'members: expected a list'],
      [{ version: 1, kind: 'group', name: 'G', members: [] }, 'id: is required'],
    ] as const) {
      const r = validateGroup(input, { base: BASE });
      expect(r.ok, JSON.stringify(input)).to.equal(false);
      if (!r.ok) expect(r.errors).to.include(error);
    }
  });

  it('drops bad members with a warning naming each, and keeps the others', () => {
    const { group, warnings } = valid({
      ...shell,
      members: [
        { src: 'ok.json', role: 'lead' },
        { src: 42 },
        { role: 'member' },
        'not an object',
        { src: 'b.json', since: 2020.5 },
        { src: 'c.json', name: 'x'.repeat(301) },
        { src: 'd.json', since: 2022, until: 2020 },
      ],
    });
    expect(group.members.map((m) => m.src.split('/').pop())).to.deep.equal(['ok.json', 'd.json']);
    expect(warnings).to.include('members[1].src: expected a string (member dropped)');
    expect(warnings).to.include('members[2].src: is required (member dropped)');
    expect(warnings).to.include('members[3]: expected an object (member dropped)');
    expect(warnings).to.include('members[4].since: expected a whole number (member dropped)');
    expect(warnings).to.include('members[5].name: longer than 300 characters (member dropped)');
    expect(warnings).to.include('members[6].until: 2020 is before since (2022); until dropped');
    expect(group.members[1]!.until).to.equal(undefined);
  });

  it('drops hostile and non-web URLs: javascript:, data:, a protocol-relative trick, file: from the web', () => {
    const { group, warnings } = valid({
      ...shell,
      affiliation: { name: 'U', url: 'javascript:alert(1)', ror: 'https://ror.org/0abc' },
      links: { homepage: 'data:text/html,<script>alert(1)</script>', explorer: 'mailto:lab@example.edu' },
      works: 'vbscript:msgbox(1)',
      members: [
        { src: 'java\u0000script:alert(1)' },
        { src: ' JAVASCRIPT:alert(1)' },
        { src: 'file:///etc/passwd' },
        { src: 'mailto:someone@example.edu' },
        { src: '//evil.example.org/p.json' },
      ],
    });
    expect(group.affiliation).to.deep.equal({ name: 'U', ror: 'https://ror.org/0abc' });
    expect(group.links).to.deep.equal({ explorer: 'mailto:lab@example.edu' });
    expect(group.works).to.equal(undefined);
    // A protocol-relative URL is an https address on another host: allowed, resolved.
    expect(group.members.map((m) => m.src)).to.deep.equal(['https://evil.example.org/p.json']);
    expect(warnings).to.include('affiliation.url: "javascript:alert(1)" is not an http(s) address (field dropped)');
    expect(warnings.some((w) => w.startsWith('links.homepage: "data:text/html'))).to.equal(true);
    expect(warnings).to.include('works: "vbscript:msgbox(1)" is not an http(s) address (field dropped)');
    for (const i of [0, 1, 2, 3]) expect(warnings.some((w) => w.startsWith(`members[${i}].src:`) && w.endsWith('(member dropped)')), `members[${i}]`).to.equal(true);
  });

  it('reads file: members only when the roster itself is a local file (the snapshot command)', () => {
    const { group } = valid({ ...shell, members: [{ src: 'people/a.json' }] }, 'file:///srv/site/group.json');
    expect(group.members[0]!.src).to.equal('file:///srv/site/people/a.json');
  });

  it('reads at most 500 members and says so', () => {
    const members = Array.from({ length: MAX_MEMBERS + 20 }, (_, i) => ({ src: `p${i}.json` }));
    const { group, warnings } = valid({ ...shell, members });
    expect(group.members).to.have.length(MAX_MEMBERS);
    expect(warnings).to.include(`members: ${MAX_MEMBERS + 20} members listed, only the first ${MAX_MEMBERS} are read (the rest dropped)`);
  });

  it('drops optional fields of the wrong kind with a warning and keeps the group', () => {
    const { group, warnings } = valid({ ...shell, headline: 7, affiliation: 'Example U', links: [], members: [{ src: 'a.json' }] });
    expect(group.headline).to.equal(undefined);
    expect(group.affiliation).to.equal(null);
    expect(warnings).to.include('headline: expected a string (field dropped)');
    expect(warnings).to.include('affiliation: expected an object (field dropped)');
    expect(warnings).to.include('links: expected an object (field dropped)');
  });

  it('never throws, even on a hostile object', () => {
    const hostile = { ...shell, get members(): unknown { throw new Error('boom'); } };
    const r = validateGroup(hostile, { base: BASE });
    expect(r.ok).to.equal(false);
  });
});
