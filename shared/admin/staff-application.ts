import { ncbCountry, type Application } from '../applications/application.js';
import type { ApplicationStore } from '../applications/store.js';
import { NotFound } from '../errors.js';
import { maySeeCountry, type StaffPrincipal } from '../staff/principal.js';

/**
 * An application as a staff member may open it. An application for another country's NCB does not exist
 * as far as an NCB officer can tell: the same 404 as an unknown id, so ids cannot be probed.
 */
export const openForStaff = async (store: Pick<ApplicationStore, 'get'>, principal: StaffPrincipal, id: string): Promise<Application> => {
  const application = await store.get(id);
  if (!application || !maySeeCountry(principal, ncbCountry(application))) throw new NotFound('There is no application with this id.', { key: 'problem.notFound.application' });
  return application;
};
