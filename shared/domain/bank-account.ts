import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

/**
 * The account a payment goes to: a Kazakhstan IBAN (KZ, two check digits, then 16 characters: 20
 * in all), checked by its ISO 13616 check digits. Printed in groups of four, as banks print it.
 */
export type IbanResult = { ok: true; iban: string } | { ok: false; rule: 'iban_country' | 'iban_length' | 'iban_checksum' };

export function checkKazakhIban(input: string): IbanResult {
  const electronic = electronicFormatIBAN(input) ?? '';
  if (!electronic.startsWith('KZ')) return { ok: false, rule: 'iban_country' };
  if (electronic.length !== 20) return { ok: false, rule: 'iban_length' };
  if (!isValidIBAN(electronic)) return { ok: false, rule: 'iban_checksum' };
  return { ok: true, iban: electronic.replace(/(.{4})(?!$)/g, '$1 ') };
}
