import { declineProposal } from '#shared/proposals/close.js';
import { proposalView } from '#shared/proposals/proposal.js';
import { proposalPathSchema, proposalReasonSchema } from '#shared/proposals/schema.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { proposalStore } from './proposal-stores.js';
import { sendOwedNow } from './send-owed.js';

const proposals = proposalStore();

/** POST /admin/proposals/{id}/decline `{reason}`: HR declines an open proposal; its NCB is told why, in its contact's language. */
export const handler = staffHandler({ name: 'declineProposal', path: proposalPathSchema, body: proposalReasonSchema }, async ({ path, body, principal, now, logger }) => {
  const proposal = await declineProposal(proposals, principal, path.id, body.reason, now);
  if (proposal.closed) await sendOwedNow({ proposalId: proposal.id, kind: 'declined', at: proposal.closed.at }, now, logger);
  return json(200, { proposal: proposalView(proposal) });
});
