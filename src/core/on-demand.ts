/**
 * Code that some builds hold statically and others load on first use: `register()` it where it is
 * always needed (then `current` has it at once), `load()` it where it is not (an `import()` made
 * once; a failed download may be tried again). See ./validator.ts for profile validation and
 * `elements/research-group/group-code.ts` for a group's.
 */
export interface OnDemand<T> {
  /** The code once registered or loaded, else undefined. */
  readonly current: T | undefined;
  /** Makes `code` the one used (the first registration stays). */
  register(code: T): void;
  /** The code: the registered one, or imported now (once). */
  load(): Promise<T>;
}

export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let current: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    get current() {
      return current;
    },
    register(code) {
      current ??= code;
    },
    load() {
      if (current) return Promise.resolve(current);
      return (loading ??= importer().then(
        (code) => (current ??= code),
        (err: unknown) => {
          loading = undefined;
          throw err;
        },
      ));
    },
  };
}
