/**
 * Kazakhstan mobile numbers, written the way the State Corporation calls them back:
 * `+7 7XX XXX XX XX`. Accepts what operators type: +7 or 8 before the ten digits, spaces, dashes,
 * brackets. A number is never rewritten into another: eleven digits count only with a prefix that
 * cannot be a mistyped digit (+7, or 8 followed by 7), and any other length is refused, so a digit
 * too many or too few is an error, not a different valid number.
 */
// Mobile operator codes start 70x, 747, 75x, 76x, 77x; 71x/72x are landline area codes.
const mobileCode = /^7(0\d|47|5\d|6\d|7\d)$/;

export type PhoneRule = 'phone_format' | 'phone_prefix' | 'phone_too_short' | 'phone_too_long' | 'phone_not_mobile';
export type PhoneResult = { ok: true; phone: string } | { ok: false; rule: PhoneRule };

/** The ten national digits the operator meant, or why they cannot be known. */
function nationalDigits(input: string): string | PhoneRule {
  if (!/^[\d\s()+-]*$/.test(input) || (input.match(/\+/g) ?? []).length > 1) return 'phone_format';
  const compact = input.replace(/[\s()-]/g, '');
  if (compact.includes('+') && !compact.startsWith('+7')) return 'phone_format';
  const digits = compact.replace(/\D/g, '');
  // Eleven digits starting 7: "+7" without its plus, or ten digits with one too many: ambiguous.
  if (!compact.startsWith('+') && digits.length === 11 && digits.startsWith('7')) return 'phone_prefix';
  // National numbers begin with 7; a leading 8 (or +7) is the prefix, never part of the number.
  const national = compact.startsWith('+7') || digits.startsWith('8') ? digits.slice(1) : digits;
  if (national.length < 10) return 'phone_too_short';
  if (national.length > 10) return 'phone_too_long';
  return national;
}

export function normalizeMobilePhone(input: string): PhoneResult {
  const digits = nationalDigits(input);
  if (digits.length !== 10 || !/^\d+$/.test(digits)) return { ok: false, rule: digits as PhoneRule };
  if (!mobileCode.test(digits.slice(0, 3))) return { ok: false, rule: 'phone_not_mobile' };
  return { ok: true, phone: `+7 ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 8)} ${digits.slice(8, 10)}` };
}

/** Any Kazakhstan number, landlines too (a second phone): the same digit rules, any area code. */
export function normalizePhone(input: string): PhoneResult {
  const digits = nationalDigits(input);
  if (digits.length !== 10 || !/^\d+$/.test(digits)) return { ok: false, rule: digits as PhoneRule };
  if (!digits.startsWith('7')) return { ok: false, rule: 'phone_format' };
  return { ok: true, phone: `+7 ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 8)} ${digits.slice(8, 10)}` };
}
