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

/**
 * How visit_search numbers its rows (migration 12): the visit's day as yyyymmdd times this, plus the
 * visit's seq, so the index holds each day's visits together and reads the newest day first.
 */
export const DAY_KEY_SPAN = 10_000_000_000;

/** visit_search rowids, as bigints: better-sqlite3 binds a number as a float, which FTS5 cannot seek by. */
export type DayKeyRange = { first: bigint; last: bigint };

/** The rowids of the visits from one day to another in visit_search; without a day, from the first or to the last. */
export function dayKeyRange(from: string | undefined, to: string | undefined): DayKeyRange {
  const keyOf = (day: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a day: ${day}`);
    return BigInt(day.replaceAll('-', '')) * BigInt(DAY_KEY_SPAN);
  };
  return { first: from ? keyOf(from) : 0n, last: to ? keyOf(to) + BigInt(DAY_KEY_SPAN) - 1n : 2n ** 63n - 1n };
}
