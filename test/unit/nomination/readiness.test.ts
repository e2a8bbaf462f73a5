import { describe, expect, it } from 'vitest';
import type { Application } from '#shared/applications/application.js';
import { NotFound } from '#shared/errors.js';
import { openCall, type MissionCall } from '#shared/nomination/call.js';
import { holdsPlace } from '#shared/nomination/counting.js';
import { runningNominationOf } from '#shared/nomination/steps.js';
import { blockText, nominationBlock } from '#shared/nomination/readiness.js';
import { nominationRow } from '#shared/nomination/row.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { eulexCall, unitForces } from '../../support/sending-unit.js';

/** Who the unit may nominate (shared/nomination/readiness.ts), judged on the application, the call and the clock. */
const call = eulexCall({}, { nominationsAllowed: 2 }) as MissionCall;
const cv = { key: 'applications/x/cv/1', contentType: 'application/pdf' as const, size: 10, sha256: '0'.repeat(64), receivedAt: '2026-11-20T10:00:00.000Z', suppliedBy: 'candidate' as const };
const approved = { decision: 'approved' as const, from: '2027-02-01', until: '2028-01-31', at: '2026-11-25T10:00:00.000Z', by: 'releases@met.police.example' };
const officer = (overrides: Partial<Application> = {}): Application => {
  const { homeAdministrationCountry: _country, ...base } = aminaApplication({ vacancy: call.number, status: 'interviewed', documents: { cv }, release: approved });
  return { ...base, category: 'serving-police', applicantStatus: { force: 'met', lineManager: 'Chief Inspector Dan Reyes' }, ...overrides } as Application;
};
// The national deadline, 13 December, ends at 23:00 UTC in Belgrade.
const after = new Date('2026-12-14T09:00:00Z');

describe('who the unit may nominate', () => {
  it('an interviewed, complete candidate, after the national deadline, within the call’s number', () => {
    expect(nominationBlock(officer(), call, 1, after)).toBeUndefined();
  });

  it('waits for the end of the national deadline’s day in the duty station', () => {
    expect(nominationBlock(officer(), call, 0, new Date('2026-12-13T22:59:59Z'))).toEqual({ reason: 'national-deadline-open', deadline: '2026-12-13', timeZone: 'Europe/Belgrade' });
    expect(nominationBlock(officer(), call, 0, new Date('2026-12-13T23:00:00Z'))).toBeUndefined();
  });

  it('holds back a candidate not interviewed, or one who has left', () => {
    for (const status of ['shortlisted', 'tested', 'offered', 'withdrawn', 'rejected'] as const) {
      expect(nominationBlock(officer({ status }), call, 0, after)?.reason).toBe('not-interviewed');
    }
  });

  it('holds back a serving officer without their force’s approval, but not a retired officer or a civilian, who need none', () => {
    expect(nominationBlock(officer({ release: undefined }), call, 0, after)).toEqual({ reason: 'incomplete', missing: ['release'] });
    expect(nominationBlock(officer({ release: { ...approved, decision: 'refused', note: 'Needed at home.' } }), call, 0, after)).toEqual({ reason: 'incomplete', missing: ['release'] });
    expect(nominationBlock(officer({ release: undefined, category: 'retired-police', applicantStatus: { retiredOn: '2024-03-31' } }), call, 0, after)).toBeUndefined();
    expect(nominationBlock(officer({ release: undefined, category: 'civilian-expert', applicantStatus: { expertise: 'rule-of-law', onExpertRoster: true } }), call, 0, after)).toBeUndefined();
    expect(nominationBlock(officer({ documents: {} }), call, 0, after)).toEqual({ reason: 'incomplete', missing: ['cv'] });
  });

  it('holds back every candidate once the call’s places are taken', () => {
    expect(nominationBlock(officer(), call, 2, after)).toEqual({ reason: 'full', allowed: 2 });
    expect(blockText({ reason: 'full', allowed: 1 })).toBe('The call takes at most 1 nomination, and every place is taken.');
  });
});

describe('a nomination’s place', () => {
  const nominated = { nominatedAt: '2026-12-14T09:00:00.000Z', nominatedBy: 'hr@unit.example' };
  it('is held until the nomination is withdrawn, or its candidate withdraws or is rejected before it is sent', () => {
    expect(holdsPlace(officer({ nomination: nominated }))).toBe(true);
    expect(holdsPlace(officer({ nomination: nominated, status: 'withdrawn' }))).toBe(false);
    expect(holdsPlace(officer({ nomination: nominated, status: 'rejected' }))).toBe(false);
    expect(holdsPlace(officer())).toBe(false);
  });

  it('stays held once the package went: the mission has it, and the unit sends no more than the call allows', () => {
    const sent = { ...nominated, sent: { on: '2026-12-15', recordedAt: '2026-12-15T10:00:00.000Z', by: 'hr@unit.example' } };
    expect(holdsPlace(officer({ nomination: sent, status: 'withdrawn' }))).toBe(true);
    expect(holdsPlace(officer({ nomination: sent, status: 'rejected' }))).toBe(true);
  });

  it('goes no further once its candidate left: no package, no day sent, no answer told', () => {
    expect(() => runningNominationOf(officer({ nomination: nominated, status: 'withdrawn' }))).toThrow('This application is withdrawn: its nomination goes no further.');
    expect(() => runningNominationOf(officer())).toThrow('This candidate has not been nominated.');
    expect(runningNominationOf(officer({ nomination: nominated }))).toEqual(nominated);
  });
});

describe('a row of the board', () => {
  it('names the force, what is missing and why the candidate cannot be nominated, and no mark or note of HR’s', () => {
    const row = nominationRow(officer({ release: undefined, score: 91, note: 'Strong.' }), call, unitForces, 0, after);
    expect(row).toMatchObject({ force: { id: 'met', name: 'Metropolitan Police Service' }, missing: ['release'], canNominate: false, blockedBy: 'incomplete' });
    expect(row.why).toBe("This candidate cannot be nominated yet: the force's release is still missing.");
    expect(JSON.stringify(row)).not.toMatch(/91|Strong/);
  });

  it('a nominated candidate can no longer be nominated, and says no reason', () => {
    const row = nominationRow(officer({ nomination: { nominatedAt: '2026-12-14T09:00:00.000Z', nominatedBy: 'hr@unit.example' } }), call, unitForces, 2, after);
    expect(row).toMatchObject({ canNominate: false, nomination: { nominatedAt: '2026-12-14T09:00:00.000Z' } });
    expect(row.blockedBy).toBeUndefined();
  });
});

describe('a call', () => {
  it('is a vacancy that names its mission: any other is an unknown number', async () => {
    await expect(openCall({ get: async () => openVacancy({ number: '1701' }) }, '1701')).rejects.toBeInstanceOf(NotFound);
    await expect(openCall({ get: async () => undefined }, 'X')).rejects.toBeInstanceOf(NotFound);
    expect((await openCall({ get: async () => call }, call.number)).mission.nominationsAllowed).toBe(2);
  });
});
