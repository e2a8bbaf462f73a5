import type { ClaimKey } from '../email/send-once.js';
import { addDays } from '../time/zoned.js';
import { monthsLeft } from './months.js';
import { endingFrom, type Secondment } from './secondment.js';

/**
 * The notices that a secondment is ending (issue 17, point 3): HR, the officer's NCB and the
 * officer are told a set number of months before the last day (per stage, e.g. 9, 6 and 3), once
 * each. A notice is due from its day (that many months before the day after the last) until the
 * last day, in the duty station's calendar. After a missed run only the nearest notice goes: it
 * says all the earlier one would, and the months it says are those left on the day it goes, not
 * its nominal ones. Never on or before the first day (the 6-month notice of a 6-month run would
 * greet the officer on arrival), never after the last, never once an
 * end is recorded. Its claim names the last day, so an extension that moves it sets the notices
 * anew for the new end.
 */
export const endingRecipients = ['hr', 'ncb', 'officer'] as const;
export type EndingRecipient = (typeof endingRecipients)[number];

export interface EndingNotice {
  /** The stage's setting it answers to: names its claim. */
  monthsBefore: number;
  /** The first day it is due. */
  day: string;
  /** Whole months left on the day it is judged (what the email says): fewer than `monthsBefore` once it is late. */
  monthsLeft: number;
}

export const dueEndingNotice = (
  secondment: Pick<Secondment, 'firstDay' | 'lastDay' | 'ended'>,
  monthsBefore: readonly number[],
  today: string,
): EndingNotice | undefined => {
  if (secondment.ended || today > secondment.lastDay || today < secondment.firstDay) return undefined;
  const notices = monthsBefore.map((months) => ({ monthsBefore: months, day: endingFrom(secondment.lastDay, months), monthsLeft: monthsLeft(secondment.lastDay, today) }));
  // A notice whose day falls on or before the first day (9 or 6 months before the end of a 6-month run) has nothing to say
  // while a later one will; when none falls after it (a stage's [6] and a 6-month run), the nearest goes the day after.
  const inRun = notices.filter((notice) => notice.day > secondment.firstDay);
  const nearest = [...notices].sort((a, b) => a.monthsBefore - b.monthsBefore)[0];
  const schedule = inRun.length > 0 || nearest === undefined ? inRun : [{ ...nearest, day: addDays(secondment.firstDay, 1) }];
  return schedule.filter((notice) => notice.day <= today).sort((a, b) => a.monthsBefore - b.monthsBefore)[0];
};

export const endingNoticeClaim = (secondment: Pick<Secondment, 'id' | 'lastDay'>, notice: EndingNotice, recipient: EndingRecipient): ClaimKey => ({
  scope: `SECONDMENT#${secondment.id}`,
  kind: `ending-${notice.monthsBefore}-${recipient}`,
  day: secondment.lastDay,
});
