import { addDays, dateIn } from '../time/zoned.js';
import { countryScope, type StaffPrincipal } from '../staff/principal.js';
import type { Secondment } from './secondment.js';
import type { SecondmentStore } from './store.js';

/**
 * `GET /admin/secondments[?scope=]`: HR's are every secondment not ended whose last day is not
 * past (a day's margin for the duty stations' zones), by last day, or with `scope=all` every one
 * not ended; an NCB officer's are its own country's, ended ones too (byCountry).
 */
export const listSecondments = async (store: Pick<SecondmentStore, 'listNotEnded' | 'listByCountry'>, principal: StaffPrincipal, scope: 'current' | 'all', now: Date): Promise<Secondment[]> => {
  const country = countryScope(principal);
  if (country) return store.listByCountry(country);
  return store.listNotEnded(scope === 'all' ? {} : { from: addDays(dateIn(now, 'UTC'), -1) });
};
