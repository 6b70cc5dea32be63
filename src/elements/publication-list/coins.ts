/**
 * COinS (ContextObjects in Spans) for reference managers. Zotero's and Mendeley's browser
 * connectors cannot see inside a shadow root, so for each work the list shows, an empty
 * `<span class="Z3988" title="ctx_ver=Z39.88-2004&…">` (an OpenURL 1.0 ContextObject in KEV form)
 * goes into the element's light DOM, inside one `hidden` wrapper: `hidden` rather than CSS, since
 * a light-DOM node is styled by the page, and `aria-hidden` so assistive technology skips it.
 * Written only in the browser (after an update), kept in step with filtering and paging, removed
 * when the element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Entry } from './model.js';

const MARKER = 'data-publication-list-coins';

const FMT = {
  journal: 'info:ofi/fmt:kev:mtx:journal',
  book: 'info:ofi/fmt:kev:mtx:book',
  dc: 'info:ofi/fmt:kev:mtx:dc',
} as const;

/** The OpenURL ContextObject (KEV) of one work: the `title` of its COinS span. */
export function coinsTitle(e: Entry): string {
  const kev = new URLSearchParams();
  kev.append('ctx_ver', 'Z39.88-2004');
  const w = e.work;
  const title = e.title;
  const venue = e.venue;
  const authors = w.authors.map((a) => a.name).filter(Boolean) // names are plain text since validation;
  const journal = /^(article|review|editorial|letter|preprint|conference-paper)$/.test(e.type);
  const book = e.type === 'book' || e.type === 'book-chapter';
  if (journal) {
    kev.append('rft_val_fmt', FMT.journal);
    kev.append('rft.genre', e.type === 'preprint' ? 'preprint' : e.type === 'conference-paper' ? 'proceeding' : 'article');
    if (title) kev.append('rft.atitle', title);
    if (venue) kev.append('rft.jtitle', venue);
  } else if (book) {
    kev.append('rft_val_fmt', FMT.book);
    if (e.type === 'book') {
      kev.append('rft.genre', 'book');
      if (title) kev.append('rft.btitle', title);
      if (venue) kev.append('rft.pub', venue);
    } else {
      kev.append('rft.genre', 'bookitem');
      if (title) kev.append('rft.atitle', title);
      if (venue) kev.append('rft.btitle', venue);
    }
  } else {
    kev.append('rft_val_fmt', FMT.dc);
    if (title) kev.append('rft.title', title);
    if (venue) kev.append('rft.source', venue);
    if (e.type) kev.append('rft.type', e.type);
  }
  for (const name of authors) kev.append(journal || book ? 'rft.au' : 'rft.creator', name);
  if (e.year !== null) kev.append('rft.date', String(e.year));
  // `e.doi` is the DOI as the list normalizes it once for every use (the link, JSON-LD, BibTeX):
  // bare, without resolver or `doi:` prefix. (Importing the adapters' `bareDoi` here would pull
  // their shared chunk, 0.8 KB gzip, into the element file.)
  if (e.doi) kev.append('rft_id', `info:doi/${e.doi}`);
  if (e.url) kev.append('rft_id', e.url);
  // KEV is `&`-separated and percent-encoded; URLSearchParams writes spaces as `+`, which
  // OpenURL resolvers and Zotero read back as spaces.
  return kev.toString();
}

/** Keeps the host's COinS spans equal to the works it shows. */
export class CoinsController implements ReactiveController {
  private written: readonly Entry[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page: write the spans again on the next update.
    if (this.written.length) {
      this.written = [];
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.host.querySelector(`:scope > [${MARKER}]`)?.remove();
  }

  /** Writes the spans for `entries` (none: removes them); nothing when they are already there. */
  sync(entries: readonly Entry[]): void {
    const host = this.host;
    let box = host.querySelector<HTMLElement>(`:scope > [${MARKER}]`);
    if (box && entries.length === this.written.length && entries.every((e, i) => e === this.written[i])) return;
    this.written = entries;
    if (!entries.length) {
      box?.remove();
      return;
    }
    const fresh = !box;
    if (!box) {
      box = document.createElement('span');
      box.setAttribute(MARKER, '');
      box.hidden = true;
      box.setAttribute('aria-hidden', 'true');
    }
    box.replaceChildren(
      ...entries.map((e) => {
        const span = document.createElement('span');
        span.className = 'Z3988';
        span.title = coinsTitle(e);
        span.hidden = true;
        return span;
      }),
    );
    // Filled before it goes in: one change to the host's children.
    if (fresh) host.append(box);
  }
}
