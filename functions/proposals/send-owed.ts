import { deliverProposalEmail } from '#shared/proposals/deliver.js';
import type { OwedProposalEmail } from '#shared/proposals/store.js';
import type { Logger } from '../observability/logger.js';
import { deliveryStores } from './delivery-stores.js';

/**
 * Sends the email a move owes, now: the move stands whatever happens here, and what is not sent
 * stays owed in the outbox, which the proposal-expiry job sends.
 */
export const sendOwedNow = async (owed: OwedProposalEmail, now: Date, logger: Logger): Promise<void> => {
  await deliverProposalEmail(deliveryStores(), owed, now).then(
    (outcome) => outcome !== 'sent' && logger.info('proposal email not sent now', { proposalId: owed.proposalId, kind: owed.kind, outcome }),
    (error: Error) => logger.warn('proposal email not sent now', { proposalId: owed.proposalId, kind: owed.kind, error: error.name }),
  );
};
