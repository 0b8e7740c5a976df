/**
 * Kazakhstan's postcodes: the old six digits (e.g. 010000), and Kazpost's seven-character code
 * since 2021: a letter, two digits, a letter, a digit, then two letters or digits (e.g. A01P3K4).
 * Both are accepted and printed as typed; only case and surrounding spaces are normalised.
 */
const sixDigits = /^\d{6}$/;
const kazpost = /^[A-Z]\d{2}[A-Z]\d[A-Z0-9]{2}$/;

export type PostalCodeResult = { ok: true; postalCode: string } | { ok: false };

export function checkPostalCode(input: string): PostalCodeResult {
  const value = input.trim().toUpperCase();
  return sixDigits.test(value) || kazpost.test(value) ? { ok: true, postalCode: value } : { ok: false };
}
