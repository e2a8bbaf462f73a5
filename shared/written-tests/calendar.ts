/**
 * The written test as a calendar event (shared/email/calendar-event.ts), one UID per candidate and
 * test. A sitting spans its start to its end; a window its opening to its closing (the description
 * says how long the test takes within it).
 */
import { calendarEvent, type CalendarEventText } from '../email/calendar-event.js';
import type { WrittenTest } from './test.js';

export const testUid = (testId: string, applicationId: string): string => `written-test-${testId}-${applicationId}@secondment-hub`;

export const testEvent = (test: WrittenTest, applicationId: string, words: CalendarEventText, now: Date, method: 'PUBLISH' | 'CANCEL' = 'PUBLISH'): string =>
  calendarEvent(
    {
      uid: testUid(test.id, applicationId),
      productId: 'secondment-hub/written-tests',
      sequence: test.sequence,
      startsAt: test.startsAt,
      until: { endsAt: test.endsAt },
      ...(test.platformLink ? { url: test.platformLink } : {}),
      what: 'The written test',
    },
    words,
    now,
    method,
  );
