/**
 * What the candidate's status page shows of their interview: nothing unless invited; then the
 * slot they booked (with where, and until when they may change it) and the open slots they may
 * pick. Instants stay ISO with the slot's zone: the page writes them in its language, in the
 * slot's zone and in the candidate's.
 */
import { bookableSlots, cutoffOf } from './booking.js';
import type { Invitation, Slot } from './slot.js';

export interface SlotView {
  id: string;
  startsAt: string;
  durationMinutes: number;
  timeZone: string;
  place?: string;
  videoLink?: string;
  /** Until this instant the candidate may book it, or change away from it. */
  changeUntil: string;
}

export interface InterviewView {
  invited: boolean;
  /** The candidate's own zone, from their application, when known. */
  candidateTimeZone?: string;
  booked?: SlotView & { canChange: boolean };
  open: SlotView[];
}

const view = (slot: Slot): SlotView => ({
  id: slot.id,
  startsAt: slot.startsAt,
  durationMinutes: slot.durationMinutes,
  timeZone: slot.timeZone,
  ...(slot.place ? { place: slot.place } : {}),
  ...(slot.videoLink ? { videoLink: slot.videoLink } : {}),
  changeUntil: cutoffOf(slot).toISOString(),
});

export const interviewView = (invitation: Invitation | undefined, slots: readonly Slot[], now: Date, candidateTimeZone?: string): InterviewView => {
  const zone = candidateTimeZone ? { candidateTimeZone } : {};
  if (!invitation) return { invited: false, ...zone, open: [] };
  const booked = invitation.slotId ? slots.find((slot) => slot.id === invitation.slotId && slot.status === 'open') : undefined;
  const canChange = booked !== undefined && now.getTime() < cutoffOf(booked).getTime();
  return {
    invited: true,
    ...zone,
    ...(booked ? { booked: { ...view(booked), canChange } } : {}),
    // Once the booking can no longer change, the others are of no use to the candidate.
    open: booked && !canChange ? [] : bookableSlots(slots, now).map(view),
  };
};
