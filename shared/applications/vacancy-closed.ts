import { calendarDate, VacancyClosed } from '../errors.js';
import { formatCalendarDate, utcOffset } from '../i18n/format.js';
import { applicationsCloseAt } from '../vacancies/deadline.js';
import type { Vacancy } from '../vacancies/schema.js';

/**
 * The 422 of a vacancy that no longer takes applications (`applications`) or documents either
 * (`documents`): its deadline's day in words and the duty station's zone with its UTC offset, in
 * every language, English too (no ISO date in prose, issue 14 point 5).
 */
export const vacancyClosed = (vacancy: Pick<Vacancy, 'number' | 'deadline' | 'timeZone'>, what: 'applications' | 'documents'): VacancyClosed => {
  const closedAt = applicationsCloseAt(vacancy);
  const offset = utcOffset(closedAt, vacancy.timeZone);
  const when = `the end of ${formatCalendarDate('en', vacancy.deadline)} (${vacancy.timeZone} time, ${offset})`;
  const values = { number: vacancy.number, deadline: calendarDate(vacancy.deadline), timeZone: vacancy.timeZone, offset };
  return what === 'applications'
    ? new VacancyClosed(`Vacancy ${vacancy.number} stopped taking applications at ${when}.`, { key: 'problem.vacancyClosed.applications', values })
    : new VacancyClosed(`Vacancy ${vacancy.number} no longer takes applications or documents: it closed at ${when}.`, {
        key: 'problem.vacancyClosed.documents',
        values,
      });
};
