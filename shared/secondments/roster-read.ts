import type { StaffPrincipal } from '../staff/principal.js';
import { listSecondments } from './list.js';
import { rosterCounts, rosterRows, type RosterCounts, type RosterRow } from './roster.js';
import type { SecondmentStore } from './store.js';

export interface Roster {
  rows: RosterRow[];
  counts: RosterCounts;
}

/**
 * `GET /admin/secondments/roster`: the serving secondees the reader may see, read as the
 * Secondments tab's list reads them (HR: the not-ended partition from yesterday on and the early
 * ends still ahead; an NCB officer: its own country's partition), the ended ones left out.
 */
export const readRoster = async (
  store: Pick<SecondmentStore, 'listNotEnded' | 'listEndingFrom' | 'listByCountry'>,
  principal: StaffPrincipal,
  now: Date,
): Promise<Roster> => {
  const rows = rosterRows(await listSecondments(store, principal, 'current', now), now);
  return { rows, counts: rosterCounts(rows) };
};
