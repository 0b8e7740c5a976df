import type { District, DistrictSource } from '../district';

// West Kazakhstan Region: Oral (Uralsk) city and 12 districts; Baiterek District is the former
// Zelenov District (renamed 2019).
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
    kato: '271000000',
    kind: 'city',
    name: { kk: 'Орал қаласы', ru: 'город Уральск', en: 'Oral (Uralsk) city' },
    esp: { kk: '«Орал қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Уральска»', en: 'Employment and Social Programmes Department of Oral (Uralsk) city' },
  },
  {
    kato: '273200000',
    kind: 'district',
    name: { kk: 'Ақжайық ауданы', ru: 'Акжаикский район', en: 'Akzhaik District' },
    esp: { kk: '«Ақжайық ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Акжаикского района»', en: 'Employment and Social Programmes Department of Akzhaik District' },
  },
  {
    kato: '273600000',
    kind: 'district',
    name: { kk: 'Бөрлі ауданы', ru: 'Бурлинский район', en: 'Burli District' },
    esp: { kk: '«Бөрлі ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Бурлинского района»', en: 'Employment and Social Programmes Department of Burli District' },
  },
  {
    kato: '274000000',
    kind: 'district',
    name: { kk: 'Жаңақала ауданы', ru: 'Жангалинский район', en: 'Zhangala District' },
    esp: { kk: '«Жаңақала ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Жангалинского района»', en: 'Employment and Social Programmes Department of Zhangala District' },
  },
  {
    kato: '274200000',
    kind: 'district',
    name: { kk: 'Жәнібек ауданы', ru: 'Жанибекский район', en: 'Zhanibek District' },
    esp: { kk: '«Жәнібек ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Жанибекского района»', en: 'Employment and Social Programmes Department of Zhanibek District' },
  },
  {
    kato: '274400000',
    kind: 'district',
    name: { kk: 'Бәйтерек ауданы', ru: 'район Бәйтерек', en: 'Baiterek District' },
    esp: { kk: '«Бәйтерек ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ района Бәйтерек»', en: 'Employment and Social Programmes Department of Baiterek District' },
  },
  {
    kato: '274800000',
    kind: 'district',
    name: { kk: 'Казталов ауданы', ru: 'Казталовский район', en: 'Kaztalov District' },
    esp: { kk: '«Казталов ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Казталовского района»', en: 'Employment and Social Programmes Department of Kaztalov District' },
  },
  {
    kato: '275000000',
    kind: 'district',
    name: { kk: 'Қаратөбе ауданы', ru: 'Каратобинский район', en: 'Karatobe District' },
    esp: { kk: '«Қаратөбе ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Каратобинского района»', en: 'Employment and Social Programmes Department of Karatobe District' },
  },
  {
    kato: '275400000',
    kind: 'district',
    name: { kk: 'Бөкей ордасы ауданы', ru: 'Бокейординский район', en: 'Bokey Orda District' },
    esp: { kk: '«Бөкей ордасы ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Бокейординского района»', en: 'Employment and Social Programmes Department of Bokey Orda District' },
  },
  {
    kato: '275800000',
    kind: 'district',
    name: { kk: 'Сырым ауданы', ru: 'Сырымский район', en: 'Syrym District' },
    esp: { kk: '«Сырым ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Сырымского района»', en: 'Employment and Social Programmes Department of Syrym District' },
  },
  {
    kato: '276000000',
    kind: 'district',
    name: { kk: 'Тасқала ауданы', ru: 'Таскалинский район', en: 'Taskala District' },
    esp: { kk: '«Тасқала ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Таскалинского района»', en: 'Employment and Social Programmes Department of Taskala District' },
  },
  {
    kato: '276200000',
    kind: 'district',
    name: { kk: 'Теректі ауданы', ru: 'Теректинский район', en: 'Terekti District' },
    esp: { kk: '«Теректі ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Теректинского района»', en: 'Employment and Social Programmes Department of Terekti District' },
  },
  {
    kato: '276600000',
    kind: 'district',
    name: { kk: 'Шыңғырлау ауданы', ru: 'Чингирлауский район', en: 'Shyngyrlau District' },
    esp: { kk: '«Шыңғырлау ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Чингирлауского района»', en: 'Employment and Social Programmes Department of Shyngyrlau District' },
  },
];
