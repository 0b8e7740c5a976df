import type { District, DistrictSource } from '../district';

// Aktobe Region: Aktobe city and 12 districts. Aktobe city has two city districts (Алматы, Астана);
// one public register list marks a plain «Актобе г.а.» entry as obsolete next to them, so the city-level
// code 151000000 may have been superseded: verify against the current КАТО.
// Body names: every esp entry is the standard form, not a verified registration (no gov.kz/adilet page
// naming these bodies was found in the stored corpus). Some regions register them with «акимата …»
// or with extra functions (e.g. «…и регистрации актов гражданского состояния»); check before relying
// on the exact wording. The Russian genitive of city names (e.g. «города Степногорска» vs «города
// Степногорск») is likewise unverified.
export const source: DistrictSource = {
  classifier: 'КАТО unit codes (ABCD00000) as carried by public GitHub files, read through the code index: a post-2022 KATO region/unit list with 4-digit unit prefixes (index file id 31293341146), Aug-2025 per-unit report scripts with KATO prefixes (ids 63366609851, 63391912714) and a boundary script keyed to the 1 Jan 2026 KATO (id 70227440882); code structure checked against the KATO 17.10.2022 CSV in nikita-astakhnovich-idf/CsvParser. The index did not report the repositories of the first four files.',
  bodies: 'Standard form «<unit> жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ / ГУ «Отдел занятости и социальных программ <unit>»; individual registrations not verified (gov.kz / adilet pages on these bodies were not found in the stored corpus).',
  url: ['https://github.com/nikita-astakhnovich-idf/CsvParser/blob/35de3d87968e24c67dcaff04cae4a0dc8a48f261/src/main/resources/KATO_17.10.2022_ru.csv'],
};

export const districts: readonly District[] = [
  {
    kato: '151000000',
    kind: 'city',
    name: { kk: 'Ақтөбе қаласы', ru: 'город Актобе', en: 'Aktobe city' },
    esp: { kk: '«Ақтөбе қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Актобе»', en: 'Employment and Social Programmes Department of Aktobe city' },
  },
  {
    kato: '153200000',
    kind: 'district',
    name: { kk: 'Алға ауданы', ru: 'Алгинский район', en: 'Alga District' },
    esp: { kk: '«Алға ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Алгинского района»', en: 'Employment and Social Programmes Department of Alga District' },
  },
  {
    kato: '153400000',
    kind: 'district',
    name: { kk: 'Әйтеке би ауданы', ru: 'Айтекебийский район', en: 'Aiteke Bi District' },
    esp: { kk: '«Әйтеке би ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Айтекебийского района»', en: 'Employment and Social Programmes Department of Aiteke Bi District' },
  },
  {
    kato: '153600000',
    kind: 'district',
    name: { kk: 'Байғанин ауданы', ru: 'Байганинский район', en: 'Baiganin District' },
    esp: { kk: '«Байғанин ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Байганинского района»', en: 'Employment and Social Programmes Department of Baiganin District' },
  },
  {
    kato: '154000000',
    kind: 'district',
    name: { kk: 'Қарғалы ауданы', ru: 'Каргалинский район', en: 'Kargaly District' },
    esp: { kk: '«Қарғалы ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Каргалинского района»', en: 'Employment and Social Programmes Department of Kargaly District' },
  },
  {
    kato: '154200000',
    kind: 'district',
    name: { kk: 'Қобда ауданы', ru: 'Хобдинский район', en: 'Kobda District' },
    esp: { kk: '«Қобда ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Хобдинского района»', en: 'Employment and Social Programmes Department of Kobda District' },
  },
  {
    kato: '154600000',
    kind: 'district',
    name: { kk: 'Мәртөк ауданы', ru: 'Мартукский район', en: 'Martuk District' },
    esp: { kk: '«Мәртөк ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Мартукского района»', en: 'Employment and Social Programmes Department of Martuk District' },
  },
  {
    kato: '154800000',
    kind: 'district',
    name: { kk: 'Мұғалжар ауданы', ru: 'Мугалжарский район', en: 'Mugalzhar District' },
    esp: { kk: '«Мұғалжар ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Мугалжарского района»', en: 'Employment and Social Programmes Department of Mugalzhar District' },
  },
  {
    kato: '155200000',
    kind: 'district',
    name: { kk: 'Ойыл ауданы', ru: 'Уилский район', en: 'Oiyl District' },
    esp: { kk: '«Ойыл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Уилского района»', en: 'Employment and Social Programmes Department of Oiyl District' },
  },
  {
    kato: '155600000',
    kind: 'district',
    name: { kk: 'Темір ауданы', ru: 'Темирский район', en: 'Temir District' },
    esp: { kk: '«Темір ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Темирского района»', en: 'Employment and Social Programmes Department of Temir District' },
  },
  {
    kato: '156000000',
    kind: 'district',
    name: { kk: 'Хромтау ауданы', ru: 'Хромтауский район', en: 'Khromtau District' },
    esp: { kk: '«Хромтау ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Хромтауского района»', en: 'Employment and Social Programmes Department of Khromtau District' },
  },
  {
    kato: '156400000',
    kind: 'district',
    name: { kk: 'Шалқар ауданы', ru: 'Шалкарский район', en: 'Shalkar District' },
    esp: { kk: '«Шалқар ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Шалкарского района»', en: 'Employment and Social Programmes Department of Shalkar District' },
  },
  {
    kato: '156800000',
    kind: 'district',
    name: { kk: 'Ырғыз ауданы', ru: 'Иргизский район', en: 'Irgiz District' },
    esp: { kk: '«Ырғыз ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Иргизского района»', en: 'Employment and Social Programmes Department of Irgiz District' },
  },
];
