/** Plural forms: `other` is required; `#` stands for the formatted count. */
export type PluralMessage = { zero?: string; one?: string; two?: string; few?: string; many?: string; other: string };

/** A catalogue with the keys of `T` (an English part): each a string or plural forms. */
export type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : PluralMessage };
