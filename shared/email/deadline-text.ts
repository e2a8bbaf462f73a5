import type { Vacancy } from '../vacancies/schema.js';

/** "1 September 2025, 23:59 Lyon time (Europe/Paris)": the deadline as the duty station reads it. */
export const deadlineInDutyStation = (vacancy: Pick<Vacancy, 'deadline' | 'location' | 'timeZone'>): string => {
  const [y, m, d] = vacancy.deadline.split('-').map(Number) as [number, number, number];
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
  return `${day}, 23:59 ${vacancy.location} time (${vacancy.timeZone})`;
};
