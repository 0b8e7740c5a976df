import type { District, DistrictSource } from '../district';

// Mangystau Region: the cities Aktau and Zhanaozen and 5 districts.
// A city of regional significance is given by its city administration (Г.А.) code XX YY 00000, the
// level-2 unit of KATO that also holds the villages under the city; the city itself is XX YY 10000.
// Every address code under the unit starts with the same four digits.
// All body names are the standard form (none found registered): see source.bodies. Mangystau has
// also used the form «… районный / городской отдел занятости и социальных программ»: check.
export const source: DistrictSource = {
  classifier: 'КАТО (НК РК 11-2025). Level-2 prefixes: an unidentified public GitHub script listing every region\'s level-2 units as 4-digit prefixes with their KATO names (search index file id 31293341146, 2022-2023 state: Ulytau, Abai and Jetisu already split off), checked against cihancacan/medsestra-kz lib/ambulance-locations.generated.ts ("Generated from KATO NK RK 11-2025, updated 17 July 2026"), whose city and town codes fall under the same prefixes; 9-digit level-2 form XXYY00000 as used by a population script built on KATO of 18.09.2026 (search index file id 70293404950)',
  bodies: 'Standard form «… ауданының / қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ / ГУ «Отдел занятости и социальных программ … района / города …»: no registration of the individual district and town bodies was found in the stored pages, so every body name in this file is the standard form and needs checking against the state register (stat.gov.kz / egov.kz)',
  url: [
    'https://github.com/cihancacan/medsestra-kz/blob/d9d0d32d538703799cdf39b6fd553c36a6b5109d/lib/ambulance-locations.generated.ts',
  ],
};

export const districts: readonly District[] = [
  {
    kato: '471000000',
    kind: 'city',
    name: { kk: 'Ақтау қаласы', ru: 'город Актау', en: 'Aktau city' },
    esp: {
      kk: '«Ақтау қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ города Актау»',
      en: 'Employment and Social Programmes Department of Aktau city',
    },
  },
  {
    kato: '471800000',
    kind: 'city',
    name: { kk: 'Жаңаөзен қаласы', ru: 'город Жанаозен', en: 'Zhanaozen city' },
    esp: {
      kk: '«Жаңаөзен қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ города Жанаозен»',
      en: 'Employment and Social Programmes Department of Zhanaozen city',
    },
  },
  {
    kato: '473600000',
    kind: 'district',
    name: { kk: 'Бейнеу ауданы', ru: 'Бейнеуский район', en: 'Beineu District' },
    esp: {
      kk: '«Бейнеу ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Бейнеуского района»',
      en: 'Employment and Social Programmes Department of Beineu District',
    },
  },
  {
    kato: '474200000',
    kind: 'district',
    name: { kk: 'Қарақия ауданы', ru: 'Каракиянский район', en: 'Karakiya District' },
    esp: {
      kk: '«Қарақия ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Каракиянского района»',
      en: 'Employment and Social Programmes Department of Karakiya District',
    },
  },
  {
    kato: '474600000',
    kind: 'district',
    name: { kk: 'Маңғыстау ауданы', ru: 'Мангистауский район', en: 'Mangystau District' },
    esp: {
      kk: '«Маңғыстау ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Мангистауского района»',
      en: 'Employment and Social Programmes Department of Mangystau District',
    },
  },
  {
    kato: '475000000',
    kind: 'district',
    name: { kk: 'Мұнайлы ауданы', ru: 'Мунайлинский район', en: 'Munaily District' },
    esp: {
      kk: '«Мұнайлы ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Мунайлинского района»',
      en: 'Employment and Social Programmes Department of Munaily District',
    },
  },
  {
    kato: '475200000',
    kind: 'district',
    name: { kk: 'Түпқараған ауданы', ru: 'Тупкараганский район', en: 'Tupkaragan District' },
    esp: {
      kk: '«Түпқараған ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Тупкараганского района»',
      en: 'Employment and Social Programmes Department of Tupkaragan District',
    },
  },
];
