import '../src/elements/researcher-profile/researcher-profile.define.ts';
import type { ResearcherProfile } from '../src/elements/researcher-profile/researcher-profile.js';

// The host page decides what Follow, Claim and Invite do: this page logs each request and cancels
// it, so nothing opens. The events cross the element's shadow roots (they are composed).
const log = document.querySelector<HTMLElement>('#event-log');
for (const type of ['follow-request', 'claim-request', 'collaborate-request'] as const) {
  document.addEventListener(type, (event) => {
    event.preventDefault();
    if (log) log.textContent = `${type} for ${event.detail.profile.name}: handled by this page (preventDefault), nothing opened.`;
  });
}

// One profile-load per whole-profile element (the provider's own: its parts show its result), however many parts it shows.
document.querySelector<ResearcherProfile>('#reference')?.addEventListener('profile-load', (event) => {
  console.info(`profile-load: ${event.detail.profile.name}, ${event.detail.profile.works.length} work(s)`);
});
