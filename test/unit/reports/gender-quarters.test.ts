import { describe, expect, it } from 'vitest';
import { genderTally } from '#shared/reports/gender-quarters.js';
import type { ReportedGender } from '#shared/reports/gender.js';
import { quarterOf, settledQuarters } from '#shared/reports/quarters.js';

describe('the quarters gender is counted in', () => {
  it.each([
    ['2026-01-01T00:00:00.000Z', '2026-Q1'],
    ['2026-03-31T23:59:59.999Z', '2026-Q1'],
    ['2026-04-01T00:00:00.000Z', '2026-Q2'],
    // UTC, whatever the duty station's clock says.
    ['2026-06-30T22:30:00.000Z', '2026-Q2'],
    ['2026-12-31T23:00:00.000Z', '2026-Q4'],
  ])('%s is in %s', (at, quarter) => {
    expect(quarterOf(at)).toBe(quarter);
  });

  it.each([
    // Q3 ended at the end of 30 September: shown 14 days later, from 15 October, 00:00 UTC, never before.
    ['2026-10-14T23:59:59.999Z', '2026-Q2'],
    ['2026-10-15T00:00:00.000Z', '2026-Q3'],
    ['2026-12-07T12:00:00.000Z', '2026-Q3'],
    ['2027-01-15T00:00:00.000Z', '2026-Q4'],
  ])('at %s the latest quarter shown is %s, and 8 at most', (now, latest) => {
    const quarters = settledQuarters(new Date(now));
    expect(quarters.at(-1)?.quarter).toBe(latest);
    expect(quarters).toHaveLength(8);
  });

  it('gives each quarter its first and last day', () => {
    expect(settledQuarters(new Date('2026-12-07T12:00:00Z')).map(({ quarter, from, to }) => `${quarter} ${from} ${to}`)).toEqual([
      '2024-Q4 2024-10-01 2024-12-31',
      '2025-Q1 2025-01-01 2025-03-31',
      '2025-Q2 2025-04-01 2025-06-30',
      '2025-Q3 2025-07-01 2025-09-30',
      '2025-Q4 2025-10-01 2025-12-31',
      '2026-Q1 2026-01-01 2026-03-31',
      '2026-Q2 2026-04-01 2026-06-30',
      '2026-Q3 2026-07-01 2026-09-30',
    ]);
  });
});

describe('gender per closed quarter', () => {
  const now = new Date('2026-12-07T12:00:00Z');
  const tally = (appointments: Array<[string, ReportedGender]>) => {
    const genders = genderTally();
    for (let n = 0; n < 7; n += 1) genders.applied('2026-08-10T10:00:00Z', 'woman');
    for (let n = 0; n < 6; n += 1) genders.applied('2026-08-11T10:00:00Z', 'man');
    for (let n = 0; n < 5; n += 1) genders.applied('2026-11-02T10:00:00Z', 'woman');
    for (const [at, gender] of appointments) genders.appointed(at, gender);
    return genders.quarters(now);
  };

  it('does not move when HR appoints someone today: the quarter in progress is not counted (the differencing of a live count)', () => {
    const before = tally([]);
    const after = tally([['2026-12-07T11:00:00Z', 'woman']]);
    expect(after).toEqual(before);
    expect(before.map((quarter) => quarter.quarter)).toEqual(['2026-Q3']);
    // 7 women, 6 men, no other answer: the two empty cells are hidden (a zero reads fewer than 5 too) and sum to under 5, so the next smallest, the 6, is hidden with them.
    expect(before[0]?.applications.cells).toEqual({ woman: { count: 7 }, man: { fewerThan: 5 }, another: { fewerThan: 5 }, notStated: { fewerThan: 5 } });
  });

  it('leaves out the quarter that ended less than 14 days ago, and quarters older than the last 8 or with nothing in them', () => {
    const genders = genderTally();
    genders.applied('2024-09-30T10:00:00Z', 'woman'); // 2024-Q3: the ninth quarter back
    genders.applied('2025-05-01T10:00:00Z', 'man');
    genders.appointed('2026-02-01T10:00:00Z', 'woman'); // a quarter with an appointment only
    genders.applied('2026-12-20T10:00:00Z', 'man');
    expect(genders.quarters(new Date('2027-01-14T23:59:59Z')).map((quarter) => quarter.quarter)).toEqual(['2025-Q2', '2026-Q1']);
    expect(genders.quarters(new Date('2027-01-15T00:00:00Z')).map((quarter) => quarter.quarter)).toEqual(['2025-Q2', '2026-Q1', '2026-Q4']);
  });

  it('counts each quarter on its own, its shares of that quarter’s applications and appointments', () => {
    const [quarter] = tally([
      ['2026-07-15T10:00:00Z', 'woman'],
      ['2026-08-15T10:00:00Z', 'woman'],
      ['2026-09-15T10:00:00Z', 'woman'],
      ['2026-09-16T10:00:00Z', 'woman'],
      ['2026-09-17T10:00:00Z', 'woman'],
      ['2026-09-18T10:00:00Z', 'woman'],
    ]);
    expect(quarter?.applications).toEqual({ cells: { woman: { count: 7 }, man: { fewerThan: 5 }, another: { fewerThan: 5 }, notStated: { fewerThan: 5 } }, shares: { woman: 53.8 }, total: 13 });
    // Six appointees, all women: every cell hidden, since the one equal to the total would tell each answer.
    expect(quarter?.appointments).toEqual({ cells: { woman: { fewerThan: 5 }, man: { fewerThan: 5 }, another: { fewerThan: 5 }, notStated: { fewerThan: 5 } }, shares: {}, total: 6 });
  });
});
