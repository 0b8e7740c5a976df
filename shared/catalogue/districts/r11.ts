import type { District, DistrictSource } from '../district';

// Akmola Region: 3 cities of regional significance (Kokshetau, Kosshy since 2021, Stepnogorsk) and 17
// districts; the Aug-2025 report script lists the same 20 units. Shchuchinsk appears as a separate unit in
// one unrelated app, but in no KATO-derived source read: it is kept inside Burabay District here.
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
    kato: '111000000',
    kind: 'city',
    name: { kk: 'Көкшетау қаласы', ru: 'город Кокшетау', en: 'Kokshetau city' },
    esp: { kk: '«Көкшетау қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Кокшетау»', en: 'Employment and Social Programmes Department of Kokshetau city' },
  },
  {
    kato: '111600000',
    kind: 'city',
    name: { kk: 'Қосшы қаласы', ru: 'город Косшы', en: 'Kosshy city' },
    esp: { kk: '«Қосшы қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Косшы»', en: 'Employment and Social Programmes Department of Kosshy city' },
  },
  {
    kato: '111800000',
    kind: 'city',
    name: { kk: 'Степногорск қаласы', ru: 'город Степногорск', en: 'Stepnogorsk city' },
    esp: { kk: '«Степногорск қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Степногорска»', en: 'Employment and Social Programmes Department of Stepnogorsk city' },
  },
  {
    kato: '113200000',
    kind: 'district',
    name: { kk: 'Ақкөл ауданы', ru: 'Аккольский район', en: 'Akkol District' },
    esp: { kk: '«Ақкөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Аккольского района»', en: 'Employment and Social Programmes Department of Akkol District' },
  },
  {
    kato: '113400000',
    kind: 'district',
    name: { kk: 'Аршалы ауданы', ru: 'Аршалынский район', en: 'Arshaly District' },
    esp: { kk: '«Аршалы ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Аршалынского района»', en: 'Employment and Social Programmes Department of Arshaly District' },
  },
  {
    kato: '113600000',
    kind: 'district',
    name: { kk: 'Астрахан ауданы', ru: 'Астраханский район', en: 'Astrakhan District' },
    esp: { kk: '«Астрахан ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Астраханского района»', en: 'Employment and Social Programmes Department of Astrakhan District' },
  },
  {
    kato: '113800000',
    kind: 'district',
    name: { kk: 'Атбасар ауданы', ru: 'Атбасарский район', en: 'Atbasar District' },
    esp: { kk: '«Атбасар ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Атбасарского района»', en: 'Employment and Social Programmes Department of Atbasar District' },
  },
  {
    kato: '114000000',
    kind: 'district',
    name: { kk: 'Бұланды ауданы', ru: 'Буландынский район', en: 'Bulandy District' },
    esp: { kk: '«Бұланды ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Буландынского района»', en: 'Employment and Social Programmes Department of Bulandy District' },
  },
  {
    kato: '114400000',
    kind: 'district',
    name: { kk: 'Егіндікөл ауданы', ru: 'Егиндыкольский район', en: 'Egindikol District' },
    esp: { kk: '«Егіндікөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Егиндыкольского района»', en: 'Employment and Social Programmes Department of Egindikol District' },
  },
  {
    kato: '114500000',
    kind: 'district',
    name: { kk: 'Біржан сал ауданы', ru: 'район Биржан сал', en: 'Birzhan Sal District' },
    esp: { kk: '«Біржан сал ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ района Биржан сал»', en: 'Employment and Social Programmes Department of Birzhan Sal District' },
  },
  {
    kato: '114600000',
    kind: 'district',
    name: { kk: 'Ерейментау ауданы', ru: 'Ерейментауский район', en: 'Ereymentau District' },
    esp: { kk: '«Ерейментау ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Ерейментауского района»', en: 'Employment and Social Programmes Department of Ereymentau District' },
  },
  {
    kato: '114800000',
    kind: 'district',
    name: { kk: 'Есіл ауданы', ru: 'Есильский район', en: 'Esil District' },
    esp: { kk: '«Есіл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Есильского района»', en: 'Employment and Social Programmes Department of Esil District' },
  },
  {
    kato: '115200000',
    kind: 'district',
    name: { kk: 'Жақсы ауданы', ru: 'Жаксынский район', en: 'Zhaksy District' },
    esp: { kk: '«Жақсы ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Жаксынского района»', en: 'Employment and Social Programmes Department of Zhaksy District' },
  },
  {
    kato: '115400000',
    kind: 'district',
    name: { kk: 'Жарқайың ауданы', ru: 'Жаркаинский район', en: 'Zharkain District' },
    esp: { kk: '«Жарқайың ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Жаркаинского района»', en: 'Employment and Social Programmes Department of Zharkain District' },
  },
  {
    kato: '115600000',
    kind: 'district',
    name: { kk: 'Зеренді ауданы', ru: 'Зерендинский район', en: 'Zerendi District' },
    esp: { kk: '«Зеренді ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Зерендинского района»', en: 'Employment and Social Programmes Department of Zerendi District' },
  },
  {
    kato: '116000000',
    kind: 'district',
    name: { kk: 'Қорғалжын ауданы', ru: 'Коргалжынский район', en: 'Korgalzhyn District' },
    esp: { kk: '«Қорғалжын ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Коргалжынского района»', en: 'Employment and Social Programmes Department of Korgalzhyn District' },
  },
  {
    kato: '116400000',
    kind: 'district',
    name: { kk: 'Сандықтау ауданы', ru: 'Сандыктауский район', en: 'Sandyktau District' },
    esp: { kk: '«Сандықтау ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Сандыктауского района»', en: 'Employment and Social Programmes Department of Sandyktau District' },
  },
  {
    kato: '116600000',
    kind: 'district',
    name: { kk: 'Целиноград ауданы', ru: 'Целиноградский район', en: 'Tselinograd District' },
    esp: { kk: '«Целиноград ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Целиноградского района»', en: 'Employment and Social Programmes Department of Tselinograd District' },
  },
  {
    kato: '116800000',
    kind: 'district',
    name: { kk: 'Шортанды ауданы', ru: 'Шортандинский район', en: 'Shortandy District' },
    esp: { kk: '«Шортанды ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Шортандинского района»', en: 'Employment and Social Programmes Department of Shortandy District' },
  },
  {
    kato: '117000000',
    kind: 'district',
    name: { kk: 'Бурабай ауданы', ru: 'Бурабайский район', en: 'Burabay District' },
    esp: { kk: '«Бурабай ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Бурабайского района»', en: 'Employment and Social Programmes Department of Burabay District' },
  },
];
