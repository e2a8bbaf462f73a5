import type { RosterExpert } from './expert.js';

/**
 * Who changed an expert's record and when (docs/data-model.md, pattern 59): the names of the fields
 * changed, never their values, so the trail holds no personal data and outlives a removal.
 */
export interface ExpertAuditEntry {
  at: string;
  /** The staff member's email. */
  by: string;
  action: 'added' | 'edited' | 'removed' | 'invited';
  /** The fields an edit changed. */
  fields?: string[];
  /** The call an invitation was for. */
  vacancy?: string;
}

/** Another expert on the roster already has this email (the one-per-email guard). */
export class ExpertEmailTaken extends Error {
  constructor() {
    super('Another expert on the roster has this email.');
  }
}

/** The record is not at the version the write was judged on. */
export class ExpertMoved extends Error {
  constructor() {
    super('The expert was changed meanwhile.');
  }
}

/**
 * A sending unit's roster of deployable civilian experts (issue 18, point 7): one partition of a
 * few hundred records, read in pages; each change written with its audit entry in one transaction.
 * The DynamoDB implementation is functions/adapters/dynamodb/expert-roster.ts.
 */
export interface ExpertRoster {
  /** Every expert, in no particular order. */
  list(): Promise<RosterExpert[]>;
  get(id: string): Promise<RosterExpert | undefined>;
  /** Writes a new record and its one-per-email guard; `ExpertEmailTaken` when the guard is held. */
  create(expert: RosterExpert, audit: ExpertAuditEntry): Promise<void>;
  /**
   * Writes `next` over the record at `expectedVersion` (`ExpertMoved` otherwise), moving the guard
   * when the email changed (`ExpertEmailTaken` when the new one is held).
   */
  update(next: RosterExpert, expectedVersion: number, previousEmail: string, audit: ExpertAuditEntry): Promise<void>;
  /** Deletes the record and its guard at the version read (`ExpertMoved` otherwise). */
  remove(expert: RosterExpert, audit: ExpertAuditEntry): Promise<void>;
  /** Adds an invitation at the version read (`ExpertMoved` otherwise): the record as stored now. */
  recordInvitation(expert: RosterExpert, invitation: RosterExpert['invitations'][number], audit: ExpertAuditEntry): Promise<RosterExpert>;
  /** The record's audit trail, oldest first. */
  history(id: string): Promise<ExpertAuditEntry[]>;
}
