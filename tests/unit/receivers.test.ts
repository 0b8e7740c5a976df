import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../../shared/catalogue/catalogue';
import { districtSources } from '../../shared/catalogue/districts';
import { districtsOf, kazakhDative, receiverById, receiverFor, russianAddressee } from '../../shared/catalogue/receivers';
import { regions } from '../../shared/catalogue/regions';

const esp = seedCatalogue.services.find((s) => s.code === 'targeted-social-assistance')!;
const gfc = seedCatalogue.services.find((s) => s.code === 'age-pension')!;

describe('the district directory (КАТО)', () => {
  it('lists the districts and cities of every region and city, each with its source', () => {
    for (const region of regions) {
      const districts = districtsOf(seedCatalogue, region.kato);
      expect(districts.length, region.name.en).toBeGreaterThanOrEqual(region.kind === 'city' ? 3 : 5);
      expect(districtSources[region.kato.slice(0, 2)]?.url.length, region.name.en).toBeGreaterThan(0);
      for (const district of districts) {
        expect(district.kato).toMatch(new RegExp(`^${region.kato.slice(0, 2)}\\d{7}$`));
        expect(district.kind === 'city-district').toBe(region.kind === 'city');
      }
    }
    expect(seedCatalogue.districts.map((d) => d.name.ru).join(' ')).not.toMatch(/ё/u);
  });
});

describe('receivers', () => {
  it('sends GfC services to the branch of the region, ESP services to the body of the district', () => {
    for (const region of regions) {
      for (const district of districtsOf(seedCatalogue, region.kato)) {
        expect(receiverFor(seedCatalogue, gfc, region.kato, district.kato)?.id).toBe(`gfc-${region.kato}`);
        const body = receiverFor(seedCatalogue, esp, region.kato, district.kato);
        expect(body?.id).toBe(`esp-${district.kato}`);
        expect(body?.name).toEqual(district.esp);
        expect(receiverById(seedCatalogue, body!.id)).toEqual(body);
      }
    }
    // A district of another region, or none, picks no ESP body.
    expect(receiverFor(seedCatalogue, esp, '710000000', districtsOf(seedCatalogue, '750000000')[0]!.kato)).toBeUndefined();
    expect(receiverFor(seedCatalogue, esp, '710000000', '')).toBeUndefined();
    expect(receiverFor(seedCatalogue, gfc, '990000000', '')).toBeUndefined();
  });

  it('writes the addressee as an application heading takes it: kk dative, ru «В …»', () => {
    const branch = receiverById(seedCatalogue, 'gfc-110000000')!;
    expect(branch.addressee.kk).toBe('«„Азаматтарға арналған үкімет“ мемлекеттік корпорациясы» КЕАҚ Ақмола облысы бойынша филиалына');
    expect(branch.addressee.ru).toBe('В филиал НАО «Государственная корпорация „Правительство для граждан“» по Акмолинской области');
    expect(kazakhDative('«Аршалы ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ')).toBe(
      'Аршалы ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөліміне',
    );
    expect(kazakhDative('Алматы қаласының жұмыспен қамту және әлеуметтік бағдарламалар басқармасы')).toMatch(/басқармасына$/u);
    expect(russianAddressee('ГУ «Отдел занятости и социальных программ Аршалынского района»')).toBe('В отдел занятости и социальных программ Аршалынского района');
    for (const district of seedCatalogue.districts) {
      const body = receiverById(seedCatalogue, `esp-${district.kato}`)!;
      expect(body.addressee.kk, district.kato).toMatch(/(не|на)$/u);
      expect(body.addressee.ru, district.kato).toMatch(/^В [а-я]/u);
    }
  });
});
