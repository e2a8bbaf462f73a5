import type { Secondment } from '../secondments/secondment.js';
import { addDays, dateIn } from '../time/zoned.js';
import { lastDayServed } from './secondment-statistics.js';

/**
 * A secondment's own retention (issue 17, point 6), apart from its application's: its record and
 * documents are kept `days` days after the last day served (a recorded end's, else the planned one
 * as extensions moved it), in the duty station's calendar, and purged from the day after.
 */
export const secondmentKeptUntil = (secondment: Pick<Secondment, 'lastDay' | 'ended'>, days: number): string => addDays(lastDayServed(secondment), days);

export const isSecondmentPastRetention = (secondment: Pick<Secondment, 'lastDay' | 'ended' | 'timeZone'>, days: number, now: Date): boolean =>
  dateIn(now, secondment.timeZone) > secondmentKeptUntil(secondment, days);

/**
 * The latest last day served that can be past retention at `now` in any zone: past means the local
 * date is after last day + days, and no zone's date is more than a day ahead of UTC's. Each one
 * found up to it is then judged in its own zone.
 */
export const latestLastDayPastRetention = (days: number, now: Date): string => addDays(dateIn(now, 'UTC'), -days);
