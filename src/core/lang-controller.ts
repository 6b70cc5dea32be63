/**
 * The language that applies to a host (its own `lang` or the nearest one, through shadow roots),
 * as of its last update, and a re-render when that language changes: a Lit `ReactiveController`.
 * Used by {@link ProfileSourceController} and by a profile element that has no source controller
 * (a `<trust-badge>` from attributes on a page that loads nothing else).
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { langOf, onLangChange } from './i18n.js';

export class LangController implements ReactiveController {
  private readonly _host: ReactiveElement;
  private _lang = '';
  private _stop?: () => void;

  constructor(host: ReactiveElement) {
    this._host = host;
    host.addController(this);
  }

  /** The host's language as of its last update (or now, before its first). */
  get lang(): string {
    return this._lang || langOf(this._host);
  }

  /** Reads the language now (the host's update calls it; so does a server-side `willUpdate`). */
  read(): void {
    this._lang = langOf(this._host);
  }

  hostConnected(): void {
    this._stop ??= onLangChange((force) => {
      if (force || langOf(this._host) !== this._lang) this._host.requestUpdate();
    }, this._host);
  }

  hostDisconnected(): void {
    this._stop?.();
    this._stop = undefined;
  }

  hostUpdate(): void {
    this.read();
  }
}
