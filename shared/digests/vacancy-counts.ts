import type { ApplicationStatus } from '../applications/status-machine.js';
import type { ApplicationTally } from '../applications/store.js';

/** A vacancy's applications counted as the digest reports them. */
export interface VacancyCounts {
  total: number;
  /** Only the statuses that occur. */
  byStatus: Partial<Record<ApplicationStatus, number>>;
  /** Active and still missing the CV, the confirmation letter or the NCB's validation. */
  incomplete: number;
}

/** Counts received applications only: one whose address is not confirmed is not received yet. */
export const countTallies = (tallies: readonly ApplicationTally[]): VacancyCounts => {
  const byStatus: Partial<Record<ApplicationStatus, number>> = {};
  let incomplete = 0;
  let total = 0;
  for (const tally of tallies) {
    if (!tally.confirmed) continue;
    total += 1;
    byStatus[tally.status] = (byStatus[tally.status] ?? 0) + 1;
    if (tally.incomplete) incomplete += 1;
  }
  return { total, byStatus, incomplete };
};
