import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { normalizeMobilePhone, normalizePhone } from '../../shared/domain/phone';

describe('mobile phone', () => {
  it.each([
    ['+7 701 234 56 78', '+7 701 234 56 78'],
    ['87012345678', '+7 701 234 56 78'],
    ['8 (701) 234-56-78', '+7 701 234 56 78'],
    ['+77472345678', '+7 747 234 56 78'],
    ['7772345678', '+7 777 234 56 78'],
    [' +7-705-000-11-22 ', '+7 705 000 11 22'],
  ])('normalises %s', (input, phone) => {
    expect(normalizeMobilePhone(input)).toEqual({ ok: true, phone });
  });

  it.each([
    ['+7 7172 55 66 77', 'phone_not_mobile'], // Astana landline
    ['87272123456', 'phone_not_mobile'], // Almaty landline
    ['+7 601 234 56 78', 'phone_not_mobile'],
    ['+996 701 234 567', 'phone_format'],
    ['+1 701 234 5678', 'phone_format'],
    ['8701abc5678', 'phone_format'],
    ['', 'phone_too_short'],
    ['8 (7172) 55-66-77', 'phone_not_mobile'],
    // One digit short or one too many is an error, never another valid number.
    ['701234567', 'phone_too_short'],
    ['+7 701 234 56 7', 'phone_too_short'],
    ['8 701 234 56 7', 'phone_too_short'],
    ['+7 701 234 56 789', 'phone_too_long'],
    ['8 701 234 56 789', 'phone_too_long'],
    ['9701234567890', 'phone_too_long'],
    // Ten digits starting 7 with one more: "+7" without its plus, or a digit too many? Not guessed.
    ['77012345678', 'phone_prefix'],
    ['7 701 234 56 78', 'phone_prefix'],
  ])('refuses %s (%s)', (input, rule) => {
    expect(normalizeMobilePhone(input)).toEqual({ ok: false, rule });
  });

  it('takes a landline as the second phone', () => {
    expect(normalizePhone('8 (7172) 55-66-77')).toEqual({ ok: true, phone: '+7 717 255 66 77' });
    expect(normalizePhone('8 7172 55 66 7')).toEqual({ ok: false, rule: 'phone_too_short' });
  });
});

// What the operator typed, less a leading "+7" or "8" prefix: those digits, in order, must be the
// ten digits of the result. A normaliser that drops, adds or reorders a digit fails here.
const separators = fc.constantFrom('', ' ', '-', ' ', '(', ')');
const typedPhone = fc
  .tuple(fc.constantFrom('', '+7', '8', '7', '+', '+77'), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 0, maxLength: 13 }), fc.array(separators, { maxLength: 14 }))
  .map(([prefix, digits, seps]) => prefix + digits.map((d, i) => `${seps[i] ?? ''}${d}`).join(''));

describe('phone normaliser, for any input', () => {
  test.prop([typedPhone])('never changes, adds or drops a digit the operator typed', (input) => {
    for (const normalise of [normalizeMobilePhone, normalizePhone]) {
      const result = normalise(input);
      if (!result.ok) continue;
      const typed = input.replace(/\D/g, '');
      const compact = input.replace(/[\s()-]/g, '');
      const national = compact.startsWith('+7') || typed.startsWith('8') ? typed.slice(1) : typed;
      expect(result.phone.replace(/\D/g, '').slice(1)).toBe(national);
      expect(national).toHaveLength(10);
    }
  });

  test.prop([fc.string({ maxLength: 40 })])('answers any text with a number or a rule, never throws', (input) => {
    const result = normalizeMobilePhone(input);
    if (result.ok) expect(result.phone).toMatch(/^\+7 7\d{2} \d{3} \d{2} \d{2}$/);
    else expect(['phone_format', 'phone_prefix', 'phone_too_short', 'phone_too_long', 'phone_not_mobile']).toContain(result.rule);
  });
});
