import { Forbidden, NotFound } from '../errors.js';
import { maySeeCountry, type StaffPrincipal } from '../staff/principal.js';
import type { Proposal } from './proposal.js';
import type { ProposalStore } from './store.js';

const notFound = () => new NotFound('There is no proposal with this id.', { key: 'problem.notFound.proposal' });

/** The country an NCB officer proposes for: their own, which their account must carry. */
export const proposingCountry = (principal: StaffPrincipal): string => {
  if (!principal.country) throw new Forbidden('Your NCB account has no country: ask an administrator to set it.', { key: 'problem.forbidden.noCountry' });
  return principal.country;
};

/**
 * A proposal as a staff member may read it: HR and admins any, an NCB officer their country's
 * only. Another country's proposal is the 404 of an unknown id, so ids cannot be probed (as the
 * NCB's applications: shared/admin/staff-application.ts).
 */
export const openProposal = async (store: Pick<ProposalStore, 'get'>, principal: StaffPrincipal, id: string): Promise<Proposal> => {
  const proposal = await store.get(id);
  if (!proposal || !maySeeCountry(principal, proposal.country)) throw notFound();
  return proposal;
};

/** A proposal as its NCB may change it: its own country's, whatever other groups the officer is in. */
export const openOwnProposal = async (store: Pick<ProposalStore, 'get'>, principal: StaffPrincipal, id: string): Promise<Proposal> => {
  const proposal = await store.get(id);
  if (!proposal || proposal.country !== proposingCountry(principal)) throw notFound();
  return proposal;
};
