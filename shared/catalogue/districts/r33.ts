import type { District, DistrictSource } from '../district';

// Jetisu Region (область Жетісу), formed 2022 from Almaty Region: cities Taldykorgan and Tekeli and 8
// districts. Settlement codes in nikita-astakhnovich-idf/CsvParser JetisyInsertDB.sql (3340…, 3342…, 3344…,
// 3346…, 3348…) agree with the unit prefixes used here.
// Body names: every esp entry is the standard form, not a verified registration (no gov.kz/adilet page
// naming these bodies was found in the stored corpus). Some regions register them with «акимата …»
// or with extra functions (e.g. «…и регистрации актов гражданского состояния»); check before relying
// on the exact wording. The Russian genitive of city names (e.g. «города Степногорска» vs «города
// Степногорск») is likewise unverified.
export const source: DistrictSource = {
  classifier: 'КАТО unit codes (ABCD00000) as carried by public GitHub files, read through the code index: a post-2022 KATO region/unit list with 4-digit unit prefixes (index file id 31293341146), Aug-2025 per-unit report scripts with KATO prefixes (ids 63366609851, 63391912714) and a boundary script keyed to the 1 Jan 2026 KATO (id 70227440882); code structure checked against the KATO 17.10.2022 CSV in nikita-astakhnovich-idf/CsvParser. The index did not report the repositories of the first four files.',
  bodies: 'Standard form «<unit> жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ / ГУ «Отдел занятости и социальных программ <unit>»; individual registrations not verified (gov.kz / adilet pages on these bodies were not found in the stored corpus).',
  url: ['https://github.com/nikita-astakhnovich-idf/CsvParser/blob/35de3d87968e24c67dcaff04cae4a0dc8a48f261/src/main/resources/KATO_17.10.2022_ru.csv', 'https://github.com/nikita-astakhnovich-idf/CsvParser/blob/335b1dc66ee1343ae24fdea0d81a643cb032e28e/src/main/resources/JetisyInsertDB.sql'],
};

export const districts: readonly District[] = [
  {
    kato: '331000000',
    kind: 'city',
    name: { kk: 'Талдықорған қаласы', ru: 'город Талдыкорган', en: 'Taldykorgan city' },
    esp: { kk: '«Талдықорған қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Талдыкоргана»', en: 'Employment and Social Programmes Department of Taldykorgan city' },
  },
  {
    kato: '331800000',
    kind: 'city',
    name: { kk: 'Текелі қаласы', ru: 'город Текели', en: 'Tekeli city' },
    esp: { kk: '«Текелі қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Текели»', en: 'Employment and Social Programmes Department of Tekeli city' },
  },
  {
    kato: '333200000',
    kind: 'district',
    name: { kk: 'Ақсу ауданы', ru: 'Аксуский район', en: 'Aksu District' },
    esp: { kk: '«Ақсу ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Аксуского района»', en: 'Employment and Social Programmes Department of Aksu District' },
  },
  {
    kato: '333400000',
    kind: 'district',
    name: { kk: 'Алакөл ауданы', ru: 'Алакольский район', en: 'Alakol District' },
    esp: { kk: '«Алакөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Алакольского района»', en: 'Employment and Social Programmes Department of Alakol District' },
  },
  {
    kato: '333600000',
    kind: 'district',
    name: { kk: 'Ескелді ауданы', ru: 'Ескельдинский район', en: 'Eskeldi District' },
    esp: { kk: '«Ескелді ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Ескельдинского района»', en: 'Employment and Social Programmes Department of Eskeldi District' },
  },
  {
    kato: '334000000',
    kind: 'district',
    name: { kk: 'Кербұлақ ауданы', ru: 'Кербулакский район', en: 'Kerbulak District' },
    esp: { kk: '«Кербұлақ ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Кербулакского района»', en: 'Employment and Social Programmes Department of Kerbulak District' },
  },
  {
    kato: '334200000',
    kind: 'district',
    name: { kk: 'Көксу ауданы', ru: 'Коксуский район', en: 'Koksu District' },
    esp: { kk: '«Көксу ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Коксуского района»', en: 'Employment and Social Programmes Department of Koksu District' },
  },
  {
    kato: '334400000',
    kind: 'district',
    name: { kk: 'Қаратал ауданы', ru: 'Каратальский район', en: 'Karatal District' },
    esp: { kk: '«Қаратал ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Каратальского района»', en: 'Employment and Social Programmes Department of Karatal District' },
  },
  {
    kato: '334600000',
    kind: 'district',
    name: { kk: 'Панфилов ауданы', ru: 'Панфиловский район', en: 'Panfilov District' },
    esp: { kk: '«Панфилов ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Панфиловского района»', en: 'Employment and Social Programmes Department of Panfilov District' },
  },
  {
    kato: '334800000',
    kind: 'district',
    name: { kk: 'Сарқан ауданы', ru: 'Саркандский район', en: 'Sarkand District' },
    esp: { kk: '«Сарқан ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Саркандского района»', en: 'Employment and Social Programmes Department of Sarkand District' },
  },
];
