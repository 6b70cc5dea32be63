/**
 * schema.org JSON-LD in an element's light DOM, shared by the elements that offer a
 * `structured-data` attribute. The script is created with `document.createElement` and filled
 * through its `text` (a TrustedScript from the `researcher-elements` policy where the page has
 * Trusted Types); `<` is written as `\u003c` so no string in the data can close the script
 * element. Each element marks its own script with a `data-<tag>` attribute and touches only that
 * one.
 */

import { orcidUrl as orcidUrlOf } from '../data/normalize/orcid.js';

/**
 * `https://orcid.org/0000-0002-1825-0097` for the bare ORCID iD of a validated profile (see
 * `data/normalize/orcid.ts`), else `null`.
 */
export function orcidUrl(orcid: string | undefined | null): string | null {
  return orcid ? orcidUrlOf(orcid) : null;
}

/** JSON safe inside a script element: `<` (and U+2028/9) escaped. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The Trusted Types policy the library writes JSON-LD through; pages that list policies add it. */
export const POLICY_NAME = 'researcher-elements';

interface ScriptPolicy {
  createScript(text: string): unknown;
}
interface Shared {
  /** The policy, or null when the page does not allow it (JSON-LD is then skipped). */
  policy: ScriptPolicy | null;
  /** The one text the policy passes right now: JSON this module has just produced. */
  pending: string | null;
}

// One policy per page, shared by every copy of the library (a second createPolicy with the same
// name is refused on pages that do not allow duplicates).
const SHARED = Symbol.for('researcher-elements.trusted-types');

/** The shared policy state, or undefined on a page without Trusted Types at all. */
function trusted(): Shared | undefined {
  const g = globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScript(s: string): string }): ScriptPolicy } } & Record<symbol, Shared | undefined>;
  const tt = g.trustedTypes;
  if (!tt?.createPolicy) return undefined;
  let shared = g[SHARED];
  if (shared) return shared;
  const state: Shared = { policy: null, pending: null };
  try {
    state.policy = tt.createPolicy(POLICY_NAME, {
      createScript(text) {
        if (text !== state.pending) throw new TypeError(`The ${POLICY_NAME} policy only passes the JSON-LD the library produced itself.`);
        return text;
      },
    });
  } catch {
    console.warn(
      `researcher-elements: this page's Content-Security-Policy does not allow the Trusted Types policy "${POLICY_NAME}", so the structured data (JSON-LD) is not written. Add ${POLICY_NAME} to its trusted-types directive to allow it.`,
    );
  }
  shared = g[SHARED] = state;
  return shared;
}

/**
 * Writes (or replaces) the JSON-LD script `host` owns, marked with the attribute `marker`
 * (e.g. `data-researcher-card`); `null` removes it. Where the page has Trusted Types, the text
 * goes through the `researcher-elements` policy (see {@link POLICY_NAME}), which passes only the
 * JSON this function has just produced, so the script stays valid when the element is moved; a
 * page that does not allow that policy gets no JSON-LD, with one console warning.
 */
export function writeStructuredData(host: HTMLElement, marker: string, data: Record<string, unknown> | null): void {
  const existing = host.querySelector<HTMLScriptElement>(`:scope > script[type="application/ld+json"][${marker}]`);
  if (!data) {
    existing?.remove();
    return;
  }
  const text = scriptJson(data);
  if (existing?.textContent === text) return;
  try {
    const tt = trusted();
    if (tt && !tt.policy) return;
    const script = existing ?? document.createElement('script');
    if (tt) {
      tt.pending = text;
      try {
        (script as unknown as { text: unknown }).text = tt.policy!.createScript(text);
      } finally {
        tt.pending = null;
      }
    } else script.textContent = text;
    if (existing) return;
    script.type = 'application/ld+json';
    script.setAttribute(marker, '');
    host.append(script);
  } catch (err) {
    console.warn(`researcher-elements: <${host.localName}> could not write structured data:`, err);
  }
}
