import type { District, DistrictSource } from '../district';

// Astana: six city districts. Saraishyk (711610000) was split off the Almaty district on 29 January
// 2025 (per the population script built on KATO 18.09.2026, search index file id 70293404950).
// No district-level employment body was found: the city-level department serves every district.
// Its name is read from 2025 news (kk «Астана қаласының Жұмыспен қамту және әлеуметтік қорғау
// басқармасы»; ru «управление занятости и социальной защиты»); the registered Russian form with
// «ГУ» and «города Астаны» is inferred and should be checked.
export const source: DistrictSource = {
  classifier: 'КАТО НК РК 11-2025 (updated 17 July 2026), as generated into cihancacan/medsestra-kz lib/ambulance-locations.generated.ts (level-2 city districts with kk and ru names)',
  bodies: 'City-level department, named as in 2025 press reports (baq.kz, kaz.zakon.kz, lada.kz)',
  url: [
    'https://github.com/cihancacan/medsestra-kz/blob/d9d0d32d538703799cdf39b6fd553c36a6b5109d/lib/ambulance-locations.generated.ts',
    'https://baq.kz/aak-kimderge-zhane-qalay-beriledi-200022618/',
    'https://kaz.zakon.kz/kogam-tynysy/6069834-astanada-respublika-knne-oray-keybr-tryndara-br-rettk-tlem-tlened.html',
    'https://www.lada.kz/kazakhstan-news/144549-denezhnye-vyplaty-ko-dniu-respubliki-kazakhstan-kto-ikh-poluchit.html',
  ],
};

export const districts: readonly District[] = [
  {
    kato: '711110000',
    kind: 'city-district',
    name: { kk: 'Алматы ауданы', ru: 'район Алматы', en: 'Almaty District' },
    esp: {
      kk: '«Астана қаласының жұмыспен қамту және әлеуметтік қорғау басқармасы» ММ',
      ru: 'ГУ «Управление занятости и социальной защиты города Астаны»',
      en: 'Employment and Social Protection Department of Astana city',
    },
  },
  {
    kato: '711210000',
    kind: 'city-district',
    name: { kk: 'Есіл ауданы', ru: 'район Есиль', en: 'Esil District' },
    esp: {
      kk: '«Астана қаласының жұмыспен қамту және әлеуметтік қорғау басқармасы» ММ',
      ru: 'ГУ «Управление занятости и социальной защиты города Астаны»',
      en: 'Employment and Social Protection Department of Astana city',
    },
  },
  {
    kato: '711310000',
    kind: 'city-district',
    name: { kk: 'Сарыарқа ауданы', ru: 'район Сарыарка', en: 'Saryarka District' },
    esp: {
      kk: '«Астана қаласының жұмыспен қамту және әлеуметтік қорғау басқармасы» ММ',
      ru: 'ГУ «Управление занятости и социальной защиты города Астаны»',
      en: 'Employment and Social Protection Department of Astana city',
    },
  },
  {
    kato: '711410000',
    kind: 'city-district',
    name: { kk: 'Байқоңыр ауданы', ru: 'район Байқоңыр', en: 'Baikonyr District' },
    esp: {
      kk: '«Астана қаласының жұмыспен қамту және әлеуметтік қорғау басқармасы» ММ',
      ru: 'ГУ «Управление занятости и социальной защиты города Астаны»',
      en: 'Employment and Social Protection Department of Astana city',
    },
  },
  {
    kato: '711510000',
    kind: 'city-district',
    name: { kk: 'Нұра ауданы', ru: 'район Нұра', en: 'Nura District' },
    esp: {
      kk: '«Астана қаласының жұмыспен қамту және әлеуметтік қорғау басқармасы» ММ',
      ru: 'ГУ «Управление занятости и социальной защиты города Астаны»',
      en: 'Employment and Social Protection Department of Astana city',
    },
  },
  {
    kato: '711610000',
    kind: 'city-district',
    name: { kk: 'Сарайшық ауданы', ru: 'район Сарайшық', en: 'Saraishyk District' },
    esp: {
      kk: '«Астана қаласының жұмыспен қамту және әлеуметтік қорғау басқармасы» ММ',
      ru: 'ГУ «Управление занятости и социальной защиты города Астаны»',
      en: 'Employment and Social Protection Department of Astana city',
    },
  },
];
