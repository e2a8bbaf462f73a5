/*
 * A proposal's states and document kinds, apart from proposal.ts: the request schemas validate
 * them, and proposal.ts takes its creating body's type from those schemas, so either file holding
 * them would tie the two in a circle.
 */

/** Where a proposal stands (state-machine.ts says which moves are allowed). */
export const proposalStates = ['incomplete', 'open', 'matched', 'withdrawn', 'declined', 'lapsed'] as const;
export type ProposalState = (typeof proposalStates)[number];

/** The documents an NCB sends with its proposal: both are needed before HR sees it open. */
export const proposalDocumentKinds = ['cv', 'confirmationLetter'] as const;
export type ProposalDocumentKind = (typeof proposalDocumentKinds)[number];
