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
 * Whether an item's record can be believed: it holds the item's status, and an appointed item its
 * appointment time. Code from before the record (a deployment part-way, a rollback) moves the
 * status and keeps the record as it was, so a record that misses the status is stale: its readers
 * go to the history, and the next write drops it.
 */
export const hasStatusRecord = (application: Pick<Application, 'status' | 'statusesHeld' | 'appointedAt'>): boolean =>
  application.statusesHeld !== undefined &&
  application.statusesHeld.includes(application.status) &&
  (application.status !== 'appointed' || application.appointedAt !== undefined);

/** The item without its record: what a write starts from, the record then written anew (or not at all). */
export const withoutStatusRecord = <A extends StatusRecord>(application: A): Omit<A, 'statusesHeld' | 'appointedAt'> => {
  const { statusesHeld: _held, appointedAt: _appointed, ...rest } = application;
  return rest;
};

/**
 * The record after a change written at `at` (its audit entry's time, the time the history would
 * say): a new status joins the statuses held, and a move into `appointed` sets the appointment
 * time (the latest, should there be two). An item without a record it can believe (stored before
 * the record, or moved since by code from before it) stays without one.
 */
export const statusRecordAfter = (
  current: Pick<Application, 'status' | 'statusesHeld' | 'appointedAt'>,
  changes: { status?: ApplicationStatus },
  at: string,
): StatusRecord => {
  if (current.statusesHeld === undefined || !current.statusesHeld.includes(current.status)) return {};
  const moved = changes.status !== undefined && changes.status !== current.status;
  if (!moved) return defined({ statusesHeld: current.statusesHeld, appointedAt: current.appointedAt });
  return defined({
    statusesHeld: inOrder([...current.statusesHeld, current.status, changes.status as ApplicationStatus]),
    appointedAt: changes.status === 'appointed' ? at : current.appointedAt,
  });
};
