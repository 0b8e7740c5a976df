/**
 * Kazakhstan's individual identification number (ЖСН/ИИН): YYMMDD, a century-and-sex digit,
 * four serial digits and a check digit.
 */

export type IinRule = 'format' | 'century' | 'birth_date' | 'checksum';

export type Sex = 'male' | 'female';

export type IinFacts = { iin: string; birthDate: string; sex: Sex };

export type IinResult = { ok: true; facts: IinFacts } | { ok: false; rule: IinRule };

const firstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
// The official fallback when the first weighted sum leaves 10.
const secondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

// Digit 7: odd = male, even = female; 1-2 born in the 1800s, 3-4 the 1900s, 5-6 the 2000s.
const centuryBySexDigit: Record<string, { century: number; sex: Sex }> = {
  '1': { century: 1800, sex: 'male' },
  '2': { century: 1800, sex: 'female' },
  '3': { century: 1900, sex: 'male' },
  '4': { century: 1900, sex: 'female' },
  '5': { century: 2000, sex: 'male' },
  '6': { century: 2000, sex: 'female' },
};

function weightedRemainder(digits: number[], weights: number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * (digits[i] ?? 0), 0) % 11;
}

/** The check digit the first 11 digits call for, or null when both weightings leave 10. */
export function iinCheckDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const first = weightedRemainder(digits, firstWeights);
  if (first !== 10) return first;
  const second = weightedRemainder(digits, secondWeights);
  return second === 10 ? null : second;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function checkIin(input: string): IinResult {
  if (!/^\d{12}$/.test(input)) return { ok: false, rule: 'format' };
  const marker = centuryBySexDigit[input[6] ?? ''];
  if (!marker) return { ok: false, rule: 'century' };
  const year = marker.century + Number(input.slice(0, 2));
  const month = Number(input.slice(2, 4));
  const day = Number(input.slice(4, 6));
  if (!isCalendarDate(year, month, day)) return { ok: false, rule: 'birth_date' };
  const expected = iinCheckDigit(input.slice(0, 11));
  if (expected === null || expected !== Number(input[11])) return { ok: false, rule: 'checksum' };
  const birthDate = `${year}-${input.slice(2, 4)}-${input.slice(4, 6)}`;
  return { ok: true, facts: { iin: input, birthDate, sex: marker.sex } };
}
