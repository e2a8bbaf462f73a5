import { withdrawProposal } from '#shared/proposals/close.js';
import { proposalView } from '#shared/proposals/proposal.js';
import { proposalPathSchema, proposalReasonSchema } from '#shared/proposals/schema.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { proposalStore } from './proposal-stores.js';

const proposals = proposalStore();

/** POST /admin/proposals/{id}/withdraw `{reason}`: the NCB withdraws its own proposal. */
export const handler = staffHandler({ name: 'withdrawProposal', path: proposalPathSchema, body: proposalReasonSchema }, async ({ path, body, principal, now }) =>
  json(200, { proposal: proposalView(await withdrawProposal(proposals, principal, path.id, body.reason, now)) }),
);
