/**
 * The one URL allowlist. Every URL that comes from profile data, an API response or an
 * attribute passes through here before it reaches an `href` or `src`.
 */

const ALLOWED = new Set(['https:', 'http:', 'mailto:']);
const IMAGE_ALLOWED = new Set(['https:', 'http:']);

// C0 controls, DEL and the Unicode spaces browsers strip or ignore inside schemes.
// eslint-disable-next-line no-control-regex
const STRIP = /[\u0000-\u001F\u007F\u00A0\u1680\u180E\u2000-\u200F\u2028\u2029\u202F\u205F\u3000\uFEFF]/g;

function baseUrl(): string | undefined {
  return typeof document !== 'undefined' ? document.baseURI : undefined;
}

/**
 * Returns an absolute URL string when `value` is an `https:`, `http:` or `mailto:` URL (relative
 * URLs resolve against the page), and `null` for anything else: `javascript:`, `data:`,
 * `vbscript:`, malformed values and non-strings.
 */
export function safeUrl(value: unknown, base?: string, allowed: ReadonlySet<string> = ALLOWED): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = value.replace(STRIP, '').trim();
  if (!cleaned || cleaned.length > 4096) return null;
  // The page's base URL is read only when there is a URL to resolve (it is a DOM call).
  base ??= baseUrl();
  let url: URL;
  try {
    url = base ? new URL(cleaned, base) : new URL(cleaned);
  } catch {
    return null;
  }
  if (!allowed.has(url.protocol)) return null;
  return url.href;
}

/** As {@link safeUrl}, for images: `https:` and `http:` only. */
export function safeImageUrl(value: unknown, base?: string): string | null {
  return safeUrl(value, base, IMAGE_ALLOWED);
}
