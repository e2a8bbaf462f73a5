import type { Application } from '../applications/application.js';
import type { AuditEntry, IdempotencyRecord } from '../applications/store.js';
import type { StoredVacancy, VacancyAuditEntry } from '../vacancies/store.js';
import type { Vacancy } from '../vacancies/schema.js';
import type { Proposal, ProposalAuditEntry, ProposalState } from './proposal.js';

/** The proposal changed since it was read (another officer, the expiry job): read it again and judge again. */
export class StaleProposal extends Error {}

/** The officer's address already holds an application to the vacancy (its one-per-email guard). */
export class OfficerAlreadyApplied extends Error {}

/**
 * An email a move of a proposal owes, written with the move (an outbox): to the officer when
 * matched (its status token lives only here until the email has gone), to the NCB when declined
 * or lapsed. The move's request sends it at once; the expiry job sends what is left.
 */
export interface OwedProposalEmail {
  proposalId: string;
  kind: 'matched' | 'declined' | 'lapsed';
  /** When the move was made: the outbox's order, and the day of the send's claim. */
  at: string;
  /** Only for `matched`. */
  statusToken?: string;
}

/** Everything a match writes, in one transaction (functions/adapters/dynamodb/proposal-match.ts). */
export interface MatchWrite {
  proposal: Proposal;
  /** The version the match judged the proposal at: the write is refused if it moved since. */
  expectedVersion: number;
  audit: ProposalAuditEntry;
  application: Application;
  applicationAudit: AuditEntry;
  /** A vacancy created from the proposal in the same request, with its first audit entry. */
  newVacancy?: { vacancy: Vacancy; audit: VacancyAuditEntry };
  /** The country's nominations under the vacancy's limit, as judged (shared/admin/nomination-limit.ts). */
  nominations?: { vacancy: string; country: string; revision: number; claims: string[] };
  idempotency?: IdempotencyRecord;
  owedEmail: OwedProposalEmail;
}

/** Where proposals live; functions/adapters/dynamodb/proposal-store.ts and proposal-match.ts implement it. */
export interface ProposalStore {
  get(id: string): Promise<Proposal | undefined>;
  history(id: string): Promise<ProposalAuditEntry[]>;
  /** One state's proposals, by when they lapse; `lapsingBefore` keeps those whose lapsesAt is before it. */
  listByState(state: ProposalState, lapsingBefore?: string): Promise<Proposal[]>;
  /** One country's proposals, newest first. */
  listByCountry(country: string): Promise<Proposal[]>;
  /** Writes a new proposal with its first audit entry, and the idempotency record when given: all or nothing. */
  create(proposal: Proposal, audit: ProposalAuditEntry, idempotency?: IdempotencyRecord): Promise<void>;
  /** Writes `next` only while the stored version is `expectedVersion`, with its audit entry and the email it owes (else StaleProposal). */
  update(next: Proposal, expectedVersion: number, audit: ProposalAuditEntry, owed?: OwedProposalEmail): Promise<void>;
  /**
   * The match: the application, the proposal's new state, the vacancy's counts and nominations, a
   * new vacancy when given, the idempotency record and the owed email, or nothing. StaleProposal
   * when the proposal moved; OfficerAlreadyApplied on the one-per-email guard; NominationsMoved
   * (shared/applications/store.ts) when the country's nominations changed since the judgement.
   */
  match(write: MatchWrite): Promise<void>;
  findIdempotencyRecord(keyHash: string): Promise<IdempotencyRecord | undefined>;
  /** The emails still owed, oldest first (the move's own send failed or never ran). */
  owedEmails(): Promise<OwedProposalEmail[]>;
  /** The owed email went (or can never go): it leaves the outbox. */
  settleEmail(owed: OwedProposalEmail): Promise<void>;
}

export type { StoredVacancy };
