/**
 * The colours and font `<collab-graph>` draws with, a Lit ReactiveController. A canvas cannot read
 * CSS custom properties, so they are read from hidden probe elements in the shadow root, and read
 * again when the theme may have changed: the `theme` attribute (the element says so), the page's
 * class, style or data attributes, or the OS colour scheme.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Palette } from './renderer.js';

/** The probes, in this order, each a `<span class=key>` inside `.probe`. */
export const PALETTE_KEYS = ['researcher', 'member', 'person', 'work', 'topic', 'institution', 'link', 'highlight', 'text', 'surface', 'focus'] as const;

export class PaletteReader implements ReactiveController {
  /** The palette, once the probes have been rendered. */
  value: Palette | null = null;

  private readonly docObserver = new MutationObserver(() => this.read());
  private readonly darkQuery = matchMedia('(prefers-color-scheme: dark)');
  private readonly onScheme = () => this.read();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Called when the palette was read (the picture needs drawing again). */
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.darkQuery.addEventListener('change', this.onScheme);
    this.docObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme'] });
  }

  hostDisconnected(): void {
    this.darkQuery.removeEventListener('change', this.onScheme);
    this.docObserver.disconnect();
  }

  /** Reads the colours from the probes (nothing to read before they are rendered). */
  read(): void {
    const spans = this.host.shadowRoot?.querySelectorAll<HTMLElement>('.probe > span');
    if (!spans?.length) return;
    const p = { font: `12px ${getComputedStyle(this.host).fontFamily || 'sans-serif'}` } as Palette;
    spans.forEach((s, i) => {
      p[PALETTE_KEYS[i]!] = getComputedStyle(s).color;
    });
    this.value = p;
    this.changed();
  }
}
