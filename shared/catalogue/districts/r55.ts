import type { District, DistrictSource } from '../district';

// Pavlodar Region: the cities Pavlodar, Aksu and Ekibastuz and 10 districts (Kachiry district is
// now «район Тереңкөл», Lebyazhye district «район Аққулы», as KATO writes them).
// A city of regional significance is given by its city administration (Г.А.) code XX YY 00000, the
// level-2 unit of KATO that also holds the villages under the city; the city itself is XX YY 10000.
// Every address code under the unit starts with the same four digits.
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
    kato: '551000000',
    kind: 'city',
    name: { kk: 'Павлодар қаласы', ru: 'город Павлодар', en: 'Pavlodar city' },
    esp: {
      kk: '«Павлодар қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ города Павлодара»',
      en: 'Employment and Social Programmes Department of Pavlodar city',
    },
  },
  {
    kato: '551600000',
    kind: 'city',
    name: { kk: 'Ақсу қаласы', ru: 'город Аксу', en: 'Aksu city' },
    esp: {
      kk: '«Ақсу қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ города Аксу»',
      en: 'Employment and Social Programmes Department of Aksu city',
    },
  },
  {
    kato: '552200000',
    kind: 'city',
    name: { kk: 'Екібастұз қаласы', ru: 'город Экибастуз', en: 'Ekibastuz city' },
    esp: {
      kk: '«Екібастұз қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ города Экибастуза»',
      en: 'Employment and Social Programmes Department of Ekibastuz city',
    },
  },
  {
    kato: '553200000',
    kind: 'district',
    name: { kk: 'Ақтоғай ауданы', ru: 'Актогайский район', en: 'Aktogay District' },
    esp: {
      kk: '«Ақтоғай ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Актогайского района»',
      en: 'Employment and Social Programmes Department of Aktogay District',
    },
  },
  {
    kato: '553600000',
    kind: 'district',
    name: { kk: 'Баянауыл ауданы', ru: 'Баянаульский район', en: 'Bayanaul District' },
    esp: {
      kk: '«Баянауыл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Баянаульского района»',
      en: 'Employment and Social Programmes Department of Bayanaul District',
    },
  },
  {
    kato: '554200000',
    kind: 'district',
    name: { kk: 'Железин ауданы', ru: 'Железинский район', en: 'Zhelezin District' },
    esp: {
      kk: '«Железин ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Железинского района»',
      en: 'Employment and Social Programmes Department of Zhelezin District',
    },
  },
  {
    kato: '554600000',
    kind: 'district',
    name: { kk: 'Ертіс ауданы', ru: 'Иртышский район', en: 'Irtysh District' },
    esp: {
      kk: '«Ертіс ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Иртышского района»',
      en: 'Employment and Social Programmes Department of Irtysh District',
    },
  },
  {
    kato: '554800000',
    kind: 'district',
    name: { kk: 'Тереңкөл ауданы', ru: 'район Тереңкөл', en: 'Terenkol District' },
    esp: {
      kk: '«Тереңкөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ района Тереңкөл»',
      en: 'Employment and Social Programmes Department of Terenkol District',
    },
  },
  {
    kato: '555200000',
    kind: 'district',
    name: { kk: 'Аққулы ауданы', ru: 'район Аққулы', en: 'Akkuly District' },
    esp: {
      kk: '«Аққулы ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ района Аққулы»',
      en: 'Employment and Social Programmes Department of Akkuly District',
    },
  },
  {
    kato: '555600000',
    kind: 'district',
    name: { kk: 'Май ауданы', ru: 'Майский район', en: 'May District' },
    esp: {
      kk: '«Май ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Майского района»',
      en: 'Employment and Social Programmes Department of May District',
    },
  },
  {
    kato: '556000000',
    kind: 'district',
    name: { kk: 'Павлодар ауданы', ru: 'Павлодарский район', en: 'Pavlodar District' },
    esp: {
      kk: '«Павлодар ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Павлодарского района»',
      en: 'Employment and Social Programmes Department of Pavlodar District',
    },
  },
  {
    kato: '556400000',
    kind: 'district',
    name: { kk: 'Успен ауданы', ru: 'Успенский район', en: 'Uspen District' },
    esp: {
      kk: '«Успен ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Успенского района»',
      en: 'Employment and Social Programmes Department of Uspen District',
    },
  },
  {
    kato: '556800000',
    kind: 'district',
    name: { kk: 'Шарбақты ауданы', ru: 'Щербактинский район', en: 'Sharbakty District' },
    esp: {
      kk: '«Шарбақты ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Щербактинского района»',
      en: 'Employment and Social Programmes Department of Sharbakty District',
    },
  },
];
