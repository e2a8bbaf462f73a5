/**
 * A deployment's field refusals (422, issue 18, point 6): each a rule the schema cannot judge (a
 * day against the duty station's today, the tour's order, the return's reason), said in English as
 * the API always said it, and keyed in the validation catalogues (`problem.secondmentRules.deployment*`)
 * so that every reader gets it in their own language: the problem's detail is said in the
 * request's language through its translation (functions/http/middleware/problem-errors.ts), and the
 * staff page shows that detail beside the field; the field's entry in `errors` keeps the rule's
 * English and names its `key` and `values` (days as YYYY-MM-DD) for a client that says it itself.
 */
import { calendarDate, SecondmentRulesBroken, type FieldIssue, type ProblemKey, type ProblemMessage, type ProblemValue } from '../errors.js';

export type DeploymentRefusalKey = Extract<ProblemKey, `problem.secondmentRules.deployment${string}`>;

/** A refused field with its message's key and values (a day as YYYY-MM-DD, which each language writes its own way). */
export interface DeploymentFieldIssue extends FieldIssue {
  key: DeploymentRefusalKey;
  values: Readonly<Record<string, string>>;
}

/** A value that is a day, which each language writes in its own words. */
const isDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The refusal in the reader's language: its key, a day as a day each language writes its own way. */
const translationOf = (issue: DeploymentFieldIssue): ProblemMessage => {
  const values: Record<string, ProblemValue> = {};
  for (const [name, value] of Object.entries(issue.values)) values[name] = isDay(value) ? calendarDate(value) : value;
  return { key: issue.key, values };
};

/** A secondment rule's 422 (its `errors` entry as HR's have it), with the translation HR's lack: the staff page reads it in four languages. */
export class DeploymentRulesBroken extends SecondmentRulesBroken {
  // Always given (below): typed so, for the readers of a deployment's refusal.
  declare readonly translation: ProblemMessage;
  constructor(readonly issue: DeploymentFieldIssue) {
    super([issue], translationOf(issue));
  }
}

const refuse = (path: string, key: DeploymentRefusalKey, message: string, values: Record<string, string> = {}) => new DeploymentRulesBroken({ path, message, key, values });

/** Every refusal, by what it refuses. */
export const refusals = {
  dayInFuture: (path: string, today: string, timeZone: string) =>
    refuse(path, 'problem.secondmentRules.deploymentDayInFuture', `The day is in the future in the duty station (today is ${today} in ${timeZone}).`, { today, timeZone }),
  rotationNotAfterDeployment: (deploymentDay: string) =>
    refuse('body.rotationDay', 'problem.secondmentRules.deploymentRotationOrder', `The rotation day must fall after the deployment day (${deploymentDay}).`, { deploymentDay }),
  deploymentBeforeAnswer: (answeredOn: string) =>
    refuse('body.deploymentDay', 'problem.secondmentRules.deploymentBeforeAnswer', `The deployment day must not fall before the mission's answer (${answeredOn}).`, { answeredOn }),
  expiryNotAfterDone: (on: string) => refuse('body.expiresOn', 'problem.secondmentRules.deploymentExpiryOrder', `The expiry must fall after the day it was done (${on}).`, { on }),
  extensionNotPastRotation: (rotationDay: string) =>
    refuse('body.until', 'problem.secondmentRules.deploymentExtensionUntil', `An extension runs past the rotation day (${rotationDay}).`, { rotationDay }),
  returnBeforeDeployment: (deploymentDay: string) =>
    refuse('body.on', 'problem.secondmentRules.deploymentReturnBeforeStart', `The return must not fall before the deployment day (${deploymentDay}).`, { deploymentDay }),
  earlyReturnWithoutReason: () => refuse('body.reason', 'problem.secondmentRules.deploymentEarlyReturnReason', 'An early return is recorded with its reason.'),
  notReleased: () =>
    refuse('body.deploymentDay', 'problem.secondmentRules.deploymentNotReleased', 'The force has not approved this officer’s release: a serving officer is deployed only within the period released.'),
  outsideRelease: (path: 'body.deploymentDay' | 'body.rotationDay', from: string, until: string) =>
    refuse(path, 'problem.secondmentRules.deploymentOutsideRelease', `A serving officer's tour stays within the period their force released them (${from} to ${until}); a longer tour goes through an extension.`, { from, until }),
  debriefBeforeReturn: (returnedOn: string) =>
    refuse('body.on', 'problem.secondmentRules.deploymentDebriefBeforeReturn', `The debrief must not fall before the return (${returnedOn}).`, { returnedOn }),
} as const;
