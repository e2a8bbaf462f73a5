import { addDays } from '../time/zoned.js';
import { wholeMonthsBetween } from '../vacancies/secondment-rules.js';

/*
 * A secondment's calendar: it runs from its first day to its last day, both served. Months are
 * counted from the first day to the day after the last, so 1 January to 31 December is 12.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `isoDate` moved by whole months; a day the target month lacks becomes its last (31 January + 1 = 28 or 29 February). */
export const addMonths = (isoDate: string, months: number): string => {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  const index = Number(match[1]) * 12 + (Number(match[2]) - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(Number(match[3]), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** Whole months from the first day served to the day after the last. */
export const monthsServedBetween = (firstDay: string, lastDay: string): number => wholeMonthsBetween(firstDay, addDays(lastDay, 1));

/** The last day of a run of `months` starting on `firstDay`. */
export const lastDayOf = (firstDay: string, months: number): string => addDays(addMonths(firstDay, months), -1);

/** The last day after `months` more, counted from the day after `lastDay`. */
export const extendedLastDay = (lastDay: string, months: number): string => lastDayOf(addDays(lastDay, 1), months);

/**
 * Whole months from `today` to `lastDay` (both served), in the calendar the run was made with: a
 * run of n months that starts today has n left on its first day (1 February 2028 to 31 January
 * 2029: 12), and a last day less than a month ahead leaves 0, as does a last day past.
 */
export const monthsLeft = (lastDay: string, today: string): number => {
  const after = addDays(lastDay, 1);
  if (today >= after) return 0;
  let months = 0;
  // A day the target month lacks falls on its last (addMonths), as the run's own last day did.
  while (addMonths(today, months + 1) <= after) months += 1;
  return months;
};
