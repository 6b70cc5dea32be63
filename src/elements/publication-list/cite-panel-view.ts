/**
 * The Cite panel's content and the export controls, loaded with the citation code the first time
 * a reader opens "Cite" or "Export" (see cite-panel.ts): BibTeX, the citation in the chosen style
 * (citeproc-js through the data layer, one work at a time, rendered from text runs with Lit
 * templates, never as HTML), copy, and BibTeX / RIS / CSL-JSON export.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Work } from '../../data/schema.js';
import { toBibtex, toPlainCitation } from './citation-export.js';
import { EXPORTS, chooseStyle, effectiveStyle, formatCitation, formattedCitation, loadCitations, type CitationRun, type Citations, type ExportFormat } from './cite-formats.js';
import type { CitePanelController } from './cite-panel.js';
import { copyText } from './clipboard.js';
import type { Entry } from './model.js';

/** A formatted citation's runs as Lit templates (never as HTML). */
function renderRuns(runs: readonly CitationRun[]): unknown[] {
  return runs.map((r) => {
    let t: unknown = r.text;
    if (r.smallCaps) t = html`<span class="small-caps">${t}</span>`;
    if (r.underline) t = html`<u>${t}</u>`;
    if (r.sup) t = html`<sup>${t}</sup>`;
    if (r.sub) t = html`<sub>${t}</sub>`;
    // Spans with classes rather than <i>/<b>: "no markup elements from data" stays checkable.
    if (r.bold) t = html`<span class="bold">${t}</span>`;
    if (r.italic) t = html`<span class="italic">${t}</span>`;
    return t;
  });
}

/** A source's short name: ORCID, OpenAlex, or the file's (or site's) name. */
export function sourceLabel(src: string): string {
  try {
    const url = new URL(src);
    if (/(^|\.)orcid\.org$/i.test(url.hostname)) return 'ORCID';
    if (/(^|\.)openalex\.org$/i.test(url.hostname)) return 'OpenAlex';
    return decodeURIComponent(url.pathname.split('/').pop() || '') || url.hostname;
  } catch {
    return src.slice(0, 80);
  }
}

/** "Found in: ORCID · OpenAlex · lab.bib" for a work of a profile merged from several sources. */
function renderWorkSources(e: Entry, t: (key: 'workSources', params: { sources: string }) => string): TemplateResult | typeof nothing {
  const sources = e.work.sources;
  if (!sources?.length) return nothing;
  const labels = [...new Set(sources.map(sourceLabel))];
  return html`<p class="cite-note work-sources" part="work-sources">${t('workSources', { sources: labels.join(' · ') })}</p>`;
}

/** The panel of one work. */
export function renderCitePanel(ctrl: CitePanelController, e: Entry, mod: Citations): TemplateResult {
  const host = ctrl.host;
  const t = host._t;
  const lang = host._lang;
  const offered = mod.parseCiteStyles(host.citeStyles);
  const style = effectiveStyle(offered);
  const result = formattedCitation(e.work, style, lang);
  if (!result) ctrl.track(`${e.index}|${style}|${lang}`, () => formatCitation(e.work, style, lang));
  const bibtex = toBibtex(e.work, { key: e.bibKey, title: e.title, url: e.url });
  const failed = result instanceof Error;
  const citation = result && !failed ? mod.runsText(result) : failed ? toPlainCitation(e.work, { title: e.title, url: e.href }) : '';
  const rows = Math.min(12, bibtex.split('\n').length);
  return html`${renderWorkSources(e, t)}<div class="cite-block">
      <label class="cite-label" for=${`b${e.index}`}>BibTeX</label>
      <textarea class="bibtex" id=${`b${e.index}`} readonly rows=${rows} spellcheck="false" .value=${bibtex}></textarea>
    </div>
    <div class="cite-block">
      ${offered.length > 1
        ? html`<div class="cite-style">
            <label class="cite-label" for=${`s${e.index}`}>${t('citationStyle')}</label>
            <select id=${`s${e.index}`} part="cite-style" @change=${(ev: Event) => chooseStyle((ev.target as HTMLSelectElement).value)}>
              ${offered.map((s) => html`<option value=${s} ?selected=${s === style}>${mod.CITE_STYLE_INFO[s].label}</option>`)}
            </select>
          </div>`
        : html`<p class="cite-label">${mod.CITE_STYLE_INFO[style].label}</p>`}
      ${failed ? html`<p class="cite-note">${t('citationFormatFailed')}</p>` : nothing}
      <p class="plain" id=${`p${e.index}`} data-style=${style} aria-busy=${result ? 'false' : 'true'}>
        ${result && !failed ? renderRuns(result) : failed ? citation : t('formattingCitation')}
      </p>
    </div>
    <div class="copy-row">
      <button class="btn small" part="copy-button" type="button" @click=${(ev: Event) => copyCitation(ctrl, ev, e, 'bibtex', bibtex)}>${t('copyBibtex')}</button>
      <button class="btn small" part="copy-button" type="button" ?disabled=${!citation} @click=${(ev: Event) => copyCitation(ctrl, ev, e, 'plain', citation)}>
        ${t('copyCitation')}
      </button>
      ${renderExport(ctrl, `x${e.index}`, () => [e.work], e.bibKey, e.work.id, `t${e.index}`)}
      <span class="copied" role="status">${ctrl.statusFor(e.work.id)}</span>
    </div>`;
}

/** "Export [BibTeX|RIS|CSL-JSON] Copy Download" for `works` (one work, or the filtered list). */
export function renderExport(ctrl: CitePanelController, id: string, works: () => Work[], fileBase: string, statusId: string, describedBy?: string): TemplateResult {
  const t = ctrl.host._t;
  const act = (action: 'copy' | 'download') => (ev: Event) => void exportAction(ctrl, ev, action, works(), fileBase, statusId);
  return html`<span class="export" part="export">
    <label class="cite-label" for=${id}>${t('exportFormat')}</label>
    <select id=${id} part="export-format" @change=${(ev: Event) => (ctrl.format = (ev.target as HTMLSelectElement).value as ExportFormat)}>
      ${EXPORTS.map(([f, label]) => html`<option value=${f} ?selected=${f === ctrl.format}>${label}</option>`)}
    </select>
    <button class="btn small" part="export-button" type="button" data-action="copy" aria-describedby=${describedBy ?? nothing} @click=${act('copy')}>
      ${t('copyExport')}
    </button>
    <button class="btn small" part="export-button" type="button" data-action="download" aria-describedby=${describedBy ?? nothing} @click=${act('download')}>
      ${t('downloadExport')}
    </button>
  </span>`;
}

async function exportAction(ctrl: CitePanelController, ev: Event, action: 'copy' | 'download', works: Work[], fileBase: string, statusId: string): Promise<void> {
  const host = ctrl.host;
  const button = ev.currentTarget as HTMLButtonElement;
  const format = ctrl.format;
  const label = EXPORTS.find(([f]) => f === format)![1];
  const file = (await loadCitations()).exportCitations(works, format, { profile: host.loadedProfile });
  if (action === 'download') {
    ctrl.save(file.text, `${file.mimeType};charset=utf-8`, `${fileBase}.${file.extension}`);
    return;
  }
  const ok = await copyText(file.text, host.renderRoot as ShadowRoot);
  button.focus({ preventScroll: true });
  ctrl.setStatus(statusId, host._t(ok ? 'exportCopied' : 'exportCopyFailed', { format: label }));
}

async function copyCitation(ctrl: CitePanelController, ev: Event, e: Entry, what: 'bibtex' | 'plain', text: string): Promise<void> {
  const host = ctrl.host;
  const button = ev.currentTarget as HTMLButtonElement;
  const ok = await copyText(text, host.renderRoot as ShadowRoot);
  if (!ok) {
    // Last resort: select the text so the user can copy it.
    const target = host.renderRoot.querySelector<HTMLElement>(what === 'bibtex' ? `#b${e.index}` : `#p${e.index}`);
    if (target instanceof HTMLTextAreaElement) {
      target.focus();
      target.select();
    } else if (target) {
      const range = document.createRange();
      range.selectNodeContents(target);
      const sel = getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
    }
  } else {
    button.focus({ preventScroll: true });
  }
  ctrl.setStatus(e.work.id, host._t(ok ? (what === 'bibtex' ? 'bibtexCopied' : 'citationCopied') : 'copyFailed'));
}
