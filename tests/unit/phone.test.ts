import { describe, expect, it } from 'vitest';
import { normalizeMobilePhone } from '../../shared/domain/phone';

describe('mobile phone', () => {
  it.each([
    ['+7 701 234 56 78', '+7 701 234 56 78'],
    ['87012345678', '+7 701 234 56 78'],
    ['8 (701) 234-56-78', '+7 701 234 56 78'],
    ['77472345678', '+7 747 234 56 78'],
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
    ['701234567', 'phone_format'],
    ['9701234567890', 'phone_format'],
    ['8701abc5678', 'phone_format'],
    ['', 'phone_format'],
  ])('refuses %s (%s)', (input, rule) => {
    expect(normalizeMobilePhone(input)).toEqual({ ok: false, rule });
  });
});
