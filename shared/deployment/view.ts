import { NotFound } from '../errors.js';
import { personName } from '../i18n/names.js';
import type { Force } from '../profiles/forces.js';
import { releaseScope } from '../release/scope.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { dateIn } from '../time/zoned.js';
import { checklistVerdicts, deploymentState, isReady, type ChecklistItem, type ChecklistVerdict, type Deployment, type DeploymentExtension, type DeploymentState, type InMissionContact } from './deployment.js';

/** A deployment as staff read it: its state and checklist judged on the duty station's date; the debrief's notes, the early return's reason and the checklist's references for HR only. */
export type DeploymentView = Omit<Deployment, 'debrief'> & {
  debrief?: { on: string; notes?: string; recordedAt: string; by: string };
  state: DeploymentState;
  checklistVerdicts: Record<ChecklistItem, ChecklistVerdict>;
  ready: boolean;
  forceName?: string;
};

/** One line of the roster. */
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

const isHr = (principal: StaffPrincipal): boolean => principal.groups.includes('hr') || principal.groups.includes('admin');

/** The duty station's date now: every day a deployment's rules compare. */
export const todayOf = (deployment: Pick<Deployment, 'mission'>, now: Date): string => dateIn(now, deployment.mission.timeZone);

/** HR and admins see every deployment; a force's approver only its own force's serving officers'. */
export const inDeploymentScope = (principal: StaffPrincipal, deployment: Pick<Deployment, 'category' | 'force'>): boolean => {
  const { force } = releaseScope(principal);
  return force === undefined || (deployment.category === 'serving-police' && deployment.force === force);
};

/** A deployment the principal may see; another force's, or an unknown id, is the same 404. */
export const openDeployment = async (store: { get(id: string): Promise<Deployment | undefined> }, principal: StaffPrincipal, id: string): Promise<Deployment> => {
  const deployment = await store.get(id);
  if (!deployment || !inDeploymentScope(principal, deployment)) throw new NotFound('There is no deployment with this id.', { key: 'problem.notFound.deployment' });
  return deployment;
};

const forceNamed = (forces: readonly Force[], id: string): string => forces.find((force) => force.id === id)?.name ?? id;

/** What a force's approver reads of the unit's own records: that each was made and when, not the early return's reason nor a checklist item's reference (a certificate's, a policy's number). */
const forForce = (deployment: Omit<Deployment, 'debrief'>): Omit<Deployment, 'debrief'> => {
  const checklist: Deployment['checklist'] = {};
  for (const [item, done] of Object.entries(deployment.checklist) as Array<[ChecklistItem, NonNullable<Deployment['checklist'][ChecklistItem]>]>) {
    const { reference: _reference, ...kept } = done;
    checklist[item] = kept;
  }
  const { returned } = deployment;
  return { ...deployment, checklist, ...(returned ? { returned: { on: returned.on, early: returned.early, recordedAt: returned.recordedAt, by: returned.by } } : {}) };
};

export const deploymentView = (deployment: Deployment, principal: StaffPrincipal, forces: readonly Force[], now: Date): DeploymentView => {
  const { debrief, ...rest } = deployment;
  return {
    ...(isHr(principal) ? rest : forForce(rest)),
    // The debrief's notes are the unit's own: a force's approver reads that it was held, not what was said.
    ...(debrief ? { debrief: isHr(principal) ? debrief : { on: debrief.on, recordedAt: debrief.recordedAt, by: debrief.by } } : {}),
    state: deploymentState(deployment, todayOf(deployment, now)),
    checklistVerdicts: checklistVerdicts(deployment),
    ready: isReady(deployment),
    ...(deployment.force ? { forceName: forceNamed(forces, deployment.force) } : {}),
  };
};

export const deploymentRow = (deployment: Deployment, forces: readonly Force[], now: Date): DeploymentRow => {
  const pendingExtension = deployment.extensions.find((extension) => extension.state === 'requested');
  return {
    id: deployment.id,
    version: deployment.version,
    call: deployment.call,
    mission: deployment.mission,
    officer: { name: personName(deployment.officer), email: deployment.officer.email },
    category: deployment.category,
    ...(deployment.force ? { force: { id: deployment.force, name: forceNamed(forces, deployment.force) } } : {}),
    deploymentDay: deployment.deploymentDay,
    rotationDay: deployment.rotationDay,
    state: deploymentState(deployment, todayOf(deployment, now)),
    checklist: checklistVerdicts(deployment),
    ready: isReady(deployment),
    ...(pendingExtension ? { pendingExtension } : {}),
    ...(deployment.contact ? { contact: deployment.contact } : {}),
  };
};

/** The roster: the deployments the principal may see, filtered by state and call, by mission name then deployment day. */
export const deploymentRoster = (
  deployments: readonly Deployment[],
  principal: StaffPrincipal,
  forces: readonly Force[],
  filter: { state?: DeploymentState | undefined; call?: string | undefined },
  now: Date,
): { today: Record<DeploymentState, number>; items: DeploymentRow[] } => {
  const rows = deployments
    .filter((deployment) => inDeploymentScope(principal, deployment) && (filter.call === undefined || deployment.call === filter.call))
    .map((deployment) => deploymentRow(deployment, forces, now));
  const today: Record<DeploymentState, number> = { preparing: 0, deployed: 0, extended: 0, 'return-due': 0, returned: 0, debriefed: 0 };
  for (const row of rows) today[row.state] += 1;
  const items = rows
    .filter((row) => filter.state === undefined || row.state === filter.state)
    .sort((a, b) => a.mission.name.localeCompare(b.mission.name, 'en') || a.deploymentDay.localeCompare(b.deploymentDay) || a.id.localeCompare(b.id));
  return { today, items };
};
