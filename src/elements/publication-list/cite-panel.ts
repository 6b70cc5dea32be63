/**
 * The "Cite" panels' state and the list's downloads. The panel's content, the citation styles
 * and the exports (`cite-panel-view.ts`, the data layer's citations, citeproc-js) load on first
 * use — a panel opened, "Export", "Download BibTeX", `bibtex()` — so pages that only list works
 * never download them, and the element's file carries only this controller.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { ExportFormat } from './cite-formats.js';
import type { Entry } from './model.js';
import type { PublicationList } from './publication-list.js';

type CitationExport = typeof import('./citation-export.js');
type View = typeof import('./cite-panel-view.js');
type Citations = typeof import('../../data/citations/index.js');
let citationExportLoad: Promise<CitationExport> | undefined;
let view: [View, Citations] | undefined;
let viewLoad: Promise<unknown> | undefined;

/** The event every list listens to when a list of the page chooses a citation style. */
export const STYLE_EVENT = 'researcher-elements:cite-style';

/** BibTeX and the plain reference, loaded the first time a reader opens "Cite" or downloads BibTeX. */
export function loadCitationExport(): Promise<CitationExport> {
  return (citationExportLoad ??= import('./citation-export.js').catch((err: unknown) => {
    citationExportLoad = undefined; // a failed load (network) can be tried again
    throw err;
  }));
}

/** The panel's view and the citations module (once per page; a failed load may be tried again). */
function loadView(): Promise<unknown> {
  return (viewLoad ??= Promise.all([import('./cite-panel-view.js'), import('./cite-formats.js').then((m) => m.loadCitations()), loadCitationExport()]).then(
    ([v, c]) => (view = [v, c]),
    (err: unknown) => {
      viewLoad = undefined;
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

/** The Cite panels' state (copy status, pending loads and formatting), shared with the lazy view. */
export class CitePanelController implements ReactiveController {
  /** The export format chosen in this list's selects. */
  format: ExportFormat = 'bibtex';
  /** The toolbar's export controls are open. */
  listExport = false;
  private status: { id: string; text: string } | null = null;
  private statusTimer?: ReturnType<typeof setTimeout>;
  private pending = new Map<string, Promise<unknown>>();
  private onStyle = () => this.host.requestUpdate();

  constructor(readonly host: PublicationList) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener(STYLE_EVENT, this.onStyle);
  }

  hostDisconnected(): void {
    clearTimeout(this.statusTimer);
    removeEventListener(STYLE_EVENT, this.onStyle);
  }

  /** Resolves when the code and the citations the panels asked for are ready (undefined: nothing pending). */
  get load(): Promise<unknown> | undefined {
    return this.pending.size ? Promise.all(this.pending.values()) : undefined;
  }

  /** Runs `start` once per `key`, then updates the element. */
  track(key: string, start: () => Promise<unknown>): void {
    if (this.pending.has(key)) return;
    const p = start().then(
      () => this.host.requestUpdate(),
      (err: unknown) => console.error('researcher-elements: the citation code could not be loaded.', err),
    );
    this.pending.set(key, p);
    void p.finally(() => this.pending.delete(key));
  }

  /** A work's panel; empty until the citation code has loaded (then the element updates). */
  render(e: Entry): TemplateResult | typeof nothing {
    if (view) return view[0].renderCitePanel(this, e, view[1]);
    this.track('code', loadView);
    return nothing;
  }

  /** The toolbar's "Export" (a disclosure) and, once open, the export controls for the filtered list. */
  renderListExport(): TemplateResult {
    const t = this.host._t;
    const open = this.listExport && view;
    return html`<button
        class="btn"
        part="export-toggle"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        @click=${() => {
          this.listExport = !this.listExport;
          this.track('code', loadView);
          this.host.requestUpdate();
        }}
      >
        ${t('exportFormat')}
      </button>
      ${open
        ? html`${view![0].renderExport(this, 'export-format', () => this.host._view?.ordered.map((e) => e.work) ?? [], this.fileBase(), '#list')}
            <span class="export-status" role="status">${this.statusFor('#list')}</span>`
        : nothing}`;
  }

  statusFor(id: string): string {
    return this.status?.id === id ? this.status.text : '';
  }

  setStatus(id: string, text: string): void {
    this.status = { id, text };
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => {
      this.status = null;
      this.host.requestUpdate();
    }, 4000);
    this.host.requestUpdate();
  }

  /** Saves `text` as a file through a temporary `<a download>` in the shadow root. */
  save(text: string, type: string, name: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    this.host.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** The BibTeX of every work the list shows or would show with "Show more". */
  async bibtex(): Promise<string> {
    const v = this.host._view;
    if (!v) return '';
    const { toBibtex } = await loadCitationExport();
    return v.ordered.map((e) => toBibtex(e.work, { key: e.bibKey, title: e.title, url: e.url })).join('\n\n') + '\n';
  }

  /** "Download BibTeX": the filtered list as a `.bib` file. */
  download = async (): Promise<void> => {
    const text = await this.bibtex();
    if (text) this.save(text, 'application/x-bibtex;charset=utf-8', `${this.fileBase()}.bib`);
  };

  /** The file name (without extension) of the list's downloads. */
  fileBase(): string {
    return fileSlug(this.host.loadedProfile?.name ?? '') || 'publications';
  }
}
