import type { en } from './en';

/**
 * The shape of a namespace file, or of a whole catalogue: the English one's keys, each a string in
 * another language. A key ending in `_other` is a plural (i18next's CLDR plural rules): besides
 * English's `_one` and `_other`, a language may add the forms its own rules need, e.g. Russian
 * `_few` and `_many`.
 */
export type Leaves<T> = { [K in keyof T]: T[K] extends string ? string : Leaves<T[K]> } & {
  [K in keyof T as K extends `${infer Base}_other` ? `${Base}_few` | `${Base}_many` : never]?: string;
};

/** The shape every catalogue must have: the English one's keys, each a string. */
export type Catalogue = Leaves<typeof en>;
