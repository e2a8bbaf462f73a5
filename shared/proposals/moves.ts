import { hasLapsed } from './lapse.js';
import type { Proposal, ProposalState } from './proposal.js';
import { nextProposalState, ProposalMoveRefused, type ProposalMove } from './state-machine.js';

/**
 * The state a move leads a proposal to at `now`, or its refusal: a proposal past its lapsesAt
 * that the expiry job has not closed yet is lapsed already, for every move but the lapse itself.
 */
export const judgeMove = (proposal: Pick<Proposal, 'state' | 'lapsesAt'>, move: ProposalMove, now: Date): ProposalState => {
  if (move !== 'lapse' && hasLapsed(proposal, now)) throw new ProposalMoveRefused('lapsed', move);
  return nextProposalState(proposal.state, move);
};
