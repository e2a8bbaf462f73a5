/**
 * What a deployment is owed by the daily `deployment-reminders` job (issue 18, point 6), judged on
 * the duty station's date: pure, so the job only reads, sends and counts. Each reminder carries the
 * claim that makes it go once: a second run, or a run on a later day inside the same threshold,
 * finds the claim taken; a moved day (deployment, rotation, return) is another reminder.
 */
import type { ClaimKey } from '../email/send-once.js';
import { addDays, dateIn } from '../time/zoned.js';
import { checklistItems, checklistVerdicts, type ChecklistItem, type Deployment, type DeploymentExtension } from './deployment.js';

/** Days before the deployment day when an incomplete checklist is told, the farthest first. */
export const CHECKLIST_REMINDER_DAYS = [30, 7] as const;
export type ChecklistThreshold = (typeof CHECKLIST_REMINDER_DAYS)[number];
/** Days a force's approver may leave an extension undecided before being reminded. */
export const EXTENSION_WAIT_DAYS = 7;
/** Days after the return when a debrief not yet held is told. */
export const DEBRIEF_AFTER_DAYS = 14;

export type ReminderRecipient = 'officer' | 'hr' | 'force';

/** A checklist item not in order for the whole tour. */
export interface ChecklistGap {
  item: ChecklistItem;
  verdict: 'missing' | 'expires-during-tour';
  /** For an item expiring during the tour: the day it stops covering. */
  expiresOn?: string;
}

export type Reminder =
  | { kind: 'checklist'; recipient: 'officer' | 'hr'; threshold: ChecklistThreshold; daysLeft: number; gaps: ChecklistGap[]; claim: ClaimKey }
  | { kind: 'extension-waiting'; recipient: 'force'; extension: DeploymentExtension; requestedOn: string; claim: ClaimKey }
  | { kind: 'return-due'; recipient: 'hr'; claim: ClaimKey }
  | { kind: 'debrief-due'; recipient: 'hr'; daysSince: number; claim: ClaimKey };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from one YYYY-MM-DD to another (negative when `to` comes first). */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

const scope = (deployment: Pick<Deployment, 'id'>): string => `DEPLOYMENT#${deployment.id}`;

/** A checklist reminder round: per threshold, reader and deployment day, so a moved deployment day has rounds of its own. */
export const checklistReminderClaim = (deployment: Pick<Deployment, 'id' | 'deploymentDay'>, threshold: ChecklistThreshold, recipient: 'officer' | 'hr'): ClaimKey => ({
  scope: scope(deployment),
  kind: `checklist-${threshold}-${recipient}`,
  day: deployment.deploymentDay,
});

/** The day an extension was asked for, in the duty station. */
export const requestedOn = (deployment: Pick<Deployment, 'mission'>, extension: Pick<DeploymentExtension, 'requestedAt'>): string =>
  dateIn(new Date(extension.requestedAt), deployment.mission.timeZone);

export const extensionWaitingClaim = (deployment: Pick<Deployment, 'id' | 'mission'>, extension: Pick<DeploymentExtension, 'id' | 'requestedAt'>): ClaimKey => ({
  scope: scope(deployment),
  kind: `extension-waiting-${extension.id}-force`,
  day: requestedOn(deployment, extension),
});

/** Per rotation day: an approved extension moves it, and a return then due again is told again. */
export const returnDueClaim = (deployment: Pick<Deployment, 'id' | 'rotationDay'>): ClaimKey => ({ scope: scope(deployment), kind: 'return-due-hr', day: deployment.rotationDay });

export const debriefDueClaim = (deployment: Pick<Deployment, 'id'>, returnedOn: string): ClaimKey => ({ scope: scope(deployment), kind: 'debrief-due-hr', day: returnedOn });

/** The nearest threshold reached before the deployment day: a run that missed the 30-day day sends that one later, never both at once. */
const checklistThreshold = (daysLeft: number): ChecklistThreshold | undefined => {
  if (daysLeft <= 0) return undefined;
  const reached = CHECKLIST_REMINDER_DAYS.filter((days) => daysLeft <= days);
  return reached.length === 0 ? undefined : (Math.min(...reached) as ChecklistThreshold);
};

const checklistGaps = (deployment: Pick<Deployment, 'checklist' | 'rotationDay'>): ChecklistGap[] => {
  const verdicts = checklistVerdicts(deployment);
  return checklistItems.flatMap((item): ChecklistGap[] => {
    const verdict = verdicts[item];
    if (verdict === 'done') return [];
    const expiresOn = deployment.checklist[item]?.expiresOn;
    return [{ item, verdict, ...(verdict === 'expires-during-tour' && expiresOn !== undefined ? { expiresOn } : {}) }];
  });
};

/**
 * The reminders due on `today` (the duty station's date): the checklist's gaps, 30 and 7 days before
 * the deployment day, to the officer and to HR; a serving officer's extension left undecided by
 * their force for 7 days, to its approver; a return not recorded after the rotation day, and a
 * debrief not held 14 days after the return, to HR. Which of them were already sent is the
 * claims' business, not this rule's.
 */
export const dueReminders = (deployment: Deployment, today: string): Reminder[] => {
  const due: Reminder[] = [];
  const returned = deployment.returned;
  if (!returned) {
    const daysLeft = daysBetween(today, deployment.deploymentDay);
    const threshold = checklistThreshold(daysLeft);
    const gaps = threshold === undefined ? [] : checklistGaps(deployment);
    if (threshold !== undefined && gaps.length > 0) {
      for (const recipient of ['officer', 'hr'] as const) due.push({ kind: 'checklist', recipient, threshold, daysLeft, gaps, claim: checklistReminderClaim(deployment, threshold, recipient) });
    }
    // Only a serving officer's extension waits for a force; HR decides the others themselves.
    if (deployment.category === 'serving-police' && deployment.force !== undefined) {
      for (const extension of deployment.extensions) {
        const asked = requestedOn(deployment, extension);
        if (extension.state === 'requested' && today >= addDays(asked, EXTENSION_WAIT_DAYS)) {
          due.push({ kind: 'extension-waiting', recipient: 'force', extension, requestedOn: asked, claim: extensionWaitingClaim(deployment, extension) });
        }
      }
    }
    if (today > deployment.rotationDay) due.push({ kind: 'return-due', recipient: 'hr', claim: returnDueClaim(deployment) });
  } else if (!deployment.debrief && today >= addDays(returned.on, DEBRIEF_AFTER_DAYS)) {
    due.push({ kind: 'debrief-due', recipient: 'hr', daysSince: daysBetween(returned.on, today), claim: debriefDueClaim(deployment, returned.on) });
  }
  return due;
};
