import { Conflict } from '../errors.js';
import type { ProposalState } from './proposal.js';

/** What can happen to a proposal; each move leads to one state. */
export type ProposalMove = 'open' | 'match' | 'withdraw' | 'decline' | 'lapse' | 'documents';

/**
 * The moves each state allows. A proposal is incomplete until both documents are in, then open to
 * HR; the NCB may withdraw it and it lapses while it waits, in either; HR matches or declines only
 * an open one. `documents` stays in its state: an incomplete or open proposal takes a document
 * (a corrected CV replaces the first). Matched, withdrawn, declined and lapsed are final.
 */
const allowed: Readonly<Record<ProposalState, Partial<Record<ProposalMove, ProposalState>>>> = {
  incomplete: { open: 'open', withdraw: 'withdrawn', lapse: 'lapsed', documents: 'incomplete' },
  open: { match: 'matched', withdraw: 'withdrawn', decline: 'declined', lapse: 'lapsed', documents: 'open' },
  matched: {},
  withdrawn: {},
  declined: {},
  lapsed: {},
};

export const isFinalProposalState = (state: ProposalState): boolean => Object.keys(allowed[state]).length === 0;

/** A move the proposal's state does not allow: 409, saying the state, in the NCB's language (`move` stays for the code that catches it). */
export class ProposalMoveRefused extends Conflict {
  constructor(
    readonly state: ProposalState,
    readonly move: ProposalMove,
  ) {
    super(`This proposal is ${state}: this is no longer possible.`, { key: 'problem.conflict.proposalState', values: { state } });
  }
}

/** The state a move leads to, or the refusal. */
export const nextProposalState = (state: ProposalState, move: ProposalMove): ProposalState => {
  const next = allowed[state][move];
  if (next === undefined) throw new ProposalMoveRefused(state, move);
  return next;
};
