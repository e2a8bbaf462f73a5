/**
 * Who may book which slot, and until when (issue 16, point 3). Judged at an injected instant; the
 * store's conditional writes make the same checks again, so that two candidates racing for one
 * slot cannot both win whatever these judgements said when each read it.
 */
import type { Application } from '../applications/application.js';
import type { ApplicationStatus } from '../applications/status-machine.js';
import { Conflict, Forbidden, NotFound } from '../errors.js';
import type { Invitation, Slot } from './slot.js';

/** A candidate may book, and change a booking, until this long before the slot starts. */
export const BOOKING_CUTOFF_MS = 24 * 60 * 60 * 1000;

/** Statuses from which a candidate may be invited to interview (the status machine moves both to interviewed). */
export const invitableStatuses: readonly ApplicationStatus[] = ['shortlisted', 'tested'];

/**
 * Why the application may not be invited to interview (or book, once invited), or undefined when it
 * may: it must be shortlisted or tested, and a candidate marked below the written test's pass mark
 * is not (they stay tested until HR rejects them; shared/written-tests/result.ts).
 */
export const notInvitableBecause = (application: Pick<Application, 'status' | 'writtenTest'>): string | undefined => {
  if (!invitableStatuses.includes(application.status)) return `A ${application.status} application is not invited: only ${invitableStatuses.join(' or ')} ones are.`;
  if (application.writtenTest?.passed === false) return 'This candidate did not pass the written test: only those who passed it are invited to interview.';
  return undefined;
};

/** Statuses whose candidate still sees their interview on the status page (after it too); a rejected or withdrawn one does not. */
export const interviewVisibleStatuses: readonly ApplicationStatus[] = [...invitableStatuses, 'interviewed'];

/** The instant from which a slot can no longer be booked, nor a booking in it changed. */
export const cutoffOf = (slot: Pick<Slot, 'startsAt'>): Date => new Date(Date.parse(slot.startsAt) - BOOKING_CUTOFF_MS);

/** Open to a candidate at `now`: not cancelled, not held, and strictly before its cut-off. */
export const isBookable = (slot: Slot, now: Date): boolean => slot.status === 'open' && slot.bookedBy === undefined && now.getTime() < cutoffOf(slot).getTime();

/**
 * Whether the candidate of `invitation` may take `slot` at `now`, moving from `current` (the slot
 * they hold, if any). HR assigning (`byHr`) is held to the slot's being open and free only: HR may
 * place a candidate after the cut-off, say by phone the day before.
 */
export const checkBooking = (invitation: Invitation | undefined, slot: Slot | undefined, current: Slot | undefined, now: Date, byHr = false): Slot => {
  if (!invitation) throw new Forbidden('This application is not invited to interview.', { key: 'problem.forbidden.notInvited' });
  if (!slot || slot.vacancy !== invitation.vacancy) throw new NotFound('There is no such interview slot for this vacancy.', { key: 'problem.notFound.interviewSlot' });
  if (current && current.id === slot.id) throw new Conflict('This slot is already yours.', { key: 'problem.conflict.slotAlreadyYours' });
  if (slot.status !== 'open' || (slot.bookedBy !== undefined && slot.bookedBy !== invitation.applicationId)) {
    throw new Conflict('This slot is no longer available: choose another.', { key: 'problem.conflict.slotTaken' });
  }
  if (!byHr) {
    if (now.getTime() >= cutoffOf(slot).getTime()) throw new Conflict('This slot starts in less than 24 hours: it can no longer be booked.', { key: 'problem.conflict.slotCutoff' });
    if (current && now.getTime() >= cutoffOf(current).getTime()) {
      throw new Conflict('Your interview starts in less than 24 hours: it can no longer be changed. Contact HR if you cannot attend.', { key: 'problem.conflict.bookingCutoff' });
    }
  }
  return slot;
};

/** What a candidate sees of the slots: the open ones they could book, soonest first. */
export const bookableSlots = (slots: readonly Slot[], now: Date): Slot[] =>
  slots.filter((slot) => isBookable(slot, now)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
