import type { Localized } from './localized';

export type Region = {
  /** KATO code of the region or city (9 digits; the first two are the ISO 3166-2:KZ number). */
  kato: string;
  kind: 'region' | 'city';
  name: Localized;
  /** "for X Region", as receivers' names use it: kk «… бойынша», ru «по …». */
  forRegion: Localized;
};

type Row = [kato2: string, kind: Region['kind'], kk: string, ru: string, ruFor: string, en: string];

// The 17 regions and 3 cities of republican significance as of 2024 (Abai, Jetisu and Ulytau
// formed in 2022). Russian keeps the official names of the new regions: «область Абай».
const rows: Row[] = [
  ['10', 'region', 'Абай облысы', 'область Абай', 'по области Абай', 'Abai Region'],
  ['11', 'region', 'Ақмола облысы', 'Акмолинская область', 'по Акмолинской области', 'Akmola Region'],
  ['15', 'region', 'Ақтөбе облысы', 'Актюбинская область', 'по Актюбинской области', 'Aktobe Region'],
  ['19', 'region', 'Алматы облысы', 'Алматинская область', 'по Алматинской области', 'Almaty Region'],
  ['23', 'region', 'Атырау облысы', 'Атырауская область', 'по Атырауской области', 'Atyrau Region'],
  ['27', 'region', 'Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'по Западно-Казахстанской области', 'West Kazakhstan Region'],
  ['31', 'region', 'Жамбыл облысы', 'Жамбылская область', 'по Жамбылской области', 'Zhambyl Region'],
  ['33', 'region', 'Жетісу облысы', 'область Жетісу', 'по области Жетісу', 'Jetisu Region'],
  ['35', 'region', 'Қарағанды облысы', 'Карагандинская область', 'по Карагандинской области', 'Karaganda Region'],
  ['39', 'region', 'Қостанай облысы', 'Костанайская область', 'по Костанайской области', 'Kostanay Region'],
  ['43', 'region', 'Қызылорда облысы', 'Кызылординская область', 'по Кызылординской области', 'Kyzylorda Region'],
  ['47', 'region', 'Маңғыстау облысы', 'Мангистауская область', 'по Мангистауской области', 'Mangystau Region'],
  ['55', 'region', 'Павлодар облысы', 'Павлодарская область', 'по Павлодарской области', 'Pavlodar Region'],
  ['59', 'region', 'Солтүстік Қазақстан облысы', 'Северо-Казахстанская область', 'по Северо-Казахстанской области', 'North Kazakhstan Region'],
  ['61', 'region', 'Түркістан облысы', 'Туркестанская область', 'по Туркестанской области', 'Turkistan Region'],
  ['62', 'region', 'Ұлытау облысы', 'область Ұлытау', 'по области Ұлытау', 'Ulytau Region'],
  ['63', 'region', 'Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'по Восточно-Казахстанской области', 'East Kazakhstan Region'],
  ['71', 'city', 'Астана қаласы', 'город Астана', 'по городу Астана', 'Astana city'],
  ['75', 'city', 'Алматы қаласы', 'город Алматы', 'по городу Алматы', 'Almaty city'],
  ['79', 'city', 'Шымкент қаласы', 'город Шымкент', 'по городу Шымкент', 'Shymkent city'],
];

export const regions: readonly Region[] = rows.map(([kato2, kind, kk, ru, ruFor, en]) => ({
  kato: `${kato2}0000000`,
  kind,
  name: { kk, ru, en },
  forRegion: { kk: `${kk} бойынша`, ru: ruFor, en: `for ${en}` },
}));

export function regionByKato(kato: string): Region | undefined {
  return regions.find((region) => region.kato === kato);
}

/**
 * A city of republican significance is its own settlement («Астана», the same word in kk and ru),
 * so the address needs no separate place name; a region's settlements must be named.
 */
export function settlementOf(region: Region | undefined): string | null {
  return region?.kind === 'city' ? region.name.ru.replace(/^город /, '') : null;
}
