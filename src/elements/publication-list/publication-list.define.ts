import { PublicationList } from './publication-list.js';

PublicationList.define();

export { PublicationList };
