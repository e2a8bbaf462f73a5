import { intlLocale, type Language } from './languages.js';

/**
 * Dates, times and numbers as each language writes them, from Intl (CLDR): one way per language,
 * never an ISO date or an ambiguous 06/12/2026 in prose. Formatters are kept, as Intl's are costly to build.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat | Intl.DisplayNames>();
const kept = <T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat | Intl.DisplayNames>(key: string, make: () => T): T => {
  const found = formatters.get(key) as T | undefined;
  if (found) return found;
  const made = make();
  formatters.set(key, made);
  return made;
};

/** "30 March 2027", "30 mars 2027", "30 de marzo de 2027", "30 مارس 2027": the day an instant falls on in `timeZone`. */
export const formatDate = (language: Language, instant: Date, timeZone: string): string =>
  kept(`date|${language}|${timeZone}`, () => new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone })).format(instant);

/** A calendar date (YYYY-MM-DD, as the API carries it) in words: the date itself, in no zone. */
export const formatCalendarDate = (language: Language, isoDate: string): string => {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return formatDate(language, new Date(Date.UTC(y, m - 1, d)), 'UTC');
};

/** "23:59": the time of day in `timeZone`, on a 24-hour clock in every language (the organisation's use). */
export const formatTime = (language: Language, instant: Date, timeZone: string): string =>
  kept(`time|${language}|${timeZone}`, () => new Intl.DateTimeFormat(intlLocale(language), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone })).format(instant);

/** "UTC+02:00", "UTC-02:30", "UTC+00:00": the zone's offset from UTC at that instant (with its summer time). */
export const utcOffset = (instant: Date, timeZone: string): string => {
  const name = kept(`offset|${timeZone}`, () => new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }))
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  // Intl writes "GMT+02:00", and plain "GMT" for a zero offset in some ICU versions.
  const offset = name?.replace(/^GMT/, '') ?? '';
  return `UTC${offset === '' ? '+00:00' : offset}`;
};

/** A number as the language writes it (Arabic with CLDR's default digits for `ar`, see languages.ts). */
export const formatNumber = (language: Language, value: number): string =>
  kept(`number|${language}`, () => new Intl.NumberFormat(intlLocale(language))).format(value);

/** "1152, 1153 and 1160", "1152, 1153 et 1160": a list as the language joins it. */
export const formatList = (language: Language, items: readonly string[]): string =>
  kept(`list|${language}`, () => new Intl.ListFormat(intlLocale(language), { type: 'conjunction' })).format(items);

/** Alternatives in the language's words: "English or French", "anglais ou français". */
export const formatAlternatives = (language: Language, items: readonly string[]): string =>
  kept(`alternatives|${language}`, () => new Intl.ListFormat(intlLocale(language), { type: 'disjunction' })).format(items);

/** A country's name in the language ("Sénégal", "السنغال"), or its code when Intl has none. */
export const countryName = (language: Language, code: string): string =>
  new Intl.DisplayNames([intlLocale(language)], { type: 'region', fallback: 'code' }).of(code) ?? code;

/** A language's name in the reader's language ("arabe", "الفرنسية") from its ISO 639-1 code, or the code when Intl has none. */
export const languageName = (language: Language, code: string): string =>
  kept(`language|${language}`, () => new Intl.DisplayNames([intlLocale(language)], { type: 'language', fallback: 'code' })).of(code) ?? code;
