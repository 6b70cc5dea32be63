/**
 * Whether a provider element (`<researcher-profile>`, `<research-group>`) has element children: with
 * them it only shares its result with the elements inside; without, it lays out a whole page. A
 * Lit `ReactiveController` that watches the host's children and re-renders the host when the
 * answer changes.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

/** Children that do not count: inline JSON, JSON-LD, templates. */
const IGNORED = new Set(['script', 'template']);

export class ProviderChildren implements ReactiveController {
  private readonly _host: ReactiveElement;
  private _observer: MutationObserver | null = null;
  private _has = false;

  constructor(host: ReactiveElement) {
    this._host = host;
    host.addController(this);
  }

  /** True while the host has element children (other than scripts and templates). */
  get present(): boolean {
    return this._has;
  }

  hostConnected(): void {
    this._read();
    this._observer ??= new MutationObserver(() => this._read());
    this._observer.observe(this._host, { childList: true });
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  private _read(): void {
    const has = [...this._host.children].some((c) => !IGNORED.has(c.localName));
    if (has === this._has) return;
    this._has = has;
    this._host.requestUpdate();
  }
}
