import { describe, expect, it } from 'vitest';
import { checkIin, iinCheckDigit } from '../../shared/domain/iin';

// Expected digits were worked out by hand or by a separate script, never by the code under test.
// 900101300017: 9·1 + 1·4 + 1·6 + 3·7 + 1·11 = 51; 51 mod 11 = 7.
// 061211600012 (published example): first sum 87 mod 11 = 10, second sum 112 mod 11 = 2.
describe('IIN', () => {
  it.each([
    ['850315100006', '1885-03-15', 'male'],
    ['990731200002', '1899-07-31', 'female'],
    ['750228300005', '1975-02-28', 'male'],
    ['881224400009', '1988-12-24', 'female'],
    ['050101500000', '2005-01-01', 'male'],
    ['120229600009', '2012-02-29', 'female'],
    ['900101300017', '1990-01-01', 'male'],
  ])('accepts %s (first weighting), born %s, %s', (iin, birthDate, sex) => {
    expect(checkIin(iin)).toEqual({ ok: true, facts: { iin, birthDate, sex } });
  });

  it.each([
    ['061211600012', '2006-12-11', 'female'],
    ['750228300611', '1975-02-28', 'male'],
    ['881224401809', '1988-12-24', 'female'],
    ['050101500103', '2005-01-01', 'male'],
  ])('accepts %s through the second weighting', (iin, birthDate, sex) => {
    expect(checkIin(iin)).toEqual({ ok: true, facts: { iin, birthDate, sex } });
  });

  it('refuses every check digit when both weightings leave 10', () => {
    expect(iinCheckDigit('90010130080')).toBeNull();
    for (let digit = 0; digit <= 9; digit++) {
      expect(checkIin(`90010130080${digit}`)).toEqual({ ok: false, rule: 'checksum' });
    }
  });

  it('names the rule a wrong IIN breaks', () => {
    expect(checkIin('900101300018')).toEqual({ ok: false, rule: 'checksum' });
    expect(checkIin('061211600013')).toEqual({ ok: false, rule: 'checksum' });
    expect(checkIin('90010130001')).toEqual({ ok: false, rule: 'format' });
    expect(checkIin('9001013000170')).toEqual({ ok: false, rule: 'format' });
    expect(checkIin('90010130001a')).toEqual({ ok: false, rule: 'format' });
    expect(checkIin(' 900101300017')).toEqual({ ok: false, rule: 'format' });
    expect(checkIin('900101000017')).toEqual({ ok: false, rule: 'century' });
    expect(checkIin('900101700017')).toEqual({ ok: false, rule: 'century' });
    expect(checkIin('901301300017')).toEqual({ ok: false, rule: 'birth_date' });
    expect(checkIin('900132300017')).toEqual({ ok: false, rule: 'birth_date' });
    // 1900 was not a leap year, 2000 was.
    expect(checkIin('000229300000')).toEqual({ ok: false, rule: 'birth_date' });
    expect(checkIin('010229500000')).toEqual({ ok: false, rule: 'birth_date' });
  });
});
