/**
 * The written test as an iCalendar event (RFC 5545), built by the `ics` library, as the
 * interviews' is (shared/interviews/calendar.ts): one UID per candidate and test, so a corrected
 * test's file replaces the event (a higher SEQUENCE) and a cancelled one removes it. A sitting
 * spans its start to its end; a window spans its opening to its closing (the description says how
 * long the test takes within it). Instants in UTC: every calendar shows them in its reader's zone.
 */
import { createEvent, type EventAttributes } from 'ics';
import type { WrittenTest } from './test.js';

export interface TestEventText {
  title: string;
  description: string;
  /** The address, or the platform link for a remote test. */
  location: string;
}

export const testUid = (testId: string, applicationId: string): string => `written-test-${testId}-${applicationId}@secondment-hub`;

export const testEvent = (test: WrittenTest, applicationId: string, words: TestEventText, now: Date, method: 'PUBLISH' | 'CANCEL' = 'PUBLISH'): string => {
  // DTSTAMP from the injected clock: `ics` reads `timestamp` though its types do not name it (else it stamps Date.now()).
  const attributes: EventAttributes & { timestamp: number } = {
    uid: testUid(test.id, applicationId),
    productId: 'secondment-hub/written-tests',
    method,
    sequence: test.sequence,
    timestamp: now.getTime(),
    start: Date.parse(test.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(test.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: words.title,
    description: words.description,
    location: words.location,
    ...(test.platformLink ? { url: test.platformLink } : {}),
    status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw new Error(`The written test's calendar event could not be built: ${error?.message ?? 'no value'}`);
  return value;
};
