import type { District, DistrictSource } from '../district';

// Karaganda Region after the 2022 split-off of Ulytau (Zhezkazgan, Satpaev, Karazhal, Zhanaarka and
// Ulytau districts moved to region 62): 6 cities of regional significance and 7 districts. Priozersk's
// prefix 3521 is odd-numbered but is what the KATO list gives.
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
    kato: '351000000',
    kind: 'city',
    name: { kk: 'Қарағанды қаласы', ru: 'город Караганда', en: 'Karaganda city' },
    esp: { kk: '«Қарағанды қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Караганды»', en: 'Employment and Social Programmes Department of Karaganda city' },
  },
  {
    kato: '351600000',
    kind: 'city',
    name: { kk: 'Балқаш қаласы', ru: 'город Балхаш', en: 'Balkhash city' },
    esp: { kk: '«Балқаш қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Балхаша»', en: 'Employment and Social Programmes Department of Balkhash city' },
  },
  {
    kato: '352100000',
    kind: 'city',
    name: { kk: 'Приозерск қаласы', ru: 'город Приозерск', en: 'Priozersk city' },
    esp: { kk: '«Приозерск қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Приозерска»', en: 'Employment and Social Programmes Department of Priozersk city' },
  },
  {
    kato: '352200000',
    kind: 'city',
    name: { kk: 'Саран қаласы', ru: 'город Сарань', en: 'Saran city' },
    esp: { kk: '«Саран қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Сарани»', en: 'Employment and Social Programmes Department of Saran city' },
  },
  {
    kato: '352400000',
    kind: 'city',
    name: { kk: 'Теміртау қаласы', ru: 'город Темиртау', en: 'Temirtau city' },
    esp: { kk: '«Теміртау қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Темиртау»', en: 'Employment and Social Programmes Department of Temirtau city' },
  },
  {
    kato: '352800000',
    kind: 'city',
    name: { kk: 'Шахтинск қаласы', ru: 'город Шахтинск', en: 'Shakhtinsk city' },
    esp: { kk: '«Шахтинск қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Шахтинска»', en: 'Employment and Social Programmes Department of Shakhtinsk city' },
  },
  {
    kato: '353200000',
    kind: 'district',
    name: { kk: 'Абай ауданы', ru: 'Абайский район', en: 'Abai District' },
    esp: { kk: '«Абай ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Абайского района»', en: 'Employment and Social Programmes Department of Abai District' },
  },
  {
    kato: '353600000',
    kind: 'district',
    name: { kk: 'Ақтоғай ауданы', ru: 'Актогайский район', en: 'Aktogay District' },
    esp: { kk: '«Ақтоғай ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Актогайского района»', en: 'Employment and Social Programmes Department of Aktogay District' },
  },
  {
    kato: '354000000',
    kind: 'district',
    name: { kk: 'Бұқар жырау ауданы', ru: 'Бухар-Жырауский район', en: 'Bukhar-Zhyrau District' },
    esp: { kk: '«Бұқар жырау ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Бухар-Жырауского района»', en: 'Employment and Social Programmes Department of Bukhar-Zhyrau District' },
  },
  {
    kato: '354800000',
    kind: 'district',
    name: { kk: 'Қарқаралы ауданы', ru: 'Каркаралинский район', en: 'Karkaraly District' },
    esp: { kk: '«Қарқаралы ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Каркаралинского района»', en: 'Employment and Social Programmes Department of Karkaraly District' },
  },
  {
    kato: '355200000',
    kind: 'district',
    name: { kk: 'Нұра ауданы', ru: 'Нуринский район', en: 'Nura District' },
    esp: { kk: '«Нұра ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Нуринского района»', en: 'Employment and Social Programmes Department of Nura District' },
  },
  {
    kato: '355600000',
    kind: 'district',
    name: { kk: 'Осакаров ауданы', ru: 'Осакаровский район', en: 'Osakarov District' },
    esp: { kk: '«Осакаров ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Осакаровского района»', en: 'Employment and Social Programmes Department of Osakarov District' },
  },
  {
    kato: '356400000',
    kind: 'district',
    name: { kk: 'Шет ауданы', ru: 'Шетский район', en: 'Shet District' },
    esp: { kk: '«Шет ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Шетского района»', en: 'Employment and Social Programmes Department of Shet District' },
  },
];
