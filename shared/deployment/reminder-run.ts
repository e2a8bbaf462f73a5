/**
 * The `deployment-reminders` job's run (issue 18, point 6): every deployment read with one Query
 * (the deployments' listing partition), each judged on its duty station's date (dueReminders), each
 * reminder due sent through `sendOnce` under its own claim: a second run, two at once or a retry
 * send nothing more; a send SES refused gives its claim back and the next run sends it, once.
 */
import type { ApplicationReads } from '../applications/store.js';
import { mapBounded } from '../admin/bounded-parallel.js';
import { sendOnce, type SendOnceDependencies } from '../email/send-once.js';
import type { Force } from '../profiles/forces.js';
import { dateIn } from '../time/zoned.js';
import type { Deployment } from './deployment.js';
import { releaseApprover, reminderEmail } from './emails.js';
import { dueReminders, type Reminder } from './reminders.js';
import type { DeploymentStore } from './store.js';

const PARALLEL = 8;

export interface DeploymentReminderDependencies {
  deployments: Pick<DeploymentStore, 'listAll'>;
  /** The application of a serving officer whose extension waits: the approver who released them is on it. */
  applications: Pick<ApplicationReads, 'get'>;
  email: SendOnceDependencies;
}

export interface DeploymentReminderSettings {
  /** HR's addresses (the digest's). */
  hrRecipients: readonly string[];
  /** The stage's forces: the approver's email names the officer's force. */
  forces: readonly Force[];
}

/** Counts only: the summary is logged, so it names no one. */
export interface DeploymentReminderSummary {
  [name: string]: number;
  deployments: number;
  /** Reminders due today, sent or not. */
  due: number;
  sent: number;
  alreadySent: number;
  suppressed: number;
  /** Sends SES refused: their claims were given back, the next run sends them. */
  failed: number;
  /** Due but with nobody to go to: no approver on the application (or no HR address); sent once there is one, while still due. */
  noRecipient: number;
}

export const runDeploymentReminders = async (deps: DeploymentReminderDependencies, settings: DeploymentReminderSettings, now: Date): Promise<DeploymentReminderSummary> => {
  const summary: DeploymentReminderSummary = { deployments: 0, due: 0, sent: 0, alreadySent: 0, suppressed: 0, failed: 0, noRecipient: 0 };
  const deployments = await deps.deployments.listAll();
  summary.deployments = deployments.length;
  const owed = deployments.flatMap((deployment) => dueReminders(deployment, dateIn(now, deployment.mission.timeZone)).map((reminder) => ({ deployment, reminder })));
  summary.due = owed.length;

  const approverOf = async (deployment: Deployment): Promise<string | undefined> => {
    const application = await deps.applications.get(deployment.applicationId);
    return application ? releaseApprover(application) : undefined;
  };

  await mapBounded(owed, PARALLEL, async ({ deployment, reminder }: { deployment: Deployment; reminder: Reminder }) => {
    // Most days find the reminder sent on an earlier one: one read of its claim, and no other.
    if (await deps.email.claims.isClaimed(reminder.claim, now)) {
      summary.alreadySent += 1;
      return;
    }
    const approver = reminder.recipient === 'force' ? await approverOf(deployment) : undefined;
    const email = reminderEmail(deployment, reminder, { hr: settings.hrRecipients, forces: settings.forces, approver });
    if (!email) {
      summary.noRecipient += 1;
      return;
    }
    const outcome = await sendOnce(deps.email, reminder.claim, email, now);
    if (outcome === 'sent') summary.sent += 1;
    else if (outcome === 'already-sent') summary.alreadySent += 1;
    else summary[outcome] += 1;
  });
  return summary;
};
