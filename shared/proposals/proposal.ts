import type { Clearance } from '../vacancies/schema.js';
import type { ReceivedDocument } from '../documents/kinds.js';
import type { ProposalCreate } from './schema.js';
import type { ProposalDocumentKind, ProposalState } from './states.js';

// Here too, beside the proposal they describe: its readers take them with it (schema.ts takes them from states.js).
export { proposalDocumentKinds, proposalStates, type ProposalDocumentKind, type ProposalState } from './states.js';

export interface ProposalMatch {
  vacancyNumber: string;
  /** The application the match wrote: it has the proposal's id (one proposal, one application). */
  applicationId: string;
  matchedAt: string;
  matchedBy: string;
}

/** Why a proposal closed without a match: the NCB withdrew it, HR declined it, or nobody took it in time. */
export interface ProposalClosure {
  at: string;
  by: string;
  reason: string;
}

/**
 * An NCB's proposal of one of its officers for a short-term secondment, as stored. Its id is the
 * id of the application a match makes of it, so its documents are kept where the application's
 * are (shared/documents/keys.ts) and the retention purge of that application removes them too.
 */
export interface Proposal extends ProposalCreate {
  id: string;
  /** The proposing NCB's country: only that NCB sees the proposal. */
  country: string;
  state: ProposalState;
  documents: Partial<Record<ProposalDocumentKind, ReceivedDocument>>;
  proposedBy: string;
  proposedAt: string;
  /** proposedAt plus the stage's open period (lapse.ts): the expiry job closes it then. */
  lapsesAt: string;
  updatedAt: string;
  /** Bumped by every change: each write is conditioned on the version read. */
  version: number;
  match?: ProposalMatch;
  closed?: ProposalClosure;
}

export type ProposalScreening = { clearance: Clearance; screenedOn: string };

/** One line of a proposal's history: who did what, when. */
export interface ProposalAuditEntry {
  at: string;
  by: string;
  action: 'proposed' | 'document-received' | 'opened' | 'matched' | 'withdrawn' | 'declined' | 'lapsed';
  changes: Record<string, { from: unknown; to: unknown }>;
}

/** What the API answers of a document: never its key in the bucket. */
export const documentSummary = (document: ReceivedDocument) => ({
  contentType: document.contentType,
  size: document.size,
  receivedAt: document.receivedAt,
});

/** A proposal as the API answers it (the contract in docs: GET /admin/proposals/{id}). */
export const proposalView = (proposal: Proposal) => ({
  ...proposal,
  documents: Object.fromEntries(Object.entries(proposal.documents).map(([kind, document]) => [kind, documentSummary(document)])) as Partial<
    Record<ProposalDocumentKind, ReturnType<typeof documentSummary>>
  >,
});
export type ProposalView = ReturnType<typeof proposalView>;
