/**
 * schema.org JSON-LD in an element's light DOM, shared by the elements that offer a
 * `structured-data` attribute. The script is created with `document.createElement` and filled
 * through `textContent`; `<` is written as `\u003c` so no string in the data can close the
 * script element. Each element marks its own script with a `data-<tag>` attribute and touches
 * only that one.
 */

/** `https://orcid.org/0000-0002-1825-0097` for an ORCID iD given bare or as a URL, else `null`. */
export function orcidUrl(orcid: string | undefined | null): string | null {
  const m = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\s*$/i.exec(orcid ?? '');
  return m ? `https://orcid.org/${m[1]!.toUpperCase()}` : null;
}

/** JSON safe inside a script element: `<` (and U+2028/9) escaped. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * Writes (or replaces) the JSON-LD script `host` owns, marked with the attribute `marker`
 * (e.g. `data-researcher-card`); `null` removes it. A page enforcing Trusted Types refuses script
 * text it did not vet: the metadata is then skipped with a console warning.
 */
export function writeStructuredData(host: HTMLElement, marker: string, data: Record<string, unknown> | null): void {
  const existing = host.querySelector<HTMLScriptElement>(`:scope > script[type="application/ld+json"][${marker}]`);
  if (!data) {
    existing?.remove();
    return;
  }
  const text = scriptJson(data);
  try {
    if (existing) {
      if (existing.textContent !== text) existing.textContent = text;
      return;
    }
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(marker, '');
    script.textContent = text;
    host.append(script);
  } catch (err) {
    console.warn(`researcher-elements: <${host.localName}> could not write structured data:`, err);
  }
}
