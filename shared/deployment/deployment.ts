import type { Language } from '../i18n/languages.js';
import type { SendingApplicantCategory } from '../profiles/applicant-categories.js';
import type { MissionOrganisation } from '../profiles/mission.js';
import type { RoleCategory } from '../profiles/role-categories.js';

/**
 * A selected officer's deployment (issue 18, point 6; docs/sending.md "Deployments"): the sending
 * unit's record of the secondment, from the pre-deployment checklist to the return and debrief.
 * One per application (its id is the application's), written when the mission's answer is `selected`.
 */
export const checklistItems = ['vetting', 'medical', 'hostileEnvironmentTraining', 'insurance'] as const;
export type ChecklistItem = (typeof checklistItems)[number];
/** An item done: the day, when it stops covering the officer (vetting, medical, insurance expire; a course may), a reference (certificate or policy number). */
export interface ChecklistDone { on: string; expiresOn?: string; reference?: string; recordedAt: string; by: string }
export type ChecklistVerdict = 'done' | 'missing' | 'expires-during-tour';
export const extensionStates = ['requested', 'approved', 'refused'] as const;
export interface DeploymentExtension { id: string; until: string; reason: string; requestedAt: string; requestedBy: string; state: (typeof extensionStates)[number]; decidedAt?: string; decidedBy?: string; note?: string }
export interface InMissionContact { name: string; role: string; email: string; phone?: string }
export interface Deployment {
  /** = the application's id: one deployment per application. */
  id: string;
  applicationId: string;
  /** The call's (vacancy's) number. */
  call: string;
  mission: { name: string; organisation: MissionOrganisation; roleCategory: RoleCategory; dutyStation: string; timeZone: string };
  officer: { givenName: string; familyName?: string; email: string; language: Language };
  /** serving-police | retired-police | civilian-expert */
  category: SendingApplicantCategory;
  /** Force id, for serving police only (its approver decides extensions). */
  force?: string;
  /** YYYY-MM-DD in the duty station: the first day in mission. */
  deploymentDay: string;
  /** The last day of the tour as planned now (the officer rotates out after it); moved by each approved extension. */
  rotationDay: string;
  contact?: InMissionContact;
  checklist: Partial<Record<ChecklistItem, ChecklistDone>>;
  extensions: DeploymentExtension[];
  returned?: { on: string; early: boolean; reason?: string; recordedAt: string; by: string };
  /** notes: internal to the unit. */
  debrief?: { on: string; notes: string; recordedAt: string; by: string };
  createdAt: string; createdBy: string; updatedAt: string; version: number;
}
export const deploymentStates = ['preparing', 'deployed', 'extended', 'return-due', 'returned', 'debriefed'] as const;
export type DeploymentState = (typeof deploymentStates)[number];

/** preparing: before deploymentDay; deployed: from deploymentDay to rotationDay; extended: deployed with an approved extension; return-due: past rotationDay with no return recorded; returned: returned, no debrief; debriefed. `today` is the duty station's date. */
export const deploymentState = (d: Pick<Deployment, 'deploymentDay' | 'rotationDay' | 'extensions' | 'returned' | 'debrief'>, today: string): DeploymentState => {
  if (d.debrief) return 'debriefed';
  if (d.returned) return 'returned';
  if (today < d.deploymentDay) return 'preparing';
  if (today > d.rotationDay) return 'return-due';
  return d.extensions.some((extension) => extension.state === 'approved') ? 'extended' : 'deployed';
};

/**
 * Each checklist item's verdict: missing; done but expiring before rotationDay (expires-during-tour); done.
 * `expiresOn` is the day the item stops covering, so one expiring on the rotation day leaves the last day uncovered.
 */
export const checklistVerdicts = (d: Pick<Deployment, 'checklist' | 'rotationDay'>): Record<ChecklistItem, ChecklistVerdict> => {
  const verdict = (item: ChecklistItem): ChecklistVerdict => {
    const done = d.checklist[item];
    if (!done) return 'missing';
    return done.expiresOn !== undefined && done.expiresOn <= d.rotationDay ? 'expires-during-tour' : 'done';
  };
  return { vetting: verdict('vetting'), medical: verdict('medical'), hostileEnvironmentTraining: verdict('hostileEnvironmentTraining'), insurance: verdict('insurance') };
};

/** Whether every checklist item covers the whole tour. */
export const isReady = (d: Pick<Deployment, 'checklist' | 'rotationDay'>): boolean =>
  Object.values(checklistVerdicts(d)).every((verdict) => verdict === 'done');
