import { listProposals } from '#shared/proposals/list.js';
import { proposalView } from '#shared/proposals/proposal.js';
import { proposalListQuerySchema } from '#shared/proposals/schema.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { proposalStore } from './proposal-stores.js';

const proposals = proposalStore();

/** GET /admin/proposals[?state=]: every country's for HR, the officer's own country's for an NCB. */
export const handler = staffHandler({ name: 'listProposals', query: proposalListQuerySchema }, async ({ query, principal }) =>
  json(200, { proposals: (await listProposals(proposals, principal, query.state)).map(proposalView) }),
);
