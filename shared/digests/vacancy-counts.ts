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

export const countTallies = (tallies: readonly ApplicationTally[]): VacancyCounts => {
  const byStatus: Partial<Record<ApplicationStatus, number>> = {};
  let incomplete = 0;
  for (const tally of tallies) {
    byStatus[tally.status] = (byStatus[tally.status] ?? 0) + 1;
    if (tally.incomplete) incomplete += 1;
  }
  return { total: tallies.length, byStatus, incomplete };
};
