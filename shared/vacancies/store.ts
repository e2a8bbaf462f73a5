import type { Vacancy, VacancyStatus } from './schema.js';
import type { VacancyMove } from './status-machine.js';

/** A vacancy as stored: with the version every save bumps (a save names the version it read). */
export type StoredVacancy = Vacancy & { version: number };

/** One line of a vacancy's history: who changed what, when, and how (`created`, `publish`, `edited`...). */
export interface VacancyAuditEntry {
  at: string;
  /** The staff member's email. */
  by: string;
  version: number;
  action: 'created' | 'edited' | VacancyMove;
  changes: Record<string, { from: unknown; to: unknown }>;
}

/** Thrown by `create` when a vacancy with this number exists. */
export class VacancyNumberTaken extends Error {}
/** Thrown by `update` when the stored version is not the expected one. */
export class StaleVacancyVersion extends Error {}
/** Thrown by `update` with `postsCoverHeld` when offers outstanding plus appointments hold more posts than the vacancy would have. */
export class PostsBelowHeld extends Error {}

/** Where vacancies live, as the public catalogue and the candidate path read them. */
export interface VacancyStore {
  get(number: string): Promise<Vacancy | undefined>;
  /**
   * Vacancies stored with this status, by deadline; from `deadlineFrom` (YYYY-MM-DD) on when given,
   * and up to `deadlineTo` (included) when given: a window of deadlines costs only what is in it.
   */
  listByStatus(status: VacancyStatus, deadlineFrom?: string, deadlineTo?: string): Promise<Vacancy[]>;
  /** Writes a vacancy at version 1 without history: demo data and tests only. */
  put(vacancy: Vacancy): Promise<void>;
}

/**
 * The same, as staff manage them: with versions, conditional writes and history. The DynamoDB
 * implementation is functions/adapters/dynamodb/vacancy-store.ts.
 */
export interface ManagedVacancyStore extends VacancyStore {
  get(number: string): Promise<StoredVacancy | undefined>;
  listByStatus(status: VacancyStatus, deadlineFrom?: string, deadlineTo?: string): Promise<StoredVacancy[]>;
  /** Writes a new vacancy at version 1 with its first audit entry, unless the number is taken: all or nothing. */
  create(vacancy: Vacancy, audit: VacancyAuditEntry): Promise<StoredVacancy>;
  /**
   * Replaces the vacancy when it is stored at `expectedVersion`, with its audit entry in the same
   * transaction. With `postsCoverHeld`, also only while the posts held (the counter) are at most
   * the new posts, judged in the write itself, so an offer made meanwhile cannot be left without its post.
   */
  update(vacancy: Vacancy, expectedVersion: number, audit: VacancyAuditEntry, guard?: { postsCoverHeld: boolean }): Promise<StoredVacancy>;
  /** The audit trail, oldest first. */
  history(number: string): Promise<VacancyAuditEntry[]>;
}
