import { RECEIVED_PREFIX, UPLOADS_PREFIX } from '../documents/keys.js';
import type { Secondment } from '../secondments/secondment.js';
import { isSecondmentPastRetention, latestLastDayPastRetention } from './secondment-policy.js';
import type { DocumentPurge, PurgeClaim } from './store.js';

/**
 * The table side of a secondment's purge (functions/adapters/dynamodb/secondment-purge.ts,
 * docs/data-model.md "Secondments"). A claimed secondment leaves every list (the not-ended and
 * ended partitions, its country's) for a purging partition of its own, so no list ever shows it
 * half deleted, and the next run finds it there to finish.
 */
export interface SecondmentPurgeStore {
  /** Secondments a run claimed and did not finish, each at its claimed version. */
  listPurging(): Promise<Secondment[]>;
  /** Secondments not claimed whose last day served is up to `upTo` (both partitions: ended or not, recorded or not). */
  listLastServedUpTo(upTo: string): Promise<Secondment[]>;
  /** Takes the secondment at the version it was read at (bumped; out of every list); `gone` once an earlier run removed it. */
  claim(secondment: Pick<Secondment, 'id' | 'version'>, now: Date): Promise<PurgeClaim>;
  /** Deletes every item of the secondment but the record itself (audit entries, ending-notice claims...); answers how many. */
  eraseBeside(secondmentId: string): Promise<number>;
  /** Whether the application the secondment came from is still kept (its confirmation letter is then still its own). */
  applicationKept(applicationId: string): Promise<boolean>;
  /** Creates the kept counts' item unless it exists (once per run, before any `remove`). */
  openStatistics(): Promise<void>;
  /**
   * Deletes the claimed record and its application's guard and adds it to the kept counts, in one
   * transaction: counted exactly when removed. False when it was gone already (an earlier run).
   */
  remove(secondment: Secondment, now: Date): Promise<boolean>;
}

/** The documents an application's purge must leave in place: those a secondment made from it still refers to. */
export interface SecondmentDocumentHolds {
  heldFor(applicationId: string): Promise<string[]>;
}

export interface SecondmentPurgeDependencies {
  secondments: SecondmentPurgeStore;
  documents: DocumentPurge;
}

export interface SecondmentPurgeSummary {
  secondmentsChecked: number;
  secondmentsPurged: number;
  secondmentDocumentsDeleted: number;
  secondmentItemsDeleted: number;
  /** Changed between being read and claimed (an edit at that moment): the next run takes them. */
  secondmentsDeferred: number;
  /** 1 when the run stopped before its time ran out, leaving the rest to the next run. */
  secondmentsStoppedEarly: number;
}

export interface SecondmentPurgeOptions {
  /** Asked before each secondment: true stops the run cleanly (the function's time is nearly up). */
  shouldStop?: () => boolean;
}

/** Everything a secondment's own documents are kept under (shared/secondments/uploads.ts): checked copies and uploads. */
export const secondmentDocumentPrefixes = (secondmentId: string): string[] => [`${UPLOADS_PREFIX}${secondmentId}/`, `${RECEIVED_PREFIX}${secondmentId}/`];

/**
 * The secondments' purge (issue 17, point 6): a secondment whose last day served is further back
 * than the stage's retention goes with its documents, and only anonymised counts stay. Unfinished
 * claims are finished first; each secondment is claimed (out of every list), its objects and the
 * items beside it deleted, and its record removed in the transaction that counts it: a run that
 * stops anywhere leaves work the next run finishes, and counts nothing twice.
 */
export const purgeExpiredSecondments = async (
  deps: SecondmentPurgeDependencies,
  retentionDays: number,
  now: Date,
  options: SecondmentPurgeOptions = {},
): Promise<SecondmentPurgeSummary> => {
  const shouldStop = options.shouldStop ?? (() => false);
  const summary: SecondmentPurgeSummary = {
    secondmentsChecked: 0,
    secondmentsPurged: 0,
    secondmentDocumentsDeleted: 0,
    secondmentItemsDeleted: 0,
    secondmentsDeferred: 0,
    secondmentsStoppedEarly: 0,
  };
  const unfinished = await deps.secondments.listPurging();
  const expired = (await deps.secondments.listLastServedUpTo(latestLastDayPastRetention(retentionDays, now))).filter((secondment) =>
    isSecondmentPastRetention(secondment, retentionDays, now),
  );
  if (unfinished.length + expired.length === 0) return summary;
  await deps.secondments.openStatistics();

  for (const [secondment, claimed] of [...unfinished.map((s) => [s, true] as const), ...expired.map((s) => [s, false] as const)]) {
    if (shouldStop()) {
      summary.secondmentsStoppedEarly = 1;
      break;
    }
    summary.secondmentsChecked += 1;
    let taken = secondment;
    if (!claimed) {
      const claim = await deps.secondments.claim(secondment, now);
      if (claim.kind === 'changed') summary.secondmentsDeferred += 1;
      if (claim.kind !== 'claimed') continue;
      taken = { ...secondment, version: claim.version };
    }
    const outcome = await purgeOne(deps, taken, now);
    summary.secondmentDocumentsDeleted += outcome.documents;
    summary.secondmentItemsDeleted += outcome.items;
    if (outcome.removed) summary.secondmentsPurged += 1;
  }
  return summary;
};

const purgeOne = async (deps: SecondmentPurgeDependencies, secondment: Secondment, now: Date) => {
  let documents = 0;
  for (const prefix of secondmentDocumentPrefixes(secondment.id)) documents += await deps.documents.deleteUnder(prefix);
  // The confirmation letter is the application's object (by key): it goes here only once the
  // application's own purge has gone by, which left it for the secondment (purge.ts).
  const letter = secondment.documents.confirmationLetter?.key;
  if (letter !== undefined && !(await deps.secondments.applicationKept(secondment.applicationId))) documents += await deps.documents.deleteUnder(letter);
  // Before the record, which stays the next run's handle on all of it.
  const items = await deps.secondments.eraseBeside(secondment.id);
  const removed = await deps.secondments.remove(secondment, now);
  return { documents, items: items + (removed ? 1 : 0), removed };
};
