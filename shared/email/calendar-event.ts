/**
 * An event to attach to an email (RFC 5545), built by the `ics` library: an interview, a written
 * test. Its UID is the caller's, stable for one candidate and one occasion, so a moved or corrected
 * one's file replaces the event in the candidate's calendar (a higher SEQUENCE) and a cancelled one
 * removes it. Instants in UTC: every calendar shows them in its reader's own zone.
 */
import { createEvent, type EventAttributes } from 'ics';

export interface CalendarEventText {
  title: string;
  description: string;
  /** The place or address, or the link when there is none. */
  location: string;
}

export interface CalendarEvent {
  uid: string;
  /** What made it: `secondment-hub/interviews`. */
  productId: string;
  sequence: number;
  startsAt: string;
  /** Its end, or its length. */
  until: { endsAt: string } | { minutes: number };
  url?: string;
  /** What it is, for the error if `ics` refuses it: "The interview". */
  what: string;
}

export const calendarEvent = (event: CalendarEvent, words: CalendarEventText, now: Date, method: 'PUBLISH' | 'CANCEL' = 'PUBLISH'): string => {
  const end: Partial<EventAttributes> =
    'endsAt' in event.until ? { end: Date.parse(event.until.endsAt), endInputType: 'utc', endOutputType: 'utc' } : { duration: { minutes: event.until.minutes } };
  // DTSTAMP from the injected clock: `ics` reads `timestamp` though its types do not name it (else it stamps Date.now()).
  const attributes = {
    uid: event.uid,
    productId: event.productId,
    method,
    sequence: event.sequence,
    timestamp: now.getTime(),
    start: Date.parse(event.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    ...end,
    title: words.title,
    description: words.description,
    location: words.location,
    ...(event.url ? { url: event.url } : {}),
    status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
  } as EventAttributes & { timestamp: number };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw new Error(`${event.what}'s calendar event could not be built: ${error?.message ?? 'no value'}`);
  return value;
};
