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

  it('keeps a limit of validated applications per country, and none when left blank', () => {
    expect(checkVacancy({ ...inputs, maxValidatedPerCountry: '2' })).toEqual({ ok: true, vacancy: expect.objectContaining({ maxValidatedPerCountry: 2 }) });
    expect(vacancyFromInputs({ ...inputs, maxValidatedPerCountry: '' })).not.toHaveProperty('maxValidatedPerCountry');
    const zero = checkVacancy({ ...inputs, maxValidatedPerCountry: '0' });
    expect(zero.ok ? [] : [...zero.errors.keys()]).toEqual(['maxValidatedPerCountry']);
  });

  it('says whether a vacancy is advertised as a boolean, and nothing when left blank (the stored answer stays)', () => {
    expect(checkVacancy({ ...inputs, advertised: 'false' })).toEqual({ ok: true, vacancy: expect.objectContaining({ advertised: false }) });
    expect(checkVacancy({ ...inputs, advertised: 'true' })).toEqual({ ok: true, vacancy: expect.objectContaining({ advertised: true }) });
    expect(vacancyFromInputs({ ...inputs, advertised: '' })).not.toHaveProperty('advertised');
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
  // 1701 closes at the end of 13 December 2026 in Lyon.
  const lyon = { deadline: '2026-12-13', timeZone: 'Europe/Paris' };
  const before = { appointed: 1, now: new Date('2026-12-01T09:00:00Z') };
  const after = { appointed: 1, now: new Date('2026-12-14T09:00:00Z') };

  it('are those of the vacancy status machine', () => {
    expect(vacancyMoves({ ...lyon, status: 'draft' }, before)).toEqual([{ to: 'open', label: 'Publish' }, { to: 'cancelled', label: 'Cancel' }]);
    expect(vacancyMoves({ ...lyon, status: 'closed' }, before).map((move) => move.label)).toEqual(['Mark filled', 'Cancel', 'Reopen']);
    expect(vacancyMoves({ ...lyon, status: 'filled' }, before)).toEqual([]);
  });

  it('offer only what the API takes: no Mark filled without an appointment, no Reopen or Publish past the deadline', () => {
    expect(vacancyMoves({ ...lyon, status: 'closed' }, { ...after, appointed: 0 }).map((move) => move.label)).toEqual(['Cancel']);
    expect(vacancyMoves({ ...lyon, status: 'closed' }, after).map((move) => move.label)).toEqual(['Mark filled', 'Cancel']);
    expect(vacancyMoves({ ...lyon, status: 'draft' }, after).map((move) => move.label)).toEqual(['Cancel']);
  });
});
