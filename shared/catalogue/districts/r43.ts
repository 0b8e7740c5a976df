import type { District, DistrictSource } from '../district';

// Kyzylorda Region: the regional city Kyzylorda, the town Baikonyr and 7 districts.
// A city of regional significance is given by its city administration (Г.А.) code XX YY 00000, the
// level-2 unit of KATO that also holds the villages under the city; the city itself is XX YY 10000.
// Every address code under the unit starts with the same four digits.
// Baikonyr (431900000, «Байконыр Г.А.» in KATO) is leased to Russia; it is a KATO unit, but no
// Kazakh employment and social programmes body registered for it was found: the body below is only
// the standard form and is DOUBTFUL (residents may be served by the Kyzylorda regional office).
// Chiili district is written «Шиелийский район» in KATO 2026 (older lists: «Чиилийский»).
// All body names are the standard form (none found registered): see source.bodies.
export const source: DistrictSource = {
  classifier: 'КАТО (НК РК 11-2025). Level-2 prefixes: an unidentified public GitHub script listing every region\'s level-2 units as 4-digit prefixes with their KATO names (search index file id 31293341146, 2022-2023 state: Ulytau, Abai and Jetisu already split off), checked against cihancacan/medsestra-kz lib/ambulance-locations.generated.ts ("Generated from KATO NK RK 11-2025, updated 17 July 2026"), whose city and town codes fall under the same prefixes; 9-digit level-2 form XXYY00000 as used by a population script built on KATO of 18.09.2026 (search index file id 70293404950)',
  bodies: 'Standard form «… ауданының / қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ / ГУ «Отдел занятости и социальных программ … района / города …»: no registration of the individual district and town bodies was found in the stored pages, so every body name in this file is the standard form and needs checking against the state register (stat.gov.kz / egov.kz)',
  url: [
    'https://github.com/cihancacan/medsestra-kz/blob/d9d0d32d538703799cdf39b6fd553c36a6b5109d/lib/ambulance-locations.generated.ts',
  ],
};

export const districts: readonly District[] = [
  {
    kato: '431000000',
    kind: 'city',
    name: { kk: 'Қызылорда қаласы', ru: 'город Кызылорда', en: 'Kyzylorda city' },
    esp: {
      kk: '«Қызылорда қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ города Кызылорды»',
      en: 'Employment and Social Programmes Department of Kyzylorda city',
    },
  },
  {
    kato: '431900000',
    kind: 'city',
    name: { kk: 'Байқоңыр қаласы', ru: 'город Байконыр', en: 'Baikonyr city' },
    esp: {
      kk: '«Байқоңыр қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ города Байконыр»',
      en: 'Employment and Social Programmes Department of Baikonyr city',
    },
  },
  {
    kato: '433200000',
    kind: 'district',
    name: { kk: 'Арал ауданы', ru: 'Аральский район', en: 'Aral District' },
    esp: {
      kk: '«Арал ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Аральского района»',
      en: 'Employment and Social Programmes Department of Aral District',
    },
  },
  {
    kato: '433600000',
    kind: 'district',
    name: { kk: 'Жалағаш ауданы', ru: 'Жалагашский район', en: 'Zhalagash District' },
    esp: {
      kk: '«Жалағаш ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Жалагашского района»',
      en: 'Employment and Social Programmes Department of Zhalagash District',
    },
  },
  {
    kato: '434000000',
    kind: 'district',
    name: { kk: 'Жаңақорған ауданы', ru: 'Жанакорганский район', en: 'Zhanakorgan District' },
    esp: {
      kk: '«Жаңақорған ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Жанакорганского района»',
      en: 'Employment and Social Programmes Department of Zhanakorgan District',
    },
  },
  {
    kato: '434400000',
    kind: 'district',
    name: { kk: 'Қазалы ауданы', ru: 'Казалинский район', en: 'Kazaly District' },
    esp: {
      kk: '«Қазалы ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Казалинского района»',
      en: 'Employment and Social Programmes Department of Kazaly District',
    },
  },
  {
    kato: '434600000',
    kind: 'district',
    name: { kk: 'Қармақшы ауданы', ru: 'Кармакшинский район', en: 'Karmakshy District' },
    esp: {
      kk: '«Қармақшы ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Кармакшинского района»',
      en: 'Employment and Social Programmes Department of Karmakshy District',
    },
  },
  {
    kato: '434800000',
    kind: 'district',
    name: { kk: 'Сырдария ауданы', ru: 'Сырдарьинский район', en: 'Syrdarya District' },
    esp: {
      kk: '«Сырдария ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Сырдарьинского района»',
      en: 'Employment and Social Programmes Department of Syrdarya District',
    },
  },
  {
    kato: '435200000',
    kind: 'district',
    name: { kk: 'Шиелі ауданы', ru: 'Шиелийский район', en: 'Shieli District' },
    esp: {
      kk: '«Шиелі ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Шиелийского района»',
      en: 'Employment and Social Programmes Department of Shieli District',
    },
  },
];
