import type { Application } from './application.js';
import type { ApplicationCounts } from './counts.js';
import type { PendingReceipt } from './receipt-owed.js';
import type { ApplicationStatus } from './status-machine.js';
import type { PostCount, VacancyTerms } from './vacancy-terms.js';

/** One line of an application's history: who changed what, when. */
/** The steps of a sending unit's nomination to the mission (shared/nomination/). */
export type NominationAction = 'nominated' | 'nomination-withdrawn' | 'nomination-sent' | 'mission-answered';

export interface AuditEntry {
  at: string;
  /** `candidate`, `system`, or the staff member's email. */
  by: string;
  action: 'submitted' | 'email-confirmed' | 'document-received' | 'letter-confirmed' | 'withdrawn' | 'status-changed' | 'edited' | 'ncb-decision' | 'release-decision' | 'offer-answered' | 'offer-lapsed' | 'home-confirmed' | NominationAction;
  changes: Record<string, { from: unknown; to: unknown }>;
}

/** What a replayed `POST /applications` answers with: sealed, since it holds the status token. */
export interface IdempotencyRecord {
  keyHash: string;
  /** SHA-256 of the request body: the same key with another body is refused, not replayed. */
  requestHash: string;
  sealedAnswer: string;
  createdAt: string;
  /** After this the key may be used afresh (the table's TTL removes the record some time later). */
  expiresAt: string;
}

/** Thrown by `confirm` (and by `create` of an already confirmed application) when the address already holds a confirmed application to the vacancy. */
export class DuplicateApplication extends Error {}
/** Thrown by `create` when the idempotency record already exists (a replay, or a race with one). */
export class IdempotencyKeyTaken extends Error {}
/** Thrown by `update` when the stored version is not the expected one. */
export class StaleVersion extends Error {}
/** Thrown by `update` when an offer would hold more posts than the vacancy has: the count as it stands. */
export class PostsFull extends Error {
  constructor(readonly count: PostCount) {
    super('Every post of the vacancy is held.');
  }
}

/**
 * The applications a member country's NCB has validated for a vacancy, as its nominations item
 * records them (shared/admin/nomination-limit.ts): a claim per validation, checked against the
 * applications themselves before it counts, and `revision`, which every change of the item bumps.
 */
export interface NominationClaims {
  revision: number;
  validated: string[];
}

/** The nominations item changed between the judgement and the write: judge again. */
export class NominationsMoved extends Error {
  constructor() {
    super('The country’s nominations for this vacancy changed meanwhile.');
  }
}

/** Which applications a listing wants: a vacancy, a country, or both; optionally one status. */
export interface ApplicationFilter {
  vacancy?: string;
  country?: string;
  status?: ApplicationStatus;
}

export interface ApplicationPage {
  items: Application[];
  /** Opaque; absent on the last page. */
  nextCursor?: string;
}

/**
 * Reading one application, its history and an idempotency record: what a route that only reads
 * an application needs (functions/adapters/dynamodb/application-reads.ts).
 */
export interface ApplicationReads {
  get(id: string): Promise<Application | undefined>;
  findIdempotencyRecord(keyHash: string): Promise<IdempotencyRecord | undefined>;
  history(id: string): Promise<AuditEntry[]>;
}

/** Listings, tallies and the digests' queries of the indexes (functions/adapters/dynamodb/application-queries.ts). */
export interface ApplicationQueries {
  /**
   * A vacancy's active applications still missing a document or the NCB's validation, oldest
   * first: the sparse `incomplete` index (pattern 9), so a vacancy with nothing missing costs one
   * empty Query and no item reads.
   */
  listIncomplete(vacancy: string): Promise<Application[]>;
  /**
   * One page of applications matching the filter, by status then submission time for a vacancy,
   * by vacancy then status for a country. Needs a vacancy or a country (each is an index's
   * partition); a cursor from another listing is refused as a validation error.
   */
  list(filter: ApplicationFilter, page: { cursor?: string; limit: number }): Promise<ApplicationPage>;
  /**
   * The applications of a vacancy, or of a country (all vacancies), counted per vacancy by the
   * rule every counter follows (`countsOf`): a Query on the index keyed by it that reads back only
   * what the rule needs. A vacancy with none is absent.
   */
  tally(filter: { vacancy: string } | { country: string }): Promise<Map<string, ApplicationCounts>>;
  /**
   * A vacancy's applications submitted after `after` (exclusive; from the first when absent) and
   * up to `until` (inclusive), oldest first: the `bySubmission` index (pattern 8), for digests.
   */
  listSubmittedSince(vacancy: string, after: string | undefined, until: string): Promise<Application[]>;
}

/** A vacancy's terms and counts as its applications stand (functions/adapters/dynamodb/application-terms.ts). */
export interface ApplicationTerms {
  /**
   * What the rules need of a vacancy (clearance, posts, deadline, status) with its post count as
   * stored now (counted from the applications when no counter was written yet); undefined when
   * there is no such vacancy.
   */
  vacancyTerms(vacancy: string): Promise<VacancyTerms | undefined>;
  /**
   * A vacancy's applications counted by status and completeness, the unconfirmed apart: its
   * counter (one GetItem, whatever the vacancy's size), moved in the same transaction as every
   * change; counted from the applications (every row) while a stage has written none for it yet.
   */
  counts(vacancy: string): Promise<ApplicationCounts>;
  /** The nominations item of a vacancy and a country, read consistently; revision 0 and none validated when none was written yet. */
  nominations(vacancy: string, country: string): Promise<NominationClaims>;
}

/**
 * The write paths, each one transaction with its audit entry and the counts it moves
 * (functions/adapters/dynamodb/application-writes.ts).
 */
export interface ApplicationWrites {
  /**
   * Writes the application, its one-per-email guard, its first audit entry and, when given,
   * the idempotency record and the receipt it is owed: all or nothing.
   */
  create(application: Application, audit: AuditEntry, extras?: { idempotency?: IdempotencyRecord; receipt?: PendingReceipt }): Promise<void>;
  /**
   * Confirms the application's address (`emailConfirmation.confirmedAt = at`) at the version it
   * was read at, taking its one-per-email guard and writing the audit entry in the same
   * transaction: `DuplicateApplication` when the address already holds the guard of the vacancy,
   * `StaleVersion` when the application changed meanwhile. Answers the application as now stored.
   */
  confirm(application: Application, at: string, audit: AuditEntry): Promise<Application>;
  /**
   * Applies `changes` when the stored version is `expectedVersion`, bumping the version and
   * writing the audit entry in the same transaction; answers the application as now stored.
   * `read` is the application as the caller just read it, saving a second read; the write's
   * version condition still refuses it if it is stale.
   */
  update(
    id: string,
    expectedVersion: number,
    changes: Partial<Omit<Application, 'id' | 'version'>>,
    audit: AuditEntry,
    read?: Application,
    /**
     * The vacancy's posts as the caller judged the move. A move into or out of `offered` or
     * `appointed` changes the vacancy's post count in the same transaction, and a move into
     * `offered` is written only while the count stays within `posts` (else `PostsFull`) and the
     * vacancy still has those `posts` (a save changed them since: `StaleVersion`, judge again).
     */
    guard?: {
      posts?: number;
      /**
       * A validation under a vacancy's limit per country: the country's nominations item is
       * written in the same transaction (`claims`, at `revision` + 1), only while it is still at
       * the `revision` the limit was judged on (else `NominationsMoved`).
       */
      nominations?: { vacancy: string; country: string; revision: number; claims: string[] };
    },
  ): Promise<Application>;
  /**
   * Runs `work` with an `update` for many rows at once (a bulk edit, an import, a cancelled
   * vacancy's sweep): each row its own transaction as `update` writes it, but without the
   * vacancy's counter, which every row would contend for; the rows' summed change is added to
   * each vacancy's counter once when `work` ends (docs/data-model.md, "Counts per vacancy").
   * `at` is when the batch begins.
   */
  batch<T>(at: string, work: (update: ApplicationWrites['update']) => Promise<T>): Promise<T>;
}

/**
 * Where applications live: every part above (functions/adapters/dynamodb/application-store.ts).
 * A function that needs only some of it takes only those parts (functions/stores/application-stores.ts),
 * so that its bundle carries no other path.
 */
export interface ApplicationStore extends ApplicationReads, ApplicationQueries, ApplicationTerms, ApplicationWrites {}
