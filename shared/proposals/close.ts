import type { StaffPrincipal } from '../staff/principal.js';
import { openOwnProposal, openProposal } from './access.js';
import { judgeMove } from './moves.js';
import { ProposalMoveRefused } from './state-machine.js';
import type { Proposal } from './proposal.js';
import { StaleProposal, type OwedProposalEmail, type ProposalStore } from './store.js';

const ATTEMPTS = 3;

/**
 * Closes a proposal without a match, with who and why, at the version it was read at (the
 * expiry job or the other party may move it meanwhile: read again and judge again). A decline
 * and a lapse owe the NCB an email, written in the same transaction.
 */
export const closeProposal = async (
  store: Pick<ProposalStore, 'get' | 'update'>,
  read: Proposal,
  move: 'withdraw' | 'decline' | 'lapse',
  by: string,
  reason: string,
  now: Date,
): Promise<Proposal> => {
  let proposal = read;
  for (let attempt = 1; ; attempt += 1) {
    const state = judgeMove(proposal, move, now);
    const at = now.toISOString();
    const next: Proposal = { ...proposal, state, closed: { at, by, reason }, updatedAt: at, version: proposal.version + 1 };
    const owed: OwedProposalEmail | undefined = move === 'withdraw' ? undefined : { proposalId: proposal.id, kind: move === 'decline' ? 'declined' : 'lapsed', at };
    try {
      await store.update(next, proposal.version, { at, by, action: state as 'withdrawn' | 'declined' | 'lapsed', changes: { state: { from: proposal.state, to: state }, reason: { from: null, to: reason } } }, owed);
      return next;
    } catch (error) {
      if (!(error instanceof StaleProposal)) throw error;
      const fresh = await store.get(proposal.id);
      if (!fresh) throw error;
      // Three moves in a row since it was read: say its state as it is now.
      if (attempt >= ATTEMPTS) throw new ProposalMoveRefused(fresh.state, move);
      proposal = fresh;
    }
  }
};

/** `POST /admin/proposals/{id}/withdraw`: the NCB withdraws its own proposal, incomplete or open. */
export const withdrawProposal = async (store: Pick<ProposalStore, 'get' | 'update'>, principal: StaffPrincipal, id: string, reason: string, now: Date): Promise<Proposal> =>
  closeProposal(store, await openOwnProposal(store, principal, id), 'withdraw', principal.email, reason, now);

/** `POST /admin/proposals/{id}/decline`: HR declines an open proposal; the NCB is owed an email saying why. */
export const declineProposal = async (store: Pick<ProposalStore, 'get' | 'update'>, principal: StaffPrincipal, id: string, reason: string, now: Date): Promise<Proposal> =>
  closeProposal(store, await openProposal(store, principal, id), 'decline', principal.email, reason, now);
