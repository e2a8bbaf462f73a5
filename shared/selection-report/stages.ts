/**
 * Which stages of the selection an application reached, whatever its status now (issue 16, point 5):
 * a candidate rejected after the interview was still interviewed. The status says it for an
 * application still going; for one that ended (rejected, withdrawn), or one that may have passed
 * the optional written test on its way, the statuses the item records it held say it
 * (shared/applications/status-record.ts), or, on an item stored before that record, its history's
 * status changes.
 */
import type { Application } from '../applications/application.js';
import type { AuditEntry } from '../applications/store.js';
import type { ApplicationStatus } from '../applications/status-machine.js';
import { hasStatusRecord } from '../applications/status-record.js';

export const reportStages = ['shortlisted', 'tested', 'interviewed'] as const;
export type ReportStage = (typeof reportStages)[number];

/** Statuses at or past each stage, in the status machine's order (the written test is optional: interviewed does not imply tested). */
const atOrPast: Record<ReportStage, readonly ApplicationStatus[]> = {
  shortlisted: ['shortlisted', 'tested', 'interviewed', 'offered', 'appointed'],
  tested: ['tested'],
  interviewed: ['interviewed', 'offered', 'appointed'],
};

const ended = (status: ApplicationStatus) => status === 'rejected' || status === 'withdrawn';

/**
 * Whether the status and the application's own fields cannot settle every stage, so that its
 * history must be read: an item without the record of the statuses it held, and either ended
 * (rejected from any stage) or past the test stage, maybe tested without a recorded result
 * (results came with issue 16, point 2).
 */
export const needsHistory = (application: Pick<Application, 'status' | 'writtenTest' | 'statusesHeld' | 'appointedAt'>): boolean =>
  !hasStatusRecord(application) &&
  (ended(application.status) || (application.writtenTest === undefined && atOrPast.interviewed.includes(application.status)));

/** The statuses an application's history says it held: each status change's new status. */
const statusesIn = (history: readonly AuditEntry[]): Set<string> =>
  new Set(
    history
      .filter((entry) => entry.action === 'status-changed' || entry.action === 'withdrawn')
      .flatMap((entry) => [entry.changes.status?.from, entry.changes.status?.to])
      .filter((status): status is string => typeof status === 'string'),
  );

/** The statuses an application held: the item's record (when it can be believed), or else its history's (when given). */
export const statusesHeld = (application: Pick<Application, 'status' | 'statusesHeld' | 'appointedAt'>, history: readonly AuditEntry[] = []): Set<string> => {
  const held: Set<string> = hasStatusRecord(application) ? new Set(application.statusesHeld) : statusesIn(history);
  held.add(application.status);
  return held;
};

/** The stages reached: from the statuses held, and a recorded written test. */
export const stagesReached = (
  application: Pick<Application, 'status' | 'writtenTest' | 'statusesHeld'>,
  history: readonly AuditEntry[] = [],
): Set<ReportStage> => {
  const held = statusesHeld(application, history);
  const reached = new Set<ReportStage>();
  for (const stage of reportStages) {
    if (atOrPast[stage].some((status) => held.has(status))) reached.add(stage);
  }
  // A recorded result means the candidate sat the test, whatever moves followed.
  if (application.writtenTest !== undefined) reached.add('tested');
  if (reached.has('tested') || reached.has('interviewed')) reached.add('shortlisted');
  return reached;
};
