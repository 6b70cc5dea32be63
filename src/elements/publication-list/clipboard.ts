/**
 * Copy text: the async Clipboard API first; where it is missing or refused (an insecure
 * context, a denied permission), a hidden textarea inside `root`, selected, and
 * `document.execCommand('copy')`. Resolves to whether the text was copied.
 */
export async function copyText(text: string, root: ShadowRoot | HTMLElement): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall back below */
  }
  return legacyCopy(text, root);
}

/** The fallback on its own (exported for tests). */
export function legacyCopy(text: string, root: ShadowRoot | HTMLElement): boolean {
  const active = (root instanceof ShadowRoot ? root.activeElement : document.activeElement) as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  area.className = 'visually-hidden';
  root.append(area);
  let ok = false;
  try {
    area.select();
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    area.remove();
    active?.focus({ preventScroll: true });
  }
  return ok;
}
