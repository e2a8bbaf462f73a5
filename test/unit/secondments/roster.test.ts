import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastDayOf } from '#shared/secondments/months.js';
import { monthsLeft } from '#shared/secondments/months.js';
import { rosterCounts, rosterRow, rosterRows } from '#shared/secondments/roster.js';
import { rosterSecondment } from '../../support/roster-secondments.js';

/** The roster's rules (issue 17, point 4): the months left on an injected day, the rows and their counts. */
describe('months left', () => {
  it.each([
    // The last day is today: less than a month is left.
    ['2030-03-31', '2030-03-31', 0],
    ['2030-03-31', '2030-04-01', 0],
    ['2030-03-31', '2030-03-01', 1],
    ['2030-03-31', '2030-03-02', 0],
    ['2030-03-31', '2027-04-01', 36],
    ['2030-03-31', '2027-04-02', 35],
    // Month ends: 31 January to 27 February 2027 is the month a run from 31 January is given (lastDayOf).
    ['2027-02-27', '2027-01-31', 1],
    ['2027-02-26', '2027-01-31', 0],
    ['2027-02-28', '2027-01-30', 1],
    ['2027-04-29', '2027-01-31', 3],
    // Leap day: a year from 29 February 2028 ends on 27 February 2029, as lastDayOf makes it.
    ['2029-02-27', '2028-02-29', 12],
    ['2029-02-26', '2028-02-29', 11],
    ['2028-02-28', '2028-01-29', 1],
    ['2028-03-28', '2028-02-29', 1],
    ['2028-03-27', '2028-02-29', 0],
  ])('with the last day %s, on %s: %i', (lastDay, today, expected) => {
    expect(monthsLeft(lastDay, today)).toBe(expected);
  });

  const day = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2034-12-31T00:00:00Z'), noInvalidDate: true }).map((at) => at.toISOString().slice(0, 10));

  it('on a run’s first day is the run’s months, and never grows as days pass (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 72 }), fc.integer({ min: 0, max: 400 }), (firstDay, months, later) => {
        const lastDay = lastDayOf(firstDay, months);
        expect(monthsLeft(lastDay, firstDay)).toBe(months);
        const then = new Date(Date.parse(`${firstDay}T00:00:00Z`) + later * 86_400_000).toISOString().slice(0, 10);
        expect(monthsLeft(lastDay, then)).toBeLessThanOrEqual(months);
        expect(monthsLeft(lastDay, then)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('the roster’s rows', () => {
  const now = new Date('2028-01-15T10:00:00.000Z');

  it('keeps every secondee not ended, one row each, by last day, with their state and months left', () => {
    const rows = rosterRows(
      [
        rosterSecondment(1),
        rosterSecondment(2, { firstDay: '2028-03-01', lastDay: '2029-02-28' }),
        rosterSecondment(3, { lastDay: '2028-01-14' }),
        rosterSecondment(4, { lastDay: '2028-03-31', firstDay: '2027-04-01' }),
        rosterSecondment(5, { ended: { lastDay: '2028-02-10', early: true, reason: 'Recalled.', at: '2028-01-02T09:00:00.000Z', by: 'hr@secondment-hub.local' } }),
        rosterSecondment(6, { ended: { lastDay: '2028-01-10', early: true, reason: 'Recalled.', at: '2028-01-02T09:00:00.000Z', by: 'hr@secondment-hub.local' } }),
      ],
      now,
    );
    expect(rows.map((row) => [row.givenName, row.state, row.lastDay, row.monthsLeft])).toEqual([
      ['Officer5', 'ending', '2028-02-10', 0],
      ['Officer4', 'ending', '2028-03-31', 2],
      ['Officer2', 'arriving', '2029-02-28', 13],
      ['Officer1', 'serving', '2030-03-31', 26],
    ]);
  });

  it('shows the extension under way, and extended once one was approved', () => {
    const asked = { id: 'x1', months: 12, fromLastDay: '2030-03-31', toLastDay: '2031-03-31', requestedBy: { email: 'ncb@police.fr.example', as: 'ncb' as const }, requestedAt: '2028-01-02T09:00:00.000Z' };
    expect(rosterRow(rosterSecondment(1, { extensions: [{ ...asked, state: 'awaiting-approval' }] }), now)?.extension).toEqual({ months: 12, toLastDay: '2031-03-31', state: 'awaiting-approval' });
    const approved = rosterRow(rosterSecondment(1, { lastDay: '2031-03-31', extensions: [{ ...asked, state: 'approved' }] }), now);
    expect(approved?.state).toBe('extended');
    expect(approved?.extension).toBeUndefined();
    expect(approved?.monthsLeft).toBe(38);
  });

  it('reads the day at the duty station: in Auckland the last day is already past while in Lyon it is not', () => {
    const lateEvening = new Date('2028-01-14T12:00:00.000Z');
    expect(rosterRow(rosterSecondment(1, { lastDay: '2028-01-14' }), lateEvening)?.state).toBe('ending');
    expect(rosterRow(rosterSecondment(1, { lastDay: '2028-01-14', timeZone: 'Pacific/Auckland' }), lateEvening)).toBeUndefined();
  });

  it('holds no email, no gender, nothing but the roster’s fields', () => {
    const row = rosterRow(rosterSecondment(1), now);
    expect(Object.keys(row ?? {}).sort()).toEqual(
      ['dutyStation', 'familyName', 'firstDay', 'givenName', 'grade', 'homeAdministration', 'homeAdministrationCountry', 'id', 'lastDay', 'monthsLeft', 'nationality', 'state', 'type', 'unit', 'vacancy'].sort(),
    );
  });
});

describe('the roster’s counts', () => {
  it('counts by nationality, unit and type, most first, then by name', () => {
    const now = new Date('2028-01-15T10:00:00.000Z');
    const rows = rosterRows(
      [
        rosterSecondment(1),
        rosterSecondment(2, { nationality: 'SN', homeAdministrationCountry: 'SN' }),
        rosterSecondment(3, { nationality: 'SN', homeAdministrationCountry: 'SN', unit: 'Counter-Terrorism', type: 'short-term' }),
        rosterSecondment(4, { nationality: 'BR', unit: 'Counter-Terrorism' }),
        rosterSecondment(5, { nationality: 'BR', lastDay: '2027-12-31' }),
      ],
      now,
    );
    expect(rosterCounts(rows)).toEqual({
      total: 4,
      byNationality: [
        { value: 'SN', count: 2 },
        { value: 'BR', count: 1 },
        { value: 'FR', count: 1 },
      ],
      byUnit: [
        { value: 'Counter-Terrorism', count: 2 },
        { value: 'Cybercrime Directorate', count: 2 },
      ],
      byType: [
        { value: 'regular', count: 3 },
        { value: 'short-term', count: 1 },
      ],
    });
  });

  it('agree with the rows they count, whatever the records (reconciliation, property)', () => {
    const now = new Date('2028-06-01T10:00:00.000Z');
    const record = fc.record({
      nationality: fc.constantFrom('FR', 'SN', 'BR', 'JP'),
      unit: fc.constantFrom('Cybercrime Directorate', 'Counter-Terrorism', 'Financial Crime'),
      type: fc.constantFrom('regular' as const, 'short-term' as const),
      firstDay: fc.constantFrom('2026-01-01', '2027-04-01', '2028-09-01'),
      months: fc.integer({ min: 6, max: 72 }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), (records) => {
        const secondments = records.map((one, n) => rosterSecondment(n, { ...one, homeAdministrationCountry: one.nationality, lastDay: lastDayOf(one.firstDay, one.months) }));
        const rows = rosterRows(secondments, now);
        // Every record not ended on its duty station's day is one row.
        expect(rows.length).toBe(secondments.filter((one) => one.lastDay >= '2028-06-01').length);
        const counts = rosterCounts(rows);
        for (const by of [counts.byNationality, counts.byUnit, counts.byType]) expect(by.reduce((sum, { count }) => sum + count, 0)).toBe(counts.total);
        for (const { value, count } of counts.byNationality) expect(count).toBe(rows.filter((row) => row.nationality === value).length);
        for (const { value, count } of counts.byUnit) expect(count).toBe(rows.filter((row) => row.unit === value).length);
      }),
    );
  });
});
