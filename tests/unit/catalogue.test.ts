import { describe, expect, it } from 'vitest';
import { catalogueSchema, newerCatalogue, seedCatalogue } from '../../shared/catalogue/catalogue';
import { regions } from '../../shared/catalogue/regions';

describe('service catalogue', () => {
  const active = seedCatalogue.services.filter((s) => s.active);
  const inactive = seedCatalogue.services.filter((s) => !s.active);

  it('holds the article’s 24 services, active and numbered 1–24, and the 6 announced ones, inactive', () => {
    expect(catalogueSchema.safeParse(seedCatalogue).error).toBeUndefined();
    expect(active).toHaveLength(24);
    expect(active.map((s) => s.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(inactive).toHaveLength(6);
    expect(inactive.map((s) => s.name.en)).toEqual(expect.arrayContaining(['One-time burial payment', 'Social payment for loss of breadwinner']));
  });

  it('assigns receivers as the article does: three services to the employment and social programmes bodies', () => {
    const esp = active.filter((s) => s.receiverType === 'esp').map((s) => s.number);
    expect(esp).toEqual([12, 14, 15]);
    expect(active.find((s) => s.code === 'maternity-income-loss')?.receiverType).toBe('gfc');
    expect(active.find((s) => s.code === 'targeted-social-assistance')?.receiverType).toBe('esp');
  });

  it('names services as they are in force: 2022 disability terms, «кандас», no «ё», the article’s misspellings corrected', () => {
    const names = seedCatalogue.services.flatMap((s) => [s.name.kk, s.name.ru]);
    for (const name of names) {
      expect(name).not.toMatch(/ё/);
      expect(name).not.toMatch(/инвалид(ов|ам|а|ом)?\b(?! первой)|ребенка-инвалида|Мүгедектерді|мүгедектерге|оралман/iu);
    }
    expect(active.find((s) => s.code === 'kandas-status')?.name).toMatchObject({ kk: 'Қандас мәртебесін беру немесе ұзарту', ru: 'Присвоение или продление статуса кандаса' });
    expect(active.find((s) => s.code === 'hearing-vision-hygiene-aids')?.name.ru).toContain('сурдо-тифлотехническими');
    expect(active.find((s) => s.code === 'disabled-child-carer-benefit')?.name.kk).toContain('қорғаншысына (қамқоршысына)');
    expect(active.find((s) => s.code === 'bankruptcy-harm-assistance')?.name.kk).toContain('қызметкерлерінің');
    expect(active.find((s) => s.code === 'wheelchairs')?.name).toMatchObject({ kk: 'Мүгедектігі бар адамдарды кресло-арбалармен қамтамасыз ету', ru: 'Обеспечение лиц с инвалидностью креслами-колясками' });
  });

  it('is replaced only by a newer version, and a malformed one is refused', () => {
    const next = { ...seedCatalogue, version: seedCatalogue.version + 1 };
    expect(newerCatalogue(seedCatalogue, next)).toBe(next);
    expect(newerCatalogue(next, seedCatalogue)).toBe(next);
    const first = seedCatalogue.services[0]!;
    expect(catalogueSchema.safeParse({ ...seedCatalogue, services: [first, first] }).success).toBe(false);
    const noIdentity = { ...first, checklist: first.checklist.filter((item) => item.code !== 'identity-document') };
    expect(catalogueSchema.safeParse({ ...seedCatalogue, services: [noIdentity] }).success).toBe(false);
    const conditionless = { ...first, checklist: first.checklist.map((item) => ({ ...item, requirement: 'conditional' as const, condition: null })) };
    expect(catalogueSchema.safeParse({ ...seedCatalogue, services: [conditionless] }).success).toBe(false);
    expect(catalogueSchema.safeParse({ ...seedCatalogue, districts: [...seedCatalogue.districts, seedCatalogue.districts[0]] }).success).toBe(false);
  });

  it('lists 17 regions and 3 cities of republican significance with KATO codes', () => {
    expect(regions.filter((r) => r.kind === 'region')).toHaveLength(17);
    expect(regions.filter((r) => r.kind === 'city').map((r) => r.name.en)).toEqual(['Astana city', 'Almaty city', 'Shymkent city']);
    expect(regions.map((r) => r.name.en)).toEqual(expect.arrayContaining(['Abai Region', 'Jetisu Region', 'Ulytau Region']));
    for (const region of regions) expect(region.kato).toMatch(/^\d{2}0{7}$/);
    expect(new Set(regions.map((r) => r.kato)).size).toBe(20);
  });
});
