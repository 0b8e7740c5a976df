import { describe, expect, it } from 'vitest';
import { catalogueSchema, newerCatalogue, seedCatalogue } from '../../shared/catalogue/catalogue';
import { receiverById, receiverFor, receivers } from '../../shared/catalogue/receivers';
import { regions } from '../../shared/catalogue/regions';

describe('service catalogue', () => {
  const active = seedCatalogue.services.filter((s) => s.active);
  const inactive = seedCatalogue.services.filter((s) => !s.active);

  it('holds the article’s 24 services, active and numbered 1–24, and the 6 announced ones, inactive', () => {
    expect(catalogueSchema.safeParse(seedCatalogue).success).toBe(true);
    expect(active).toHaveLength(24);
    expect(active.map((s) => s.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(inactive).toHaveLength(6);
    expect(inactive.map((s) => s.name.en)).toEqual(
      expect.arrayContaining(['One-time burial payment', 'Social payment for loss of breadwinner']),
    );
  });

  it('gives every service kk/ru/en names, a receiver type and the identity document', () => {
    for (const service of seedCatalogue.services) {
      expect(service.name.kk.length * service.name.ru.length * service.name.en.length, service.code).toBeGreaterThan(0);
      expect(['gfc', 'esp']).toContain(service.receiverType);
      expect(service.requiredDocuments).toContain('identity-document');
    }
  });

  it('assigns receivers as the article does: three services to the employment and social programmes division', () => {
    const esp = active.filter((s) => s.receiverType === 'esp').map((s) => s.number);
    expect(esp).toEqual([12, 14, 15]);
    // The article's two worked examples.
    expect(active.find((s) => s.code === 'maternity-income-loss')?.receiverType).toBe('gfc');
    expect(active.find((s) => s.code === 'targeted-social-assistance')?.receiverType).toBe('esp');
  });

  it('keeps the article’s Kazakh names', () => {
    expect(active[2]?.name.kk).toBe('Жасына байланысты зейнетақы төлемдерін тағайындау');
    expect(active[23]?.name.kk).toBe('Bastau Business жобасы бойынша кәсіпкерлік негіздеріне оқыту');
  });

  it('is replaced only by a newer version, and a malformed one is refused', () => {
    const next = { ...seedCatalogue, version: seedCatalogue.version + 1 };
    expect(newerCatalogue(seedCatalogue, next)).toBe(next);
    expect(newerCatalogue(next, seedCatalogue)).toBe(next);
    const duplicated = { version: 9, services: [seedCatalogue.services[0], seedCatalogue.services[0]] };
    expect(catalogueSchema.safeParse(duplicated).success).toBe(false);
    const noIdentity = { version: 9, services: [{ ...seedCatalogue.services[0], requiredDocuments: ['signed-statement'] }] };
    expect(catalogueSchema.safeParse(noIdentity).success).toBe(false);
  });
});

describe('regions and receivers', () => {
  it('lists 17 regions and 3 cities of republican significance with KATO codes', () => {
    expect(regions.filter((r) => r.kind === 'region')).toHaveLength(17);
    expect(regions.filter((r) => r.kind === 'city').map((r) => r.name.en)).toEqual(['Astana city', 'Almaty city', 'Shymkent city']);
    expect(regions.map((r) => r.name.en)).toEqual(expect.arrayContaining(['Abai Region', 'Jetisu Region', 'Ulytau Region']));
    for (const region of regions) expect(region.kato).toMatch(/^\d{2}0{7}$/);
    expect(new Set(regions.map((r) => r.kato)).size).toBe(20);
  });

  it('has one receiver of each type in every region', () => {
    expect(receivers).toHaveLength(40);
    for (const region of regions) {
      expect(receivers.filter((r) => r.regionKato === region.kato).map((r) => r.type).sort()).toEqual(['esp', 'gfc']);
    }
  });

  it('chooses the receiver for every service × region: the service’s type, in the registration region', () => {
    for (const service of seedCatalogue.services) {
      for (const region of regions) {
        const receiver = receiverFor(service, region.kato);
        expect(receiver?.type, `${service.code} × ${region.name.en}`).toBe(service.receiverType);
        expect(receiver?.regionKato).toBe(region.kato);
        expect(receiver?.name.kk).toContain(region.name.kk);
        expect(receiver?.name.ru).toContain(region.forRegion.ru);
      }
    }
    expect(receiverFor(seedCatalogue.services[0]!, '990000000')).toBeUndefined();
    expect(receiverById('gfc-710000000')?.name.ru).toBe('Филиал НАО «Государственная корпорация «Правительство для граждан» по городу Астана');
  });
});
