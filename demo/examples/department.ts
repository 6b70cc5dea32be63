import '../../src/define.ts';
import type { PublicationList } from '../../src/elements/publication-list/publication-list.js';
import { loadGroup } from './combine.js';

// The department's publications: every member's profile merged into one list (the directory's
// cards load the same URLs; the data layer caches per URL, so each is fetched once).
const MEMBERS = [
  'department/henrik-sorensen.json',
  'department/mariana-costa.json',
  'ada-okafor.json',
  'department/kofi-asante.json',
  'department/li-wei.json',
];

const list = document.querySelector<PublicationList>('#dept-publications');
if (list) {
  loadGroup(
    {
      id: 'northbridge-eaes',
      name: 'Department of Earth and Environmental Sciences',
      affiliation: { name: 'Northbridge Institute of Technology' },
    },
    MEMBERS.map((m) => `../data/${m}`),
  ).then(
    (profile) => {
      list.profile = profile;
    },
    (err: unknown) => console.error(err),
  );
}
