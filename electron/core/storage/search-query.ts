/**
 * Turns what an operator types into SQLite lookups. Digits are an IIN prefix (an index range);
 * anything else is name prefixes for the FTS5 index, whose unicode61 tokenizer folds case for
 * Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І) as for Russian ones.
 */
export function iinPrefixRange(text: string): [string, string] | null {
  const digits = text.trim();
  if (!/^\d{1,12}$/.test(digits)) return null;
  // ':' sorts right after '9', so [prefix, prefix + ':') holds every IIN starting with prefix.
  return [digits, `${digits}:`];
}

/** Every word must start a word of the names: «әлия сәр» finds «Әлия Сәрсенбайқызы». */
export function namesMatchQuery(text: string): string | null {
  const words = text
    .toLocaleLowerCase('kk')
    // Split where the tokenizer splits, so «Сәрсенбай-қызы» and «О'Нил» match as indexed.
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(' AND ');
}
