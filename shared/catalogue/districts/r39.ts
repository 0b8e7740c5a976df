import type { District, DistrictSource } from '../district';

// Kostanay Region: 4 cities of regional significance and 16 districts; Beimbet Mailin District is the
// former Taran (Тарановский) District.
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
    kato: '391000000',
    kind: 'city',
    name: { kk: 'Қостанай қаласы', ru: 'город Костанай', en: 'Kostanay city' },
    esp: { kk: '«Қостанай қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Костаная»', en: 'Employment and Social Programmes Department of Kostanay city' },
  },
  {
    kato: '391600000',
    kind: 'city',
    name: { kk: 'Арқалық қаласы', ru: 'город Аркалык', en: 'Arkalyk city' },
    esp: { kk: '«Арқалық қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Аркалыка»', en: 'Employment and Social Programmes Department of Arkalyk city' },
  },
  {
    kato: '392000000',
    kind: 'city',
    name: { kk: 'Лисаков қаласы', ru: 'город Лисаковск', en: 'Lisakovsk city' },
    esp: { kk: '«Лисаков қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Лисаковска»', en: 'Employment and Social Programmes Department of Lisakovsk city' },
  },
  {
    kato: '392400000',
    kind: 'city',
    name: { kk: 'Рудный қаласы', ru: 'город Рудный', en: 'Rudny city' },
    esp: { kk: '«Рудный қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Рудного»', en: 'Employment and Social Programmes Department of Rudny city' },
  },
  {
    kato: '393200000',
    kind: 'district',
    name: { kk: 'Алтынсарин ауданы', ru: 'Алтынсаринский район', en: 'Altynsarin District' },
    esp: { kk: '«Алтынсарин ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Алтынсаринского района»', en: 'Employment and Social Programmes Department of Altynsarin District' },
  },
  {
    kato: '393400000',
    kind: 'district',
    name: { kk: 'Амангелді ауданы', ru: 'Амангельдинский район', en: 'Amangeldi District' },
    esp: { kk: '«Амангелді ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Амангельдинского района»', en: 'Employment and Social Programmes Department of Amangeldi District' },
  },
  {
    kato: '393600000',
    kind: 'district',
    name: { kk: 'Әулиекөл ауданы', ru: 'Аулиекольский район', en: 'Auliekol District' },
    esp: { kk: '«Әулиекөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Аулиекольского района»', en: 'Employment and Social Programmes Department of Auliekol District' },
  },
  {
    kato: '394000000',
    kind: 'district',
    name: { kk: 'Денисов ауданы', ru: 'Денисовский район', en: 'Denisov District' },
    esp: { kk: '«Денисов ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Денисовского района»', en: 'Employment and Social Programmes Department of Denisov District' },
  },
  {
    kato: '394200000',
    kind: 'district',
    name: { kk: 'Жангелді ауданы', ru: 'Жангельдинский район', en: 'Zhangeldi District' },
    esp: { kk: '«Жангелді ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Жангельдинского района»', en: 'Employment and Social Programmes Department of Zhangeldi District' },
  },
  {
    kato: '394400000',
    kind: 'district',
    name: { kk: 'Жітіқара ауданы', ru: 'Житикаринский район', en: 'Zhitikara District' },
    esp: { kk: '«Жітіқара ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Житикаринского района»', en: 'Employment and Social Programmes Department of Zhitikara District' },
  },
  {
    kato: '394800000',
    kind: 'district',
    name: { kk: 'Қамысты ауданы', ru: 'Камыстинский район', en: 'Kamysty District' },
    esp: { kk: '«Қамысты ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Камыстинского района»', en: 'Employment and Social Programmes Department of Kamysty District' },
  },
  {
    kato: '395000000',
    kind: 'district',
    name: { kk: 'Қарабалық ауданы', ru: 'Карабалыкский район', en: 'Karabalyk District' },
    esp: { kk: '«Қарабалық ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Карабалыкского района»', en: 'Employment and Social Programmes Department of Karabalyk District' },
  },
  {
    kato: '395200000',
    kind: 'district',
    name: { kk: 'Қарасу ауданы', ru: 'Карасуский район', en: 'Karasu District' },
    esp: { kk: '«Қарасу ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Карасуского района»', en: 'Employment and Social Programmes Department of Karasu District' },
  },
  {
    kato: '395400000',
    kind: 'district',
    name: { kk: 'Қостанай ауданы', ru: 'Костанайский район', en: 'Kostanay District' },
    esp: { kk: '«Қостанай ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Костанайского района»', en: 'Employment and Social Programmes Department of Kostanay District' },
  },
  {
    kato: '395600000',
    kind: 'district',
    name: { kk: 'Меңдіқара ауданы', ru: 'Мендыкаринский район', en: 'Mendykara District' },
    esp: { kk: '«Меңдіқара ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Мендыкаринского района»', en: 'Employment and Social Programmes Department of Mendykara District' },
  },
  {
    kato: '395800000',
    kind: 'district',
    name: { kk: 'Наурызым ауданы', ru: 'Наурзумский район', en: 'Naurzum District' },
    esp: { kk: '«Наурызым ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Наурзумского района»', en: 'Employment and Social Programmes Department of Naurzum District' },
  },
  {
    kato: '396200000',
    kind: 'district',
    name: { kk: 'Сарыкөл ауданы', ru: 'Сарыкольский район', en: 'Sarykol District' },
    esp: { kk: '«Сарыкөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Сарыкольского района»', en: 'Employment and Social Programmes Department of Sarykol District' },
  },
  {
    kato: '396400000',
    kind: 'district',
    name: { kk: 'Бейімбет Майлин ауданы', ru: 'район Беимбета Майлина', en: 'Beimbet Mailin District' },
    esp: { kk: '«Бейімбет Майлин ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ района Беимбета Майлина»', en: 'Employment and Social Programmes Department of Beimbet Mailin District' },
  },
  {
    kato: '396600000',
    kind: 'district',
    name: { kk: 'Ұзынкөл ауданы', ru: 'Узункольский район', en: 'Uzunkol District' },
    esp: { kk: '«Ұзынкөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Узункольского района»', en: 'Employment and Social Programmes Department of Uzunkol District' },
  },
  {
    kato: '396800000',
    kind: 'district',
    name: { kk: 'Федоров ауданы', ru: 'Федоровский район', en: 'Fedorov District' },
    esp: { kk: '«Федоров ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Федоровского района»', en: 'Employment and Social Programmes Department of Fedorov District' },
  },
];
