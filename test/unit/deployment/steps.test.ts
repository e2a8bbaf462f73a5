import { describe, expect, it } from 'vitest';
import type { Application } from '#shared/applications/application.js';
import { EditConflict } from '#shared/audit/edit-conflict.js';
import type { Deployment } from '#shared/deployment/deployment.js';
import { startDeployment, type DeploymentDependencies } from '#shared/deployment/start.js';
import { decideExtension, editDeployment, recordChecklistItem, recordDebrief, recordReturn, requestExtension } from '#shared/deployment/steps.js';
import { DeploymentAlreadyMade, StaleDeployment, type DeploymentAuditEntry, type DeploymentStore } from '#shared/deployment/store.js';
import { Conflict, Forbidden, NotFound, SecondmentRulesBroken, type DomainError } from '#shared/errors.js';
import { deploymentView } from '#shared/deployment/view.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { aminaApplication } from '../../support/candidates.js';
import { eulexCall, unitForces } from '../../support/sending-unit.js';

/**
 * A deployment's rules (shared/deployment/start.ts, steps.ts) over a store kept in memory that
 * behaves as the table's (versions, one per application, the application's version read).
 */
const memoryStore = (applicationVersion: () => number) => {
  const items = new Map<string, Deployment>();
  const audit: DeploymentAuditEntry[] = [];
  const store: DeploymentStore = {
    get: async (id) => structuredClone(items.get(id)),
    listAll: async () => [...items.values()].map((item) => structuredClone(item)),
    create: async (deployment, entry, application) => {
      const held = items.get(deployment.id);
      if (held) throw new DeploymentAlreadyMade(structuredClone(held));
      if (application.version !== applicationVersion()) throw new StaleDeployment();
      items.set(deployment.id, structuredClone(deployment));
      audit.push(entry);
    },
    update: async (next, expected, entry) => {
      if (items.get(next.id)?.version !== expected) throw new StaleDeployment();
      items.set(next.id, structuredClone(next));
      audit.push(entry);
    },
  };
  return { store, audit };
};

const hr: StaffPrincipal = { subject: 'hr', email: 'hr@unit.example', groups: ['hr'] };
const met: StaffPrincipal = { subject: 'met', email: 'releases@met.police.example', groups: ['force'], force: 'met' };
const scotland: StaffPrincipal = { subject: 'sc', email: 'releases@scotland.police.example', groups: ['force'], force: 'police-scotland' };
const call = eulexCall() as Vacancy;
const selected = (outcome: 'selected' | 'reserve' = 'selected', overrides: Partial<Application> = {}): Application => {
  const { homeAdministrationCountry: _country, ...base } = aminaApplication({ vacancy: call.number, status: 'interviewed' });
  return {
    ...base,
    category: 'serving-police',
    applicantStatus: { force: 'met' },
    release: { decision: 'approved', from: '2027-02-01', until: '2028-01-31', at: '2026-11-25T10:00:00.000Z', by: 'releases@met.police.example' },
    nomination: { nominatedAt: '2026-12-14T09:00:00.000Z', nominatedBy: hr.email, answer: { outcome, on: '2026-12-19', recordedAt: '2026-12-19T10:00:00.000Z', by: hr.email } },
    ...overrides,
  } as Application;
};

const setUp = (application: Application = selected()) => {
  const { store, audit } = memoryStore(() => application.version);
  const deps: DeploymentDependencies = {
    deployments: store,
    applications: { get: async (id) => (id === application.id ? application : undefined) },
    vacancies: { get: async (number) => (number === call.number ? call : undefined) },
    forces: unitForces,
    newId: () => 'e0000000-0000-4000-8000-000000000001',
  };
  return { deps, audit, id: application.id };
};
const january = new Date('2027-01-10T09:00:00Z');
const april = new Date('2027-04-01T09:00:00Z');
const tour = (id: string) => ({ applicationId: id, deploymentDay: '2027-02-01', rotationDay: '2028-01-31' });

describe('making a deployment', () => {
  it('copies the mission from the call and the officer from the application, at version 1 with its audit entry', async () => {
    const { deps, audit, id } = setUp();
    const { outcome, deployment } = await startDeployment(deps, hr, tour(id), january);
    expect(outcome).toBe('created');
    expect(deployment).toMatchObject({ id, version: 1, call: 'EULEX-26-07', force: 'met', forceName: 'Metropolitan Police Service', state: 'preparing', mission: { name: 'EULEX Kosovo', dutyStation: 'Pristina', timeZone: 'Europe/Belgrade' } });
    expect(audit.map((entry) => entry.action)).toEqual(['created']);
  });

  it('answers the same days again unchanged, and other days with a conflict carrying the one made', async () => {
    const { deps, id } = setUp();
    await startDeployment(deps, hr, tour(id), january);
    expect((await startDeployment(deps, hr, tour(id), january)).outcome).toBe('unchanged');
    const other = await startDeployment(deps, hr, { ...tour(id), rotationDay: '2028-03-31' }, january).catch((error: unknown) => error);
    expect(other).toBeInstanceOf(EditConflict);
    expect((other as EditConflict<Deployment>).current.rotationDay).toBe('2028-01-31');
  });

  it('refuses a reserve, a withdrawn officer, and days out of order', async () => {
    await expect(startDeployment(setUp(selected('reserve')).deps, hr, tour(selected().id), january)).rejects.toBeInstanceOf(Conflict);
    await expect(startDeployment(setUp(selected('selected', { status: 'withdrawn' })).deps, hr, tour(selected().id), january)).rejects.toBeInstanceOf(Conflict);
    const { deps, id } = setUp();
    await expect(startDeployment(deps, hr, { ...tour(id), rotationDay: '2027-02-01' }, january)).rejects.toBeInstanceOf(SecondmentRulesBroken);
    await expect(startDeployment(deps, hr, { ...tour(id), deploymentDay: '2026-12-18' }, january)).rejects.toBeInstanceOf(SecondmentRulesBroken);
    await expect(startDeployment(deps, hr, { ...tour('00000000-0000-4000-8000-000000000000') }, january)).rejects.toBeInstanceOf(NotFound);
  });
});

describe('a deployment’s steps', () => {
  const made = async (application?: Application) => {
    const context = setUp(application);
    await startDeployment(context.deps, hr, tour(context.id), january);
    return context;
  };

  it('refuses a stale version with the deployment as it stands', async () => {
    const { deps, id } = await made();
    await editDeployment(deps, hr, id, { version: 1, contact: { name: 'Anna Berg', role: 'Personnel', email: 'p@eulex.example' } }, january);
    const stale = await editDeployment(deps, hr, id, { version: 1, rotationDay: '2028-02-28' }, january).catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(EditConflict);
    expect((stale as EditConflict<Deployment>).current.version).toBe(2);
  });

  it('moves the days only before the deployment day', async () => {
    const { deps, id } = await made();
    expect((await editDeployment(deps, hr, id, { version: 1, deploymentDay: '2027-02-08' }, january)).deployment.deploymentDay).toBe('2027-02-08');
    await expect(editDeployment(deps, hr, id, { version: 2, rotationDay: '2028-02-28' }, april)).rejects.toBeInstanceOf(Conflict);
  });

  it('refuses a checklist day to come and an expiry not after it', async () => {
    const { deps, id } = await made();
    await expect(recordChecklistItem(deps, hr, id, 'medical', { version: 1, on: '2027-01-11' }, january)).rejects.toBeInstanceOf(SecondmentRulesBroken);
    await expect(recordChecklistItem(deps, hr, id, 'medical', { version: 1, on: '2027-01-05', expiresOn: '2027-01-05' }, january)).rejects.toBeInstanceOf(SecondmentRulesBroken);
    const { deployment } = await recordChecklistItem(deps, hr, id, 'medical', { version: 1, on: '2027-01-05', expiresOn: '2027-06-30' }, january);
    expect(deployment.checklistVerdicts.medical).toBe('expires-during-tour');
  });

  it('lets only the serving officer’s own force decide their extension, and moves the rotation day when approved', async () => {
    const { deps, id } = await made();
    const { extension } = await requestExtension(deps, hr, id, { version: 1, until: '2028-07-31', reason: 'Mandate renewed.' }, april);
    await expect(requestExtension(deps, hr, id, { version: 2, until: '2028-09-30', reason: 'Again.' }, april)).rejects.toBeInstanceOf(Conflict);
    await expect(decideExtension(deps, hr, id, extension.id, { version: 2, decision: 'approved' }, april)).rejects.toBeInstanceOf(Forbidden);
    await expect(decideExtension(deps, scotland, id, extension.id, { version: 2, decision: 'approved' }, april)).rejects.toBeInstanceOf(NotFound);
    const decided = await decideExtension(deps, met, id, extension.id, { version: 2, decision: 'approved' }, april);
    expect(decided.deployment).toMatchObject({ rotationDay: '2028-07-31', state: 'extended' });
    expect(decided.extension).toMatchObject({ state: 'approved', decidedBy: met.email });
    // The same decision again at the version it was sent with (a retry): in place, nothing written.
    const retried = await decideExtension(deps, met, id, extension.id, { version: 2, decision: 'approved' }, april);
    expect(retried).toMatchObject({ changed: false, deployment: { version: 3 } });
    await expect(decideExtension(deps, met, id, extension.id, { version: 2, decision: 'refused' }, april)).rejects.toBeInstanceOf(EditConflict);
  });

  it('has HR decide a civilian’s extension, and refuses one not past the rotation day', async () => {
    const { deps, id } = await made(selected('selected', { category: 'civilian-expert', applicantStatus: { expertise: 'rule-of-law' } }));
    await expect(requestExtension(deps, hr, id, { version: 1, until: '2028-01-31', reason: 'x' }, april)).rejects.toBeInstanceOf(SecondmentRulesBroken);
    const { extension } = await requestExtension(deps, hr, id, { version: 1, until: '2028-03-31', reason: 'Project runs on.' }, april);
    const refused = await decideExtension(deps, hr, id, extension.id, { version: 2, decision: 'refused' }, april);
    expect(refused.deployment).toMatchObject({ rotationDay: '2028-01-31', state: 'deployed' });
  });

  it('records an early return only with its reason, then the debrief on or after it', async () => {
    const { deps, id } = await made();
    await expect(recordDebrief(deps, hr, id, { version: 1, on: '2027-03-01', notes: 'x' }, april)).rejects.toBeInstanceOf(Conflict);
    await expect(recordReturn(deps, hr, id, { version: 1, on: '2027-03-01' }, april)).rejects.toBeInstanceOf(SecondmentRulesBroken);
    await expect(recordReturn(deps, hr, id, { version: 1, on: '2027-01-31', reason: 'x' }, april)).rejects.toBeInstanceOf(SecondmentRulesBroken);
    const back = await recordReturn(deps, hr, id, { version: 1, on: '2027-03-01', reason: 'Illness.' }, april);
    expect(back.deployment).toMatchObject({ state: 'returned', returned: { early: true } });
    await expect(recordDebrief(deps, hr, id, { version: 2, on: '2027-02-28', notes: 'x' }, april)).rejects.toBeInstanceOf(SecondmentRulesBroken);
    await expect(requestExtension(deps, hr, id, { version: 2, until: '2028-07-31', reason: 'x' }, april)).rejects.toBeInstanceOf(Conflict);
    expect((await recordDebrief(deps, hr, id, { version: 2, on: '2027-03-10', notes: 'Would serve again.' }, april)).deployment.state).toBe('debriefed');
  });
});

/** What a refused step said: its error's class, its message's key, and the field it names (a 422's). */
const refusal = async (step: Promise<unknown>) => {
  const error = (await step.then(() => undefined, (failure: unknown) => failure)) as DomainError & { errors?: Array<{ path: string }> };
  return { kind: error?.kind, key: error?.translation?.key, path: error?.errors?.[0]?.path };
};

describe('a deployment held to the force’s release and its extensions (the review’s findings)', () => {
  const made = async (application?: Application) => {
    const context = setUp(application);
    await startDeployment(context.deps, hr, tour(context.id), january);
    return context;
  };

  it('holds a serving officer’s tour to the period their force released, at the start and when its days move', async () => {
    const unreleased = setUp(selected('selected', { release: undefined }));
    expect(await refusal(startDeployment(unreleased.deps, hr, tour(unreleased.id), january))).toEqual({ kind: 'secondment-rules', key: 'problem.secondmentRules.deploymentNotReleased', path: 'body.deploymentDay' });
    const { deps, id } = setUp();
    expect(await refusal(startDeployment(deps, hr, { ...tour(id), deploymentDay: '2027-01-25' }, january))).toEqual({ kind: 'secondment-rules', key: 'problem.secondmentRules.deploymentOutsideRelease', path: 'body.deploymentDay' });
    expect(await refusal(startDeployment(deps, hr, { ...tour(id), rotationDay: '2028-02-29' }, january))).toEqual({ kind: 'secondment-rules', key: 'problem.secondmentRules.deploymentOutsideRelease', path: 'body.rotationDay' });
    await startDeployment(deps, hr, tour(id), january);
    expect(await refusal(editDeployment(deps, hr, id, { version: 1, rotationDay: '2028-03-31' }, january))).toMatchObject({ key: 'problem.secondmentRules.deploymentOutsideRelease', path: 'body.rotationDay' });
    expect((await editDeployment(deps, hr, id, { version: 1, rotationDay: '2028-01-15' }, january)).deployment.rotationDay).toBe('2028-01-15');
    // A retired officer answers to no force.
    const retired = setUp(selected('selected', { category: 'retired-police', applicantStatus: { retiredOn: '2024-03-31' }, release: undefined }));
    expect((await startDeployment(retired.deps, hr, { ...tour(retired.id), rotationDay: '2028-06-30' }, january)).outcome).toBe('created');
  });

  it('moves no day once an extension is asked, and approves none that no longer runs past the rotation day', async () => {
    const { deps, id } = await made();
    const { extension } = await requestExtension(deps, hr, id, { version: 1, until: '2028-07-31', reason: 'Mandate renewed.' }, january);
    expect(await refusal(editDeployment(deps, hr, id, { version: 2, deploymentDay: '2027-02-08' }, january))).toEqual({ kind: 'conflict', key: 'problem.conflict.deploymentDaysExtended', path: undefined });
    // The contact still changes.
    await editDeployment(deps, hr, id, { version: 2, contact: { name: 'Anna Berg', role: 'Personnel', email: 'p@eulex.example' } }, january);
    // The tour written past the extension's day (as an older record may hold it): the approval is refused.
    const stored = await deps.deployments.get(id);
    if (!stored) throw new Error('no deployment');
    await deps.deployments.update({ ...stored, rotationDay: '2028-08-31', version: 4 }, 3, { at: january.toISOString(), by: hr.email, action: 'edited', changes: {} } as unknown as DeploymentAuditEntry);
    expect(await refusal(decideExtension(deps, met, id, extension.id, { version: 4, decision: 'approved' }, april))).toEqual({ kind: 'conflict', key: 'problem.conflict.extensionNotPastRotation', path: undefined });
    expect((await decideExtension(deps, met, id, extension.id, { version: 4, decision: 'refused' }, april)).extension.state).toBe('refused');
  });

  it('refuses the return while an extension waits, and records it once the extension is decided', async () => {
    const { deps, id } = await made();
    const { extension } = await requestExtension(deps, hr, id, { version: 1, until: '2028-07-31', reason: 'Mandate renewed.' }, april);
    expect(await refusal(recordReturn(deps, hr, id, { version: 2, on: '2027-03-01', reason: 'Illness.' }, april))).toEqual({ kind: 'conflict', key: 'problem.conflict.returnWhileExtensionWaits', path: undefined });
    await decideExtension(deps, met, id, extension.id, { version: 2, decision: 'refused', note: 'The officer is coming home.' }, april);
    expect((await recordReturn(deps, hr, id, { version: 3, on: '2027-03-01', reason: 'Illness.' }, april)).deployment.state).toBe('returned');
  });

  it('answers a step at an old version by who may not act (403) or what is not there (404) before the version', async () => {
    const { deps, id } = await made();
    const { extension } = await requestExtension(deps, hr, id, { version: 1, until: '2028-07-31', reason: 'Mandate renewed.' }, april);
    await editDeployment(deps, hr, id, { version: 2, contact: { name: 'Anna Berg', role: 'Personnel', email: 'p@eulex.example' } }, april);
    await expect(decideExtension(deps, hr, id, extension.id, { version: 2, decision: 'approved' }, april)).rejects.toBeInstanceOf(Forbidden);
    await expect(decideExtension(deps, met, id, 'e0000000-0000-4000-8000-00000000ffff', { version: 2, decision: 'approved' }, april)).rejects.toBeInstanceOf(NotFound);
    await expect(decideExtension(deps, met, id, extension.id, { version: 2, decision: 'approved' }, april)).rejects.toBeInstanceOf(EditConflict);
  });

  it('keeps the early return’s reason and the checklist’s references from a force’s approver, and out of the audit', async () => {
    const { deps, id, audit } = await made();
    await recordChecklistItem(deps, hr, id, 'vetting', { version: 1, on: '2027-01-05', expiresOn: '2029-01-05', reference: 'NPPV3-4411' }, january);
    expect(JSON.stringify(audit)).not.toContain('NPPV3-4411');
    expect(audit.at(-1)?.changes['checklist.vetting']?.to).toMatchObject({ on: '2027-01-05', reference: 'set' });
    await recordReturn(deps, hr, id, { version: 2, on: '2027-03-01', reason: 'Illness in the family.' }, april);
    const stored = await deps.deployments.get(id);
    if (!stored) throw new Error('no deployment');
    const forTheForce = deploymentView(stored, met, unitForces, april);
    expect(forTheForce.returned).toEqual({ on: '2027-03-01', early: true, recordedAt: april.toISOString(), by: hr.email });
    expect(forTheForce.checklist.vetting).not.toHaveProperty('reference');
    expect(JSON.stringify(forTheForce)).not.toMatch(/NPPV3-4411|Illness/);
    const forHr = deploymentView(stored, hr, unitForces, april);
    expect(forHr.returned?.reason).toBe('Illness in the family.');
    expect(forHr.checklist.vetting?.reference).toBe('NPPV3-4411');
  });
});
