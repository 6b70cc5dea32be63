import { VERSION } from './version.js';

/** A custom element class that knows its library version. */
export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

/**
 * Registers `ctor` as `tag`, safely: a no-op when this class, or the same version of it from a
 * second copy of the bundle, is already registered; a console warning naming both versions when a
 * different version holds the tag. Never throws for an already-taken tag.
 */
export function defineElement(tag: string, ctor: VersionedElement, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (existing) {
    if (existing !== ctor && existing.version !== (ctor.version ?? VERSION)) {
      console.warn(
        `researcher-elements: <${tag}> is already registered by version ${existing.version ?? 'unknown'}; ` +
          `version ${ctor.version ?? VERSION} was not registered.`,
      );
    }
    return;
  }
  registry.define(tag, ctor);
}
