import type { District, DistrictSource } from '../district';

// Ulytau Region (formed 8 June 2022 from Karaganda Region): the cities Zhezkazgan, Karazhal and
// Satpayev and the districts Zhanaarka and Ulytau.
// A city of regional significance is given by its city administration (Г.А.) code XX YY 00000, the
// level-2 unit of KATO that also holds the villages under the city; the city itself is XX YY 10000.
// Every address code under the unit starts with the same four digits.
// All body names are the standard form (none found registered): see source.bodies.
export const source: DistrictSource = {
  classifier: 'КАТО (НК РК 11-2025). Level-2 prefixes: an unidentified public GitHub script listing every region\'s level-2 units as 4-digit prefixes with their KATO names (search index file id 31293341146, 2022-2023 state: Ulytau, Abai and Jetisu already split off), checked against cihancacan/medsestra-kz lib/ambulance-locations.generated.ts ("Generated from KATO NK RK 11-2025, updated 17 July 2026"), whose city and town codes fall under the same prefixes; 9-digit level-2 form XXYY00000 as used by a population script built on KATO of 18.09.2026 (search index file id 70293404950)',
  bodies: 'Standard form «… ауданының / қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ / ГУ «Отдел занятости и социальных программ … района / города …»: no registration of the individual district and town bodies was found in the stored pages, so every body name in this file is the standard form and needs checking against the state register (stat.gov.kz / egov.kz)',
  url: [
    'https://github.com/cihancacan/medsestra-kz/blob/d9d0d32d538703799cdf39b6fd553c36a6b5109d/lib/ambulance-locations.generated.ts',
    'https://exclusive.kz/%d2%9baza%d2%9bstanda-resmi-t%d2%afrde-%d2%afsh-zha%d2%a3a-oblys-pajda-boldy-2',
    'https://astanatv.kz/kz/news/68587',
  ],
};

export const districts: readonly District[] = [
  {
    kato: '621000000',
    kind: 'city',
    name: { kk: 'Жезқазған қаласы', ru: 'город Жезказган', en: 'Zhezkazgan city' },
    esp: {
      kk: '«Жезқазған қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ города Жезказгана»',
      en: 'Employment and Social Programmes Department of Zhezkazgan city',
    },
  },
  {
    kato: '621800000',
    kind: 'city',
    name: { kk: 'Қаражал қаласы', ru: 'город Каражал', en: 'Karazhal city' },
    esp: {
      kk: '«Қаражал қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ города Каражал»',
      en: 'Employment and Social Programmes Department of Karazhal city',
    },
  },
  {
    kato: '622000000',
    kind: 'city',
    name: { kk: 'Сәтбаев қаласы', ru: 'город Сатпаев', en: 'Satbayev city' },
    esp: {
      kk: '«Сәтбаев қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ города Сатпаев»',
      en: 'Employment and Social Programmes Department of Satbayev city',
    },
  },
  {
    kato: '623600000',
    kind: 'district',
    name: { kk: 'Жаңаарқа ауданы', ru: 'Жанааркинский район', en: 'Zhanaarka District' },
    esp: {
      kk: '«Жаңаарқа ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Жанааркинского района»',
      en: 'Employment and Social Programmes Department of Zhanaarka District',
    },
  },
  {
    kato: '623800000',
    kind: 'district',
    name: { kk: 'Ұлытау ауданы', ru: 'Улытауский район', en: 'Ulytau District' },
    esp: {
      kk: '«Ұлытау ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Улытауского района»',
      en: 'Employment and Social Programmes Department of Ulytau District',
    },
  },
];
