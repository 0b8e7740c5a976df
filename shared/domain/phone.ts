/**
 * Kazakhstan mobile numbers, written the way the State Corporation calls them back:
 * `+7 7XX XXX XX XX`. Accepts what operators type: 8 or +7 prefixes, spaces, dashes, brackets.
 */
// Mobile operator codes start 70x, 747, 75x, 76x, 77x; 71x/72x are landline area codes.
const mobileCode = /^7(0\d|47|5\d|6\d|7\d)$/;

export type PhoneResult = { ok: true; phone: string } | { ok: false; rule: 'phone_format' | 'phone_not_mobile' };

export function normalizeMobilePhone(input: string): PhoneResult {
  if (!/^[\d\s()+-]*$/.test(input)) return { ok: false, rule: 'phone_format' };
  let digits = input.replace(/\D/g, '');
  if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) digits = digits.slice(1);
  else if (digits.length !== 10) return { ok: false, rule: 'phone_format' };
  if (input.trim().startsWith('+') && !input.replace(/\s/g, '').startsWith('+7')) return { ok: false, rule: 'phone_format' };
  if (!mobileCode.test(digits.slice(0, 3))) return { ok: false, rule: 'phone_not_mobile' };
  return { ok: true, phone: `+7 ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 8)} ${digits.slice(8, 10)}` };
}
