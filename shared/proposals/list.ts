import { countryScope, type StaffPrincipal } from '../staff/principal.js';
import { proposalStates, type Proposal, type ProposalState } from './proposal.js';
import type { ProposalStore } from './store.js';

/**
 * `GET /admin/proposals`: HR and admins see every country's, an NCB officer their own country's
 * only; optionally one state. Newest first.
 */
export const listProposals = async (
  store: Pick<ProposalStore, 'listByState' | 'listByCountry'>,
  principal: StaffPrincipal,
  state: ProposalState | undefined,
): Promise<Proposal[]> => {
  const country = countryScope(principal);
  const found =
    country !== undefined
      ? (await store.listByCountry(country)).filter((proposal) => state === undefined || proposal.state === state)
      : (await Promise.all((state ? [state] : proposalStates).map((one) => store.listByState(one)))).flat();
  return found.sort((a, b) => b.proposedAt.localeCompare(a.proposedAt) || a.id.localeCompare(b.id));
};
