import type { Secondment } from './secondment.js';

/** One line of a secondment's history: who did what, when, and what it changed. */
export interface SecondmentAuditEntry {
  at: string;
  /** The staff member's email. */
  by: string;
  action: 'created' | 'signed-terms-received' | 'extension-asked' | 'extension-home-confirmed' | 'extension-approved' | 'extension-refused' | 'extension-withdrawn' | 'end-recorded';
  changes: Record<string, { from: unknown; to: unknown }>;
}

/** The secondment changed since it was read (another officer, another tab): read it again and decide again. */
export class StaleSecondment extends Error {}

/** The application already became a secondment (its one-per-application guard): the one it became. */
export class ApplicationAlreadySeconded extends Error {
  constructor(readonly secondmentId: string) {
    super('The application already became a secondment.');
  }
}

/**
 * Where secondments live (functions/adapters/dynamodb/secondment-store.ts, docs/data-model.md
 * "Secondments"): GetItem by id or by the application it came from, a Query of the not-ended ones
 * by last day, or of one home administration country's. Every write one transaction with its audit entry.
 */
export interface SecondmentStore {
  get(id: string): Promise<Secondment | undefined>;
  /** The secondment an application became, through its one-per-application guard. */
  ofApplication(applicationId: string): Promise<Secondment | undefined>;
  history(id: string): Promise<SecondmentAuditEntry[]>;
  /**
   * The secondments with no end recorded, by last day: those whose last day is from `from` and up
   * to `upTo` (both included) when given (the ending notices: up to a date; the roster: from today).
   */
  listNotEnded(window: { from?: string; upTo?: string }): Promise<Secondment[]>;
  /**
   * The secondments whose recorded end is on or after `from`, by that last day: an early end is
   * recorded ahead of its day, and the officer serves until then.
   */
  listEndingFrom(from: string): Promise<Secondment[]>;
  /** One home administration country's secondments, ended ones too, by last day (the NCB's own officers). */
  listByCountry(country: string): Promise<Secondment[]>;
  /** The secondment, its first audit entry and the application's guard, or nothing: ApplicationAlreadySeconded when the guard is taken. */
  create(secondment: Secondment, audit: SecondmentAuditEntry): Promise<void>;
  /** Writes `next` only while the stored version is `expectedVersion`, with its audit entry (else StaleSecondment). */
  update(next: Secondment, expectedVersion: number, audit: SecondmentAuditEntry): Promise<void>;
}
