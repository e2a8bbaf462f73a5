/**
 * What the deployment routes answer (docs/sending.md "Deployments"), as the Deployments tab reads
 * it: the record (shared/deployment/deployment.ts) with its state and checklist verdicts judged on
 * the duty station's date, and the roster's rows.
 */
import { checklistVerdicts, deploymentState, isReady, type ChecklistVerdict, type Deployment, type DeploymentExtension, type DeploymentState } from '#shared/deployment/deployment.js';
import type { DeploymentView } from '#shared/deployment/view.js';
import { dateIn } from '#shared/time/zoned.js';
import type { FieldProblem } from '../../../pages/client/api.js';
import type { StaffApiError } from './staff-api.js';

export type { DeploymentRow, DeploymentView } from '#shared/deployment/view.js';
export type { Count, DeploymentReport } from '#shared/deployment/report.js';

/** The judgements the API adds to a stored record. */
type Judged = 'state' | 'checklistVerdicts' | 'ready';

/** A record the API sent without its judgements (a 409's `current` may be the bare record): judged here on the duty station's date. */
export const viewOf = (value: Omit<DeploymentView, Judged> & Partial<Pick<DeploymentView, Judged>>, now: Date): DeploymentView => ({
  ...value,
  // A force approver's copy holds no debrief notes; only whether the debrief was held matters to the state.
  state: value.state ?? deploymentState({ ...value, debrief: value.debrief && { ...value.debrief, notes: value.debrief.notes ?? '' } }, dateIn(now, value.mission.timeZone)),
  checklistVerdicts: value.checklistVerdicts ?? checklistVerdicts(value),
  ready: value.ready ?? isReady(value),
});

/** The extension waiting for a decision, if one does. */
export const pendingExtension = (deployment: Pick<Deployment, 'extensions'>): DeploymentExtension | undefined =>
  deployment.extensions.find((extension) => extension.state === 'requested');

/** Who decides a deployment's extension: a serving officer's force, HR for a retired officer or a civilian expert. */
export const extensionDecider = (deployment: Pick<Deployment, 'category'>): 'force' | 'hr' => (deployment.category === 'serving-police' ? 'force' : 'hr');

/** ICU's select options take no hyphen. */
export const stateOption = (state: DeploymentState): string => (state === 'return-due' ? 'returnDue' : state);
export const verdictOption = (verdict: ChecklistVerdict): string => (verdict === 'expires-during-tour' ? 'expiresDuringTour' : verdict);

/**
 * A field's problem in the page's language. A deployment rule's refusal (a 422: a day to come, days
 * out of order) names its key (shared/deployment/refusals.ts) and is the problem's only one, whose
 * detail the API says in the page's language (Accept-Language) with the days in its words: said
 * from there. Any other (a 400) the API already said in the page's language.
 */
export const fieldProblemText = (one: FieldProblem, problem: StaffApiError): string => {
  const { key } = one as FieldProblem & { key?: unknown };
  const keyed = typeof key === 'string' && key.startsWith('problem.secondmentRules.deployment');
  return keyed && problem.errors.length === 1 && problem.detail !== '' ? problem.detail : one.message;
};
