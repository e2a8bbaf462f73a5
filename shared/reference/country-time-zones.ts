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

type LocaleWithZones = Intl.Locale & { getTimeZones?: () => string[] | undefined; timeZones?: string[] };

/**
 * The zones ICU lists for a country: `Intl.Locale#getTimeZones()`, or the `timeZones` getter it
 * replaces (Node 20 has only the getter; later engines the method); an empty list where neither is.
 */
export const countryTimeZones = (country: string): readonly string[] => {
  const locale = new Intl.Locale(`und-${country}`) as LocaleWithZones;
  return (typeof locale.getTimeZones === 'function' ? locale.getTimeZones() : locale.timeZones) ?? [];
};

/** A country's NCB's zone when its contact names none; UTC only for a country ICU knows no zone of. */
export const defaultTimeZoneOf = (country: string): string => capitalZones[country] ?? countryTimeZones(country)[0] ?? 'UTC';

/** For the test that the table still matches ICU: the countries it names. */
export const countriesWithCapitalZone = (): readonly string[] => Object.keys(capitalZones);
