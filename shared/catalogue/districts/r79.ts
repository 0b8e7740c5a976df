import type { District, DistrictSource } from '../district';

// Shymkent: five city districts (Turan, 791910000, formed 2021).
// No district-level employment body was found: the city-level department serves every district.
// Its Kazakh name is read from a January 2026 report («Шымкент қаласының жұмыспен қамту және
// әлеуметтік қорғау басқармасы»); the Russian registered form is inferred and should be checked.
export const source: DistrictSource = {
  classifier: 'КАТО НК РК 11-2025 (updated 17 July 2026), as generated into cihancacan/medsestra-kz lib/ambulance-locations.generated.ts (level-2 city districts with kk and ru names)',
  bodies: 'City-level department, named as in a January 2026 report (adilettv.kz)',
  url: [
    'https://github.com/cihancacan/medsestra-kz/blob/d9d0d32d538703799cdf39b6fd553c36a6b5109d/lib/ambulance-locations.generated.ts',
    'https://adilettv.kz/2026/01/26/%d3%99%d0%bb%d0%b5%d1%83%d0%bc%d0%b5%d1%82%d1%82%d1%96%d0%ba-%d1%81%d0%b0%d0%bb%d0%b0%d0%b4%d0%b0%d2%93%d1%8b-%d0%bd%d0%b0%d2%9b%d1%82%d1%8b-%d0%bd%d3%99%d1%82%d0%b8%d0%b6%d0%b5%d0%bb%d0%b5%d1%80-202',
  ],
};

export const districts: readonly District[] = [
  {
    kato: '791110000',
    kind: 'city-district',
    name: { kk: 'Абай ауданы', ru: 'Абайский район', en: 'Abai District' },
    esp: {
      kk: '«Шымкент қаласының жұмыспен қамту және әлеуметтік қорғау басқармасы» ММ',
      ru: 'ГУ «Управление занятости и социальной защиты города Шымкент»',
      en: 'Employment and Social Protection Department of Shymkent city',
    },
  },
  {
    kato: '791310000',
    kind: 'city-district',
    name: { kk: 'Әл-Фараби ауданы', ru: 'Аль-Фарабийский район', en: 'Al-Farabi District' },
    esp: {
      kk: '«Шымкент қаласының жұмыспен қамту және әлеуметтік қорғау басқармасы» ММ',
      ru: 'ГУ «Управление занятости и социальной защиты города Шымкент»',
      en: 'Employment and Social Protection Department of Shymkent city',
    },
  },
  {
    kato: '791510000',
    kind: 'city-district',
    name: { kk: 'Еңбекші ауданы', ru: 'Енбекшинский район', en: 'Enbekshi District' },
    esp: {
      kk: '«Шымкент қаласының жұмыспен қамту және әлеуметтік қорғау басқармасы» ММ',
      ru: 'ГУ «Управление занятости и социальной защиты города Шымкент»',
      en: 'Employment and Social Protection Department of Shymkent city',
    },
  },
  {
    kato: '791710000',
    kind: 'city-district',
    name: { kk: 'Қаратау ауданы', ru: 'Каратауский район', en: 'Karatau District' },
    esp: {
      kk: '«Шымкент қаласының жұмыспен қамту және әлеуметтік қорғау басқармасы» ММ',
      ru: 'ГУ «Управление занятости и социальной защиты города Шымкент»',
      en: 'Employment and Social Protection Department of Shymkent city',
    },
  },
  {
    kato: '791910000',
    kind: 'city-district',
    name: { kk: 'Тұран ауданы', ru: 'район Тұран', en: 'Turan District' },
    esp: {
      kk: '«Шымкент қаласының жұмыспен қамту және әлеуметтік қорғау басқармасы» ММ',
      ru: 'ГУ «Управление занятости и социальной защиты города Шымкент»',
      en: 'Employment and Social Protection Department of Shymkent city',
    },
  },
];
