import { describe, expect, it } from 'vitest';
import { wallTime, zonedStart } from '#shared/interviews/wall-time.js';

describe('a slot’s start entered on the wall clock of its zone', () => {
  it('gives the instant with the zone’s offset on that day, winter and summer', () => {
    expect(zonedStart('2027-01-12', '09:00', 'Europe/Paris')).toBe('2027-01-12T09:00:00+01:00');
    expect(zonedStart('2027-07-12', '09:00', 'Europe/Paris')).toBe('2027-07-12T09:00:00+02:00');
    expect(zonedStart('2027-01-12', '09:30', 'Asia/Kolkata')).toBe('2027-01-12T09:30:00+05:30');
    expect(zonedStart('2027-01-12', '09:00', 'America/Bogota')).toBe('2027-01-12T09:00:00-05:00');
    expect(zonedStart('2027-01-12', '09:00', 'UTC')).toBe('2027-01-12T09:00:00+00:00');
  });

  it('has no instant for a time the zone skips when clocks go forward, nor for a malformed one', () => {
    expect(zonedStart('2027-03-28', '02:30', 'Europe/Paris')).toBeUndefined();
    expect(zonedStart('2027-03-28', '03:30', 'Europe/Paris')).toBe('2027-03-28T03:30:00+02:00');
    expect(zonedStart('2027-1-12', '09:00', 'Europe/Paris')).toBeUndefined();
    expect(zonedStart('2027-01-12', '9h', 'Europe/Paris')).toBeUndefined();
  });

  it('reads a stored instant back as the date and time HR entered', () => {
    expect(wallTime('2027-01-12T08:00:00.000Z', 'Europe/Paris')).toEqual({ date: '2027-01-12', time: '09:00' });
    expect(wallTime('2027-01-12T23:30:00.000Z', 'Asia/Tokyo')).toEqual({ date: '2027-01-13', time: '08:30' });
  });
});
