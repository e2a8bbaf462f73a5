import { describe, expect, it } from 'vitest';
import { isPastRetention, retentionGroupOf, vacancyEndedAt } from '#shared/retention/policy.js';
import { statisticsOf } from '#shared/retention/statistics.js';
import { openVacancy } from '../../support/candidates.js';

const lyon = openVacancy({ deadline: '2026-06-30', timeZone: 'Europe/Paris' });
const entry = (at: string, action: 'close' | 'fill' | 'cancel' | 'reopen' | 'edited') => ({ at, action });

describe('when a vacancy ended', () => {
  it('is the end of its deadline day in the duty station for an open vacancy past it, and not yet before', () => {
    // Midnight in Lyon in summer is 22:00 UTC the day before.
    expect(vacancyEndedAt(lyon, [], new Date('2026-06-30T21:59:59Z'))).toBeUndefined();
    expect(vacancyEndedAt(lyon, [], new Date('2026-06-30T22:00:00Z'))?.toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it('is when it was closed, even when closed before its deadline', () => {
    const closed = { ...lyon, status: 'closed' as const };

    expect(vacancyEndedAt(closed, [entry('2026-05-02T09:00:00.000Z', 'close')], new Date('2026-12-01'))?.toISOString()).toBe('2026-05-02T09:00:00.000Z');
  });

  it('is the latest close of a vacancy closed, reopened and closed again', () => {
    const closed = { ...lyon, status: 'closed' as const };
    const history = [entry('2026-05-02T09:00:00.000Z', 'close'), entry('2026-05-03T09:00:00.000Z', 'reopen'), entry('2026-06-01T09:00:00.000Z', 'close')];

    expect(vacancyEndedAt(closed, history, new Date('2026-12-01'))?.toISOString()).toBe('2026-06-01T09:00:00.000Z');
  });

  it('is when it was filled, months after it closed', () => {
    const filled = { ...lyon, status: 'filled' as const };
    const history = [entry('2026-07-01T08:00:00.000Z', 'close'), entry('2026-10-15T08:00:00.000Z', 'fill')];

    expect(vacancyEndedAt(filled, history, new Date('2026-12-01'))?.toISOString()).toBe('2026-10-15T08:00:00.000Z');
  });

  it('is when it was cancelled', () => {
    const cancelled = { ...lyon, status: 'cancelled' as const };

    expect(vacancyEndedAt(cancelled, [entry('2026-06-10T08:00:00.000Z', 'cancel')], new Date('2026-12-01'))?.toISOString()).toBe('2026-06-10T08:00:00.000Z');
  });

  it('falls back on the end of the deadline day for a vacancy stored without history', () => {
    const closed = { ...openVacancy({ deadline: '2026-01-15', timeZone: 'America/Argentina/Buenos_Aires' }), status: 'closed' as const };

    expect(vacancyEndedAt(closed, [], new Date('2026-12-01'))?.toISOString()).toBe('2026-01-16T03:00:00.000Z');
  });

  it('is never for a draft', () => {
    expect(vacancyEndedAt({ ...lyon, status: 'draft' }, [], new Date('2030-01-01'))).toBeUndefined();
  });
});

describe('retention', () => {
  it('keeps data for more than the retention period, and no longer', () => {
    const endedAt = new Date('2026-03-01T10:00:00Z');

    expect(isPastRetention(endedAt, 183, new Date('2026-08-31T10:00:00Z'))).toBe(false);
    expect(isPastRetention(endedAt, 183, new Date('2026-08-31T10:00:01Z'))).toBe(true);
  });

  it.each([
    ['appointed', 'appointed'],
    ['rejected', 'unsuccessful'],
    ['withdrawn', 'unsuccessful'],
    ['offered', 'unsuccessful'],
    ['submitted', 'unsuccessful'],
  ] as const)('treats a %s application as %s', (status, group) => {
    expect(retentionGroupOf(status)).toBe(group);
  });

  it('keeps counts along each dimension alone, and the self-declared gender by the quarter of submission only', () => {
    const statistics = statisticsOf([
      { status: 'rejected', nationality: 'SN', category: 'law-enforcement', submittedAt: '2026-03-31T23:59:59.000Z', gender: 'woman' },
      { status: 'rejected', nationality: 'FR', category: 'law-enforcement', submittedAt: '2026-04-01T00:00:00.000Z', gender: 'woman' },
      { status: 'withdrawn', nationality: 'FR', category: 'government-official', submittedAt: '2026-04-02T10:00:00.000Z' },
    ]);

    expect(statistics).toEqual({
      total: 3,
      byStatus: { rejected: 2, withdrawn: 1 },
      byCountry: { SN: 1, FR: 2 },
      byCategory: { 'law-enforcement': 2, 'government-official': 1 },
      byQuarterGender: { '2026-Q1 woman': 1, '2026-Q2 woman': 1, '2026-Q2 notStated': 1 },
    });
  });
});
