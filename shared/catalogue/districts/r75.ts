import type { District, DistrictSource } from '../district';

// Almaty: eight city districts. Note the KATO order: 751110000 is Almaly, 751210000 Alatau (two
// independent files agree); there is no 7516.
// No district-level employment body was found: the city-level department serves every district.
// Its name is read from 2025 news («управление занятости и социальных программ Алматы») and a
// KazInform report («қалалық Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы»); the
// registered form (КГУ / КММ) is inferred and should be checked.
export const source: DistrictSource = {
  classifier: 'КАТО НК РК 11-2025 (updated 17 July 2026), as generated into cihancacan/medsestra-kz lib/ambulance-locations.generated.ts (level-2 city districts with kk and ru names)',
  bodies: 'City-level department, named as in press reports (news.mail.ru 2025, inform.kz)',
  url: [
    'https://github.com/cihancacan/medsestra-kz/blob/d9d0d32d538703799cdf39b6fd553c36a6b5109d/lib/ambulance-locations.generated.ts',
    'https://news.mail.ru/society/68660625/',
    'https://www.inform.kz/kz/almatyda-57-mynnan-astam-adam-zhumyska-ornalasty_a4015327',
  ],
};

export const districts: readonly District[] = [
  {
    kato: '751110000',
    kind: 'city-district',
    name: { kk: 'Алмалы ауданы', ru: 'Алмалинский район', en: 'Almaly District' },
    esp: {
      kk: '«Алматы қаласы Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы» КММ',
      ru: 'КГУ «Управление занятости и социальных программ города Алматы»',
      en: 'Employment and Social Programmes Department of Almaty city',
    },
  },
  {
    kato: '751210000',
    kind: 'city-district',
    name: { kk: 'Алатау ауданы', ru: 'Алатауский район', en: 'Alatau District' },
    esp: {
      kk: '«Алматы қаласы Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы» КММ',
      ru: 'КГУ «Управление занятости и социальных программ города Алматы»',
      en: 'Employment and Social Programmes Department of Almaty city',
    },
  },
  {
    kato: '751310000',
    kind: 'city-district',
    name: { kk: 'Әуезов ауданы', ru: 'Ауэзовский район', en: 'Auezov District' },
    esp: {
      kk: '«Алматы қаласы Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы» КММ',
      ru: 'КГУ «Управление занятости и социальных программ города Алматы»',
      en: 'Employment and Social Programmes Department of Almaty city',
    },
  },
  {
    kato: '751410000',
    kind: 'city-district',
    name: { kk: 'Бостандық ауданы', ru: 'Бостандыкский район', en: 'Bostandyk District' },
    esp: {
      kk: '«Алматы қаласы Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы» КММ',
      ru: 'КГУ «Управление занятости и социальных программ города Алматы»',
      en: 'Employment and Social Programmes Department of Almaty city',
    },
  },
  {
    kato: '751510000',
    kind: 'city-district',
    name: { kk: 'Жетісу ауданы', ru: 'Жетысуский район', en: 'Zhetysu District' },
    esp: {
      kk: '«Алматы қаласы Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы» КММ',
      ru: 'КГУ «Управление занятости и социальных программ города Алматы»',
      en: 'Employment and Social Programmes Department of Almaty city',
    },
  },
  {
    kato: '751710000',
    kind: 'city-district',
    name: { kk: 'Медеу ауданы', ru: 'Медеуский район', en: 'Medeu District' },
    esp: {
      kk: '«Алматы қаласы Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы» КММ',
      ru: 'КГУ «Управление занятости и социальных программ города Алматы»',
      en: 'Employment and Social Programmes Department of Almaty city',
    },
  },
  {
    kato: '751810000',
    kind: 'city-district',
    name: { kk: 'Наурызбай ауданы', ru: 'Наурызбайский район', en: 'Nauryzbay District' },
    esp: {
      kk: '«Алматы қаласы Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы» КММ',
      ru: 'КГУ «Управление занятости и социальных программ города Алматы»',
      en: 'Employment and Social Programmes Department of Almaty city',
    },
  },
  {
    kato: '751910000',
    kind: 'city-district',
    name: { kk: 'Түрксіб ауданы', ru: 'Турксибский район', en: 'Turksib District' },
    esp: {
      kk: '«Алматы қаласы Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы» КММ',
      ru: 'КГУ «Управление занятости и социальных программ города Алматы»',
      en: 'Employment and Social Programmes Department of Almaty city',
    },
  },
];
