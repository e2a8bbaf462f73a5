import { describe, expect, it } from 'vitest';
import { dueReminder, reminderWindow } from '#shared/reminders/due-reminder.js';

const offsets = [14, 7, 2];
// Deadline Tuesday 30 March 2027 in Lyon: the 2-day reminder falls on Sunday 28 March, the day clocks go forward.
const lyon = { deadline: '2027-03-30', timeZone: 'Europe/Paris' };
const longBefore = '2027-02-01T09:00:00.000Z';

describe('the reminder due at a time', () => {
  it.each([
    ['15 days before', '2027-03-15T05:00:00Z', undefined],
    ['14 days before', '2027-03-16T05:00:00Z', { offset: 14, daysLeft: 14 }],
    ['between two reminder days: still the latest one', '2027-03-20T05:00:00Z', { offset: 14, daysLeft: 10 }],
    ['7 days before', '2027-03-23T05:00:00Z', { offset: 7, daysLeft: 7 }],
    ['at 23:30 in Lyon, the evening before the DST change', '2027-03-27T22:30:00Z', { offset: 7, daysLeft: 3 }],
    ['at 00:30 in Lyon on the DST day, when it is still the 27th in UTC', '2027-03-27T23:30:00Z', { offset: 2, daysLeft: 2 }],
    ['at 06:00 summer time on the DST day', '2027-03-28T04:00:00Z', { offset: 2, daysLeft: 2 }],
    ['on the deadline day, until its last minute', '2027-03-30T21:59:00Z', { offset: 2, daysLeft: 0 }],
    ['once the deadline day has ended in Lyon', '2027-03-30T22:00:00Z', undefined],
  ])('in Lyon, %s', (_case, now, expected) => {
    expect(dueReminder(lyon, longBefore, offsets, new Date(now))).toEqual(expected);
  });

  it('counts days in Lyon across the autumn change, when the day has 25 hours', () => {
    // Deadline Tuesday 27 October 2026; clocks went back on Sunday 25 October.
    const autumn = { deadline: '2026-10-27', timeZone: 'Europe/Paris' };
    const submitted = '2026-09-01T09:00:00.000Z';

    expect(dueReminder(autumn, submitted, offsets, new Date('2026-10-24T21:30:00Z'))).toEqual({ offset: 7, daysLeft: 3 });
    expect(dueReminder(autumn, submitted, offsets, new Date('2026-10-24T22:30:00Z'))).toEqual({ offset: 2, daysLeft: 2 });
    // 23:30 winter time on the 25th: still the 25th in Lyon, though summer time would make it the 26th.
    expect(dueReminder(autumn, submitted, offsets, new Date('2026-10-25T22:30:00Z'))).toEqual({ offset: 2, daysLeft: 2 });
    expect(dueReminder(autumn, submitted, offsets, new Date('2026-10-27T22:59:00Z'))).toEqual({ offset: 2, daysLeft: 0 });
    expect(dueReminder(autumn, submitted, offsets, new Date('2026-10-27T23:00:00Z'))).toBeUndefined();
  });

  it('counts days in Singapore, not in UTC: its reminder day starts at 16:00 UTC the day before', () => {
    const singapore = { deadline: '2027-04-20', timeZone: 'Asia/Singapore' };

    expect(dueReminder(singapore, longBefore, offsets, new Date('2027-04-05T15:59:00Z'))).toBeUndefined();
    expect(dueReminder(singapore, longBefore, offsets, new Date('2027-04-05T16:00:00Z'))).toEqual({ offset: 14, daysLeft: 14 });
    expect(dueReminder(singapore, longBefore, offsets, new Date('2027-04-20T15:59:00Z'))).toEqual({ offset: 2, daysLeft: 0 });
    expect(dueReminder(singapore, longBefore, offsets, new Date('2027-04-20T16:00:00Z'))).toBeUndefined();
  });

  it('counts days in Buenos Aires, behind UTC', () => {
    const buenosAires = { deadline: '2027-04-20', timeZone: 'America/Argentina/Buenos_Aires' };

    expect(dueReminder(buenosAires, longBefore, offsets, new Date('2027-04-06T02:59:00Z'))).toBeUndefined();
    expect(dueReminder(buenosAires, longBefore, offsets, new Date('2027-04-06T03:00:00Z'))).toEqual({ offset: 14, daysLeft: 14 });
  });

  it('after missed runs, answers only the most recent reminder due, not the earlier ones', () => {
    expect(dueReminder(lyon, longBefore, offsets, new Date('2027-03-29T05:00:00Z'))).toEqual({ offset: 2, daysLeft: 1 });
  });

  it('owes no reminder whose day came on or before the day of the application, whose receipt said it all', () => {
    const submittedOnReminderDay = '2027-03-23T12:00:00Z';

    expect(dueReminder(lyon, submittedOnReminderDay, offsets, new Date('2027-03-24T05:00:00Z'))).toBeUndefined();
    expect(dueReminder(lyon, submittedOnReminderDay, offsets, new Date('2027-03-28T04:00:00Z'))).toEqual({ offset: 2, daysLeft: 2 });
  });

  it('takes the offsets configured for the stage', () => {
    expect(dueReminder(lyon, longBefore, [30, 3], new Date('2027-03-02T05:00:00Z'))).toEqual({ offset: 30, daysLeft: 28 });
    expect(dueReminder(lyon, longBefore, [3], new Date('2027-03-26T05:00:00Z'))).toBeUndefined();
  });
});

describe('the window of deadlines a run reads', () => {
  it('spans a day either side of UTC, so every duty station is covered, up to the largest offset', () => {
    expect(reminderWindow(offsets, new Date('2027-03-16T05:00:00Z'))).toEqual({ from: '2027-03-15', to: '2027-03-31' });
  });
});
