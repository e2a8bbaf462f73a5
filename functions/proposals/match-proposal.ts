import { newStatusToken } from '#shared/applications/secrets.js';
import { matchProposal } from '#shared/proposals/match.js';
import { proposalView } from '#shared/proposals/proposal.js';
import { proposalMatchSchema, proposalPathSchema } from '#shared/proposals/schema.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { tableStores } from '../stores/table-stores.js';
import { idempotencyKeyOf } from './idempotency-key.js';
import { proposalStore } from './proposal-stores.js';
import { sendOwedNow } from './send-owed.js';

const proposals = proposalStore();
const { applications, vacancies } = tableStores();

/** POST /admin/proposals/{id}/match: HR makes an open proposal an application on a short-term vacancy (existing or created here); the officer is emailed their status link. */
export const handler = staffHandler({ name: 'matchProposal', path: proposalPathSchema, body: proposalMatchSchema }, async ({ path, body, principal, now, event, logger }) => {
  const matched = await matchProposal({ proposals, vacancies, applications, newStatusToken }, principal, path.id, body, now, idempotencyKeyOf(event));
  if (matched.outcome === 'created' && matched.statusToken && matched.proposal.match) {
    await sendOwedNow({ proposalId: matched.proposal.id, kind: 'matched', at: matched.proposal.match.matchedAt, statusToken: matched.statusToken }, now, logger);
  }
  return json(
    201,
    { proposal: proposalView(matched.proposal), application: { id: matched.proposal.id, vacancyNumber: matched.vacancyNumber } },
    { Location: `/admin/proposals/${matched.proposal.id}`, ...(matched.outcome === 'replayed' ? { 'Idempotent-Replayed': 'true' } : {}) },
  );
});
