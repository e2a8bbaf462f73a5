import { formatDate, formatTime, utcOffset } from '../i18n/format.js';
import { direction, type Language } from '../i18n/languages.js';
import type { DeadlineKey } from '../i18n/catalogues/surfaces.js';
import type { Translator } from '../i18n/translator.js';
import { applicationsCloseAt } from '../vacancies/deadline.js';
import type { Vacancy } from '../vacancies/schema.js';

/** The last minute applications are taken: 23:59 on the deadline day in the duty station. */
const lastMinute = (vacancy: Pick<Vacancy, 'deadline' | 'timeZone'>): Date => new Date(applicationsCloseAt(vacancy).getTime() - 60_000);

/**
 * A Latin value (a city, `Europe/Paris`, `UTC+02:00`) set apart from the text around it in a
 * right-to-left language, with Unicode's first-strong isolate (U+2068 … U+2069): inside Arabic, its
 * slash, plus sign and colon would otherwise take the sentence's direction and reorder it.
 */
const isolated = (language: Language, value: string): string => (direction(language) === 'rtl' ? `\u2068${value}\u2069` : value);

/**
 * An instant as the duty station reads it, in the reader's language: "30 March 2027, 23:59 Lyon
 * time (Europe/Paris, UTC+02:00)"; with the reader's own zone when it is known and another,
 * "…; that is 31 March 2027, 05:59 your time (Asia/Singapore, UTC+08:00)".
 */
export const instantInDutyStation = (
  words: Translator<DeadlineKey>,
  instant: Date,
  vacancy: Pick<Vacancy, 'location' | 'timeZone'>,
  recipientTimeZone?: string,
): string => {
  const at = (timeZone: string) => ({
    date: formatDate(words.language, instant, timeZone),
    time: formatTime(words.language, instant, timeZone),
    timeZone: isolated(words.language, timeZone),
    offset: isolated(words.language, utcOffset(instant, timeZone)),
  });
  const dutyStation = words.t('deadline.inDutyStation', { ...at(vacancy.timeZone), location: isolated(words.language, vacancy.location) });
  if (recipientTimeZone === undefined || recipientTimeZone === vacancy.timeZone) return dutyStation;
  return words.t('deadline.both', { dutyStation, recipient: words.t('deadline.inRecipientZone', at(recipientTimeZone)) });
};

/** A vacancy's deadline (the end of its day in the duty station), as `instantInDutyStation` writes it. */
export const deadlineInDutyStation = (
  words: Translator<DeadlineKey>,
  vacancy: Pick<Vacancy, 'deadline' | 'location' | 'timeZone'>,
  recipientTimeZone?: string,
): string => instantInDutyStation(words, lastMinute(vacancy), vacancy, recipientTimeZone);
