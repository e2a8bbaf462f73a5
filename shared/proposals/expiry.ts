import { closeProposal } from './close.js';
import { deliverProposalEmail, type DeliveryDependencies } from './deliver.js';
import { ProposalMoveRefused } from './state-machine.js';
import type { ProposalStore } from './store.js';

export interface ExpiryDependencies {
  proposals: Pick<ProposalStore, 'get' | 'update' | 'listByState' | 'owedEmails' | 'settleEmail'>;
  delivery: DeliveryDependencies;
}

export interface ExpirySummary {
  lapsed: number;
  sent: number;
  failed: number;
  /** Already sent, suppressed, or with nobody to send to: taken out of the outbox without a send. */
  settled: number;
  [key: string]: number;
}

/** The closure's words, stored with the proposal (the NCB's email says it in the NCB's language). */
const LAPSE_REASON = 'Nobody took the proposal within the stage’s open period.';

/**
 * The `proposal-expiry` job: every incomplete or open proposal whose lapsesAt has come (at the
 * exact instant too) is closed as lapsed, each with its owed email to the NCB in the same write;
 * then every email the outbox still owes goes out (these, and any a match or a decline could not
 * send). A run stopped half-way, or run twice, resumes: a lapsed proposal is no longer listed,
 * its email is still owed, and each email's claim lets it go once.
 */
export const expireProposals = async (deps: ExpiryDependencies, now: Date): Promise<ExpirySummary> => {
  // `~` sorts after every id, so a proposal lapsing at `now` itself is due.
  const until = `${now.toISOString()}#~`;
  const due = (await Promise.all([deps.proposals.listByState('incomplete', until), deps.proposals.listByState('open', until)])).flat();
  let lapsed = 0;
  for (const proposal of due) {
    try {
      await closeProposal(deps.proposals, proposal, 'lapse', 'system', LAPSE_REASON, now);
      lapsed += 1;
    } catch (error) {
      // Matched, withdrawn or declined since it was listed: nothing to lapse.
      if (!(error instanceof ProposalMoveRefused)) throw error;
    }
  }
  const summary: ExpirySummary = { lapsed, sent: 0, failed: 0, settled: 0 };
  for (const owed of await deps.proposals.owedEmails()) {
    const outcome = await deliverProposalEmail({ ...deps.delivery, proposals: deps.proposals }, owed, now);
    if (outcome === 'sent') summary.sent += 1;
    else if (outcome === 'failed') summary.failed += 1;
    else summary.settled += 1;
  }
  return summary;
};
