import type { Vacancy } from './schema.js';
import { addDays, startOfDay } from '../time/zoned.js';

/** Applications are taken until the end of the deadline day in the duty station's time zone. */
export const applicationsCloseAt = (vacancy: Pick<Vacancy, 'deadline' | 'timeZone'>): Date =>
  startOfDay(addDays(vacancy.deadline, 1), vacancy.timeZone);

export const isTakingApplications = (
  vacancy: Pick<Vacancy, 'deadline' | 'timeZone' | 'status' | 'publishedAt'>,
  now: Date,
): boolean =>
  vacancy.status === 'open' &&
  now.getTime() >= startOfDay(vacancy.publishedAt, vacancy.timeZone).getTime() &&
  now.getTime() < applicationsCloseAt(vacancy).getTime();

/**
 * The status a reader should see now: an `open` vacancy whose deadline day has ended in its duty
 * station is `closed`, even before any job has rewritten the stored status.
 */
export const currentStatus = (
  vacancy: Pick<Vacancy, 'deadline' | 'timeZone' | 'status'>,
  now: Date,
): Vacancy['status'] =>
  vacancy.status === 'open' && now.getTime() >= applicationsCloseAt(vacancy).getTime() ? 'closed' : vacancy.status;
