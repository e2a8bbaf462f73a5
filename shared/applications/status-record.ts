/**
 * What an application item records of its own status moves (issue 17, point 5): every status it
 * held and when it was last appointed, so the reports need not read its history. Written by the
 * store with every create and change (functions/adapters/dynamodb/application-writes.ts), so no
 * caller can forget it. An item stored before the record existed stays without it when moved:
 * its past is known only from its history, which the reports then read as before.
 */
import type { Application } from './application.js';
import { applicationStatuses, type ApplicationStatus } from './status-machine.js';

export type StatusRecord = Pick<Application, 'statusesHeld' | 'appointedAt'>;

/** Each status once, in the status machine's order. */
const inOrder = (statuses: Iterable<ApplicationStatus>): ApplicationStatus[] => {
  const held = new Set(statuses);
  return applicationStatuses.filter((status) => held.has(status));
};

/** Only the attributes that have a value: the item never stores an undefined one. */
const defined = (record: StatusRecord): StatusRecord => ({
  ...(record.statusesHeld ? { statusesHeld: record.statusesHeld } : {}),
  ...(record.appointedAt ? { appointedAt: record.appointedAt } : {}),
});

/**
 * The record of an application as created: the status it is created in (submitted from the form,
 * another from the demo data or a test's seed), with whatever past the creator already knows.
 * Creation is not a move into `appointed`: an application created appointed has no appointment time.
 */
export const createdStatusRecord = (application: Pick<Application, 'status' | 'statusesHeld' | 'appointedAt'>): StatusRecord =>
  defined({ statusesHeld: inOrder([...(application.statusesHeld ?? []), application.status]), appointedAt: application.appointedAt });

/**
 * The record after a change written at `at` (its audit entry's time, the time the history would
 * say): a new status joins the statuses held, and a move into `appointed` sets the appointment
 * time (the latest, should there be two). An item without the record stays without it.
 */
export const statusRecordAfter = (
  current: Pick<Application, 'status' | 'statusesHeld' | 'appointedAt'>,
  changes: { status?: ApplicationStatus },
  at: string,
): StatusRecord => {
  if (current.statusesHeld === undefined) return {};
  const moved = changes.status !== undefined && changes.status !== current.status;
  if (!moved) return defined({ statusesHeld: current.statusesHeld, appointedAt: current.appointedAt });
  return defined({
    statusesHeld: inOrder([...current.statusesHeld, current.status, changes.status as ApplicationStatus]),
    appointedAt: changes.status === 'appointed' ? at : current.appointedAt,
  });
};
