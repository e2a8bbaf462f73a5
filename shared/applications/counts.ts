import { isConfirmed, missingItems, type Application } from './application.js';
import { applicationStatuses, isFinal, type ApplicationStatus } from './status-machine.js';

/**
 * A vacancy's applications counted as the summary and the HR digest report them: received ones
 * (address confirmed) by status, those of them still waiting for something, and the unconfirmed
 * apart. Kept as a counter per vacancy (docs/data-model.md, "Counts per vacancy") and moved in the
 * same transaction as every write that moves an application between them.
 */
export interface ApplicationCounts {
  /** Received applications by status; every status present, zero when none. */
  byStatus: Record<ApplicationStatus, number>;
  /** Received, active and still missing something its category requires (the CV, the letter, the NCB's validation, a force's release). */
  incomplete: number;
  /** Whose address is not confirmed yet: in none of the counts above. */
  unconfirmed: number;
}

/** What a change adds to a vacancy's counts (negative numbers take away); all zero for most edits. */
export type CountsChange = ApplicationCounts;

/** What the counts judge by: the status, the confirmation and what the requirements read (the category says which apply). */
export type CountedApplication = Pick<Application, 'status' | 'documents' | 'ncbValidation' | 'emailConfirmation' | 'category' | 'release'>;

export const zeroCounts = (): ApplicationCounts => ({
  byStatus: Object.fromEntries(applicationStatuses.map((status) => [status, 0])) as Record<ApplicationStatus, number>,
  incomplete: 0,
  unconfirmed: 0,
});

/**
 * Whether a received application still waits for something: the rule of the sparse `incomplete`
 * index, which reminders and the NCB digest read. It knows no vacancy: what is missing, not
 * whether a validation reaches the vacancy's level, so a vacancy's clearance change moves nothing.
 */
export const isWaiting = (application: CountedApplication): boolean =>
  isConfirmed(application) && !isFinal(application.status) && missingItems(application).length > 0;

/** The one application's part of its vacancy's counts. */
export const countsOf = (application: CountedApplication): ApplicationCounts => {
  const counts = zeroCounts();
  if (!isConfirmed(application)) {
    counts.unconfirmed = 1;
    return counts;
  }
  counts.byStatus[application.status] = 1;
  if (isWaiting(application)) counts.incomplete = 1;
  return counts;
};

/** `a + sign * b`, field by field. */
const combine = (a: ApplicationCounts, b: ApplicationCounts, sign: 1 | -1): ApplicationCounts => ({
  byStatus: Object.fromEntries(applicationStatuses.map((status) => [status, a.byStatus[status] + sign * b.byStatus[status]])) as Record<ApplicationStatus, number>,
  incomplete: a.incomplete + sign * b.incomplete,
  unconfirmed: a.unconfirmed + sign * b.unconfirmed,
});

export const addCounts = (a: ApplicationCounts, b: ApplicationCounts): ApplicationCounts => combine(a, b, 1);

/** What moving an application from `before` to `after` does to the counts (undefined: absent, created or deleted). */
export const countsChange = (before: CountedApplication | undefined, after: CountedApplication | undefined): CountsChange =>
  combine(after ? countsOf(after) : zeroCounts(), before ? countsOf(before) : zeroCounts(), -1);

export const isNoChange = (change: CountsChange): boolean =>
  change.incomplete === 0 && change.unconfirmed === 0 && applicationStatuses.every((status) => change.byStatus[status] === 0);

export const sameCounts = (a: ApplicationCounts, b: ApplicationCounts): boolean => isNoChange(combine(a, b, -1));

/** The counts of many applications (a recount from the rows). */
export const countAll = (applications: Iterable<CountedApplication>): ApplicationCounts => {
  let counts = zeroCounts();
  for (const application of applications) counts = addCounts(counts, countsOf(application));
  return counts;
};

/** Received applications, whatever their status. */
export const receivedTotal = (counts: ApplicationCounts): number => applicationStatuses.reduce((sum, status) => sum + counts.byStatus[status], 0);
