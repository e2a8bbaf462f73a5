import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '#shared/errors.js';
import { formatForces, parseForces } from '#shared/profiles/forces.js';
import { assertPostKind } from '#shared/profiles/post-kind.js';
import { receivingProfile, sendingProfile } from '#shared/profiles/profile.js';
import { roleTrack } from '#shared/profiles/role-categories.js';
import { vacancyCreateSchema } from '#shared/vacancies/edit-schema.js';
import { vacancySchema } from '#shared/vacancies/schema.js';
import { openVacancy } from '../../support/candidates.js';
import { eulexCall, unitForces } from '../../support/sending-unit.js';

const paths = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('a call for a mission post', () => {
  it('carries the mission, who runs it, the role category, the rank sought and both deadlines', () => {
    const call = vacancySchema.parse(eulexCall());
    expect(call.mission).toEqual({ mission: 'EULEX Kosovo', organisation: 'EU', roleCategory: 'mentoring-and-advising', rankSought: 'Inspector or above', missionDeadline: '2026-12-28', nominationsAllowed: 2 });
    expect(call.deadline).toBe('2026-12-13');
  });

  it("refuses a mission deadline on or before the national one: the unit nominates in between", () => {
    const mission = eulexCall().mission;
    const sameDay = eulexCall({ mission: mission && { ...mission, missionDeadline: '2026-12-13' } });
    expect(paths(vacancySchema.safeParse(sameDay))).toEqual(["mission.missionDeadline: The mission's deadline must fall after the national deadline: the unit nominates in between."]);
    expect(paths(vacancyCreateSchema.safeParse({ ...sameDay, status: 'open' }))).toHaveLength(1);
  });

  it('refuses an organisation other than the EU, the UN or the OSCE, and an unknown role category', () => {
    const mission = eulexCall().mission;
    expect(paths(vacancySchema.safeParse(eulexCall({ mission: mission && { ...mission, organisation: 'NATO' as 'EU' } })))).toEqual(['mission.organisation: EU, UN or OSCE.']);
    expect(paths(vacancySchema.safeParse(eulexCall({ mission: mission && { ...mission, roleCategory: 'diving' as 'media' } })))).toEqual(['mission.roleCategory: One of the five police or ten civilian role categories.']);
  });

  it("is what a sending stage's HR creates and saves, and a receiving stage's refuses as an unknown field, as before", () => {
    const sending = sendingProfile(unitForces);
    expect(sending.postCreate.safeParse({ ...eulexCall(), status: 'open' }).success).toBe(true);
    expect(paths(sending.postCreate.safeParse({ ...openVacancy(), status: 'open' }))).toEqual(['mission: Invalid input: expected object, received undefined']);
    const { number: _number, ...saved } = eulexCall();
    expect(sending.postUpdate.safeParse({ ...saved, version: 1 }).success).toBe(true);
    expect(paths(receivingProfile.postCreate.safeParse({ ...eulexCall(), status: 'open' }))).toEqual([': Unrecognized key: "mission"']);
    expect(receivingProfile.postCreate.safeParse({ ...openVacancy(), status: 'open' }).success).toBe(true);
  });

  it("is a sending stage's kind of post, and not a receiving stage's", () => {
    const sending = sendingProfile(unitForces);
    expect(() => assertPostKind(sending, eulexCall())).not.toThrow();
    expect(() => assertPostKind(sending, openVacancy())).toThrow(ValidationFailed);
    expect(() => assertPostKind(receivingProfile, openVacancy())).not.toThrow();
    expect(() => assertPostKind(receivingProfile, eulexCall())).toThrow(ValidationFailed);
  });

  it('counts police and civilian roles apart', () => {
    expect(roleTrack('training')).toBe('police');
    expect(roleTrack('police-training')).toBe('civilian');
  });
});

describe("a stage's forces as one variable", () => {
  it('round-trips, names with spaces, commas and equals signs included', () => {
    const forces = [...unitForces, { id: 'avon', name: 'Avon and Somerset Constabulary = A&S, UK' }];
    expect(parseForces(formatForces(forces))).toEqual(forces);
    expect(parseForces('')).toEqual([]);
  });
});
