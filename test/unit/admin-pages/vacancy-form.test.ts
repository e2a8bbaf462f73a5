import { describe, expect, it } from 'vitest';
import { checkVacancy, vacancyFromInputs } from '#functions/admin/pages/client/vacancy-form.js';
import { vacancyMoves } from '#functions/admin/pages/client/vacancy-moves.js';

const inputs = {
  number: '1801',
  title: 'Cybercrime Analyst',
  unit: 'Cybercrime Directorate',
  reportingTo: 'Director, Cybercrime',
  location: 'Singapore',
  timeZone: 'Asia/Singapore',
  grade: '4',
  posts: '2',
  clearance: 'Basic',
  secondmentType: 'regular',
  durationMonths: '24',
  endsOn: '',
  publishedAt: '2026-11-01',
  deadline: '2026-12-31',
  status: 'draft',
};

describe('the vacancy form, checked with the shared schema before sending', () => {
  it('reads numbers as numbers and leaves blanks out', () => {
    expect(vacancyFromInputs(inputs)).toMatchObject({ posts: 2, durationMonths: 24 });
    expect(vacancyFromInputs(inputs)).not.toHaveProperty('endsOn');
  });

  it('accepts a complete vacancy', () => {
    expect(checkVacancy(inputs)).toEqual({ ok: true, vacancy: expect.objectContaining({ number: '1801', posts: 2 }) });
  });

  it('names each field that is wrong or missing, one message each', () => {
    const check = checkVacancy({ ...inputs, grade: '', timeZone: 'Mars/Olympus' });

    expect(check.ok).toBe(false);
    expect(check.ok ? [] : [...check.errors]).toEqual([
      ['timeZone', 'Not an IANA time zone such as Europe/Paris.'],
      ['grade', expect.any(String)],
    ]);
  });

  it('checks the fields against each other once each is right: one duration, a deadline after publication', () => {
    const check = checkVacancy({ ...inputs, endsOn: '2027-12-31', deadline: '2026-10-01' });

    expect(check.ok ? [] : [...check.errors.keys()]).toEqual(['durationMonths', 'deadline']);
  });
});

describe('the moves offered on a vacancy row', () => {
  it('are those of the vacancy status machine', () => {
    expect(vacancyMoves('draft')).toEqual([{ to: 'open', label: 'Publish' }, { to: 'cancelled', label: 'Cancel' }]);
    expect(vacancyMoves('closed').map((move) => move.label)).toEqual(['Mark filled', 'Cancel', 'Reopen']);
    expect(vacancyMoves('filled')).toEqual([]);
  });
});
