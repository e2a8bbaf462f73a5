import { describe, expect, it } from 'vitest';
import { nextSendAt, sendsAllowed } from '#shared/circulars/pacing.js';

const start = new Date('2026-11-22T09:00:00.000Z');
const at = (ms: number) => new Date(start.getTime() + ms);

describe('pacing under the stage’s send rate', () => {
  it('lets the first send go at once and the next only 1/rate seconds later', () => {
    // Arrange
    const pace = { ratePerSecond: 4, startedAt: start, sent: 1 };

    // Act, Assert
    expect(sendsAllowed({ ...pace, sent: 0 }, start)).toBe(1);
    expect(sendsAllowed(pace, at(249))).toBe(0);
    expect(sendsAllowed(pace, at(250))).toBe(1);
    expect(nextSendAt(pace)).toEqual(at(250));
  });

  it('never lets a slow sender catch up with a burst: what is owed is given one at a time', () => {
    // Arrange: 10 a second, two sends made, and SES was slow for 3 seconds.
    const pace = { ratePerSecond: 10, startedAt: start, sent: 2 };

    // Act
    const allowed = sendsAllowed(pace, at(3000));

    // Assert: the count says how far behind the run is; the job sends one per turn and asks again.
    expect(allowed).toBe(29);
    expect(nextSendAt(pace)).toEqual(at(200));
  });

  it.each([1, 3, 14, 50])('holds any one-second window to %i sends when every send goes as soon as allowed', (rate) => {
    // Arrange
    const times: number[] = [];
    const pace = { ratePerSecond: rate, startedAt: start, sent: 0 };

    // Act: 5 seconds' worth of sends, each at the earliest instant the rule gives.
    while (times.length < rate * 5) {
      const next = nextSendAt(pace);
      expect(sendsAllowed(pace, next)).toBeGreaterThan(0);
      expect(sendsAllowed(pace, new Date(next.getTime() - 1))).toBe(0);
      times.push(next.getTime());
      pace.sent += 1;
    }

    // Assert
    for (const first of times) expect(times.filter((time) => time >= first && time < first + 1000).length).toBeLessThanOrEqual(rate);
  });

  it('allows nothing before the run started', () => {
    expect(sendsAllowed({ ratePerSecond: 5, startedAt: start, sent: 0 }, at(-1))).toBe(0);
  });
});
