/**
 * The "Cite" panel of a work (BibTeX, the citation in the chosen style, copy and export) and the
 * list's exports. The citation code loads on first use (a panel opened, a download, `bibtex()`),
 * so pages that only list works never download it; citeproc-js formats only the work asked for.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { Work } from '../../data/schema.js';
import {
  EXPORTS,
  chooseStyle,
  effectiveStyle,
  formatCitation,
  formattedCitation,
  loadCitations,
  loadedCitations,
  onStyleChange,
  type CitationRun,
  type ExportFormat,
} from './cite-formats.js';
import { copyText } from './clipboard.js';
import type { Entry } from './model.js';
import type { PublicationList } from './publication-list.js';

type CitationExport = typeof import('./citation-export.js');
let citationExport: CitationExport | undefined;
let citationExportLoad: Promise<CitationExport> | undefined;

/** BibTeX and the plain reference, loaded the first time a reader opens "Cite" or downloads BibTeX. */
export function loadCitationExport(): Promise<CitationExport> {
  return (citationExportLoad ??= import('./citation-export.js').then(
    (m) => (citationExport = m),
    (err: unknown) => {
      citationExportLoad = undefined; // a failed load (network) can be tried again
      throw err;
    },
  ));
}

/** A name for a downloaded file from the profile's name. */
export function fileSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Saves `text` as a file through a temporary `<a download>` inside `root`. */
export function saveFile(root: ShadowRoot | HTMLElement, text: string, type: string, name: string): void {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  root.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A formatted citation's runs as Lit templates (never as HTML). */
function renderRuns(runs: readonly CitationRun[]): unknown[] {
  return runs.map((r) => {
    let t: unknown = r.text;
    if (r.smallCaps) t = html`<span class="small-caps">${t}</span>`;
    if (r.underline) t = html`<u>${t}</u>`;
    if (r.sup) t = html`<sup>${t}</sup>`;
    if (r.sub) t = html`<sub>${t}</sub>`;
    // Spans with classes rather than <i>/<b>: the list keeps "no markup elements from data" checkable.
    if (r.bold) t = html`<span class="bold">${t}</span>`;
    if (r.italic) t = html`<span class="italic">${t}</span>`;
    return t;
  });
}

/** The Cite panels' state (copy status, pending loads and formatting) and their templates. */
export class CitePanelController implements ReactiveController {
  /** The export format chosen in this list's selects. */
  format: ExportFormat = 'bibtex';
  private status: { id: string; text: string } | null = null;
  private statusTimer?: ReturnType<typeof setTimeout>;
  private pending = new Map<string, Promise<unknown>>();
  private unsubscribe?: () => void;

  constructor(private readonly host: PublicationList) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onStyleChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    clearTimeout(this.statusTimer);
    this.unsubscribe?.();
  }

  /** Resolves when the citation code and the citations the panels asked for are ready (undefined: nothing pending). */
  get load(): Promise<unknown> | undefined {
    return this.pending.size ? Promise.all(this.pending.values()) : undefined;
  }

  private track(key: string, start: () => Promise<unknown>): void {
    if (this.pending.has(key)) return;
    const p = start().then(
      () => this.host.requestUpdate(),
      (err: unknown) => console.error('researcher-elements: the citation code could not be loaded.', err),
    );
    this.pending.set(key, p);
    void p.finally(() => this.pending.delete(key));
  }

  render(e: Entry): TemplateResult | typeof nothing {
    const host = this.host;
    const t = host._t;
    const cite = citationExport;
    const mod = loadedCitations();
    if (!cite || !mod) {
      // First "Cite" on the page: the panel fills in once the citation code has loaded.
      this.track('code', () => Promise.all([loadCitationExport(), loadCitations()]));
      return nothing;
    }
    const lang = host._lang;
    const offered = mod.parseCiteStyles(host.citeStyles);
    const style = effectiveStyle(offered);
    const result = formattedCitation(e.work, style, lang);
    if (!result) this.track(`${e.index}|${style}|${lang}`, () => formatCitation(e.work, style, lang));
    const bibtex = cite.toBibtex(e.work, { key: e.bibKey, title: e.title, url: e.url });
    const failed = result instanceof Error;
    const citation = result && !failed ? mod.runsText(result) : failed ? cite.toPlainCitation(e.work, { title: e.title, url: e.href }) : '';
    const status = this.status?.id === e.work.id ? this.status.text : '';
    const rows = Math.min(12, bibtex.split('\n').length);
    const titleId = `t${e.index}`;
    return html`<div class="cite-block">
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
        <button class="btn small" part="copy-button" type="button" @click=${(ev: Event) => this.copyText(ev, e, 'bibtex', bibtex)}>${t('copyBibtex')}</button>
        <button class="btn small" part="copy-button" type="button" ?disabled=${!citation} @click=${(ev: Event) => this.copyText(ev, e, 'plain', citation)}>
          ${t('copyCitation')}
        </button>
        ${this.renderExport(`x${e.index}`, () => [e.work], e.bibKey, e.work.id, titleId)}
        <span class="copied" role="status">${status}</span>
      </div>`;
  }

  /** "Export [BibTeX|RIS|CSL-JSON] Copy Download" for `works` (one work, or the filtered list). */
  renderExport(id: string, works: () => Work[], fileBase: string, statusId: string, describedBy?: string): TemplateResult {
    const t = this.host._t;
    const act = (action: 'copy' | 'download') => (ev: Event) => void this.exportAction(ev, action, works(), fileBase, statusId);
    return html`<span class="export" part="export">
      <label class="cite-label" for=${id}>${t('exportFormat')}</label>
      <select id=${id} part="export-format" @change=${(ev: Event) => (this.format = (ev.target as HTMLSelectElement).value as ExportFormat)}>
        ${EXPORTS.map(([f, label]) => html`<option value=${f} ?selected=${f === this.format}>${label}</option>`)}
      </select>
      <button class="btn small" part="export-button" type="button" data-action="copy" aria-describedby=${describedBy ?? nothing} @click=${act('copy')}>
        ${t('copyExport')}
      </button>
      <button class="btn small" part="export-button" type="button" data-action="download" aria-describedby=${describedBy ?? nothing} @click=${act('download')}>
        ${t('downloadExport')}
      </button>
    </span>`;
  }

  /** The status text for the list's exports (shown in the toolbar). */
  statusFor(id: string): string {
    return this.status?.id === id ? this.status.text : '';
  }

  private setStatus(id: string, text: string): void {
    this.status = { id, text };
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => {
      this.status = null;
      this.host.requestUpdate();
    }, 4000);
    this.host.requestUpdate();
  }

  private async exportAction(ev: Event, action: 'copy' | 'download', works: Work[], fileBase: string, statusId: string): Promise<void> {
    const host = this.host;
    const button = ev.currentTarget as HTMLButtonElement;
    const format = this.format;
    const mod = await loadCitations();
    const file = mod.exportCitations(works, format, { profile: host.loadedProfile });
    const label = EXPORTS.find(([f]) => f === format)![1];
    if (action === 'download') {
      saveFile(host.renderRoot as ShadowRoot, file.text, `${file.mimeType};charset=utf-8`, `${fileBase}.${file.extension}`);
      return;
    }
    const ok = await copyText(file.text, host.renderRoot as ShadowRoot);
    button.focus({ preventScroll: true });
    this.setStatus(statusId, host._t(ok ? 'exportCopied' : 'exportCopyFailed', { format: label }));
  }

  private async copyText(ev: Event, e: Entry, what: 'bibtex' | 'plain', text: string): Promise<void> {
    const host = this.host;
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
    this.setStatus(e.work.id, host._t(ok ? (what === 'bibtex' ? 'bibtexCopied' : 'citationCopied') : 'copyFailed'));
  }

  /** The BibTeX of every work the list shows or would show with "Show more". */
  async bibtex(): Promise<string> {
    const view = this.host._view;
    if (!view) return '';
    const { toBibtex } = await loadCitationExport();
    return view.ordered.map((e) => toBibtex(e.work, { key: e.bibKey, title: e.title, url: e.url })).join('\n\n') + '\n';
  }

  /** "Download BibTeX": the filtered list as a `.bib` file. */
  download = async (): Promise<void> => {
    const text = await this.bibtex();
    if (!text) return;
    saveFile(this.host.renderRoot as ShadowRoot, text, 'application/x-bibtex;charset=utf-8', `${this.fileBase()}.bib`);
  };

  /** The file name (without extension) of the list's downloads. */
  fileBase(): string {
    return fileSlug(this.host.loadedProfile?.name ?? '') || 'publications';
  }
}
