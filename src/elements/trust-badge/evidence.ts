/**
 * The part of `<trust-badge>`'s explanation that says what the score is made of: each signal
 * (`trust.signals`: "ORCID record controlled by its owner", "OpenAlex author record linked to that
 * ORCID iD", …) with its points and its source, the total, and the notes about the sources of a
 * merged profile (a lookup that found nothing, an ORCID iD that differs). Nothing when the profile
 * carries neither.
 *
 * A lazy chunk with its strings: `<trust-badge>` imports it the first time an explanation that
 * has evidence or notes opens, so a badge without them (or never opened) costs nothing more.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { addBuiltinMessages, type MessageParams } from '../../core/i18n.js';
import type { TrustSignal } from '../../data/schema.js';
import { enEvidence } from './messages/evidence-en.js';

addBuiltinMessages(enEvidence, { 'zh-Hans': () => import('./messages/evidence-zh-Hans.js').then((m) => m.zhEvidence) });

type T = (key: string, params?: MessageParams) => string;

/** A signal in words: the badge's text for a known id, else the profile's `label`, else the id. */
function signalText(s: TrustSignal, t: T): string {
  const key = `signal:${s.id}`;
  return key in enEvidence ? t(key) : (s.label ?? s.id);
}

export function renderEvidence(signals: readonly TrustSignal[] | null | undefined, score: string | undefined, notes: readonly string[], t: T): TemplateResult | typeof nothing {
  const list = signals?.length ? signals : null;
  if (!list && !notes.length) return nothing;
  // The levels list's layout (a short code column, then the text): no styles of its own.
  return html`${list
    ? html`<p part="explanation-text"><strong>${t('evidenceHeading')}</strong></p>
        <ul class="levels" part="evidence" aria-label=${t('evidenceLabel')}>
          ${list.map(
            (s) =>
              html`<li part="evidence-item">
                <span class="code">${s.points < 0 ? String(s.points) : t('evidencePoints', { points: String(s.points) })}</span>
                <span>${signalText(s, t)}${s.source ? html` <span part="evidence-source">(${t('evidenceSource', { source: s.source })})</span>` : nothing}</span>
              </li>`,
          )}
        </ul>
        ${score !== undefined ? html`<p part="explanation-text">${t('evidenceTotal', { score })}</p>` : nothing}`
    : nothing}
  ${notes.length
    ? html`<div part="source-notes">
        <p part="explanation-text"><strong>${t('sourceNotesHeading')}</strong></p>
        <ul class="levels">
          ${notes.map((n) => html`<li><span class="code" aria-hidden="true">⚠</span><span>${n}</span></li>`)}
        </ul>
      </div>`
    : nothing}`;
}
