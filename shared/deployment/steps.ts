/**
 * A deployment's changes after it is made (issue 18, point 6; docs/sending.md "Deployments"): the
 * days and in-mission contact, the checklist, an extension's request and decision, the return and
 * the debrief. Each is judged on the duty station's date and written at the version read, with its
 * audit entry; a stale version is a 409 carrying the deployment as it stands now.
 */
import { EditConflict } from '../audit/edit-conflict.js';
import { Conflict, Forbidden, NotFound, calendarDate } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { deploymentState, type ChecklistItem, type Deployment, type DeploymentExtension } from './deployment.js';
import type { ChecklistBody, DebriefBody, EditDeploymentBody, ExtensionDecisionBody, ExtensionRequestBody, ReturnBody } from './schema.js';
import { refusals } from './refusals.js';
import { holdToRelease, type DeploymentDependencies } from './start.js';
import { StaleDeployment, type DeploymentAuditEntry } from './store.js';
import { deploymentView, openDeployment, todayOf, type DeploymentView } from './view.js';

/** What a step makes of the deployment as read: nothing (the same again), or the next one and its audit entry. */
type Step = { same: true } | { same: false; next: Deployment; action: DeploymentAuditEntry['action']; changes: DeploymentAuditEntry['changes'] };

const stale = (current: DeploymentView) =>
  new EditConflict(current, `This deployment was changed by someone else (it is now at version ${current.version}); look at its new values and try again.`, {
    key: 'problem.conflict.deploymentChanged',
    values: { version: current.version },
  });

/** A day HR records must have come in the duty station. */
const notInFuture = (path: string, day: string, deployment: Deployment, now: Date): void => {
  const today = todayOf(deployment, now);
  if (day > today) throw refusals.dayInFuture(path, today, deployment.mission.timeZone);
};

const change = async (
  deps: DeploymentDependencies,
  principal: StaffPrincipal,
  id: string,
  version: number,
  now: Date,
  step: (deployment: Deployment) => Step,
): Promise<{ deployment: DeploymentView; stored: Deployment; changed: boolean }> => {
  const viewOf = (deployment: Deployment) => deploymentView(deployment, principal, deps.forces, now);
  const read = await openDeployment(deps.deployments, principal, id);
  if (read.version !== version) {
    // A retry of a step that was made finds it in place whatever the version (and its emails go again if they failed); anything else is stale.
    const again = (() => {
      try {
        return step(read).same;
      } catch (error) {
        // Who may not act, or what is not there, says so at any version: a 403 or a 404, never a stale 409.
        if (error instanceof Forbidden || error instanceof NotFound) throw error;
        return false;
      }
    })();
    if (again) return { deployment: viewOf(read), stored: read, changed: false };
    throw stale(viewOf(read));
  }
  const outcome = step(read);
  if (outcome.same) return { deployment: viewOf(read), stored: read, changed: false };
  const at = now.toISOString();
  const next: Deployment = { ...outcome.next, updatedAt: at, version: read.version + 1 };
  try {
    await deps.deployments.update(next, read.version, { at, by: principal.email, action: outcome.action, changes: outcome.changes });
  } catch (error) {
    if (error instanceof StaleDeployment) {
      const current = await openDeployment(deps.deployments, principal, id);
      throw stale(viewOf(current));
    }
    throw error;
  }
  return { deployment: viewOf(next), stored: next, changed: true };
};

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** `PATCH /admin/deployments/{id}`: the days while the officer has not left; the in-mission contact at any time. */
export const editDeployment = async (deps: DeploymentDependencies, principal: StaffPrincipal, id: string, body: EditDeploymentBody, now: Date) => {
  // The days of a serving officer's tour are held to their force's release, read from the application.
  const release = body.deploymentDay !== undefined || body.rotationDay !== undefined ? (await deps.applications.get(id))?.release : undefined;
  return change(deps, principal, id, body.version, now, (deployment): Step => {
    const deploymentDay = body.deploymentDay ?? deployment.deploymentDay;
    const rotationDay = body.rotationDay ?? deployment.rotationDay;
    const contact = body.contact ?? deployment.contact;
    const daysChange = deploymentDay !== deployment.deploymentDay || rotationDay !== deployment.rotationDay;
    if (!daysChange && sameJson(contact, deployment.contact)) return { same: true };
    if (daysChange && deploymentState(deployment, todayOf(deployment, now)) !== 'preparing') {
      throw new Conflict(`The deployment began on ${deployment.deploymentDay}: its days no longer change here; the rotation day moves through an extension.`, {
        key: 'problem.conflict.deploymentUnderWay',
        values: { deploymentDay: calendarDate(deployment.deploymentDay) },
      });
    }
    // An extension asked or approved was judged against the days as they were: they change no more.
    const extended = daysChange ? deployment.extensions.find((extension) => extension.state !== 'refused') : undefined;
    if (extended) {
      throw new Conflict(`This deployment has an extension ${extended.state === 'requested' ? 'waiting for its decision' : 'approved'}: its days no longer change here.`, {
        key: 'problem.conflict.deploymentDaysExtended',
        values: { state: extended.state },
      });
    }
    if (rotationDay <= deploymentDay) throw refusals.rotationNotAfterDeployment(deploymentDay);
    if (daysChange) holdToRelease(deployment.category, release, deploymentDay, rotationDay);
    const changes: DeploymentAuditEntry['changes'] = {};
    if (deploymentDay !== deployment.deploymentDay) changes.deploymentDay = { from: deployment.deploymentDay, to: deploymentDay };
    if (rotationDay !== deployment.rotationDay) changes.rotationDay = { from: deployment.rotationDay, to: rotationDay };
    // The contact's details are personal data: the audit says it changed, not what it says.
    if (!sameJson(contact, deployment.contact)) changes.contact = { from: deployment.contact ? 'set' : null, to: 'set' };
    return { same: false, action: 'edited', changes, next: { ...deployment, deploymentDay, rotationDay, ...(contact ? { contact } : {}) } };
  });
};

/** `PUT .../checklist/{item}`: the day an item was done, when it stops covering, its reference. */
export const recordChecklistItem = (deps: DeploymentDependencies, principal: StaffPrincipal, id: string, item: ChecklistItem, body: ChecklistBody, now: Date) =>
  change(deps, principal, id, body.version, now, (deployment): Step => {
    const held = deployment.checklist[item];
    if (held && held.on === body.on && held.expiresOn === body.expiresOn && held.reference === body.reference) return { same: true };
    notInFuture('body.on', body.on, deployment, now);
    if (body.expiresOn !== undefined && body.expiresOn <= body.on) throw refusals.expiryNotAfterDone(body.on);
    const done = { on: body.on, ...(body.expiresOn ? { expiresOn: body.expiresOn } : {}), ...(body.reference ? { reference: body.reference } : {}), recordedAt: now.toISOString(), by: principal.email };
    // A reference (a certificate's, a policy's number) is the officer's: the audit says it is set, not what it is.
    const audited = (one: typeof held) => one && { ...one, ...(one.reference ? { reference: 'set' } : {}) };
    return { same: false, action: 'checklist-recorded', changes: { [`checklist.${item}`]: { from: audited(held) ?? null, to: audited(done) } }, next: { ...deployment, checklist: { ...deployment.checklist, [item]: done } } };
  });

const returnedAlready = (returned: NonNullable<Deployment['returned']>) =>
  new Conflict(`The officer returned on ${returned.on}: the deployment takes no more extensions.`, { key: 'problem.conflict.deploymentReturned', values: { on: calendarDate(returned.on) } });

/** `POST .../extensions`: one request under way at a time, to a day after the rotation day, not once returned. */
export const requestExtension = async (deps: DeploymentDependencies, principal: StaffPrincipal, id: string, body: ExtensionRequestBody, now: Date) => {
  const extensionId = deps.newId();
  const result = await change(deps, principal, id, body.version, now, (deployment): Step => {
    if (deployment.returned) throw returnedAlready(deployment.returned);
    const pending = deployment.extensions.find((extension) => extension.state === 'requested');
    if (pending) {
      throw new Conflict(`An extension to ${pending.until} is already waiting for its decision.`, { key: 'problem.conflict.deploymentExtensionUnderWay', values: { until: calendarDate(pending.until) } });
    }
    if (body.until <= deployment.rotationDay) throw refusals.extensionNotPastRotation(deployment.rotationDay);
    const extension: DeploymentExtension = { id: extensionId, until: body.until, reason: body.reason, requestedAt: now.toISOString(), requestedBy: principal.email, state: 'requested' };
    return { same: false, action: 'extension-requested', changes: { [`extensions.${extensionId}`]: { from: null, to: { until: body.until, state: 'requested' } } }, next: { ...deployment, extensions: [...deployment.extensions, extension] } };
  });
  const extension = result.stored.extensions.find((one) => one.id === extensionId);
  if (!extension) throw new Error('the extension just written is not on the deployment');
  return { ...result, extension };
};

/** Who decides an extension: a serving officer's force's approver; HR (or an admin) for a retired officer or a civilian. */
const checkDecider = (principal: StaffPrincipal, deployment: Deployment): void => {
  if (deployment.category === 'serving-police') {
    if (!(principal.groups.includes('force') && principal.force !== undefined && principal.force === deployment.force)) {
      throw new Forbidden('A serving officer’s extension is decided by their force’s approver.', { key: 'problem.forbidden.extensionDecider', values: { decider: 'force' } });
    }
    return;
  }
  if (!(principal.groups.includes('hr') || principal.groups.includes('admin'))) {
    throw new Forbidden('This extension is decided by HR.', { key: 'problem.forbidden.extensionDecider', values: { decider: 'hr' } });
  }
};

/** `POST .../extensions/{extensionId}/decision`: approved moves the rotation day to the extension's last day. */
export const decideExtension = async (deps: DeploymentDependencies, principal: StaffPrincipal, id: string, extensionId: string, body: ExtensionDecisionBody, now: Date) => {
  const result = await change(deps, principal, id, body.version, now, (deployment): Step => {
    const extension = deployment.extensions.find((one) => one.id === extensionId);
    if (!extension) throw new NotFound('This deployment has no such extension request.', { key: 'problem.notFound.deploymentExtension' });
    checkDecider(principal, deployment);
    if (extension.state !== 'requested') {
      if (extension.state === body.decision) return { same: true };
      throw new Conflict(`This extension was already ${extension.state}.`, { key: 'problem.conflict.extensionDecided', values: { state: extension.state } });
    }
    if (body.decision === 'approved' && deployment.returned) throw returnedAlready(deployment.returned);
    if (body.decision === 'approved' && extension.until <= deployment.rotationDay) {
      throw new Conflict(`The extension to ${extension.until} no longer runs past the rotation day (${deployment.rotationDay}): refuse it, or ask another.`, {
        key: 'problem.conflict.extensionNotPastRotation',
        values: { until: calendarDate(extension.until), rotationDay: calendarDate(deployment.rotationDay) },
      });
    }
    const note = body.note !== undefined && body.note.trim() !== '' ? body.note : undefined;
    const decided: DeploymentExtension = { ...extension, state: body.decision, decidedAt: now.toISOString(), decidedBy: principal.email, ...(note ? { note } : {}) };
    const rotationDay = body.decision === 'approved' ? extension.until : deployment.rotationDay;
    const changes: DeploymentAuditEntry['changes'] = { [`extensions.${extensionId}.state`]: { from: 'requested', to: body.decision } };
    if (rotationDay !== deployment.rotationDay) changes.rotationDay = { from: deployment.rotationDay, to: rotationDay };
    return { same: false, action: 'extension-decided', changes, next: { ...deployment, rotationDay, extensions: deployment.extensions.map((one) => (one.id === extensionId ? decided : one)) } };
  });
  const extension = result.stored.extensions.find((one) => one.id === extensionId);
  if (!extension) throw new Error('the extension decided is not on the deployment');
  return { ...result, extension };
};

/** `POST .../return`: the day the officer came back; early (before the rotation day, unless said otherwise) needs a reason. */
export const recordReturn = (deps: DeploymentDependencies, principal: StaffPrincipal, id: string, body: ReturnBody, now: Date) =>
  change(deps, principal, id, body.version, now, (deployment): Step => {
    const reason = body.reason !== undefined && body.reason.trim() !== '' ? body.reason : undefined;
    const early = body.early ?? body.on < deployment.rotationDay;
    const held = deployment.returned;
    if (held && held.on === body.on && held.early === early && held.reason === reason) return { same: true };
    notInFuture('body.on', body.on, deployment, now);
    if (body.on < deployment.deploymentDay) throw refusals.returnBeforeDeployment(deployment.deploymentDay);
    if (early && reason === undefined) throw refusals.earlyReturnWithoutReason();
    if (deployment.debrief) throw new Conflict('The debrief is held: the return no longer changes.', { key: 'problem.conflict.debriefHeld' });
    // An extension still waiting would outlive the tour: it is decided (refused, most likely) before the return is recorded.
    const waiting = deployment.extensions.find((extension) => extension.state === 'requested');
    if (waiting) {
      throw new Conflict(`An extension to ${waiting.until} is waiting for its decision: have it decided before recording the return.`, {
        key: 'problem.conflict.returnWhileExtensionWaits',
        values: { until: calendarDate(waiting.until) },
      });
    }
    const returned = { on: body.on, early, ...(reason ? { reason } : {}), recordedAt: now.toISOString(), by: principal.email };
    return { same: false, action: 'return-recorded', changes: { returned: { from: held ? { on: held.on, early: held.early } : null, to: { on: body.on, early } } }, next: { ...deployment, returned } };
  });

/** `POST .../debrief`: only after the return, on or after its day; the notes stay with the unit. */
export const recordDebrief = (deps: DeploymentDependencies, principal: StaffPrincipal, id: string, body: DebriefBody, now: Date) =>
  change(deps, principal, id, body.version, now, (deployment): Step => {
    const { returned } = deployment;
    if (!returned) throw new Conflict('Record the officer’s return before the debrief.', { key: 'problem.conflict.notReturned' });
    if (deployment.debrief && deployment.debrief.on === body.on && deployment.debrief.notes === body.notes) return { same: true };
    notInFuture('body.on', body.on, deployment, now);
    if (body.on < returned.on) throw refusals.debriefBeforeReturn(returned.on);
    const debrief = { on: body.on, notes: body.notes, recordedAt: now.toISOString(), by: principal.email };
    // The notes are internal: the audit says they changed, not what they say.
    return { same: false, action: 'debrief-recorded', changes: { debrief: { from: deployment.debrief ? { on: deployment.debrief.on } : null, to: { on: body.on } } }, next: { ...deployment, debrief } };
  });
