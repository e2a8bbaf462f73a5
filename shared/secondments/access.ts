import { countryScope, maySeeCountry, type StaffPrincipal } from '../staff/principal.js';
import { noSecondment } from './problems.js';
import type { Secondment } from './secondment.js';
import type { SecondmentStore } from './store.js';

/**
 * A secondment as a staff member may read it: HR and admins any, an NCB officer their own
 * country's only (the home administration's). Another country's is the 404 of an unknown id, so
 * ids cannot be probed (as the proposals: shared/proposals/access.ts).
 */
export const openSecondment = async (store: Pick<SecondmentStore, 'get'>, principal: StaffPrincipal, id: string): Promise<Secondment> => {
  const secondment = await store.get(id);
  if (!secondment || !maySeeCountry(principal, secondment.homeAdministrationCountry)) throw noSecondment();
  return secondment;
};

/** Who a staff member acts as on an extension: HR (HR and admins), or the NCB of their country. */
export const actingAs = (principal: StaffPrincipal): 'hr' | 'ncb' => (countryScope(principal) === undefined ? 'hr' : 'ncb');
