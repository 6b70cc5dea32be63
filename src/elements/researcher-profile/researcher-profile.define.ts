import { ResearcherProfile } from './researcher-profile.js';

ResearcherProfile.define();

export { ResearcherProfile };
