import type { ProblemMessage, ProblemValue } from '#shared/errors.js';
import { countryName, formatCalendarDate, formatDate, formatTime } from '#shared/i18n/format.js';
import type { MessageValues, Translator } from '#shared/i18n/translator.js';

/**
 * A value as the reader's language writes it: an instant's day or time in its zone, a date in
 * words. A number stays a number: its message writes it (`{size, number}`) or chooses by it.
 */
const said = (t: Translator, value: ProblemValue): string | number => {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('day' in value) return formatDate(t.language, value.day, value.timeZone);
  if ('timeOfDay' in value) return formatTime(t.language, value.timeOfDay, value.timeZone);
  if ('calendarDate' in value) return formatCalendarDate(t.language, value.calendarDate);
  if ('country' in value) return countryName(t.language, value.country);
  return problemText(t, value.message);
};

/** A domain error's message in the translator's language (shared/errors.ts ProblemMessage). */
export const problemText = (t: Translator, message: ProblemMessage): string => {
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(message.values ?? {})) values[name] = said(t, value);
  return t.t(message.key, values);
};
