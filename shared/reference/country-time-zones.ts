/**
 * Which time zone a member country's NCB reads a time in, when its contact names none: the only
 * zone ICU lists for the country (`Intl.Locale#timeZones`), or, where the country spans several,
 * its capital's. A contact may name another (an NCB outside its capital's zone).
 */

/** The capital's zone of each member country that spans more than one (ICU's names, which it also accepts). */
const capitalZones: Readonly<Record<string, string>> = {
  AR: 'America/Buenos_Aires',
  AU: 'Australia/Sydney',
  BR: 'America/Sao_Paulo',
  CA: 'America/Toronto',
  CD: 'Africa/Kinshasa',
  CL: 'America/Santiago',
  CN: 'Asia/Shanghai',
  CY: 'Asia/Nicosia',
  DE: 'Europe/Berlin',
  EC: 'America/Guayaquil',
  ES: 'Europe/Madrid',
  FM: 'Pacific/Ponape',
  ID: 'Asia/Jakarta',
  KI: 'Pacific/Tarawa',
  KZ: 'Asia/Almaty',
  MH: 'Pacific/Majuro',
  MN: 'Asia/Ulaanbaatar',
  MX: 'America/Mexico_City',
  MY: 'Asia/Kuala_Lumpur',
  NZ: 'Pacific/Auckland',
  PG: 'Pacific/Port_Moresby',
  PS: 'Asia/Hebron',
  PT: 'Europe/Lisbon',
  RU: 'Europe/Moscow',
  UA: 'Europe/Kiev',
  US: 'America/New_York',
  UZ: 'Asia/Tashkent',
};

/** The zones ICU lists for a country (an empty list where it knows none, or where `Intl.Locale#timeZones` is missing). */
export const countryTimeZones = (country: string): readonly string[] =>
  (new Intl.Locale(`und-${country}`) as Intl.Locale & { timeZones?: string[] }).timeZones ?? [];

/** A country's NCB's zone when its contact names none; UTC only for a country ICU knows no zone of. */
export const defaultTimeZoneOf = (country: string): string => capitalZones[country] ?? countryTimeZones(country)[0] ?? 'UTC';

/** For the test that the table still matches ICU: the countries it names. */
export const countriesWithCapitalZone = (): readonly string[] => Object.keys(capitalZones);
