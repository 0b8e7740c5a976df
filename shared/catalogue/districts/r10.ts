import type { District, DistrictSource } from '../district';

// Abai Region (область Абай), formed 2022 from East Kazakhstan. 12 units as of the 1 Jan 2026 KATO.
// Codes 101000000 (Semey), 101800000 (Kurchatov), 1032-1046 from the post-2022 KATO list; Zhanasemey
// (104100000) and Makanshy (104500000), districts created in 2022 and absent from that list, come only
// from the 2026 boundary script: treat these two as less certain.
// Russian body names follow a public application form listing the region's 12 departments (GitHub index
// file id 13704135829: «…города Семей», «…района Ақсуат», «…района Мақаншы», «…района Жаңасемей», etc.);
// Kazakh names are the standard form, not verified.
export const source: DistrictSource = {
  classifier: 'КАТО unit codes (ABCD00000) as carried by public GitHub files, read through the code index: a post-2022 KATO region/unit list with 4-digit unit prefixes (index file id 31293341146), Aug-2025 per-unit report scripts with KATO prefixes (ids 63366609851, 63391912714) and a boundary script keyed to the 1 Jan 2026 KATO (id 70227440882); code structure checked against the KATO 17.10.2022 CSV in nikita-astakhnovich-idf/CsvParser. The index did not report the repositories of the first four files.',
  bodies: 'Russian names: a public web form listing the 12 departments of Abai Region (GitHub index file id 13704135829, repository not reported). Kazakh names: standard form, unverified.',
  url: ['https://github.com/nikita-astakhnovich-idf/CsvParser/blob/35de3d87968e24c67dcaff04cae4a0dc8a48f261/src/main/resources/KATO_17.10.2022_ru.csv'],
};

export const districts: readonly District[] = [
  {
    kato: '101000000',
    kind: 'city',
    name: { kk: 'Семей қаласы', ru: 'город Семей', en: 'Semey city' },
    esp: { kk: '«Семей қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Семей»', en: 'Employment and Social Programmes Department of Semey city' },
  },
  {
    kato: '101800000',
    kind: 'city',
    name: { kk: 'Курчатов қаласы', ru: 'город Курчатов', en: 'Kurchatov city' },
    esp: { kk: '«Курчатов қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Курчатов»', en: 'Employment and Social Programmes Department of Kurchatov city' },
  },
  {
    kato: '103200000',
    kind: 'district',
    name: { kk: 'Абай ауданы', ru: 'Абайский район', en: 'Abai District' },
    esp: { kk: '«Абай ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Абайского района»', en: 'Employment and Social Programmes Department of Abai District' },
  },
  {
    kato: '103400000',
    kind: 'district',
    name: { kk: 'Ақсуат ауданы', ru: 'район Ақсуат', en: 'Aksuat District' },
    esp: { kk: '«Ақсуат ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ района Ақсуат»', en: 'Employment and Social Programmes Department of Aksuat District' },
  },
  {
    kato: '103600000',
    kind: 'district',
    name: { kk: 'Аягөз ауданы', ru: 'Аягозский район', en: 'Ayagoz District' },
    esp: { kk: '«Аягөз ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Аягозского района»', en: 'Employment and Social Programmes Department of Ayagoz District' },
  },
  {
    kato: '103800000',
    kind: 'district',
    name: { kk: 'Бесқарағай ауданы', ru: 'Бескарагайский район', en: 'Beskaragay District' },
    esp: { kk: '«Бесқарағай ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Бескарагайского района»', en: 'Employment and Social Programmes Department of Beskaragay District' },
  },
  {
    kato: '104000000',
    kind: 'district',
    name: { kk: 'Бородулиха ауданы', ru: 'Бородулихинский район', en: 'Borodulikha District' },
    esp: { kk: '«Бородулиха ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Бородулихинского района»', en: 'Employment and Social Programmes Department of Borodulikha District' },
  },
  {
    kato: '104100000',
    kind: 'district',
    name: { kk: 'Жаңасемей ауданы', ru: 'район Жаңасемей', en: 'Zhanasemey District' },
    esp: { kk: '«Жаңасемей ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ района Жаңасемей»', en: 'Employment and Social Programmes Department of Zhanasemey District' },
  },
  {
    kato: '104200000',
    kind: 'district',
    name: { kk: 'Жарма ауданы', ru: 'Жарминский район', en: 'Zharma District' },
    esp: { kk: '«Жарма ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Жарминского района»', en: 'Employment and Social Programmes Department of Zharma District' },
  },
  {
    kato: '104400000',
    kind: 'district',
    name: { kk: 'Көкпекті ауданы', ru: 'Кокпектинский район', en: 'Kokpekty District' },
    esp: { kk: '«Көкпекті ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Кокпектинского района»', en: 'Employment and Social Programmes Department of Kokpekty District' },
  },
  {
    kato: '104500000',
    kind: 'district',
    name: { kk: 'Мақаншы ауданы', ru: 'район Мақаншы', en: 'Makanshy District' },
    esp: { kk: '«Мақаншы ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ района Мақаншы»', en: 'Employment and Social Programmes Department of Makanshy District' },
  },
  {
    kato: '104600000',
    kind: 'district',
    name: { kk: 'Үржар ауданы', ru: 'Урджарский район', en: 'Urzhar District' },
    esp: { kk: '«Үржар ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Урджарского района»', en: 'Employment and Social Programmes Department of Urzhar District' },
  },
];
