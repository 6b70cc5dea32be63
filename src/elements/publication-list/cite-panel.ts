/**
 * The "Cite" panel of a work and the list's downloads. The citation code loads on first use (a
 * panel opened, a download, `bibtex()`), so pages that only list works never download it.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { copyText } from './clipboard.js';
import type { Entry } from './model.js';
import type { PublicationList } from './publication-list.js';

type CitationExport = typeof import('./citation-export.js');
let citationExport: CitationExport | undefined;
let citationExportLoad: Promise<CitationExport> | undefined;

/** BibTeX and APA writing, loaded the first time a reader opens "Cite" or downloads BibTeX. */
export function loadCitationExport(): Promise<CitationExport> {
  return (citationExportLoad ??= import('./citation-export.js').then(
    (m) => (citationExport = m),
    (err: unknown) => {
      citationExportLoad = undefined; // a failed load (network) can be tried again
      throw err;
    },
  ));
}

type CopyState = { id: string; what: 'bibtex' | 'plain'; ok: boolean } | null;

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

/** The Cite panels' state (copy status, the citation code's load) and their templates. */
export class CitePanelController implements ReactiveController {
  /** Resolves when the citation code a panel asked for has loaded (the element's `updateComplete` waits for it). */
  load?: Promise<unknown>;
  private copy: CopyState = null;
  private copyTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: PublicationList) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.copyTimer);
  }

  render(e: Entry): TemplateResult | typeof nothing {
    const host = this.host;
    const t = host._t;
    const cite = citationExport;
    if (!cite) {
      // First "Cite" on the page: the panel fills in once the citation code has loaded.
      this.load ??= loadCitationExport().then(
        () => host.requestUpdate(),
        (err: unknown) => console.error('researcher-elements: the citation code could not be loaded.', err),
      );
      return nothing;
    }
    const bibtex = cite.toBibtex(e.work, { key: e.bibKey, title: e.title, url: e.url });
    const plain = cite.toPlainCitation(e.work, { title: e.title, url: e.href });
    const copy = this.copy?.id === e.work.id ? this.copy : null;
    const status = copy ? t(copy.ok ? (copy.what === 'bibtex' ? 'bibtexCopied' : 'citationCopied') : 'copyFailed') : '';
    const rows = Math.min(12, bibtex.split('\n').length);
    return html`<div class="cite-block">
        <label class="cite-label" for=${`b${e.index}`}>BibTeX</label>
        <textarea class="bibtex" id=${`b${e.index}`} readonly rows=${rows} spellcheck="false" .value=${bibtex}></textarea>
      </div>
      <div class="cite-block">
        <p class="cite-label" id=${`p${e.index}l`}>APA</p>
        <p class="plain" id=${`p${e.index}`} aria-labelledby=${`p${e.index}l`}>${plain}</p>
      </div>
      <div class="copy-row">
        <button class="btn small" part="copy-button" type="button" @click=${(ev: Event) => this.copyText(ev, e, 'bibtex', bibtex)}>${t('copyBibtex')}</button>
        <button class="btn small" part="copy-button" type="button" @click=${(ev: Event) => this.copyText(ev, e, 'plain', plain)}>${t('copyCitation')}</button>
        <span class="copied" role="status">${status}</span>
      </div>`;
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
    this.copy = { id: e.work.id, what, ok };
    clearTimeout(this.copyTimer);
    this.copyTimer = setTimeout(() => {
      this.copy = null;
      host.requestUpdate();
    }, 4000);
    host.requestUpdate();
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
    const name = `${fileSlug(this.host.loadedProfile?.name ?? '') || 'publications'}.bib`;
    saveFile(this.host.renderRoot as ShadowRoot, text, 'application/x-bibtex;charset=utf-8', name);
  };
}
