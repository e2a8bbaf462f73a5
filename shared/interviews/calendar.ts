/**
 * The booked interview as a calendar event (shared/email/calendar-event.ts): the UID is the
 * booking's (the slot and the candidate), so a moved slot's new file replaces the event.
 */
import { calendarEvent, type CalendarEventText } from '../email/calendar-event.js';
import type { Slot } from './slot.js';

/** Stable for one candidate in one slot, whatever moves: the calendar's key for the event. */
export const bookingUid = (slotId: string, applicationId: string): string => `interview-${slotId}-${applicationId}@secondment-hub`;

export const interviewEvent = (slot: Slot, applicationId: string, words: CalendarEventText, now: Date, method: 'PUBLISH' | 'CANCEL' = 'PUBLISH'): string =>
  calendarEvent(
    {
      uid: bookingUid(slot.id, applicationId),
      productId: 'secondment-hub/interviews',
      sequence: slot.sequence,
      startsAt: slot.startsAt,
      until: { minutes: slot.durationMinutes },
      ...(slot.videoLink ? { url: slot.videoLink } : {}),
      what: 'The interview',
    },
    words,
    now,
    method,
  );
