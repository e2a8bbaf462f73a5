import { mapBounded } from '../admin/bounded-parallel.js';
import type { Application } from '../applications/application.js';
import type { CountedApplication } from '../applications/counts.js';
import { applicationDocumentPrefixes } from '../documents/keys.js';
import type { DocumentPurge, RetentionStore } from './store.js';

/**
 * The applications whose address was never confirmed in time (docs/data-model.md, pattern 26);
 * the DynamoDB implementation is in functions/adapters/dynamodb/retention-store.ts.
 */
export interface UnconfirmedStore {
  /** Up to `limit` unconfirmed applications whose confirmation expired before `now`, soonest expiry first. */
  listExpired(now: Date, limit: number): Promise<Application[]>;
  /**
   * Deletes the claimed application item at `version`, taking it out of its vacancy's counts in
   * the same transaction; false when it changed after the claim.
   */
  discard(application: Pick<Application, 'id' | 'vacancy' | 'version'> & CountedApplication, now: Date): Promise<boolean>;
}

export interface UnconfirmedPurgeDependencies {
  unconfirmed: UnconfirmedStore;
  retention: Pick<RetentionStore, 'claim' | 'erasePersonalItems'>;
  documents: DocumentPurge;
}

export interface UnconfirmedPurgeSummary {
  unconfirmedPurged: number;
  unconfirmedDocumentsDeleted: number;
}

const PAGE = 50;
const IN_FLIGHT = 8;

/**
 * Removes every application whose address was not confirmed before its link expired (72 hours
 * after submitting): its documents, audit entries and
 * claims, then the item. It was never received, so no statistics count it, and it never held a
 * one-per-email guard (only a guard naming it would be removed). Claimed first like the retention
 * purge, so a confirmation racing it either lands first (and the claim fails) or finds it gone.
 */
export const purgeUnconfirmedApplications = async (
  deps: UnconfirmedPurgeDependencies,
  now: Date,
  options: { shouldStop?: () => boolean } = {},
): Promise<UnconfirmedPurgeSummary> => {
  const summary: UnconfirmedPurgeSummary = { unconfirmedPurged: 0, unconfirmedDocumentsDeleted: 0 };
  const shouldStop = options.shouldStop ?? (() => false);
  for (;;) {
    const expired = await deps.unconfirmed.listExpired(now, PAGE);
    if (expired.length === 0) break;
    const removed = await mapBounded(expired, IN_FLIGHT, async (application) => {
      const claim = await deps.retention.claim(application, now);
      if (claim.kind !== 'claimed') return false;
      for (const prefix of applicationDocumentPrefixes(application.id)) {
        const deleted = await deps.documents.deleteUnder(prefix);
        summary.unconfirmedDocumentsDeleted += deleted;
      }
      await deps.retention.erasePersonalItems(application);
      return deps.unconfirmed.discard({ ...application, version: claim.version }, now);
    });
    const count = removed.filter(Boolean).length;
    summary.unconfirmedPurged += count;
    // A page where nothing could be removed (each changed meanwhile) is left to the next run.
    if (count === 0 || expired.length < PAGE || shouldStop()) break;
  }
  return summary;
};
