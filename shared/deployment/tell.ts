import { sendOnce, type ClaimKey, type SendOnceDependencies, type SendOutcome } from '../email/send-once.js';
import type { Force } from '../profiles/forces.js';
import { dateIn } from '../time/zoned.js';
import type { Deployment, DeploymentExtension } from './deployment.js';
import { extensionDecidedEmail, extensionRequestedEmail } from './emails.js';
import { requestedOn } from './reminders.js';

export type TellOutcome = SendOutcome;

/** An extension asked of the force is told to its approver once, however often HR's request is repeated. */
export const extensionRequestedClaim = (deployment: Pick<Deployment, 'id' | 'mission'>, extension: Pick<DeploymentExtension, 'id' | 'requestedAt'>): ClaimKey => ({
  scope: `DEPLOYMENT#${deployment.id}`,
  kind: `extension-requested-${extension.id}-force`,
  day: requestedOn(deployment, extension),
});

/** A decision is told to the officer once; the claim names the decision, so a decision told is never told as the other. */
export const extensionDecidedClaim = (deployment: Pick<Deployment, 'id' | 'mission'>, extension: Pick<DeploymentExtension, 'id' | 'state' | 'decidedAt' | 'requestedAt'>): ClaimKey => ({
  scope: `DEPLOYMENT#${deployment.id}`,
  kind: `extension-${extension.state}-${extension.id}-officer`,
  day: dateIn(new Date(extension.decidedAt ?? extension.requestedAt), deployment.mission.timeZone),
});

/**
 * Tells the approver of a serving officer's force that the unit asks them to decide an extension,
 * once. `approver` is the address that approved the officer's release (releaseApprover over the
 * application, as the mission's answer reached them): the record keeps no address of its own.
 * With no approver on record nothing is sent ('suppressed'); the request stands whatever happens
 * here: a failure is reported, not thrown.
 */
export const tellExtensionRequested = async (
  email: SendOnceDependencies,
  deployment: Deployment,
  extension: DeploymentExtension,
  forces: readonly Force[],
  now: Date,
  approver: string | undefined,
): Promise<TellOutcome> => {
  if (!approver) return 'suppressed';
  return sendOnce(email, extensionRequestedClaim(deployment, extension), extensionRequestedEmail(deployment, extension, forces, approver), now).catch((): TellOutcome => 'failed');
};

/**
 * Tells the officer, in their language, that their extension was approved (and their tour's new
 * last day) or refused, once. `deployment` is as recorded after the decision; an extension not yet
 * decided is a caller's mistake.
 */
export const tellExtensionDecided = async (email: SendOnceDependencies, deployment: Deployment, extension: DeploymentExtension, now: Date): Promise<TellOutcome> => {
  if (extension.state === 'requested') throw new Error('Told of an extension that is not decided.');
  return sendOnce(email, extensionDecidedClaim(deployment, extension), extensionDecidedEmail(deployment, extension), now).catch((): TellOutcome => 'failed');
};
