import { describe, expect, it } from 'vitest';
import type { Deployment } from '#shared/deployment/deployment.js';
import { deploymentReport } from '#shared/deployment/report.js';
import { deploymentRoster, deploymentView } from '#shared/deployment/view.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';

/** The roster's rows and the report's counts (shared/deployment/view.ts, report.ts), judged on each duty station's date. */
const forces = [
  { id: 'met', name: 'Metropolitan Police Service' },
  { id: 'kent', name: 'Kent Police' },
];
const hr: StaffPrincipal = { subject: 'hr', email: 'hr@unit.example', groups: ['hr'] };
const metApprover: StaffPrincipal = { subject: 'met', email: 'releases@met.police.example', groups: ['force'], force: 'met' };
const done = { on: '2027-01-10', recordedAt: '2027-01-10T09:00:00.000Z', by: 'hr@unit.example' };

const deployment = (id: string, overrides: Partial<Deployment> = {}): Deployment => ({
  id,
  applicationId: id,
  call: 'EULEX-26-07',
  mission: { name: 'EULEX Kosovo', organisation: 'EU', roleCategory: 'mentoring-and-advising', dutyStation: 'Pristina', timeZone: 'Europe/Belgrade' },
  officer: { givenName: 'Grace', familyName: 'Okafor', email: `${id}@example.org`, language: 'en' },
  category: 'serving-police',
  force: 'met',
  deploymentDay: '2027-03-01',
  rotationDay: '2028-02-29',
  checklist: {},
  extensions: [],
  createdAt: '2027-01-05T09:00:00.000Z',
  createdBy: 'hr@unit.example',
  updatedAt: '2027-01-05T09:00:00.000Z',
  version: 1,
  ...overrides,
});

const grace = deployment('a1', { checklist: { vetting: done, medical: done, hostileEnvironmentTraining: done, insurance: done } });
const tom = deployment('a2', { force: 'kent', deploymentDay: '2027-05-01', rotationDay: '2027-11-30' });
const sara = deployment('a3', {
  category: 'civilian-expert',
  mission: { name: 'UNMISS', organisation: 'UN', roleCategory: 'human-rights', dutyStation: 'Juba', timeZone: 'Africa/Juba' },
  deploymentDay: '2026-01-10',
  rotationDay: '2026-07-09',
  returned: { on: '2026-07-09', early: false, recordedAt: '2026-07-10T09:00:00.000Z', by: 'hr@unit.example' },
  debrief: { on: '2026-07-20', notes: 'Asked for a second tour.', recordedAt: '2026-07-20T09:00:00.000Z', by: 'hr@unit.example' },
});
const { force: _none, ...saraWithoutForce } = sara;
const all = [tom, grace, saraWithoutForce];
const june2027 = new Date('2027-06-01T09:00:00Z');

describe('the roster', () => {
  it('lists HR every deployment by mission name then deployment day, with state and checklist verdicts', () => {
    const { items, today } = deploymentRoster(all, hr, forces, {}, june2027);
    expect(items.map((row) => [row.id, row.state, row.ready])).toEqual([
      ['a1', 'deployed', true],
      ['a2', 'deployed', false],
      ['a3', 'debriefed', false],
    ]);
    expect(items[1]).toMatchObject({ officer: { name: 'Grace Okafor', email: 'a2@example.org' }, force: { id: 'kent', name: 'Kent Police' }, checklist: { vetting: 'missing' } });
    expect(today).toMatchObject({ deployed: 2, debriefed: 1, preparing: 0 });
  });

  it('shows a force’s approver only its own force’s serving officers', () => {
    expect(deploymentRoster(all, metApprover, forces, {}, june2027).items.map((row) => row.id)).toEqual(['a1']);
  });

  it('filters by state and by call', () => {
    expect(deploymentRoster(all, hr, forces, { state: 'debriefed' }, june2027).items.map((row) => row.id)).toEqual(['a3']);
    expect(deploymentRoster(all, hr, forces, { call: 'UN-27-01' }, june2027).items).toEqual([]);
  });

  it('keeps the debrief’s notes from a force’s approver', () => {
    const withDebrief = { ...grace, debrief: { on: '2028-03-10', notes: 'Internal', recordedAt: '2028-03-10T09:00:00.000Z', by: 'hr@unit.example' } };
    expect(deploymentView(withDebrief, metApprover, forces, june2027).debrief).toEqual({ on: '2028-03-10', recordedAt: '2028-03-10T09:00:00.000Z', by: 'hr@unit.example' });
    expect(deploymentView(withDebrief, hr, forces, june2027).debrief?.notes).toBe('Internal');
    expect(deploymentView(withDebrief, hr, forces, june2027).forceName).toBe('Metropolitan Police Service');
  });
});

describe('the report', () => {
  it('counts the tours that overlap the last twelve months, and those deployed today', () => {
    const report = deploymentReport(all, forces, {}, june2027);
    expect(report.period).toEqual({ from: '2026-06-01', until: '2027-06-01' });
    expect(report).toMatchObject({ total: 3, deployedNow: 2 });
    expect(report.byMission).toEqual([
      { key: 'EULEX Kosovo', label: 'EULEX Kosovo', total: 2, deployedNow: 2 },
      { key: 'UNMISS', label: 'UNMISS', total: 1, deployedNow: 0 },
    ]);
    expect(report.byOrganisation.map((count) => [count.key, count.total])).toEqual([['EU', 2], ['UN', 1]]);
    expect(report.byCategory.map((count) => [count.key, count.total, count.deployedNow])).toEqual([['serving-police', 2, 2], ['civilian-expert', 1, 0]]);
    expect(report.byForce.map((count) => [count.label, count.total])).toEqual([['Kent Police', 1], ['Metropolitan Police Service', 1]]);
  });

  it('lists all fifteen role categories, police first, even at 0', () => {
    const report = deploymentReport(all, forces, {}, june2027);
    expect(report.byRoleCategory).toHaveLength(15);
    expect(report.byRoleCategory[0]).toEqual({ key: 'executive-policing', label: 'Executive policing', total: 0, deployedNow: 0 });
    expect(report.byRoleCategory.find((count) => count.key === 'mentoring-and-advising')).toMatchObject({ total: 2, deployedNow: 2 });
    expect(report.byRoleCategory.find((count) => count.key === 'human-rights')).toMatchObject({ label: 'Human rights', total: 1 });
  });

  it('leaves out a tour that ended before the period, counting it only if deployed now', () => {
    const report = deploymentReport(all, forces, { from: '2026-08-01', until: '2027-04-30' }, june2027);
    expect(report).toMatchObject({ total: 1, deployedNow: 2 });
  });
});
