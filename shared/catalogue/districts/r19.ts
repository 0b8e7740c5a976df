import type { District, DistrictSource } from '../district';

// Almaty Region (after the 2022 split-off of Jetisu): cities Konaev and Alatau (created 2024 from Ili
// District) and 9 districts. Doubtful: Konaev is 191000000 in the post-2022 KATO list and the 1 Jan 2026
// boundary script, but 1916… in an Aug-2025 report script (probably the older Kapshagay code); 191000000 kept.
// Alatau 191800000 is given by the 2026 script and the Aug-2025 script (1918…).
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
    kato: '191000000',
    kind: 'city',
    name: { kk: 'Қонаев қаласы', ru: 'город Конаев', en: 'Konaev city' },
    esp: { kk: '«Қонаев қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Конаева»', en: 'Employment and Social Programmes Department of Konaev city' },
  },
  {
    kato: '191800000',
    kind: 'city',
    name: { kk: 'Алатау қаласы', ru: 'город Алатау', en: 'Alatau city' },
    esp: { kk: '«Алатау қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ города Алатау»', en: 'Employment and Social Programmes Department of Alatau city' },
  },
  {
    kato: '193600000',
    kind: 'district',
    name: { kk: 'Балқаш ауданы', ru: 'Балхашский район', en: 'Balkhash District' },
    esp: { kk: '«Балқаш ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Балхашского района»', en: 'Employment and Social Programmes Department of Balkhash District' },
  },
  {
    kato: '194000000',
    kind: 'district',
    name: { kk: 'Еңбекшіқазақ ауданы', ru: 'Енбекшиказахский район', en: 'Enbekshikazakh District' },
    esp: { kk: '«Еңбекшіқазақ ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Енбекшиказахского района»', en: 'Employment and Social Programmes Department of Enbekshikazakh District' },
  },
  {
    kato: '194200000',
    kind: 'district',
    name: { kk: 'Жамбыл ауданы', ru: 'Жамбылский район', en: 'Zhambyl District' },
    esp: { kk: '«Жамбыл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Жамбылского района»', en: 'Employment and Social Programmes Department of Zhambyl District' },
  },
  {
    kato: '194400000',
    kind: 'district',
    name: { kk: 'Кеген ауданы', ru: 'Кегенский район', en: 'Kegen District' },
    esp: { kk: '«Кеген ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Кегенского района»', en: 'Employment and Social Programmes Department of Kegen District' },
  },
  {
    kato: '195200000',
    kind: 'district',
    name: { kk: 'Қарасай ауданы', ru: 'Карасайский район', en: 'Karasai District' },
    esp: { kk: '«Қарасай ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Карасайского района»', en: 'Employment and Social Programmes Department of Karasai District' },
  },
  {
    kato: '195800000',
    kind: 'district',
    name: { kk: 'Райымбек ауданы', ru: 'Райымбекский район', en: 'Raiymbek District' },
    esp: { kk: '«Райымбек ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Райымбекского района»', en: 'Employment and Social Programmes Department of Raiymbek District' },
  },
  {
    kato: '196200000',
    kind: 'district',
    name: { kk: 'Талғар ауданы', ru: 'Талгарский район', en: 'Talgar District' },
    esp: { kk: '«Талғар ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Талгарского района»', en: 'Employment and Social Programmes Department of Talgar District' },
  },
  {
    kato: '196600000',
    kind: 'district',
    name: { kk: 'Ұйғыр ауданы', ru: 'Уйгурский район', en: 'Uigur District' },
    esp: { kk: '«Ұйғыр ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Уйгурского района»', en: 'Employment and Social Programmes Department of Uigur District' },
  },
  {
    kato: '196800000',
    kind: 'district',
    name: { kk: 'Іле ауданы', ru: 'Илийский район', en: 'Ile District' },
    esp: { kk: '«Іле ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ', ru: 'ГУ «Отдел занятости и социальных программ Илийского района»', en: 'Employment and Social Programmes Department of Ile District' },
  },
];
