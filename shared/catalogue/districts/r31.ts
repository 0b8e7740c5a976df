import type { District, DistrictSource } from '../district';

// Zhambyl Region: Taraz city and 10 districts.
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
    kato: '311000000',
    kind: 'city',
    name: { kk: 'Тараз қаласы', ru: 'город Тараз', en: 'Taraz city' },
    esp: { kk: '«Тараз қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Тараза»', en: 'Employment and Social Programmes Department of Taraz city' },
  },
  {
    kato: '313600000',
    kind: 'district',
    name: { kk: 'Байзақ ауданы', ru: 'Байзакский район', en: 'Baizak District' },
    esp: { kk: '«Байзақ ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Байзакского района»', en: 'Employment and Social Programmes Department of Baizak District' },
  },
  {
    kato: '314000000',
    kind: 'district',
    name: { kk: 'Жамбыл ауданы', ru: 'Жамбылский район', en: 'Zhambyl District' },
    esp: { kk: '«Жамбыл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Жамбылского района»', en: 'Employment and Social Programmes Department of Zhambyl District' },
  },
  {
    kato: '314200000',
    kind: 'district',
    name: { kk: 'Жуалы ауданы', ru: 'Жуалынский район', en: 'Zhualy District' },
    esp: { kk: '«Жуалы ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Жуалынского района»', en: 'Employment and Social Programmes Department of Zhualy District' },
  },
  {
    kato: '314800000',
    kind: 'district',
    name: { kk: 'Қордай ауданы', ru: 'Кордайский район', en: 'Korday District' },
    esp: { kk: '«Қордай ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Кордайского района»', en: 'Employment and Social Programmes Department of Korday District' },
  },
  {
    kato: '315000000',
    kind: 'district',
    name: { kk: 'Тұрар Рысқұлов ауданы', ru: 'район Турара Рыскулова', en: 'Turar Ryskulov District' },
    esp: { kk: '«Тұрар Рысқұлов ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ района Турара Рыскулова»', en: 'Employment and Social Programmes Department of Turar Ryskulov District' },
  },
  {
    kato: '315400000',
    kind: 'district',
    name: { kk: 'Меркі ауданы', ru: 'Меркенский район', en: 'Merki District' },
    esp: { kk: '«Меркі ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Меркенского района»', en: 'Employment and Social Programmes Department of Merki District' },
  },
  {
    kato: '315600000',
    kind: 'district',
    name: { kk: 'Мойынқұм ауданы', ru: 'Мойынкумский район', en: 'Moiynkum District' },
    esp: { kk: '«Мойынқұм ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Мойынкумского района»', en: 'Employment and Social Programmes Department of Moiynkum District' },
  },
  {
    kato: '316000000',
    kind: 'district',
    name: { kk: 'Сарысу ауданы', ru: 'Сарысуский район', en: 'Sarysu District' },
    esp: { kk: '«Сарысу ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Сарысуского района»', en: 'Employment and Social Programmes Department of Sarysu District' },
  },
  {
    kato: '316200000',
    kind: 'district',
    name: { kk: 'Талас ауданы', ru: 'Таласский район', en: 'Talas District' },
    esp: { kk: '«Талас ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Таласского района»', en: 'Employment and Social Programmes Department of Talas District' },
  },
  {
    kato: '316600000',
    kind: 'district',
    name: { kk: 'Шу ауданы', ru: 'Шуский район', en: 'Shu District' },
    esp: { kk: '«Шу ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Шуского района»', en: 'Employment and Social Programmes Department of Shu District' },
  },
];
