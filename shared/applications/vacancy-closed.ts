import { calendarDate, VacancyClosed } from '../errors.js';
import { utcOffset } from '../i18n/format.js';
import { applicationsCloseAt } from '../vacancies/deadline.js';
import type { Vacancy } from '../vacancies/schema.js';

/**
 * The 422 of a vacancy that no longer takes applications (`applications`) or documents either
 * (`documents`): its deadline's day in words and the duty station's zone in every language, the
 * instant in ISO in English's detail, as it always was.
 */
export const vacancyClosed = (vacancy: Pick<Vacancy, 'number' | 'deadline' | 'timeZone'>, what: 'applications' | 'documents'): VacancyClosed => {
  const closedAt = applicationsCloseAt(vacancy);
  const when = `${closedAt.toISOString()} (the end of ${vacancy.deadline} in ${vacancy.timeZone})`;
  const values = { number: vacancy.number, deadline: calendarDate(vacancy.deadline), timeZone: vacancy.timeZone, offset: utcOffset(closedAt, vacancy.timeZone) };
  return what === 'applications'
    ? new VacancyClosed(`Vacancy ${vacancy.number} stopped taking applications at ${when}.`, { key: 'problem.vacancyClosed.applications', values })
    : new VacancyClosed(`Vacancy ${vacancy.number} no longer takes applications or documents: it closed at ${when}.`, {
        key: 'problem.vacancyClosed.documents',
        values,
      });
};
