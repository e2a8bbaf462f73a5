import { openProposal } from '#shared/proposals/access.js';
import { proposalView } from '#shared/proposals/proposal.js';
import { proposalPathSchema } from '#shared/proposals/schema.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { proposalStore } from './proposal-stores.js';

const proposals = proposalStore();

/** GET /admin/proposals/{id}: the proposal and its history; another country's is a 404 to an NCB. */
export const handler = staffHandler({ name: 'getProposal', path: proposalPathSchema }, async ({ path, principal }) => {
  const proposal = await openProposal(proposals, principal, path.id);
  return json(200, { proposal: proposalView(proposal), history: await proposals.history(proposal.id) });
});
