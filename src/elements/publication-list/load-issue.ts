/**
 * The notice <publication-list> shows when the profile loaded but its works did not (all or in
 * part), e.g. an OpenAlex author whose works page got a 429: what is missing, why (the data
 * layer's sentence), and a Retry that loads again. Uses the shared `.error` state styles.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadIssue } from '../../data/errors.js';
import type { MessageParams } from '../../core/i18n.js';
import type { CoreMessageKey } from '../../core/profile-element.js';
import type { ListMessageKey } from './messages/en.js';

type MessageKey = ListMessageKey | CoreMessageKey;

export function renderWorksIssue(
  issues: readonly LoadIssue[],
  t: (key: MessageKey, params?: MessageParams) => string,
  retry: () => void,
): TemplateResult | typeof nothing {
  const issue = issues.find((i) => i.part === 'works');
  if (!issue) return nothing;
  const what =
    issue.loaded > 0
      ? t('worksIncomplete', { count: issue.loaded, total: issue.total ?? '?' })
      : t('worksNotLoaded');
  return html`<div class="error" part="works-issue" role="alert">
    <p class="error-message">${what} <span part="works-issue-reason">${issue.message}</span></p>
    <button class="btn" part="retry-button" type="button" @click=${retry}>${t('retry')}</button>
  </div>`;
}
