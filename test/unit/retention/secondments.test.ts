import { describe, expect, it } from 'vitest';
import { isSecondmentPastRetention, latestLastDayPastRetention, secondmentKeptUntil } from '#shared/retention/secondment-policy.js';
import { monthsServedBand, secondmentStatisticsOf } from '#shared/retention/secondment-statistics.js';
import { extendedLastDay } from '#shared/secondments/months.js';
import { startOfDay } from '#shared/time/zoned.js';

const TEN_YEARS = 3650;
const lyon = { firstDay: '2027-04-01', lastDay: '2030-03-31', timeZone: 'Europe/Paris' };
const end = (lastDay: string, early: boolean) => ({ lastDay, early, reason: 'Recalled by the home administration.', at: '2029-01-10T09:00:00.000Z', by: 'hr@example.org' });

describe("a secondment's retention, counted from the last day served", () => {
  it('keeps the record through its last kept day in the duty station and purges it from the next midnight there', () => {
    const keptUntil = secondmentKeptUntil(lyon, TEN_YEARS);
    expect(keptUntil).toBe('2040-03-28');
    // Midnight in Lyon on 29 March 2040 (summer time, from 25 March) is 22:00 UTC the day before.
    const nextMidnight = startOfDay('2040-03-29', 'Europe/Paris');
    expect(nextMidnight.toISOString()).toBe('2040-03-28T22:00:00.000Z');

    expect(isSecondmentPastRetention(lyon, TEN_YEARS, new Date(nextMidnight.getTime() - 1))).toBe(false);
    expect(isSecondmentPastRetention(lyon, TEN_YEARS, nextMidnight)).toBe(true);
  });

  it('counts from the recorded end when the officer left early, not from the planned last day', () => {
    const early = { ...lyon, ended: end('2029-01-31', true) };

    expect(secondmentKeptUntil(early, TEN_YEARS)).toBe('2039-01-29');
    expect(isSecondmentPastRetention(early, TEN_YEARS, new Date('2039-01-30T12:00:00Z'))).toBe(true);
    expect(isSecondmentPastRetention(lyon, TEN_YEARS, new Date('2039-01-30T12:00:00Z'))).toBe(false);
  });

  it('moves with an approved extension: the record is kept ten years after the new last day', () => {
    const extended = { ...lyon, lastDay: extendedLastDay(lyon.lastDay, 24) };
    const pastTheFirstEnd = new Date('2040-06-01T12:00:00Z');

    expect(extended.lastDay).toBe('2032-03-31');
    expect(isSecondmentPastRetention(lyon, TEN_YEARS, pastTheFirstEnd)).toBe(true);
    expect(isSecondmentPastRetention(extended, TEN_YEARS, pastTheFirstEnd)).toBe(false);
  });

  it('queries up to a last day no zone can be past yet beyond, so a duty station ahead of UTC is not missed', () => {
    // 13:30 UTC on 29 March 2040 is already 30 March in Kiritimati (UTC+14).
    const now = new Date('2040-03-29T13:30:00Z');
    const kiritimati = { lastDay: '2030-04-01', timeZone: 'Pacific/Kiritimati' };

    expect(isSecondmentPastRetention(kiritimati, TEN_YEARS, now)).toBe(true);
    expect(isSecondmentPastRetention({ ...kiritimati, timeZone: 'UTC' }, TEN_YEARS, now)).toBe(false);
    expect(latestLastDayPastRetention(TEN_YEARS, now)).toBe(kiritimati.lastDay);
  });
});

describe('the counts kept of purged secondments', () => {
  it('counts each secondment once along each dimension, with no name, id or email', () => {
    const secondments = [
      { ...lyon, nationality: 'FR', unit: 'Cybercrime', type: 'regular' as const },
      { ...lyon, nationality: 'FR', unit: 'Counter-Terrorism', type: 'regular' as const, lastDay: '2033-03-31' },
      { firstDay: '2027-01-15', lastDay: '2027-10-14', nationality: 'KE', unit: 'Cybercrime', type: 'short-term' as const, ended: end('2027-05-31', true) },
    ];

    const statistics = secondmentStatisticsOf(secondments);

    expect(statistics).toEqual({
      total: 3,
      byNationality: { FR: 2, KE: 1 },
      byUnit: { Cybercrime: 2, 'Counter-Terrorism': 1 },
      byType: { regular: 2, 'short-term': 1 },
      byYearEnded: { '2030': 1, '2033': 1, '2027': 1 },
      byEnding: { 'on-time': 2, early: 1 },
      byMonthsServed: { '25-36': 1, '61-72': 1, '0-6': 1 },
    });
    expect(JSON.stringify(statistics)).not.toMatch(/@|officer|applicationId/);
  });

  it.each([
    [0, '0-6'],
    [6, '0-6'],
    [7, '7-12'],
    [12, '7-12'],
    [13, '13-24'],
    [36, '25-36'],
    [37, '37-48'],
    [72, '61-72'],
    [73, 'over-72'],
  ])('puts %i whole months served in band %s', (months, band) => {
    expect(monthsServedBand(months)).toBe(band);
  });

  it('counts an end recorded before the first day as zero months served', () => {
    const never = { ...lyon, nationality: 'ES', unit: 'Cybercrime', type: 'regular' as const, ended: end('2027-03-31', true) };

    expect(secondmentStatisticsOf([never]).byMonthsServed).toEqual({ '0-6': 1 });
  });
});
