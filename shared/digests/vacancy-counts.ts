import { receivedTotal, type ApplicationCounts } from '../applications/counts.js';
import type { ApplicationStatus } from '../applications/status-machine.js';

/** A vacancy's applications counted as the digest reports them. */
export interface VacancyCounts {
  total: number;
  /** Only the statuses that occur. */
  byStatus: Partial<Record<ApplicationStatus, number>>;
  /** Active and still missing the CV, the confirmation letter or the NCB's validation. */
  incomplete: number;
}

/**
 * The digest's counts from the vacancy's counts (shared/applications/counts.ts): received
 * applications only, since one whose address is not confirmed is not received yet.
 */
export const digestCounts = (counts: ApplicationCounts): VacancyCounts => ({
  total: receivedTotal(counts),
  byStatus: Object.fromEntries(Object.entries(counts.byStatus).filter(([, count]) => count !== 0)) as VacancyCounts['byStatus'],
  incomplete: counts.incomplete,
});
