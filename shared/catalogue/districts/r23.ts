import type { District, DistrictSource } from '../district';

// Atyrau Region: Atyrau city and 7 districts. КАТО spells Kyzylkoga District «Кзылкогинский район»;
// the usual Russian form «Кызылкогинский» is used in the names here.
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
    kato: '231000000',
    kind: 'city',
    name: { kk: 'Атырау қаласы', ru: 'город Атырау', en: 'Atyrau city' },
    esp: { kk: '«Атырау қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Атырау»', en: 'Employment and Social Programmes Department of Atyrau city' },
  },
  {
    kato: '233600000',
    kind: 'district',
    name: { kk: 'Жылыой ауданы', ru: 'Жылыойский район', en: 'Zhylyoi District' },
    esp: { kk: '«Жылыой ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Жылыойского района»', en: 'Employment and Social Programmes Department of Zhylyoi District' },
  },
  {
    kato: '234000000',
    kind: 'district',
    name: { kk: 'Индер ауданы', ru: 'Индерский район', en: 'Inder District' },
    esp: { kk: '«Индер ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Индерского района»', en: 'Employment and Social Programmes Department of Inder District' },
  },
  {
    kato: '234200000',
    kind: 'district',
    name: { kk: 'Исатай ауданы', ru: 'Исатайский район', en: 'Isatai District' },
    esp: { kk: '«Исатай ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Исатайского района»', en: 'Employment and Social Programmes Department of Isatai District' },
  },
  {
    kato: '234600000',
    kind: 'district',
    name: { kk: 'Құрманғазы ауданы', ru: 'Курмангазинский район', en: 'Kurmangazy District' },
    esp: { kk: '«Құрманғазы ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Курмангазинского района»', en: 'Employment and Social Programmes Department of Kurmangazy District' },
  },
  {
    kato: '234800000',
    kind: 'district',
    name: { kk: 'Қызылқоға ауданы', ru: 'Кызылкогинский район', en: 'Kyzylkoga District' },
    esp: { kk: '«Қызылқоға ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Кызылкогинского района»', en: 'Employment and Social Programmes Department of Kyzylkoga District' },
  },
  {
    kato: '235200000',
    kind: 'district',
    name: { kk: 'Мақат ауданы', ru: 'Макатский район', en: 'Makat District' },
    esp: { kk: '«Мақат ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Макатского района»', en: 'Employment and Social Programmes Department of Makat District' },
  },
  {
    kato: '235600000',
    kind: 'district',
    name: { kk: 'Махамбет ауданы', ru: 'Махамбетский район', en: 'Makhambet District' },
    esp: { kk: '«Махамбет ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Махамбетского района»', en: 'Employment and Social Programmes Department of Makhambet District' },
  },
];
