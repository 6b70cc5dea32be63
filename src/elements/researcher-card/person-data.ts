/**
 * Keeps a host's schema.org `Person` JSON-LD (`./structured-data.ts`) in step with the profile it
 * shows, for `<researcher-card structured-data>` and `<researcher-profile structured-data>`. The
 * code that builds and writes it is loaded the first time a host asks for JSON-LD: a card without
 * the attribute downloads none of it.
 */
import type { Profile } from '../../data/schema.js';

export class PersonDataWriter {
  private readonly _host: HTMLElement;
  private readonly _marker: string | undefined;
  /** The profile the JSON-LD was last asked for (null: none). */
  private _profile: Profile | null = null;
  /** The last write, once the code was loaded; undefined while no JSON-LD was ever asked for. */
  private _write: Promise<void> | undefined;

  /** `marker`: the attribute that marks the host's script (default `data-researcher-card`). */
  constructor(host: HTMLElement, marker?: string) {
    this._host = host;
    this._marker = marker;
  }

  /** Writes the JSON-LD for `profile`, or removes it for `null`; call after each update. */
  sync(profile: Profile | null): void {
    if (profile === this._profile) return;
    this._profile = profile;
    if (!profile && !this._write) return; // nothing was written: nothing to remove
    this._write = import('./structured-data.js').then(
      (m) => {
        if (this._profile === profile) m.writePersonData(this._host, profile, this._marker);
      },
      (err: unknown) => console.warn(`researcher-elements: <${this._host.localName}> could not load its structured data code:`, err),
    );
  }

  /** Settles once the last requested JSON-LD is written (for the host's `updateComplete`). */
  get complete(): Promise<void> {
    return this._write ?? Promise.resolve();
  }
}
