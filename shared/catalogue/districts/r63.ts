import type { District, DistrictSource } from '../district';

// East Kazakhstan Region after the 2022 split (Semey, Kurchatov and 8 districts went to Abai Region,
// 10): the cities Oskemen and Ridder and 11 districts, among them «район Самар» (from Kokpekty) and
// the districts «Марқакөл» (from Kurchum) and «Үлкен Нарын» (from Katon-Karagay, whose centre moved
// to Katon-Karagay village), all three formed in 2022.
// A city of regional significance is given by its city administration (Г.А.) code XX YY 00000, the
// level-2 unit of KATO that also holds the villages under the city; the city itself is XX YY 10000.
// Every address code under the unit starts with the same four digits.
// DOUBTFUL: 635500000 (Markakol) and 636300000 (Ulken Naryn) were read only from the population
// script built on KATO 18.09.2026 (search index file id 70293404950), not from the classifier itself;
// their Russian KATO names («район Марқакөл», «район Үлкен Нарын») are written by analogy with
// «район Самар» and are unconfirmed.
// All body names are the standard form (none found registered): see source.bodies. The regional body
// is «Шығыс Қазақстан облысының жұмыспен қамту және әлеуметтік бағдарламаларды үйлестіру басқармасы».
export const source: DistrictSource = {
  classifier: 'КАТО (НК РК 11-2025). Level-2 prefixes: an unidentified public GitHub script listing every region\'s level-2 units as 4-digit prefixes with their KATO names (search index file id 31293341146, 2022-2023 state: Ulytau, Abai and Jetisu already split off), checked against cihancacan/medsestra-kz lib/ambulance-locations.generated.ts ("Generated from KATO NK RK 11-2025, updated 17 July 2026"), whose city and town codes fall under the same prefixes; 9-digit level-2 form XXYY00000 as used by a population script built on KATO of 18.09.2026 (search index file id 70293404950)',
  bodies: 'Standard form «… ауданының / қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ / ГУ «Отдел занятости и социальных программ … района / города …»: no registration of the individual district and town bodies was found in the stored pages, so every body name in this file is the standard form and needs checking against the state register (stat.gov.kz / egov.kz)',
  url: [
    'https://github.com/cihancacan/medsestra-kz/blob/d9d0d32d538703799cdf39b6fd553c36a6b5109d/lib/ambulance-locations.generated.ts',
    'https://prosud.kz/news/v-vko-i-abajskoj-oblasti-poyavyatsya-novye-rajony',
    'https://adilet.zan.kz/kaz/docs/G23V000006A/compare',
  ],
};

export const districts: readonly District[] = [
  {
    kato: '631000000',
    kind: 'city',
    name: { kk: 'Өскемен қаласы', ru: 'город Усть-Каменогорск', en: 'Oskemen city' },
    esp: {
      kk: '«Өскемен қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ города Усть-Каменогорска»',
      en: 'Employment and Social Programmes Department of Oskemen city',
    },
  },
  {
    kato: '632400000',
    kind: 'city',
    name: { kk: 'Риддер қаласы', ru: 'город Риддер', en: 'Ridder city' },
    esp: {
      kk: '«Риддер қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ города Риддера»',
      en: 'Employment and Social Programmes Department of Ridder city',
    },
  },
  {
    kato: '634000000',
    kind: 'district',
    name: { kk: 'Глубокое ауданы', ru: 'Глубоковский район', en: 'Glubokoye District' },
    esp: {
      kk: '«Глубокое ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Глубоковского района»',
      en: 'Employment and Social Programmes Department of Glubokoye District',
    },
  },
  {
    kato: '634600000',
    kind: 'district',
    name: { kk: 'Зайсан ауданы', ru: 'Зайсанский район', en: 'Zaysan District' },
    esp: {
      kk: '«Зайсан ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Зайсанского района»',
      en: 'Employment and Social Programmes Department of Zaysan District',
    },
  },
  {
    kato: '634800000',
    kind: 'district',
    name: { kk: 'Алтай ауданы', ru: 'район Алтай', en: 'Altai District' },
    esp: {
      kk: '«Алтай ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ района Алтай»',
      en: 'Employment and Social Programmes Department of Altai District',
    },
  },
  {
    kato: '635200000',
    kind: 'district',
    name: { kk: 'Күршім ауданы', ru: 'Курчумский район', en: 'Kurshim District' },
    esp: {
      kk: '«Күршім ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Курчумского района»',
      en: 'Employment and Social Programmes Department of Kurshim District',
    },
  },
  {
    kato: '635400000',
    kind: 'district',
    name: { kk: 'Катонқарағай ауданы', ru: 'Катон-Карагайский район', en: 'Katonkaragay District' },
    esp: {
      kk: '«Катонқарағай ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Катон-Карагайского района»',
      en: 'Employment and Social Programmes Department of Katonkaragay District',
    },
  },
  {
    kato: '635500000',
    kind: 'district',
    name: { kk: 'Марқакөл ауданы', ru: 'район Марқакөл', en: 'Markakol District' },
    esp: {
      kk: '«Марқакөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ района Марқакөл»',
      en: 'Employment and Social Programmes Department of Markakol District',
    },
  },
  {
    kato: '635600000',
    kind: 'district',
    name: { kk: 'Самар ауданы', ru: 'район Самар', en: 'Samar District' },
    esp: {
      kk: '«Самар ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ района Самар»',
      en: 'Employment and Social Programmes Department of Samar District',
    },
  },
  {
    kato: '635800000',
    kind: 'district',
    name: { kk: 'Тарбағатай ауданы', ru: 'Тарбагатайский район', en: 'Tarbagatay District' },
    esp: {
      kk: '«Тарбағатай ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Тарбагатайского района»',
      en: 'Employment and Social Programmes Department of Tarbagatay District',
    },
  },
  {
    kato: '636200000',
    kind: 'district',
    name: { kk: 'Ұлан ауданы', ru: 'Уланский район', en: 'Ulan District' },
    esp: {
      kk: '«Ұлан ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Уланского района»',
      en: 'Employment and Social Programmes Department of Ulan District',
    },
  },
  {
    kato: '636300000',
    kind: 'district',
    name: { kk: 'Үлкен Нарын ауданы', ru: 'район Үлкен Нарын', en: 'Ulken Naryn District' },
    esp: {
      kk: '«Үлкен Нарын ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ района Үлкен Нарын»',
      en: 'Employment and Social Programmes Department of Ulken Naryn District',
    },
  },
  {
    kato: '636800000',
    kind: 'district',
    name: { kk: 'Шемонаиха ауданы', ru: 'Шемонаихинский район', en: 'Shemonaikha District' },
    esp: {
      kk: '«Шемонаиха ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Шемонаихинского района»',
      en: 'Employment and Social Programmes Department of Shemonaikha District',
    },
  },
];
