import type { Leaves } from './catalogue';
import { enNamespaces } from './en/index';

/** An area of the app's texts: one file per language in en/, kk/ and ru/, one i18next namespace. */
export type Namespace = keyof typeof enNamespaces;

/** i18next's `ns` list. */
export const namespaces = Object.keys(enNamespaces) as Namespace[];

/** What a component outside any one area (the shell, common/) reads without a prefix. */
export const defaultNamespace = 'common' satisfies Namespace;

/** A language's namespaces: the English files' keys, each a string in that language. */
export type Namespaces = { [N in Namespace]: Leaves<(typeof enNamespaces)[N]> };

type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (whole: infer I) => void ? I : never;
type SharedGroups<N> = { [A in keyof N]: { [B in Exclude<keyof N, A>]: keyof N[A] & keyof N[B] }[Exclude<keyof N, A>] }[keyof N];
/** Refuses, by type, a group two namespaces both define: merged, one would silently hide the other. */
type NoSharedGroups<N> = [SharedGroups<N>] extends [never] ? unknown : { groupInTwoNamespaces: SharedGroups<N> };

/**
 * A language's namespaces as one object (`kk.intakeUi.checkInLabel`), for the core's reports and
 * the tests. Each namespace holds whole groups, so merging never has to decide between two halves
 * of one group: the partial catalogues this replaces were spread over the main one, where a group
 * in both lost the first one's keys without a word.
 */
export function mergeNamespaces<N extends Record<string, object>>(namespaces: N & NoSharedGroups<N>): UnionToIntersection<N[keyof N]> {
  const merged: Record<string, unknown> = {};
  for (const [namespace, groups] of Object.entries(namespaces)) {
    for (const [group, texts] of Object.entries(groups)) {
      if (group in merged) throw new Error(`Catalogue group ${group} is in two namespaces, one of them ${namespace}`);
      merged[group] = texts;
    }
  }
  return merged as UnionToIntersection<N[keyof N]>;
}
