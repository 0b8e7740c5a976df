import { afterAll, describe, expect, it } from 'vitest';
import { seedCatalogue } from '../../shared/catalogue/catalogue';
import { checklistItemSchema, standardSourceSchema } from '../../shared/catalogue/standard';

const active = seedCatalogue.services.filter((service) => service.active);
const transcribed = active.filter((service) => service.standard !== null);

// One test per service: a checklist from its standard, each item named in kk/ru/en, conditions in
// words where an item is conditional, and the act it comes from; or, where no standard could be
// found, the identity document alone and no invented source.
describe.each(active.map((service) => [service.number, service.code, service] as const))('service %i, %s', (_number, _code, service) => {
  it('has its checklist and says where it comes from', () => {
    for (const item of service.checklist) {
      expect(checklistItemSchema.safeParse(item).error).toBeUndefined();
      expect(item.name.kk).toMatch(/[әғқңөұүһі]|[А-Яа-я]/u);
      expect(item.name.ru).toMatch(/[А-Яа-я]/u);
      expect(item.name.ru).not.toMatch(/ё/u);
      expect(item.condition === null, item.code).toBe(item.requirement === 'required');
      if (item.condition) for (const text of Object.values(item.condition)) expect(text.trim().length, item.code).toBeGreaterThan(5);
    }
    expect(service.checklist.map((item) => item.code)).toContain('identity-document');
    // The statement is the application itself: no checklist asks for it.
    expect(service.checklist.map((item) => item.name.ru).join(' ')).not.toMatch(/^Заявление/mu);
    if (service.standard === null) {
      expect(service.checklist.map((item) => item.code)).toEqual(['identity-document']);
      return;
    }
    expect(standardSourceSchema.safeParse(service.standard).error).toBeUndefined();
    expect(service.standard.reference).toMatch(/\d{4}/);
    expect(service.standard.url).toMatch(/^https:\/\//);
    expect(service.checklist.length).toBeGreaterThan(1);
  });
});

describe('the transcription as a whole', () => {
  it('marks documents the centre obtains itself as such, never asked of the citizen', () => {
    const fromSystems = transcribed.flatMap((service) => service.checklist.filter((item) => item.provision === 'from-state-systems'));
    expect(fromSystems.length).toBeGreaterThan(0);
    for (const item of fromSystems) expect(item.code).not.toBe('identity-document');
  });

  afterAll(() => {
    // Printed for the maintainer and the closing note: how far the goal of all 24 is reached.
    console.info(`service standards transcribed: ${transcribed.length} of ${active.length}; not found: ${active.filter((s) => s.standard === null).map((s) => s.code).join(', ')}`);
  });
});
