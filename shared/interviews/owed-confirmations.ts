/**
 * A booking's confirmation that did not go (SES down when the candidate booked or HR assigned, or
 * the request cut off between its transaction and its send) is sent later by the hourly
 * `interview-reminders` job, once. Nothing is written to remember it: the job reads the bookings
 * it reads anyway (a vacancy's slots, then its invitations, which keep each booking's instant) and
 * asks the confirmation's own claim (book.ts, `confirmationClaim`) whether it went. The claim is
 * the one the booking's request took, so a confirmation that went is never sent again, and a job
 * racing the request for it sends it at most once between them.
 */
import type { Application } from '../applications/application.js';
import { sendOnce, type SendOnceDependencies, type SendOutcome } from '../email/send-once.js';
import type { Vacancy } from '../vacancies/schema.js';
import { interviewVisibleStatuses } from './booking.js';
import { confirmationClaim } from './book.js';
import { bookedEmail } from './emails.js';
import type { Slot } from './slot.js';
import type { InterviewStore } from './store.js';

export interface OwedConfirmationDependencies {
  interviews: Pick<InterviewStore, 'invitations'>;
  applications: { get(id: string): Promise<Application | undefined> };
  email: SendOnceDependencies;
}

export interface ConfirmationSummary {
  /** Booked slots still ahead whose confirmation had not gone. */
  confirmationsOwed: number;
  confirmationsSent: number;
  confirmationsSuppressed: number;
  confirmationsFailed: number;
}

export const noConfirmations = (): ConfirmationSummary => ({ confirmationsOwed: 0, confirmationsSent: 0, confirmationsSuppressed: 0, confirmationsFailed: 0 });

/** The slots whose booking might still owe its confirmation: open, held, and not yet begun. */
export const heldAhead = (slots: readonly Slot[], now: Date): Slot[] =>
  slots.filter((slot) => slot.status === 'open' && slot.bookedBy !== undefined && Date.parse(slot.startsAt) > now.getTime());

/**
 * Sends the confirmations the vacancy's bookings still owe (`slots`: the vacancy's slots as read).
 * A booking is the invitation's and the slot's together: a slot whose holder's invitation names
 * another slot is a change of booking in flight, left to the next run. A candidate rejected or
 * withdrawn meanwhile is not written to.
 */
export const sendOwedConfirmations = async (deps: OwedConfirmationDependencies, vacancy: Vacancy, slots: readonly Slot[], now: Date, summary: ConfirmationSummary): Promise<void> => {
  const held = heldAhead(slots, now);
  if (held.length === 0) return;
  const invitations = new Map((await deps.interviews.invitations(vacancy.number)).map((invitation) => [invitation.applicationId, invitation]));
  for (const slot of held) {
    const invitation = invitations.get(slot.bookedBy ?? '');
    if (!invitation?.bookedAt || invitation.slotId !== slot.id) continue;
    const claim = confirmationClaim(invitation.applicationId, slot.id, invitation.bookedAt);
    // A read first: the claim's conditional write, hourly for every booking that went, would cost a write each.
    if (await deps.email.claims.isClaimed(claim, now)) continue;
    const application = await deps.applications.get(invitation.applicationId);
    if (!application || !interviewVisibleStatuses.includes(application.status)) continue;
    summary.confirmationsOwed += 1;
    count(summary, await sendOnce(deps.email, claim, bookedEmail(application, vacancy, slot, now), now));
  }
};

const count = (summary: ConfirmationSummary, outcome: SendOutcome) => {
  if (outcome === 'sent') summary.confirmationsSent += 1;
  else if (outcome === 'suppressed') summary.confirmationsSuppressed += 1;
  else if (outcome === 'failed') summary.confirmationsFailed += 1;
};
