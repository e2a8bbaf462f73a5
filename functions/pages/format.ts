/**
 * How pages word dates, times and facts, on the server and in the browser alike (Intl only).
 * Pages are in English; times carry their zone's abbreviation so that two zones never look alike.
 */
import { intlLocale, type Language } from '#shared/i18n/languages.js';
import type { Vacancy } from '#shared/vacancies/schema.js';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2026-12-12` as "12 December 2026". */
export const formatDate = (isoDate: string): string => dateFormat.format(new Date(`${isoDate}T00:00:00Z`));

/** An instant as a reader of `timeZone` (the runtime's own when omitted) would read it: "12 December 2026 at 23:59 CET". */
export const formatInstant = (instant: Date, timeZone?: string): string =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(instant);

/**
 * The last minute in which applications are taken: the deadline day ends at midnight in the
 * duty station, and "23:59" reads better than "00:00 the next day".
 */
export const lastMinuteBefore = (closesAt: Date): Date => new Date(closesAt.getTime() - 60_000);

export const durationText = (vacancy: Pick<Vacancy, 'durationMonths' | 'endsOn'>): string =>
  vacancy.durationMonths !== undefined ? `${vacancy.durationMonths} months` : vacancy.endsOn ? `Until ${formatDate(vacancy.endsOn)}` : '';

export const secondmentTypeText = (vacancy: Pick<Vacancy, 'secondmentType'>): string =>
  vacancy.secondmentType === 'short-term' ? 'Short-term' : 'Regular';

export const formatBytes = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
};

/** A file size in the page's language, with Intl's unit names: "10 MB", "10 Mo", "10 ميغابايت". */
export const formatSize = (language: Language, bytes: number): string => {
  const [value, unit] = bytes < 1024 ? [bytes, 'byte'] : bytes < 1024 * 1024 ? [Math.round(bytes / 1024), 'kilobyte'] : [Math.round((bytes / (1024 * 1024)) * 10) / 10, 'megabyte'];
  // "587 bytes" in words (a short "byte" reads as singular), "10 MB" in the usual abbreviation.
  return new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit, unitDisplay: unit === 'byte' ? 'long' : 'short', maximumFractionDigits: 1 }).format(value);
};
