import { describe, expect, it } from 'vitest';
import { applicationsCloseAt, currentStatus, isTakingApplications } from '#shared/vacancies/deadline.js';

const lyon = { deadline: '2025-09-01', timeZone: 'Europe/Paris', status: 'open' as const, publishedAt: '2025-07-01' };
const at = (iso: string) => new Date(iso);

describe('application deadlines', () => {
  it('closes a Lyon vacancy at the end of its deadline day in Paris time (summer, UTC+2)', () => {
    expect(applicationsCloseAt(lyon).toISOString()).toBe('2025-09-01T22:00:00.000Z');
    expect(isTakingApplications(lyon, at('2025-09-01T21:59:59.999Z'))).toBe(true);
    expect(isTakingApplications(lyon, at('2025-09-01T22:00:00.000Z'))).toBe(false);
  });

  it('closes at 23:00 UTC on a winter deadline, the clocks having gone back in between', () => {
    const winter = { ...lyon, deadline: '2025-11-03' };
    expect(applicationsCloseAt(winter).toISOString()).toBe('2025-11-03T23:00:00.000Z');
  });

  it('closes correctly on the day the clocks change (deadline the Saturday before DST ends and starts)', () => {
    expect(applicationsCloseAt({ ...lyon, deadline: '2026-10-24' }).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(applicationsCloseAt({ ...lyon, deadline: '2026-10-25' }).toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(applicationsCloseAt({ ...lyon, deadline: '2026-03-28' }).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(applicationsCloseAt({ ...lyon, deadline: '2026-03-29' }).toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('closes a Singapore vacancy at 16:00 UTC, hours before a Lyon one with the same deadline', () => {
    const singapore = { ...lyon, timeZone: 'Asia/Singapore' };
    expect(applicationsCloseAt(singapore).toISOString()).toBe('2025-09-01T16:00:00.000Z');
    expect(isTakingApplications(singapore, at('2025-09-01T17:00:00Z'))).toBe(false);
    expect(isTakingApplications(lyon, at('2025-09-01T17:00:00Z'))).toBe(true);
  });

  it('takes no applications before the publication day nor for a vacancy that is not open', () => {
    expect(isTakingApplications(lyon, at('2025-06-30T12:00:00Z'))).toBe(false);
    expect(isTakingApplications({ ...lyon, status: 'draft' }, at('2025-08-01T12:00:00Z'))).toBe(false);
  });

  it('shows an open vacancy as closed once its deadline day has ended, and leaves other statuses alone', () => {
    expect(currentStatus(lyon, at('2025-09-01T21:00:00Z'))).toBe('open');
    expect(currentStatus(lyon, at('2025-09-02T08:00:00Z'))).toBe('closed');
    expect(currentStatus({ ...lyon, status: 'filled' }, at('2025-09-02T08:00:00Z'))).toBe('filled');
  });
});
