import type { ApplicationStatus } from '../applications/status-machine.js';
import { applicationsCloseAt } from '../vacancies/deadline.js';
import type { Vacancy } from '../vacancies/schema.js';
import type { VacancyAuditEntry } from '../vacancies/store.js';
import type { VacancyMove } from '../vacancies/status-machine.js';

/** How long personal data is kept after its vacancy ended, per stage (functions/config.ts). */
export interface RetentionPolicy {
  unsuccessfulDays: number;
  appointedDays: number;
}

/** Appointed candidates' records follow their own, longer retention; everyone else's the shorter one. */
export type RetentionGroup = 'unsuccessful' | 'appointed';
export const retentionGroups: readonly RetentionGroup[] = ['unsuccessful', 'appointed'];

export const retentionGroupOf = (status: ApplicationStatus): RetentionGroup => (status === 'appointed' ? 'appointed' : 'unsuccessful');

export const retentionDays = (policy: RetentionPolicy, group: RetentionGroup): number =>
  group === 'appointed' ? policy.appointedDays : policy.unsuccessfulDays;

/**
 * The stored statuses of a vacancy that has ended, and the move that ended it. Cancelled counts:
 * its applicants are all unsuccessful, and without it their data would be kept for ever.
 */
const endingMoves: Partial<Record<Vacancy['status'], VacancyMove>> = { closed: 'close', filled: 'fill', cancelled: 'cancel' };
export const endedStatuses = ['closed', 'filled', 'cancelled'] as const;

/**
 * When a vacancy ended, or undefined while it has not: for a closed, filled or cancelled one, the
 * latest audit entry of the move into that status (closed early, filled months later); without
 * one (a vacancy written before it had history), the end of its deadline day; for an open
 * vacancy, the end of its deadline day once that is past (no job rewrites its status).
 */
export const vacancyEndedAt = (
  vacancy: Pick<Vacancy, 'status' | 'deadline' | 'timeZone'>,
  history: readonly Pick<VacancyAuditEntry, 'at' | 'action'>[],
  now: Date,
): Date | undefined => {
  if (vacancy.status === 'open') {
    const closedAt = applicationsCloseAt(vacancy);
    return now.getTime() >= closedAt.getTime() ? closedAt : undefined;
  }
  const move = endingMoves[vacancy.status];
  if (move === undefined) return undefined;
  const latest = history
    .filter((entry) => entry.action === move)
    .map((entry) => entry.at)
    .sort()
    .at(-1);
  return latest === undefined ? applicationsCloseAt(vacancy) : new Date(latest);
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a group's retention since `endedAt` is over at `now`: kept "more than N days", then purged. */
export const isPastRetention = (endedAt: Date, days: number, now: Date): boolean => now.getTime() - endedAt.getTime() > days * DAY_MS;
