/**
 * Keeps a host's schema.org `Person` JSON-LD (`./structured-data.ts`) in step with the profile it
 * shows, for `<researcher-card structured-data>` and `<researcher-profile structured-data>`. The
 * code that builds and writes it is loaded the first time a host asks for JSON-LD: a card without
 * the attribute downloads none of it.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Profile } from '../../data/schema.js';

/** A Lit `ReactiveController`: after each update of its host it writes (or removes) the JSON-LD. */
export class PersonDataWriter implements ReactiveController {
  private readonly _host: ReactiveElement;
  private readonly _wanted: () => Profile | null;
  private readonly _marker: string | undefined;
  /** The profile the JSON-LD was last asked for (null: none). */
  private _profile: Profile | null = null;
  /** The last write, once the code was loaded; undefined while no JSON-LD was ever asked for. */
  private _write: Promise<void> | undefined;

  /**
   * `wanted`: the profile whose JSON-LD the host wants now (null: none, e.g. `structured-data` off);
   * `marker`: the attribute that marks the host's script (default `data-researcher-card`).
   */
  constructor(host: ReactiveElement, wanted: () => Profile | null, marker?: string) {
    this._host = host;
    this._wanted = wanted;
    this._marker = marker;
    host.addController(this);
  }

  hostUpdated(): void {
    this._sync(this._wanted());
  }

  /** Writes the JSON-LD for `profile`, or removes it for `null`. */
  private _sync(profile: Profile | null): void {
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
