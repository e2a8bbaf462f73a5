import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueEndingNotice, endingNoticeClaim } from '#shared/secondments/ending-notices.js';
import { secondmentState } from '#shared/secondments/secondment.js';
import { addDays, dateIn, startOfDay } from '#shared/time/zoned.js';

const months = [9, 6, 3];
const secondment = { id: 's-1', firstDay: '2027-04-01', lastDay: '2029-03-31', extensions: [] };

describe('the notices that a secondment is ending (9, 6 and 3 months before)', () => {
  it.each([
    ['2028-06-30', undefined],
    ['2028-07-01', 9],
    ['2028-09-30', 9],
    ['2028-10-01', 6],
    ['2029-01-01', 3],
    ['2029-03-31', 3],
    ['2029-04-01', undefined],
  ])('on %s the notice due is %s months before', (today, due) => {
    expect(dueEndingNotice(secondment, months, today)?.monthsBefore).toBe(due);
  });

  it('after a missed run sends the nearest notice only, never one whose day is before the first day, never once ended', () => {
    // The runs of the 9- and 6-month days were missed: the 3-month notice says it all.
    // It says the whole months left on the day it goes (1 of them on 10 February), not its nominal 3.
    expect(dueEndingNotice(secondment, months, '2029-02-10')).toEqual({ monthsBefore: 3, day: '2029-01-01', monthsLeft: 1 });
    expect(dueEndingNotice(secondment, months, '2029-01-01')?.monthsLeft).toBe(3);
    // A 6-month run: its 6-month notice would greet the officer on the first day, so only the 3-month one goes.
    const short = { firstDay: '2027-01-01', lastDay: '2027-06-30' };
    expect(dueEndingNotice(short, months, '2027-01-01')).toBeUndefined();
    expect(dueEndingNotice(short, months, '2027-03-31')).toBeUndefined();
    expect(dueEndingNotice(short, months, '2027-04-01')).toEqual({ monthsBefore: 3, day: '2027-04-01', monthsLeft: 3 });
    // A stage that gives only 6 months' notice: the 6-month run still gets it, the day after its first.
    expect(dueEndingNotice(short, [6], '2027-01-01')).toBeUndefined();
    expect(dueEndingNotice(short, [6], '2027-01-02')).toEqual({ monthsBefore: 6, day: '2027-01-02', monthsLeft: 5 });
    expect(dueEndingNotice(short, [12, 6], '2027-01-02')).toMatchObject({ monthsBefore: 6, day: '2027-01-02' });
    expect(dueEndingNotice({ ...secondment, ended: { lastDay: '2028-12-31', early: true, reason: 'Recalled.', at: '', by: '' } }, months, '2029-01-02')).toBeUndefined();
  });

  it('is claimed once per notice and recipient, and anew when an extension moves the last day', () => {
    const notice = dueEndingNotice(secondment, months, '2028-07-01');
    if (!notice) throw new Error('expected a notice');
    expect(endingNoticeClaim(secondment, notice, 'ncb')).toEqual({ scope: 'SECONDMENT#s-1', kind: 'ending-9-ncb', day: '2029-03-31' });
    expect(endingNoticeClaim({ ...secondment, lastDay: '2030-03-31' }, notice, 'ncb').day).toBe('2030-03-31');
  });

  it('follows the duty station’s calendar across a DST change: due from its local midnight, whichever UTC hour a run comes', () => {
    // Paris goes to summer time on 26 March 2028; the 9-month notice of a run ending on 26 December 2028 is due from 26 March 2028.
    const paris = { firstDay: '2027-01-01', lastDay: '2028-12-25' };
    const day = dueEndingNotice(paris, months, '2028-03-26')?.day;
    expect(day).toBe('2028-03-26');
    const midnight = startOfDay('2028-03-26', 'Europe/Paris');
    expect(midnight.toISOString()).toBe('2028-03-25T23:00:00.000Z');
    expect(dueEndingNotice(paris, months, dateIn(new Date(midnight.getTime() - 1), 'Europe/Paris'))?.monthsBefore).toBeUndefined();
    expect(dueEndingNotice(paris, months, dateIn(midnight, 'Europe/Paris'))?.monthsBefore).toBe(9);
  });

  it('over every day of a run, gives each notice on a span of days in order and none after the last day (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2026-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }), fc.integer({ min: 6, max: 72 }), (start, length) => {
        const firstDay = start.toISOString().slice(0, 10);
        const run = { firstDay, lastDay: addDays(firstDay, length * 30) };
        let previous = Number.POSITIVE_INFINITY;
        for (let day = addDays(run.firstDay, -3); day <= addDays(run.lastDay, 3); day = addDays(day, 7)) {
          const due = dueEndingNotice(run, months, day);
          if (day > run.lastDay || day < run.firstDay) expect(due).toBeUndefined();
          if (due) {
            expect(due.monthsBefore).toBeLessThanOrEqual(previous);
            previous = due.monthsBefore;
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('where a secondment stands', () => {
  it.each([
    ['2027-03-31', [], undefined, 'arriving'],
    ['2027-04-01', [], undefined, 'serving'],
    ['2029-01-01', [], undefined, 'ending'],
    ['2029-01-01', [{ state: 'awaiting-home-confirmation' }], undefined, 'serving'],
    ['2028-01-01', [{ state: 'approved' }], undefined, 'extended'],
    ['2028-01-01', [], { lastDay: '2028-02-29' }, 'ending'],
    ['2028-03-01', [], { lastDay: '2028-02-29' }, 'ended'],
    ['2029-04-01', [], undefined, 'ended'],
  ] as const)('on %s with extensions %j and end %j: %s', (today, extensions, ended, state) => {
    const stored = { ...secondment, extensions: extensions as never, ...(ended ? { ended: { ...ended, early: true, reason: 'Recalled.', at: '', by: '' } } : {}) };
    expect(secondmentState(stored, today, 3)).toBe(state);
  });
});
