/**
 * A slot taken (issue 16, point 3): by the candidate from their status page, or assigned by HR.
 * What a candidate may meet here is said in their language (the catalogues' problem.*).
 */
import type { Application } from '../applications/application.js';
import { applicationVacancyGone } from '../applications/application-problems.js';
import { Conflict } from '../errors.js';
import { sendOnce, type ClaimKey, type SendOutcome } from '../email/send-once.js';
import { checkBooking, notInvitableBecause } from './booking.js';
import { bookedEmail } from './emails.js';
import type { InterviewDependencies } from './dependencies.js';
import type { Invitation, Slot } from './slot.js';
import { SlotChanged } from './store.js';

/**
 * The confirmation's claim: one per booking, named by its slot and its instant (the invitation
 * keeps `bookedAt`), so the booking's request and the job that sends what it could not
 * (owed-confirmations.ts) claim the same email.
 */
export const confirmationClaim = (applicationId: string, slotId: string, bookedAt: string): ClaimKey => ({ scope: `APPLICATION#${applicationId}`, kind: `interview-booked-${slotId}`, day: bookedAt });

export interface BookingOutcome {
  invitation: Invitation;
  slot: Slot;
  email: SendOutcome;
}

/**
 * The candidate of `applicationId` takes `slotId` (from the status page, `byHr` absent; HR assigning, its email).
 * The store's transaction decides the race: of many candidates taking one slot at once, one wins
 * and the others get the 409 a taken slot gets. The confirmation (with its .ics) goes once per booking.
 */
export const bookSlot = async (deps: Pick<InterviewDependencies, 'interviews' | 'vacancies' | 'email'>, application: Application, slotId: string, now: Date, byHr?: string): Promise<BookingOutcome> => {
  const vacancy = await deps.vacancies.get(application.vacancy);
  if (!vacancy) throw applicationVacancyGone();
  // An invitation outlives a later rejection, withdrawal or failed written test: it books nothing then.
  const stillInvited = notInvitableBecause(application) === undefined;
  const invitation = stillInvited ? await deps.interviews.invitation(application.vacancy, application.id) : undefined;
  const current = invitation?.slotId ? await deps.interviews.slot(application.vacancy, invitation.slotId) : undefined;
  const slot = checkBooking(invitation, await deps.interviews.slot(application.vacancy, slotId), current, now, byHr !== undefined);
  const bookedAt = now.toISOString();
  try {
    await deps.interviews.book(application.vacancy, application.id, slot.id, invitation?.slotId, bookedAt, byHr ?? 'candidate');
  } catch (error) {
    if (error instanceof SlotChanged) throw new Conflict('This slot is no longer available: choose another.', { key: 'problem.conflict.slotTaken' });
    throw error;
  }
  const booked: Slot = { ...slot, bookedBy: application.id };
  const email = await sendOnce(deps.email, confirmationClaim(application.id, slot.id, bookedAt), bookedEmail(application, vacancy, booked, now), now);
  return { invitation: { ...(invitation as Invitation), slotId: slot.id, bookedAt, bookedBy: byHr ?? 'candidate' }, slot: booked, email };
};

