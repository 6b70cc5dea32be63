// The group merge on the BUILT modules (dist/, what `npm run build` writes and bundlers load; the
// CDN chunks hold the same code, minified): the synthetic department of ./group-data.js,
// validated before timing as the loader hands the profiles over. `cold()` is the first merge of
// a fresh page (nothing compiled yet); `merge()` and `build()` are timed again and again.
// @ts-nocheck — plain built JavaScript, no types needed here.
import { buildGroup } from '../../dist/data/group/model.js';
import { validateGroup } from '../../dist/data/group/validate.js';
import { mergeWorks } from '../../dist/data/merge/works.js';
import { validateProfile } from '../../dist/data/validate.js';
import { department } from './group-data.js';

const raw = department();
const profiles = raw.profiles.map((p) => {
  const v = validateProfile(p);
  if (!v.ok) throw new Error(v.errors.join('; '));
  return v.profile;
});
const roster = validateGroup(raw.roster);
if (!roster.ok) throw new Error(roster.errors.join('; '));
const results = profiles.map((p) => ({ status: 'fulfilled', value: { src: null, profile: p, warnings: [] } }));

function build() {
  const t0 = performance.now();
  const g = buildGroup(roster.group, results);
  return { ms: performance.now() - t0, works: g.works.length, links: g.links.length, coauthors: g.coauthors.length, shared: g.works.filter((w) => (w.members?.length ?? 0) > 1).length };
}
function merge() {
  const t0 = performance.now();
  const out = mergeWorks(profiles.map((p) => ({ id: p.id, works: p.works, owner: { name: p.name, id: p.id } })), { field: 'members' });
  return { ms: performance.now() - t0, works: out.length };
}

window.groupBench = { ready: true, inputWorks: raw.inputWorks, build, merge };
