import { applicationsCloseAt, daysToDeadline, earliestOpenDeadline } from '../vacancies/deadline.js';
import type { Vacancy } from '../vacancies/schema.js';
import { addDays, dateIn } from '../time/zoned.js';

/** The one reminder an application is due now: the offset it is for, and the whole days left. */
export interface DueReminder {
  offset: number;
  daysLeft: number;
}

/**
 * Days left to the deadline, counted in the duty station: today there against the deadline day,
 * so a reminder "7 days before" falls on the same local day whatever DST does. Undefined once
 * the deadline day has ended there: nothing is sent after it.
 */
export const daysLeftBeforeDeadline = (vacancy: Pick<Vacancy, 'deadline' | 'timeZone'>, now: Date): number | undefined =>
  now.getTime() >= applicationsCloseAt(vacancy).getTime() ? undefined : daysToDeadline(vacancy, now);

/**
 * The reminder due now, of the `offsets` (days before the deadline): the most recent one whose
 * day has come, so a missed run sends that one only, not a burst of the earlier ones. A reminder
 * whose day came on or before the day the application was submitted is not due: that day's
 * receipt already said what is missing.
 */
export const dueReminder = (
  vacancy: Pick<Vacancy, 'deadline' | 'timeZone'>,
  submittedAt: string,
  offsets: readonly number[],
  now: Date,
): DueReminder | undefined => {
  const daysLeft = daysLeftBeforeDeadline(vacancy, now);
  if (daysLeft === undefined) return undefined;
  const submittedOn = dateIn(new Date(submittedAt), vacancy.timeZone);
  const due = offsets.filter((offset) => offset >= daysLeft && addDays(vacancy.deadline, -offset) > submittedOn);
  return due.length === 0 ? undefined : { offset: Math.min(...due), daysLeft };
};

/**
 * The deadlines (YYYY-MM-DD, inclusive) a run needs to look at: today in any duty station is
 * within a day of today in UTC (zones run from UTC-12 to UTC+14), so one Query on deadlines
 * over this window finds every vacancy with a reminder due, and each is then judged in its zone.
 */
export const reminderWindow = (offsets: readonly number[], now: Date): { from: string; to: string } => ({
  from: earliestOpenDeadline(now),
  to: addDays(dateIn(now, 'UTC'), Math.max(0, ...offsets) + 1),
});
