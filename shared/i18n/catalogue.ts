import type { en } from './en';

/** The shape of a catalogue part: the English part's keys, each a string in another language. */
export type Leaves<T> = { [K in keyof T]: T[K] extends string ? string : Leaves<T[K]> };

/** The shape every catalogue must have: the English one's keys, each a string. */
export type Catalogue = Leaves<typeof en>;
