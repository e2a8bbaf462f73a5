import { randomUUID } from 'node:crypto';
import { proposalView } from '#shared/proposals/proposal.js';
import { propose } from '#shared/proposals/propose.js';
import { proposalCreateSchema } from '#shared/proposals/schema.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { idempotencyKeyOf } from './idempotency-key.js';
import { proposalOpenDays, proposalStore } from './proposal-stores.js';

const proposals = proposalStore();
const openDays = proposalOpenDays();

/** POST /admin/proposals: an NCB proposes one of its officers for a short-term secondment; 201 the proposal (incomplete until both documents are in). */
export const handler = staffHandler({ name: 'createProposal', body: proposalCreateSchema }, async ({ body, principal, now, event }) => {
  const { outcome, proposal } = await propose({ proposals, newProposalId: randomUUID, openDays }, principal, body, now, idempotencyKeyOf(event));
  return json(201, { proposal: proposalView(proposal) }, { Location: `/admin/proposals/${proposal.id}`, ...(outcome === 'replayed' ? { 'Idempotent-Replayed': 'true' } : {}) });
});
