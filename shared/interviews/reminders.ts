/**
 * The reminder the day before an interview (issue 16, point 3), sent once by the hourly
 * `interview-reminders` job. "The day before" is the slot's own calendar day minus one, in the
 * slot's zone, so a DST change between the two days moves nothing; and it goes from 08:00 that day
 * (slot's zone), not at midnight: the first run from then sends it, later runs find its claim.
 */
import type { Application } from '../applications/application.js';
import { sendOnce, type SendOnceDependencies } from '../email/send-once.js';
import { addDays, dateIn, wallClock } from '../time/zoned.js';
import type { Vacancy } from '../vacancies/schema.js';
import { reminderEmail } from './emails.js';
import { heldAhead, noConfirmations, sendOwedConfirmations, type ConfirmationSummary } from './owed-confirmations.js';
import type { Slot } from './slot.js';
import type { InterviewStore } from './store.js';

/** From this hour of the day before (the slot's zone) the reminder may go. */
export const REMINDER_FROM_HOUR = 8;

/** The slot's day in its own zone (YYYY-MM-DD): a reminder's claim names it. */
export const interviewDay = (slot: Pick<Slot, 'startsAt' | 'timeZone'>): string => dateIn(new Date(slot.startsAt), slot.timeZone);

/** Whether `now` is on the day before the slot's day in its zone, from REMINDER_FROM_HOUR on. */
export const reminderDue = (slot: Pick<Slot, 'startsAt' | 'timeZone' | 'status' | 'bookedBy'>, now: Date): boolean => {
  if (slot.status !== 'open' || slot.bookedBy === undefined) return false;
  if (dateIn(now, slot.timeZone) !== addDays(interviewDay(slot), -1)) return false;
  return wallClock(now, slot.timeZone).hour >= REMINDER_FROM_HOUR;
};

export interface ReminderDependencies {
  interviews: Pick<InterviewStore, 'vacanciesWithSlots' | 'slots' | 'invitations'>;
  applications: { get(id: string): Promise<Application | undefined> };
  vacancies: { get(number: string): Promise<Vacancy | undefined> };
  email: SendOnceDependencies;
}

export interface ReminderSummary extends ConfirmationSummary {
  due: number;
  sent: number;
  alreadySent: number;
  suppressed: number;
  /** Reminders and owed confirmations that failed: the run fails, so that it is retried. */
  failed: number;
  [key: string]: number;
}

/** The job's run: each due reminder, and each booking's confirmation still owed (owed-confirmations.ts), from one read of each vacancy's slots. */
export const sendInterviewReminders = async (deps: ReminderDependencies, now: Date): Promise<ReminderSummary> => {
  const summary: ReminderSummary = { due: 0, sent: 0, alreadySent: 0, suppressed: 0, failed: 0, ...noConfirmations() };
  for (const number of await deps.interviews.vacanciesWithSlots()) {
    const slots = await deps.interviews.slots(number);
    const due = slots.filter((slot) => reminderDue(slot, now));
    if (due.length === 0 && heldAhead(slots, now).length === 0) continue;
    const vacancy = await deps.vacancies.get(number);
    if (!vacancy) continue;
    const failedBefore = summary.confirmationsFailed;
    await sendOwedConfirmations(deps, vacancy, slots, now, summary);
    summary.failed += summary.confirmationsFailed - failedBefore;
    for (const slot of due) {
      const application = slot.bookedBy ? await deps.applications.get(slot.bookedBy) : undefined;
      if (!application || application.status === 'withdrawn' || application.status === 'rejected') continue;
      summary.due += 1;
      // Per candidate, slot and day: a slot moved to another day is reminded again, a re-run is not.
      const outcome = await sendOnce(deps.email, { scope: `APPLICATION#${application.id}`, kind: `interview-reminder-${slot.id}`, day: interviewDay(slot) }, reminderEmail(application, vacancy, slot), now);
      if (outcome === 'sent') summary.sent += 1;
      else if (outcome === 'already-sent') summary.alreadySent += 1;
      else if (outcome === 'suppressed') summary.suppressed += 1;
      else summary.failed += 1;
    }
  }
  return summary;
};
