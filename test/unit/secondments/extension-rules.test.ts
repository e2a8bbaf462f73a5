import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkExtension, extensionRoom, monthsTaken, type Extension } from '#shared/secondments/extension.js';
import { addMonths, extendedLastDay, lastDayOf, monthsServedBetween } from '#shared/secondments/months.js';
import { secondmentLimits } from '#shared/vacancies/secondment-rules.js';

const run = (type: 'regular' | 'short-term', firstDay: string, months: number, extensions: Pick<Extension, 'state'>[] = []) => ({
  type,
  firstDay,
  lastDay: lastDayOf(firstDay, months),
  extensions,
});

describe('the calendar of a secondment', () => {
  it.each([
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-03-31', -1, '2027-02-28'],
    ['2027-11-15', 2, '2028-01-15'],
    ['2027-01-15', -13, '2025-12-15'],
  ])('moves %s by %i months to %s, a missing day becoming the month’s last', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });

  it('counts 1 January to 31 December as 12 months, and a run of n months back to n', () => {
    expect(monthsServedBetween('2027-01-01', '2027-12-31')).toBe(12);
    expect(lastDayOf('2027-01-01', 36)).toBe('2029-12-31');
    expect(extendedLastDay('2029-12-31', 12)).toBe('2030-12-31');
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }), fc.integer({ min: 1, max: 72 }), (start, months) => {
        const firstDay = start.toISOString().slice(0, 10);
        const lastDay = lastDayOf(firstDay, months);
        // A run that starts on the 29th to the 31st may lose its last days to a short month: it still takes `months`.
        expect(monthsTaken({ firstDay, lastDay })).toBe(months);
      }),
    );
  });

  it('counts a month begun as a whole one against the limit', () => {
    expect(monthsTaken({ firstDay: '2027-01-15', lastDay: '2027-12-31' })).toBe(12);
    expect(monthsTaken({ firstDay: '2027-01-01', lastDay: '2027-12-31' })).toBe(12);
    expect(monthsTaken({ firstDay: '2027-01-01', lastDay: '2028-01-01' })).toBe(13);
  });
});

describe('an extension within the rules (regular: 72 in all; short-term: 36 in all)', () => {
  const today = '2027-06-01';
  it.each([
    // type, months so far, asked, allowed, months left before
    ['regular', 12, 60, true, 60],
    ['regular', 12, 61, false, 60],
    ['regular', 36, 36, true, 36],
    ['regular', 36, 37, false, 36],
    ['regular', 71, 1, true, 1],
    ['regular', 72, 1, false, 0],
    ['short-term', 6, 30, true, 30],
    ['short-term', 6, 31, false, 30],
    ['short-term', 35, 1, true, 1],
    ['short-term', 36, 1, false, 0],
  ] as const)('%s of %i months, asked %i more: allowed %s (%i left)', (type, months, asked, allowed, left) => {
    const verdict = checkExtension(run(type, '2027-01-01', months), asked, today);
    expect(verdict.allowed).toBe(allowed);
    expect(verdict.room).toEqual({ limit: secondmentLimits[type].maxTotal, taken: months, left });
    if (!verdict.allowed) {
      expect(verdict.reason).toContain(`${secondmentLimits[type].maxTotal} months in all`);
      expect(verdict.reason).toContain(left === 0 ? 'none is left' : `at most ${left} more`);
    } else {
      expect(verdict.toLastDay).toBe(lastDayOf('2027-01-01', months + asked));
    }
  });

  it('refuses less than one whole month, a second extension under way, and an ended secondment', () => {
    expect(checkExtension(run('regular', '2027-01-01', 12), 0, today)).toMatchObject({ allowed: false, reason: expect.stringMatching(/at least one whole month/) });
    expect(checkExtension(run('regular', '2027-01-01', 12), 1.5, today)).toMatchObject({ allowed: false });
    expect(checkExtension(run('regular', '2027-01-01', 12, [{ state: 'awaiting-approval' }]), 6, today)).toMatchObject({ allowed: false, reason: expect.stringMatching(/already under way/) });
    expect(checkExtension(run('regular', '2027-01-01', 12, [{ state: 'refused' }, { state: 'approved' }]), 6, today)).toMatchObject({ allowed: true });
    expect(checkExtension(run('regular', '2027-01-01', 12), 6, '2028-01-01')).toMatchObject({ allowed: false, reason: expect.stringMatching(/has ended/) });
    expect(checkExtension({ ...run('regular', '2027-01-01', 12), ended: {} }, 6, today)).toMatchObject({ allowed: false, reason: expect.stringMatching(/has ended/) });
  });

  it('never lets a run pass its type’s limit, and always allows what is left (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('regular' as const, 'short-term' as const), fc.integer({ min: 1, max: 72 }), fc.integer({ min: 1, max: 80 }), (type, months, asked) => {
        const { maxTotal } = secondmentLimits[type];
        fc.pre(months <= maxTotal);
        const secondment = run(type, '2027-01-01', months);
        const verdict = checkExtension(secondment, asked, '2027-01-02');
        expect(verdict.allowed).toBe(months + asked <= maxTotal);
        if (verdict.allowed) expect(monthsTaken({ firstDay: secondment.firstDay, lastDay: verdict.toLastDay })).toBeLessThanOrEqual(maxTotal);
        expect(extensionRoom(secondment).left).toBe(maxTotal - months);
      }),
    );
  });
});
