import type { Application } from '../applications/application.js';
import type { CountedApplication } from '../applications/counts.js';
import type { RetentionGroup } from './policy.js';
import type { CountedFacts, RetentionStatistics } from './statistics.js';

/** A vacancy's retention record (`STATS#<vacancy>` / `RETENTION`): the statistics kept, and which purges are done. */
export interface RetentionRecord {
  vacancy: string;
  statistics: RetentionStatistics;
  /** Per group, the end of the vacancy (ISO time) its purge was finished for. */
  purged: Partial<Record<RetentionGroup, string>>;
  /** The vacancy's version when a purge last finished: an unchanged vacancy needs no second look. */
  vacancyVersion?: number;
}

/** One purge of one vacancy, as audited (`STATS#<vacancy>` / `PURGE#<at>#<run>`): counts, never a person. */
export interface PurgeAuditEntry {
  at: string;
  run: string;
  vacancy: string;
  groups: RetentionGroup[];
  endedAt: string;
  applications: number;
  documents: number;
  items: number;
  /** Applications changed while the run purged them: left for the next run. */
  deferred: number;
}

/** An application taken for purging: its version was bumped, so no edit can land on it meanwhile. */
export type PurgeClaim = { kind: 'claimed'; version: number } | { kind: 'gone' } | { kind: 'changed' };

/** The table side of a purge; the DynamoDB implementation is functions/adapters/dynamodb/retention-store.ts. */
export interface RetentionStore {
  record(vacancy: string): Promise<RetentionRecord | undefined>;
  /** Creates the vacancy's record, empty, unless it exists. */
  open(vacancy: string): Promise<void>;
  /** Takes the application at the version it was read at; `gone` when an earlier run removed it. */
  claim(application: Pick<Application, 'id' | 'version'>, now: Date): Promise<PurgeClaim>;
  /** Deletes everything personal beside the application item (audit entries, claims, the one-per-email guard); answers how many items. */
  erasePersonalItems(application: Pick<Application, 'id' | 'vacancy' | 'email'>): Promise<number>;
  /**
   * Deletes claimed application items and adds them to the vacancy's statistics in the same
   * transaction, taking them out of the vacancy's counts there too, so a count is never lost or
   * made twice; answers the ids removed.
   */
  remove(vacancy: string, applications: ReadonlyArray<{ id: string; version: number; facts: CountedFacts & CountedApplication }>, now: Date): Promise<string[]>;
  /** Writes the audit entry and, when the purge of `completed.groups` is finished, marks it so. */
  recordPurge(entry: PurgeAuditEntry, completed?: { groups: RetentionGroup[]; endedAt: string; vacancyVersion: number }): Promise<void>;
  purges(vacancy: string): Promise<PurgeAuditEntry[]>;
}

/** The bucket side: every object, and every version of it, under a prefix. */
export interface DocumentPurge {
  /** Answers how many objects (versions and delete markers included) were deleted; the keys in `keep` stay, every version of them. */
  deleteUnder(prefix: string, keep?: readonly string[]): Promise<number>;
}
