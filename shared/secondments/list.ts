import { addDays, dateIn } from '../time/zoned.js';
import { countryScope, type StaffPrincipal } from '../staff/principal.js';
import type { Secondment } from './secondment.js';
import type { SecondmentStore } from './store.js';

/** The last day served: the recorded end's, else the planned one. */
const lastServed = (secondment: Secondment): string => secondment.ended?.lastDay ?? secondment.lastDay;

/**
 * `GET /admin/secondments[?scope=]`: HR's are every secondment whose last day served is not past
 * (a day's margin for the duty stations' zones), by that day: those with no end recorded, and
 * those whose early end is recorded but still ahead (the officer serves until then); with
 * `scope=all`, every one with no end recorded. An NCB officer's are its own country's, ended ones
 * too (byCountry).
 */
export const listSecondments = async (
  store: Pick<SecondmentStore, 'listNotEnded' | 'listEndingFrom' | 'listByCountry'>,
  principal: StaffPrincipal,
  scope: 'current' | 'all',
  now: Date,
): Promise<Secondment[]> => {
  const country = countryScope(principal);
  if (country) return store.listByCountry(country);
  if (scope === 'all') return store.listNotEnded({});
  const from = addDays(dateIn(now, 'UTC'), -1);
  const [notEnded, ending] = await Promise.all([store.listNotEnded({ from }), store.listEndingFrom(from)]);
  return [...notEnded, ...ending].sort((a, b) => lastServed(a).localeCompare(lastServed(b)) || a.id.localeCompare(b.id));
};
