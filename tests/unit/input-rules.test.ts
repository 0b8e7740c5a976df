import { describe, expect, it } from 'vitest';
import { checkKazakhIban } from '../../shared/domain/bank-account';
import { checkIin } from '../../shared/domain/iin';
import { checkPostalCode } from '../../shared/domain/postal-code';

describe('postcode', () => {
  it.each(['010000', '050000', 'A01P3K4', 'a01p3k4', 'Z10A1X0', ' 160000 '])('accepts %s, as typed', (input) => {
    expect(checkPostalCode(input)).toEqual({ ok: true, postalCode: input.trim().toUpperCase() });
  });
  it.each(['01000', '0100000', 'A01P3K', 'A01P3K45', '1A0P3K4', 'A0BP3K4', 'A01PXK4', 'A01-P3K4', ''])('refuses %s', (input) => {
    expect(checkPostalCode(input)).toEqual({ ok: false });
  });
});

describe('bank account (IBAN)', () => {
  it('accepts a Kazakhstan IBAN with good check digits, and prints it in groups of four', () => {
    expect(checkKazakhIban('KZ86125KZT5004100100')).toEqual({ ok: true, iban: 'KZ86 125K ZT50 0410 0100' });
    expect(checkKazakhIban('kz86 125k zt50 0410 0100')).toEqual({ ok: true, iban: 'KZ86 125K ZT50 0410 0100' });
  });
  it('refuses a wrong check digit, a wrong length and a foreign account', () => {
    expect(checkKazakhIban('KZ87125KZT5004100100')).toEqual({ ok: false, rule: 'iban_checksum' });
    expect(checkKazakhIban('KZ86125KZT500410010')).toEqual({ ok: false, rule: 'iban_length' });
    expect(checkKazakhIban('DE89370400440532013000')).toEqual({ ok: false, rule: 'iban_country' });
    expect(checkKazakhIban('')).toEqual({ ok: false, rule: 'iban_country' });
  });
});

describe('IIN date part', () => {
  it('keeps the century digit and the check digit strict, and refuses a date part that is no calendar date', () => {
    expect(checkIin('881224400009').ok).toBe(true);
    expect(checkIin('881224700009')).toEqual({ ok: false, rule: 'century' });
    expect(checkIin('881224400008')).toEqual({ ok: false, rule: 'checksum' });
    expect(checkIin('880230400009')).toEqual({ ok: false, rule: 'birth_date' });
  });
});
