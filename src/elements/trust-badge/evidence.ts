/**
 * The part of `<trust-badge>`'s explanation that says what the score is made of: each signal
 * (`trust.signals`: "ORCID record controlled by its owner", "OpenAlex author record linked to that
 * ORCID iD", …) with its points and its source, the total, and the notes about the sources of a
 * merged profile (a lookup that found nothing, an ORCID iD that differs). Nothing when the profile
 * carries neither.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageParams } from '../../core/i18n.js';
import type { TrustSignal } from '../../data/schema.js';
import { enBadge } from './messages/en.js';

type T = (key: string, params?: MessageParams) => string;

/** A signal in words: the badge's text for a known id, else the profile's `label`, else the id. */
function signalText(s: TrustSignal, t: T): string {
  const key = `signal:${s.id}`;
  return key in enBadge ? t(key) : (s.label ?? s.id);
}

export function renderEvidence(signals: readonly TrustSignal[] | null | undefined, score: string | undefined, notes: readonly string[], t: T): TemplateResult | typeof nothing {
  const list = signals?.length ? signals : null;
  if (!list && !notes.length) return nothing;
  return html`${list
    ? html`<p part="explanation-text"><strong>${t('evidenceHeading')}</strong></p>
        <ul class="evidence" part="evidence" aria-label=${t('evidenceLabel')}>
          ${list.map(
            (s) =>
              html`<li part="evidence-item">
                <span class="points">${s.points < 0 ? String(s.points) : t('evidencePoints', { points: String(s.points) })}</span>
                <span
                  >${signalText(s, t)}${s.source ? html` <span class="evidence-source" part="evidence-source">(${t('evidenceSource', { source: s.source })})</span>` : nothing}</span
                >
              </li>`,
          )}
        </ul>
        ${score !== undefined ? html`<p part="explanation-text">${t('evidenceTotal', { score })}</p>` : nothing}`
    : nothing}
  ${notes.length
    ? html`<div class="source-notes" part="source-notes">
        <p part="explanation-text"><strong>${t('sourceNotesHeading')}</strong></p>
        <ul>
          ${notes.map((n) => html`<li>${n}</li>`)}
        </ul>
      </div>`
    : nothing}`;
}
