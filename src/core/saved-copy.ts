/**
 * The discreet line an element shows under a profile that came from its `fallback-src` snapshot
 * because the live source failed: "Saved copy from 30 Nov 2026." (the profile's `retrieved`
 * date), or "Saved copy." when the snapshot does not say when it was made.
 */
import { html, type TemplateResult } from 'lit';
import type { ProfileResult } from './context.js';
import { msg } from './i18n.js';

/** `retrieved` (an ISO date or date-time) as a date in `lang`, or `null` when it is not a date. */
export function formatRetrieved(retrieved: string | null, lang: string): string | null {
  if (!retrieved) return null;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(retrieved);
  if (!dateOnly && !/^\d{4}-\d{2}-\d{2}T/.test(retrieved)) return null;
  const date = new Date(retrieved);
  if (Number.isNaN(date.getTime())) return null;
  try {
    // A bare date is a calendar day: shown as that day whatever the reader's time zone.
    return new Intl.DateTimeFormat(lang || 'en', { dateStyle: 'medium', ...(dateOnly && { timeZone: 'UTC' }) }).format(date);
  } catch {
    return retrieved.slice(0, 10);
  }
}

/** The saved-copy note for a result from `fallback-src` (`role="note"`, part `saved-copy`). */
export function renderSavedCopy(result: ProfileResult, lang: string): TemplateResult {
  const date = formatRetrieved(result.retrieved, lang);
  const text = date ? msg(lang, 'savedCopyFrom', { date }) : msg(lang, 'savedCopy');
  return html`<p class="saved-copy" part="saved-copy" role="note">${text}</p>`;
}
