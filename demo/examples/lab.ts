import '../../src/define.ts';
import type { PublicationList } from '../../src/elements/publication-list/publication-list.js';
import { loadGroup } from './combine.js';

// The lab's publications: the PI's and the members' profiles merged into one list. The cards on
// the page load the same URLs, and the data layer caches per URL, so nothing is fetched twice.
const MEMBERS = ['ada-okafor.json', 'lab/tomas-ferreira.json', 'lab/samuel-osei.json', 'lab/priya-raghunathan.json', 'lab/lena-hoffmann.json'];

const list = document.querySelector<PublicationList>('#lab-publications');
if (list) {
  loadGroup(
    { id: 'okafor-lab', name: 'Okafor Lab', affiliation: { name: 'Northbridge Institute of Technology' } },
    MEMBERS.map((m) => `../data/${m}`),
  ).then(
    (profile) => {
      list.profile = profile;
    },
    (err: unknown) => {
      console.error(err);
      list.src = '../data/ada-okafor.json'; // the PI's list is better than none
    },
  );
}
