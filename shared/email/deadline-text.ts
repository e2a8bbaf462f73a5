import { formatDate, formatTime, utcOffset } from '../i18n/format.js';
import type { Translator } from '../i18n/translator.js';
import { applicationsCloseAt } from '../vacancies/deadline.js';
import type { Vacancy } from '../vacancies/schema.js';

/** The last minute applications are taken: 23:59 on the deadline day in the duty station. */
const lastMinute = (vacancy: Pick<Vacancy, 'deadline' | 'timeZone'>): Date => new Date(applicationsCloseAt(vacancy).getTime() - 60_000);

/**
 * An instant as the duty station reads it, in the reader's language: "30 March 2027, 23:59 Lyon
 * time (Europe/Paris, UTC+02:00)"; with the reader's own zone when it is known and another,
 * "…; that is 31 March 2027, 05:59 your time (Asia/Singapore, UTC+08:00)".
 */
export const instantInDutyStation = (
  words: Translator,
  instant: Date,
  vacancy: Pick<Vacancy, 'location' | 'timeZone'>,
  recipientTimeZone?: string,
): string => {
  const at = (timeZone: string) => ({
    date: formatDate(words.language, instant, timeZone),
    time: formatTime(words.language, instant, timeZone),
    timeZone,
    offset: utcOffset(instant, timeZone),
  });
  const dutyStation = words.t('deadline.inDutyStation', { ...at(vacancy.timeZone), location: vacancy.location });
  if (recipientTimeZone === undefined || recipientTimeZone === vacancy.timeZone) return dutyStation;
  return words.t('deadline.both', { dutyStation, recipient: words.t('deadline.inRecipientZone', at(recipientTimeZone)) });
};

/** A vacancy's deadline (the end of its day in the duty station), as `instantInDutyStation` writes it. */
export const deadlineInDutyStation = (
  words: Translator,
  vacancy: Pick<Vacancy, 'deadline' | 'location' | 'timeZone'>,
  recipientTimeZone?: string,
): string => instantInDutyStation(words, lastMinute(vacancy), vacancy, recipientTimeZone);
