import { describe, expect, it } from 'vitest';
import { checklistVerdicts, deploymentState, isReady, type Deployment, type DeploymentExtension } from '#shared/deployment/deployment.js';

/** A deployment's state and checklist verdicts (shared/deployment/deployment.ts), judged on the duty station's date. */
const tour: Pick<Deployment, 'deploymentDay' | 'rotationDay' | 'extensions' | 'returned' | 'debrief' | 'checklist'> = {
  deploymentDay: '2027-03-01',
  rotationDay: '2028-02-29',
  extensions: [],
  checklist: {},
};
const done = (expiresOn?: string) => ({ on: '2027-01-10', recordedAt: '2027-01-10T09:00:00.000Z', by: 'hr@unit.example', ...(expiresOn ? { expiresOn } : {}) });
const extension = (state: DeploymentExtension['state']): DeploymentExtension => ({ id: 'x1', until: '2028-08-31', reason: 'Mandate renewed', requestedAt: '2027-12-01T09:00:00.000Z', requestedBy: 'hr@unit.example', state });

describe('a deployment’s state', () => {
  it('is preparing until the deployment day, and deployed from it to the rotation day inclusive', () => {
    expect(deploymentState(tour, '2027-02-28')).toBe('preparing');
    expect(deploymentState(tour, '2027-03-01')).toBe('deployed');
    expect(deploymentState(tour, '2028-02-29')).toBe('deployed');
  });

  it('is return-due the day after the rotation day while no return is recorded', () => {
    expect(deploymentState(tour, '2028-03-01')).toBe('return-due');
  });

  it('is extended while deployed with an approved extension, but not with one only requested or refused', () => {
    expect(deploymentState({ ...tour, extensions: [extension('approved')] }, '2027-06-01')).toBe('extended');
    expect(deploymentState({ ...tour, extensions: [extension('requested'), extension('refused')] }, '2027-06-01')).toBe('deployed');
  });

  it('is returned once a return is recorded, even early, and debriefed once the debrief is held', () => {
    const returned = { on: '2027-09-01', early: true, reason: 'Illness', recordedAt: '2027-09-02T09:00:00.000Z', by: 'hr@unit.example' };
    expect(deploymentState({ ...tour, returned }, '2027-09-02')).toBe('returned');
    expect(deploymentState({ ...tour, returned, debrief: { on: '2027-09-10', notes: 'Good tour', recordedAt: '2027-09-10T09:00:00.000Z', by: 'hr@unit.example' } }, '2027-09-10')).toBe('debriefed');
  });
});

describe('the checklist’s verdicts', () => {
  it('says missing for an item not recorded and done for one with no expiry', () => {
    expect(checklistVerdicts({ ...tour, checklist: { vetting: done() } })).toEqual({ vetting: 'done', medical: 'missing', hostileEnvironmentTraining: 'missing', insurance: 'missing' });
  });

  it('says expires-during-tour for an item that stops covering on or before the rotation day', () => {
    const verdicts = checklistVerdicts({ ...tour, checklist: { vetting: done('2028-02-29'), medical: done('2028-03-01'), insurance: done('2027-12-31') } });
    expect(verdicts).toMatchObject({ vetting: 'expires-during-tour', medical: 'done', insurance: 'expires-during-tour' });
  });

  it('is ready only when all four items cover the whole tour', () => {
    const all = { vetting: done(), medical: done('2028-06-01'), hostileEnvironmentTraining: done(), insurance: done('2028-06-01') };
    expect(isReady({ ...tour, checklist: all })).toBe(true);
    expect(isReady({ ...tour, checklist: { ...all, insurance: done('2028-01-01') } })).toBe(false);
    expect(isReady({ ...tour, checklist: { vetting: done() } })).toBe(false);
  });
});
