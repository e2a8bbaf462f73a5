import { zeroCounts, type ApplicationCounts } from '#shared/applications/counts.js';
import { applicationStatuses, type ApplicationStatus } from '#shared/applications/status-machine.js';

/**
 * A vacancy's counter item (docs/data-model.md, "Counts per vacancy"), beside the vacancy and its
 * post counter: its key and attributes only, so that a store which merely creates one (a new
 * vacancy's) bundles nothing of the counting.
 */
export const countsKey = (vacancy: string) => ({ pk: `VACANCY#${vacancy}`, sk: 'COUNTS' });

/** One top-level number per count, so that an `ADD` never needs a map to exist. */
const statusAttribute = (status: ApplicationStatus) => `status_${status}`;
export const COUNT_ATTRIBUTES: ReadonlyArray<[string, (counts: ApplicationCounts) => number]> = [
  ...applicationStatuses.map((status): [string, (counts: ApplicationCounts) => number] => [statusAttribute(status), (counts) => counts.byStatus[status]]),
  ['incomplete', (counts) => counts.incomplete],
  ['unconfirmed', (counts) => counts.unconfirmed],
];

export const countsFromItem = (item: Record<string, unknown>): ApplicationCounts => {
  const counts = zeroCounts();
  for (const status of applicationStatuses) counts.byStatus[status] = Number(item[statusAttribute(status)] ?? 0);
  counts.incomplete = Number(item.incomplete ?? 0);
  counts.unconfirmed = Number(item.unconfirmed ?? 0);
  return counts;
};

export const counterItem = (vacancy: string, counts: ApplicationCounts, fields: Record<string, unknown>) => ({
  ...countsKey(vacancy),
  entity: 'counts',
  vacancy,
  ...Object.fromEntries(COUNT_ATTRIBUTES.map(([name, of]) => [name, of(counts)])),
  ...fields,
});

/**
 * The counter of a vacancy just created: no application can name it yet, so all zero is its true
 * count, and its reads and changes use the counter from the first one. Not stamped as reconciled:
 * the next reconciliation recounts it once, as any counter it has not yet found right.
 */
export const newVacancyCounter = (vacancy: string, at: string) => counterItem(vacancy, zeroCounts(), { revision: 1, updatedAt: at });
