/**
 * The `profile` attribute. `profile` is a property (an object); a framework that renders an
 * element before it is defined (React 19 and Svelte 5 then write attributes for everything) turns
 * the object into `profile="[object Object]"`, and the element would silently show nothing. A
 * `profile` attribute holding a JSON object is read as the profile; anything else gets one
 * console warning per element that names the fix.
 */

/** Elements already warned about (one warning per element, however often the attribute changes). */
const warned = new WeakSet<Element>();

/** The profile the attribute holds, or `undefined` (after a warning) when it holds none. */
export function profileFromAttribute(el: Element, value: string | null): unknown {
  if (value === null) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    parsed = undefined;
  }
  if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed;
  if (!warned.has(el)) {
    warned.add(el);
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    console.warn(
      `researcher-elements: <${el.localName}> got a profile attribute that is not JSON (profile="${shown}"), so it shows nothing. ` +
        'Set the profile property instead (el.profile = data): register the elements before your framework first renders them ' +
        "(import 'researcher-elements/define.js' in the app's entry), or use src=\"…\" and the hyphenated attributes (max-works, page-size).",
    );
  }
  return undefined;
}
