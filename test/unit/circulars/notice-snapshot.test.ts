import { describe, expect, it } from 'vitest';
import { changesSince, noticeSnapshot } from '#shared/circulars/notice-snapshot.js';
import type { Vacancy } from '#shared/vacancies/schema.js';

const header: Vacancy = {
  number: '1701',
  title: 'Criminal Intelligence Officer',
  unit: 'Criminal Analysis',
  reportingTo: 'Head of Unit',
  location: 'Lyon',
  timeZone: 'Europe/Paris',
  grade: '5',
  durationMonths: 24,
  posts: 1,
  clearance: 'Basic',
  secondmentType: 'regular',
  publishedAt: '2026-11-22',
  deadline: '2026-12-13',
  status: 'open',
};

/** A vacancy with the notice's body (issue 15, point 1), however the vacancy's type spells it today. */
const withNotice = (vacancy: Vacancy, notice: Record<string, unknown>): Vacancy => ({ ...vacancy, notice }) as Vacancy;

describe('what a circular records of the notice', () => {
  it('reads a vacancy stored before notices had a body as its header alone', () => {
    const snapshot = noticeSnapshot(header);

    expect(snapshot).toEqual({
      number: '1701',
      title: 'Criminal Intelligence Officer',
      grade: '5',
      location: 'Lyon',
      timeZone: 'Europe/Paris',
      deadline: '2026-12-13',
      durationMonths: 24,
      posts: 1,
      clearance: 'Basic',
    });
  });

  it('keeps the summary, the duties’ titles and the conditions of secondment when the notice has them', () => {
    const vacancy = withNotice(header, {
      summary: ['Analyses criminal intelligence.'],
      duties: [{ title: 'Analyse', activities: ['Write reports'] }, { activities: ['Untitled duty'] }],
      standing: { conditions: 'Read the Conditions of Secondment.', costs: 'Your administration pays your salary.', diversity: 'Not in a circular.' },
    });

    const snapshot = noticeSnapshot(vacancy);

    expect(snapshot).toMatchObject({
      summary: ['Analyses criminal intelligence.'],
      duties: ['Analyse'],
      conditions: 'Read the Conditions of Secondment.',
      costs: 'Your administration pays your salary.',
    });
  });
});

describe('what changed since a circular went', () => {
  it('names nothing when nothing the circular says changed (a field it does not carry may)', () => {
    const before = noticeSnapshot(header);

    expect(changesSince(before, noticeSnapshot({ ...header, unit: 'Another unit', status: 'open' }))).toEqual([]);
  });

  it('names the deadline, the duty station and the conditions, in the circular’s order', () => {
    const before = noticeSnapshot(withNotice(header, { standing: { conditions: 'Old conditions.' } }));
    const after = noticeSnapshot(withNotice({ ...header, deadline: '2026-12-20', timeZone: 'Asia/Singapore', location: 'Singapore' }, { standing: { conditions: 'New conditions.' } }));

    expect(changesSince(before, after)).toEqual(['location', 'deadline', 'conditions']);
  });

  it('names the duration when months become an end date', () => {
    const before = noticeSnapshot(header);
    const { durationMonths: _months, ...rest } = header;

    expect(changesSince(before, noticeSnapshot({ ...rest, endsOn: '2028-12-31' }))).toEqual(['duration']);
  });
});
