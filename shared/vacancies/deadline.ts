import type { Vacancy } from './schema.js';
import { addDays, dateIn, startOfDay } from '../time/zoned.js';

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

/**
 * Whole days from today in the duty station to the deadline day (both calendar dates, so DST
 * never makes it 6.96): 0 on the deadline day, negative after it.
 */
export const daysToDeadline = (vacancy: Pick<Vacancy, 'deadline' | 'timeZone'>, now: Date): number =>
  Math.round((Date.parse(vacancy.deadline) - Date.parse(dateIn(now, vacancy.timeZone))) / 86_400_000);

/**
 * The earliest deadline a vacancy still open somewhere can have: a deadline day ends at most 12
 * hours after the same day ends in UTC (UTC-12 is the furthest behind), so yesterday in UTC. A
 * listing of open vacancies reads from it and never the stored-as-open ones long past.
 */
export const earliestOpenDeadline = (now: Date): string => addDays(dateIn(now, 'UTC'), -1);
