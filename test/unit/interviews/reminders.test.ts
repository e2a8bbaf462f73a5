import { describe, expect, it } from 'vitest';
import { interviewDay, reminderDue } from '#shared/interviews/reminders.js';
import { fixedClock } from '#shared/time/clock.js';
import { APPLICATION, slot } from './fixtures.js';

/**
 * Europe/Paris springs forward on Sunday 28 March 2027 (02:00 -> 03:00): the day before is
 * Saturday 27 March in Paris, whatever UTC says. The clock is injected.
 */
const sundayMorning = slot({ startsAt: '2027-03-28T07:30:00.000Z', timeZone: 'Europe/Paris', bookedBy: APPLICATION }); // 09:30 CEST

describe('the interview reminder, the day before in the slot’s zone', () => {
  it('names the slot’s day in its own zone', () => {
    expect(interviewDay(sundayMorning)).toBe('2027-03-28');
    // 00:30 in Tokyo on the 13th is still the 12th in UTC.
    expect(interviewDay(slot({ startsAt: '2027-01-12T15:30:00.000Z', timeZone: 'Asia/Tokyo' }))).toBe('2027-01-13');
  });

  it('is due from 08:00 on the Saturday before a Sunday of the DST change, until its end', () => {
    expect(reminderDue(sundayMorning, fixedClock('2027-03-27T06:59:59.000Z').now())).toBe(false); // 07:59:59 CET
    expect(reminderDue(sundayMorning, fixedClock('2027-03-27T07:00:00.000Z').now())).toBe(true); // 08:00 CET
    expect(reminderDue(sundayMorning, fixedClock('2027-03-27T22:59:59.000Z').now())).toBe(true); // 23:59:59 CET
  });

  it('is not due once the interview’s own day has begun in its zone, though UTC is still on the day before', () => {
    // 00:30 on Sunday in Paris (CET, before the change) is 23:30 on Saturday in UTC.
    expect(reminderDue(sundayMorning, fixedClock('2027-03-27T23:30:00.000Z').now())).toBe(false);
  });

  it('is due the day before an interview on the day after the autumn change (a 25-hour Sunday), judged in Paris', () => {
    const monday = slot({ startsAt: '2027-11-01T08:00:00.000Z', timeZone: 'Europe/Paris', bookedBy: APPLICATION }); // Monday 09:00 CET
    expect(reminderDue(monday, fixedClock('2027-10-31T07:00:00.000Z').now())).toBe(true); // Sunday 08:00 CET
    expect(reminderDue(monday, fixedClock('2027-10-31T23:00:00.000Z').now())).toBe(false); // Monday 00:00 CET
  });

  it('is never due for a free or a cancelled slot', () => {
    const now = fixedClock('2027-03-27T09:00:00.000Z').now();
    expect(reminderDue({ ...sundayMorning, bookedBy: undefined }, now)).toBe(false);
    expect(reminderDue({ ...sundayMorning, status: 'cancelled' }, now)).toBe(false);
  });
});
