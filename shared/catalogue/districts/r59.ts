import type { District, DistrictSource } from '../district';

// North Kazakhstan Region: the regional city Petropavl and 13 districts.
// A city of regional significance is given by its city administration (Г.А.) code XX YY 00000, the
// level-2 unit of KATO that also holds the villages under the city; the city itself is XX YY 10000.
// Every address code under the unit starts with the same four digits.
// All body names are the standard form (none found registered): see source.bodies. North
// Kazakhstan registers many district bodies in the longer form КГУ «Отдел … акимата … района
// Северо-Казахстанской области» / «Солтүстік Қазақстан облысы … ауданы әкімдігінің … бөлімі» КММ;
// this was not confirmed here and should be checked before the names are printed.
export const source: DistrictSource = {
  classifier: 'КАТО (НК РК 11-2025). Level-2 prefixes: an unidentified public GitHub script listing every region\'s level-2 units as 4-digit prefixes with their KATO names (search index file id 31293341146, 2022-2023 state: Ulytau, Abai and Jetisu already split off), checked against cihancacan/medsestra-kz lib/ambulance-locations.generated.ts ("Generated from KATO NK RK 11-2025, updated 17 July 2026"), whose city and town codes fall under the same prefixes; 9-digit level-2 form XXYY00000 as used by a population script built on KATO of 18.09.2026 (search index file id 70293404950)',
  bodies: 'Standard form «… ауданының / қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ / ГУ «Отдел занятости и социальных программ … района / города …»: no registration of the individual district and town bodies was found in the stored pages, so every body name in this file is the standard form and needs checking against the state register (stat.gov.kz / egov.kz)',
  url: [
    'https://github.com/cihancacan/medsestra-kz/blob/d9d0d32d538703799cdf39b6fd553c36a6b5109d/lib/ambulance-locations.generated.ts',
  ],
};

export const districts: readonly District[] = [
  {
    kato: '591000000',
    kind: 'city',
    name: { kk: 'Петропавл қаласы', ru: 'город Петропавловск', en: 'Petropavl city' },
    esp: {
      kk: '«Петропавл қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ города Петропавловска»',
      en: 'Employment and Social Programmes Department of Petropavl city',
    },
  },
  {
    kato: '593200000',
    kind: 'district',
    name: { kk: 'Айыртау ауданы', ru: 'Айыртауский район', en: 'Aiyrtau District' },
    esp: {
      kk: '«Айыртау ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Айыртауского района»',
      en: 'Employment and Social Programmes Department of Aiyrtau District',
    },
  },
  {
    kato: '593400000',
    kind: 'district',
    name: { kk: 'Ақжар ауданы', ru: 'Акжарский район', en: 'Akzhar District' },
    esp: {
      kk: '«Ақжар ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Акжарского района»',
      en: 'Employment and Social Programmes Department of Akzhar District',
    },
  },
  {
    kato: '593600000',
    kind: 'district',
    name: { kk: 'Мағжан Жұмабаев ауданы', ru: 'район Магжана Жумабаева', en: 'Magzhan Zhumabayev District' },
    esp: {
      kk: '«Мағжан Жұмабаев ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ района Магжана Жумабаева»',
      en: 'Employment and Social Programmes Department of Magzhan Zhumabayev District',
    },
  },
  {
    kato: '594200000',
    kind: 'district',
    name: { kk: 'Есіл ауданы', ru: 'Есильский район', en: 'Esil District' },
    esp: {
      kk: '«Есіл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Есильского района»',
      en: 'Employment and Social Programmes Department of Esil District',
    },
  },
  {
    kato: '594600000',
    kind: 'district',
    name: { kk: 'Жамбыл ауданы', ru: 'Жамбылский район', en: 'Zhambyl District' },
    esp: {
      kk: '«Жамбыл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Жамбылского района»',
      en: 'Employment and Social Programmes Department of Zhambyl District',
    },
  },
  {
    kato: '595000000',
    kind: 'district',
    name: { kk: 'Қызылжар ауданы', ru: 'Кызылжарский район', en: 'Kyzylzhar District' },
    esp: {
      kk: '«Қызылжар ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Кызылжарского района»',
      en: 'Employment and Social Programmes Department of Kyzylzhar District',
    },
  },
  {
    kato: '595200000',
    kind: 'district',
    name: { kk: 'Мамлют ауданы', ru: 'Мамлютский район', en: 'Mamlyut District' },
    esp: {
      kk: '«Мамлют ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Мамлютского района»',
      en: 'Employment and Social Programmes Department of Mamlyut District',
    },
  },
  {
    kato: '595600000',
    kind: 'district',
    name: { kk: 'Шал ақын ауданы', ru: 'район Шал акына', en: 'Shal Akyn District' },
    esp: {
      kk: '«Шал ақын ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ района Шал акына»',
      en: 'Employment and Social Programmes Department of Shal Akyn District',
    },
  },
  {
    kato: '595800000',
    kind: 'district',
    name: { kk: 'Аққайың ауданы', ru: 'Аккайынский район', en: 'Akkayin District' },
    esp: {
      kk: '«Аққайың ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Аккайынского района»',
      en: 'Employment and Social Programmes Department of Akkayin District',
    },
  },
  {
    kato: '596000000',
    kind: 'district',
    name: { kk: 'Тайынша ауданы', ru: 'Тайыншинский район', en: 'Taiynsha District' },
    esp: {
      kk: '«Тайынша ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Тайыншинского района»',
      en: 'Employment and Social Programmes Department of Taiynsha District',
    },
  },
  {
    kato: '596200000',
    kind: 'district',
    name: { kk: 'Тимирязев ауданы', ru: 'Тимирязевский район', en: 'Timiryazev District' },
    esp: {
      kk: '«Тимирязев ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Тимирязевского района»',
      en: 'Employment and Social Programmes Department of Timiryazev District',
    },
  },
  {
    kato: '596400000',
    kind: 'district',
    name: { kk: 'Уәлиханов ауданы', ru: 'Уалихановский район', en: 'Ualikhanov District' },
    esp: {
      kk: '«Уәлиханов ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Уалихановского района»',
      en: 'Employment and Social Programmes Department of Ualikhanov District',
    },
  },
  {
    kato: '596600000',
    kind: 'district',
    name: { kk: 'Ғабит Мүсірепов атындағы аудан', ru: 'район имени Габита Мусрепова', en: 'Gabit Musrepov District' },
    esp: {
      kk: '«Ғабит Мүсірепов атындағы ауданның жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ района имени Габита Мусрепова»',
      en: 'Employment and Social Programmes Department of Gabit Musrepov District',
    },
  },
];
