import type { District, DistrictSource } from '../district';

// Turkistan Region: the cities Turkistan, Arys and Kentau and 14 districts (Sauran formed 2021 from
// Kentau's rural okrugs; Zhetisai and Keles split from Maktaaral and Saryagash in 2018). Shymkent
// is a city of republican significance (79) and is not part of it.
// A city of regional significance is given by its city administration (Г.А.) code XX YY 00000, the
// level-2 unit of KATO that also holds the villages under the city; the city itself is XX YY 10000.
// Every address code under the unit starts with the same four digits.
// Russian names follow KATO: «район Байдибека», «район Сауран», «Жетисайский район», «город Арысь»
// (other sources write «Байдибекский», «Жетысайский», «Арыс»).
// All body names are the standard form (none found registered): see source.bodies.
export const source: DistrictSource = {
  classifier: 'КАТО (НК РК 11-2025). Level-2 prefixes: an unidentified public GitHub script listing every region\'s level-2 units as 4-digit prefixes with their KATO names (search index file id 31293341146, 2022-2023 state: Ulytau, Abai and Jetisu already split off), checked against cihancacan/medsestra-kz lib/ambulance-locations.generated.ts ("Generated from KATO NK RK 11-2025, updated 17 July 2026"), whose city and town codes fall under the same prefixes; 9-digit level-2 form XXYY00000 as used by a population script built on KATO of 18.09.2026 (search index file id 70293404950)',
  bodies: 'Standard form «… ауданының / қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ / ГУ «Отдел занятости и социальных программ … района / города …»: no registration of the individual district and town bodies was found in the stored pages, so every body name in this file is the standard form and needs checking against the state register (stat.gov.kz / egov.kz)',
  url: [
    'https://github.com/cihancacan/medsestra-kz/blob/d9d0d32d538703799cdf39b6fd553c36a6b5109d/lib/ambulance-locations.generated.ts',
    'https://www.inshymkent.kz/news/3048280/novyj-rajon-poavitsa-v-turkestanskoj-oblasti',
    'https://365info.kz/2018/06/dva-novyh-rajona-poyavilis-v-yuko',
  ],
};

export const districts: readonly District[] = [
  {
    kato: '611000000',
    kind: 'city',
    name: { kk: 'Түркістан қаласы', ru: 'город Туркестан', en: 'Turkistan city' },
    esp: {
      kk: '«Түркістан қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ города Туркестан»',
      en: 'Employment and Social Programmes Department of Turkistan city',
    },
  },
  {
    kato: '611600000',
    kind: 'city',
    name: { kk: 'Арыс қаласы', ru: 'город Арысь', en: 'Arys city' },
    esp: {
      kk: '«Арыс қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ города Арысь»',
      en: 'Employment and Social Programmes Department of Arys city',
    },
  },
  {
    kato: '612000000',
    kind: 'city',
    name: { kk: 'Кентау қаласы', ru: 'город Кентау', en: 'Kentau city' },
    esp: {
      kk: '«Кентау қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ города Кентау»',
      en: 'Employment and Social Programmes Department of Kentau city',
    },
  },
  {
    kato: '613600000',
    kind: 'district',
    name: { kk: 'Бәйдібек ауданы', ru: 'район Байдибека', en: 'Baidibek District' },
    esp: {
      kk: '«Бәйдібек ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ района Байдибека»',
      en: 'Employment and Social Programmes Department of Baidibek District',
    },
  },
  {
    kato: '613800000',
    kind: 'district',
    name: { kk: 'Жетісай ауданы', ru: 'Жетисайский район', en: 'Zhetisai District' },
    esp: {
      kk: '«Жетісай ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Жетисайского района»',
      en: 'Employment and Social Programmes Department of Zhetisai District',
    },
  },
  {
    kato: '613900000',
    kind: 'district',
    name: { kk: 'Келес ауданы', ru: 'Келесский район', en: 'Keles District' },
    esp: {
      kk: '«Келес ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Келесского района»',
      en: 'Employment and Social Programmes Department of Keles District',
    },
  },
  {
    kato: '614000000',
    kind: 'district',
    name: { kk: 'Қазығұрт ауданы', ru: 'Казыгуртский район', en: 'Kazygurt District' },
    esp: {
      kk: '«Қазығұрт ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Казыгуртского района»',
      en: 'Employment and Social Programmes Department of Kazygurt District',
    },
  },
  {
    kato: '614400000',
    kind: 'district',
    name: { kk: 'Мақтаарал ауданы', ru: 'Мактааральский район', en: 'Maktaaral District' },
    esp: {
      kk: '«Мақтаарал ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Мактааральского района»',
      en: 'Employment and Social Programmes Department of Maktaaral District',
    },
  },
  {
    kato: '614600000',
    kind: 'district',
    name: { kk: 'Ордабасы ауданы', ru: 'Ордабасынский район', en: 'Ordabasy District' },
    esp: {
      kk: '«Ордабасы ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Ордабасынского района»',
      en: 'Employment and Social Programmes Department of Ordabasy District',
    },
  },
  {
    kato: '614800000',
    kind: 'district',
    name: { kk: 'Отырар ауданы', ru: 'Отрарский район', en: 'Otyrar District' },
    esp: {
      kk: '«Отырар ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Отрарского района»',
      en: 'Employment and Social Programmes Department of Otyrar District',
    },
  },
  {
    kato: '615200000',
    kind: 'district',
    name: { kk: 'Сайрам ауданы', ru: 'Сайрамский район', en: 'Sairam District' },
    esp: {
      kk: '«Сайрам ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Сайрамского района»',
      en: 'Employment and Social Programmes Department of Sairam District',
    },
  },
  {
    kato: '615400000',
    kind: 'district',
    name: { kk: 'Сарыағаш ауданы', ru: 'Сарыагашский район', en: 'Saryagash District' },
    esp: {
      kk: '«Сарыағаш ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Сарыагашского района»',
      en: 'Employment and Social Programmes Department of Saryagash District',
    },
  },
  {
    kato: '615500000',
    kind: 'district',
    name: { kk: 'Сауран ауданы', ru: 'район Сауран', en: 'Sauran District' },
    esp: {
      kk: '«Сауран ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ района Сауран»',
      en: 'Employment and Social Programmes Department of Sauran District',
    },
  },
  {
    kato: '615600000',
    kind: 'district',
    name: { kk: 'Созақ ауданы', ru: 'Сузакский район', en: 'Sozak District' },
    esp: {
      kk: '«Созақ ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Сузакского района»',
      en: 'Employment and Social Programmes Department of Sozak District',
    },
  },
  {
    kato: '615800000',
    kind: 'district',
    name: { kk: 'Төлеби ауданы', ru: 'Толебийский район', en: 'Tolebi District' },
    esp: {
      kk: '«Төлеби ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Толебийского района»',
      en: 'Employment and Social Programmes Department of Tolebi District',
    },
  },
  {
    kato: '616000000',
    kind: 'district',
    name: { kk: 'Түлкібас ауданы', ru: 'Тюлькубасский район', en: 'Tulkibas District' },
    esp: {
      kk: '«Түлкібас ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Тюлькубасского района»',
      en: 'Employment and Social Programmes Department of Tulkibas District',
    },
  },
  {
    kato: '616400000',
    kind: 'district',
    name: { kk: 'Шардара ауданы', ru: 'Шардаринский район', en: 'Shardara District' },
    esp: {
      kk: '«Шардара ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Шардаринского района»',
      en: 'Employment and Social Programmes Department of Shardara District',
    },
  },
];
