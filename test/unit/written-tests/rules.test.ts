import { describe, expect, it } from 'vitest';
import { candidateTestView } from '#shared/written-tests/candidate-view.js';
import { instantIn, localIn } from '#shared/written-tests/local-time.js';
import { passes, resultOf, sameResult } from '#shared/written-tests/result.js';
import { readResultsCsv } from '#shared/written-tests/results-csv.js';
import { testAnswerBodySchema, testBodySchema, type TestInvitation, type WrittenTest } from '#shared/written-tests/test.js';

const test: WrittenTest = {
  id: '3f1c0a52-1111-4000-8000-000000000001',
  vacancy: '1781',
  format: 'sitting',
  startsAt: '2027-01-20T08:30:00.000Z',
  endsAt: '2027-01-20T10:30:00.000Z',
  timeZone: 'Europe/Paris',
  address: 'Lyon',
  maxMark: 100,
  passMark: 60,
  status: 'scheduled',
  revision: 1,
  sequence: 0,
  updatedAt: '2026-12-01T09:00:00.000Z',
  updatedBy: 'hr@example.org',
};
const invitation: TestInvitation = { vacancy: '1781', applicationId: '7c2e5d1f-0000-4000-8000-000000000001', testId: test.id, invitedAt: '2026-12-01T09:00:00.000Z', invitedBy: 'hr@example.org', revision: 1 };
const ref = (n: number) => `7c2e5d1f-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('the pass mark', () => {
  it('passes a mark at the pass mark and above, and fails one a hundredth below', () => {
    expect(passes(60, 60)).toBe(true);
    expect(passes(60.01, 60)).toBe(true);
    expect(passes(59.99, 60)).toBe(false);
    expect(resultOf(test, 60, 'now', 'hr')).toMatchObject({ passed: true, passMark: 60, maxMark: 100, testId: test.id });
  });

  it('finds the same result recorded again (same test and mark), not another test’s', () => {
    const recorded = resultOf(test, 72.5, 'now', 'hr');
    expect(sameResult(recorded, test.id, 72.5)).toBe(true);
    expect(sameResult(recorded, test.id, 72)).toBe(false);
    expect(sameResult(recorded, 'another', 72.5)).toBe(false);
    expect(sameResult(undefined, test.id, 72.5)).toBe(false);
  });
});

describe('times read in the test’s zone, across DST', () => {
  it('reads winter and summer wall clocks at their own offsets', () => {
    expect(instantIn('2027-01-20T09:30', 'Europe/Paris')?.toISOString()).toBe('2027-01-20T08:30:00.000Z');
    expect(instantIn('2027-07-20T09:30', 'Europe/Paris')?.toISOString()).toBe('2027-07-20T07:30:00.000Z');
    expect(instantIn('2027-03-28T03:30', 'Europe/Paris')?.toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(instantIn('2027-03-14T09:00', 'America/New_York')?.toISOString()).toBe('2027-03-14T13:00:00.000Z');
  });

  it('refuses a time the zone skips when its clocks go forward', () => {
    expect(instantIn('2027-03-28T02:30', 'Europe/Paris')).toBeUndefined();
    expect(instantIn('2027-03-14T02:30', 'America/New_York')).toBeUndefined();
  });

  it('takes the first of a time the zone repeats when its clocks go back', () => {
    expect(instantIn('2027-10-31T02:30', 'Europe/Paris')?.toISOString()).toBe('2027-10-31T00:30:00.000Z');
  });

  it('reads a zone without DST, and writes an instant back as the zone’s wall clock', () => {
    expect(instantIn('2027-03-28T02:30', 'Africa/Dakar')?.toISOString()).toBe('2027-03-28T02:30:00.000Z');
    expect(localIn(new Date('2027-07-20T07:30:00.000Z'), 'Europe/Paris')).toBe('2027-07-20T09:30');
    expect(instantIn('2027-02-30T09:00', 'Europe/Paris')).toBeUndefined();
  });
});

describe('the test’s body', () => {
  const body = { format: 'sitting', startsAt: '2027-01-20T09:30', endsAt: '2027-01-20T11:30', timeZone: 'Europe/Paris', address: 'Lyon', maxMark: 100, passMark: 60 };

  it('takes a sitting at a place and a remote window with its duration', () => {
    expect(testBodySchema.safeParse(body).success).toBe(true);
    expect(testBodySchema.safeParse({ ...body, format: 'window', address: undefined, platformLink: 'https://tests.example/1781', durationMinutes: 90 }).success).toBe(true);
  });

  it('refuses a window without a duration, both a link and an address, neither, a pass mark above the maximum, an unknown zone and an unknown field', () => {
    const refused = [
      { ...body, format: 'window' },
      { ...body, platformLink: 'https://tests.example/1' },
      { ...body, address: undefined },
      { ...body, passMark: 101 },
      { ...body, timeZone: 'Europe/Atlantis' },
      { ...body, room: 'B' },
      { ...body, passMark: 60.005 },
    ];
    for (const each of refused) expect(testBodySchema.safeParse(each).success, JSON.stringify(each)).toBe(false);
  });

  it('takes another time only with a reason, and a confirmation without one', () => {
    expect(testAnswerBodySchema.safeParse({ answer: 'another-time' }).success).toBe(false);
    expect(testAnswerBodySchema.safeParse({ answer: 'another-time', reason: 'On duty abroad.' }).success).toBe(true);
    expect(testAnswerBodySchema.safeParse({ answer: 'confirmed', reason: 'x' }).success).toBe(false);
    expect(testAnswerBodySchema.safeParse({ answer: 'confirmed' }).success).toBe(true);
  });
});

describe('the platform’s CSV', () => {
  it('reads the reference and mark columns by name, past others, with a comma or a semicolon and a decimal comma', () => {
    expect(readResultsCsv(`Name,Reference,Mark\nAmina,${ref(1)},72.5\n`)).toEqual({ rows: [{ line: 2, reference: ref(1), mark: 72.5 }], issues: [] });
    expect(readResultsCsv(`\uFEFFreference;score\r\n${ref(2)};59,99\r\n`).rows).toEqual([{ line: 2, reference: ref(2), mark: 59.99 }]);
  });

  it('names each bad row by its line: no reference, not a reference, no mark, not a mark, a negative mark, a duplicate', () => {
    const csv = ['reference,mark', `,10`, `abc,10`, `${ref(1)},`, `${ref(2)},ten`, `${ref(3)},-4`, `${ref(4)},50`, '', `${ref(4)},50`].join('\n');
    const { rows, issues } = readResultsCsv(csv);
    expect(rows.map((row) => row.line)).toEqual([7]);
    expect(issues.map((issue) => issue.line)).toEqual([2, 3, 4, 5, 6, 9]);
    expect(issues.at(-1)?.message).toBe('The same candidate as line 7: one row per candidate.');
  });

  it('refuses a header without the two columns, and a file with no row', () => {
    expect(readResultsCsv('candidate,points\nx,1\n').issues).toEqual([{ line: 1, message: expect.stringContaining('reference column and a mark column') }]);
    expect(readResultsCsv('reference,mark\n').issues).toEqual([{ line: 1, message: 'The file has a header and no result.' }]);
  });

  it('counts lines from the start of a quoted cell that spans two', () => {
    const { rows } = readResultsCsv(`reference,note,mark\n${ref(1)},"two\nlines",40\n${ref(2)},x,41\n`);
    expect(rows.map((row) => row.line)).toEqual([2, 4]);
  });
});

describe('what the candidate sees', () => {
  it('nothing unless invited; then the test, until when to answer, and never a result', () => {
    expect(candidateTestView(undefined, undefined, new Date('2027-01-01T00:00:00Z'))).toEqual({ invited: false, canAnswer: false });
    const view = candidateTestView(invitation, test, new Date('2027-01-20T08:29:59.999Z'), 'Asia/Riyadh');
    expect(view).toMatchObject({ invited: true, candidateTimeZone: 'Asia/Riyadh', canAnswer: true, answerUntil: test.startsAt });
    expect(JSON.stringify(view)).not.toContain('mark"');
  });

  it('answers close at the test’s start, and a cancelled test takes none', () => {
    expect(candidateTestView(invitation, test, new Date(test.startsAt)).canAnswer).toBe(false);
    const cancelled = candidateTestView(invitation, { ...test, status: 'cancelled' }, new Date('2027-01-01T00:00:00Z'));
    expect(cancelled).toMatchObject({ canAnswer: false, test: { cancelled: true } });
    expect(cancelled).not.toHaveProperty('answerUntil');
  });
});
