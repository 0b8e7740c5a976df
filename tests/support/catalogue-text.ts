import { en } from '../../shared/i18n/en';
import { kk } from '../../shared/i18n/kk';

/** Every text of a catalogue, flattened. */
export function leaves(node: unknown): string[] {
  return Object.values(node as Record<string, unknown>).flatMap((value) => (typeof value === 'string' ? [value] : leaves(value)));
}

/** English catalogue sentences that differ from the Kazakh ones: none may show on a Kazakh page. */
export function englishOnlyTexts(): string[] {
  const kazakh = new Set(leaves(kk));
  return leaves(en).filter((text) => !kazakh.has(text) && text.length > 3 && !text.includes('{{'));
}
