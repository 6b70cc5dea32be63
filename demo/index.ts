import '../src/elements/researcher-card/researcher-card.define.ts';
import '../src/elements/trust-badge/trust-badge.define.ts';
import '../src/elements/researcher-profile/researcher-profile.define.ts';

// The host page decides what Follow, Claim and Invite do. This demo logs each request; on the
// richer card it takes over Follow itself (preventDefault), the other requests keep their default
// action (open links.claim / links.contact when the profile has them).
const log = document.querySelector<HTMLElement>('#event-log');
const rich = document.querySelector('#rich');

for (const type of ['follow-request', 'claim-request', 'collaborate-request'] as const) {
  document.addEventListener(type, (event) => {
    const who = event.detail.profile.name;
    const handled = type === 'follow-request' && event.target === rich;
    if (handled) event.preventDefault();
    if (log) {
      log.textContent = handled
        ? `${type} for ${who}: handled by this page (preventDefault), nothing opened.`
        : `${type} for ${who}: not prevented, so the card opens the profile's link when it has one.`;
    }
  });
}
