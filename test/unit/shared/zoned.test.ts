import { describe, expect, it } from 'vitest';
import { addDays, dateIn, isIsoDate, isTimeZone, startOfDay } from '#shared/time/zoned.js';

describe('calendar days in a time zone', () => {
  it.each([
    ['2026-01-15', 'Europe/Paris', '2026-01-14T23:00:00.000Z'],
    ['2026-07-15', 'Europe/Paris', '2026-07-14T22:00:00.000Z'],
    ['2026-03-29', 'Europe/Paris', '2026-03-28T23:00:00.000Z'],
    ['2026-03-30', 'Europe/Paris', '2026-03-29T22:00:00.000Z'],
    ['2026-10-25', 'Europe/Paris', '2026-10-24T22:00:00.000Z'],
    ['2026-10-26', 'Europe/Paris', '2026-10-25T23:00:00.000Z'],
    ['2026-07-15', 'Asia/Singapore', '2026-07-14T16:00:00.000Z'],
    ['2026-07-15', 'America/Argentina/Buenos_Aires', '2026-07-15T03:00:00.000Z'],
    ['2026-01-01', 'Asia/Kolkata', '2025-12-31T18:30:00.000Z'],
    ['2026-07-15', 'UTC', '2026-07-15T00:00:00.000Z'],
  ])('starts %s in %s at %s', (date, zone, expected) => {
    expect(startOfDay(date, zone).toISOString()).toBe(expected);
  });

  it('starts a day whose midnight is skipped by DST at the transition (Santiago, 6 September 2026)', () => {
    const start = startOfDay('2026-09-06', 'America/Santiago');
    expect(start.toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(dateIn(start, 'America/Santiago')).toBe('2026-09-06');
    expect(dateIn(new Date(start.getTime() - 1), 'America/Santiago')).toBe('2026-09-05');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('tells real dates and time zones from impostors', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-1-05')).toBe(false);
    expect(isTimeZone('Asia/Singapore')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
