/**
 * The booked interview as an iCalendar event (RFC 5545), built by the `ics` library: the UID is
 * the booking's (the slot and the candidate), so a moved slot's new file replaces the event in the
 * candidate's calendar (a higher SEQUENCE) rather than adding a second one. DTSTART is in UTC: every
 * calendar shows it in its reader's own zone, whatever the slot's.
 */
import { createEvent, type EventAttributes } from 'ics';
import type { Slot } from './slot.js';

export interface CalendarEventText {
  title: string;
  description: string;
  /** The place, or the video link when there is no place. */
  location: string;
}

/** Stable for one candidate in one slot, whatever moves: the calendar's key for the event. */
export const bookingUid = (slotId: string, applicationId: string): string => `interview-${slotId}-${applicationId}@secondment-hub`;

export const interviewEvent = (slot: Slot, applicationId: string, words: CalendarEventText, now: Date, method: 'PUBLISH' | 'CANCEL' = 'PUBLISH'): string => {
  // DTSTAMP from the injected clock: `ics` reads `timestamp` though its types do not name it (else it stamps Date.now()).
  const attributes: EventAttributes & { timestamp: number } = {
    uid: bookingUid(slot.id, applicationId),
    productId: 'secondment-hub/interviews',
    method,
    sequence: slot.sequence,
    timestamp: now.getTime(),
    start: Date.parse(slot.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: slot.durationMinutes },
    title: words.title,
    description: words.description,
    location: words.location,
    ...(slot.videoLink ? { url: slot.videoLink } : {}),
    status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw new Error(`The interview's calendar event could not be built: ${error?.message ?? 'no value'}`);
  return value;
};
