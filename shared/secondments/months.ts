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
