/**
 * What the deployment routes answer (docs/sending.md "Deployments"), as the Deployments tab reads
 * it: the record (shared/deployment/deployment.ts) with its state and checklist verdicts judged on
 * the duty station's date, and the roster's rows.
 */
import {
  checklistVerdicts,
  deploymentState,
  isReady,
  type ChecklistItem,
  type ChecklistVerdict,
  type Deployment,
  type DeploymentExtension,
  type DeploymentState,
  type InMissionContact,
} from '#shared/deployment/deployment.js';
import { dateIn } from '#shared/time/zoned.js';

export interface DeploymentView extends Deployment {
  state: DeploymentState;
  checklistVerdicts: Record<ChecklistItem, ChecklistVerdict>;
  ready: boolean;
  forceName?: string;
}

export interface DeploymentRow {
  id: string;
  version: number;
  call: string;
  mission: Deployment['mission'];
  officer: { name: string; email: string };
  category: Deployment['category'];
  force?: { id: string; name: string };
  deploymentDay: string;
  rotationDay: string;
  state: DeploymentState;
  checklist: Record<ChecklistItem, ChecklistVerdict>;
  ready: boolean;
  pendingExtension?: DeploymentExtension;
  contact?: InMissionContact;
}

/** A record the API sent without its judgements (a 409's `current` may be the bare record): judged here on the duty station's date. */
export const viewOf = (value: Deployment & Partial<DeploymentView>, now: Date): DeploymentView => ({
  ...value,
  state: value.state ?? deploymentState(value, dateIn(now, value.mission.timeZone)),
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
