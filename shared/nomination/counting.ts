import type { Application } from '../applications/application.js';
import { listAll } from '../applications/list-all.js';
import type { ApplicationStore } from '../applications/store.js';

/**
 * The unit's nominations to a call are claimed in the vacancy's nominations item, as an NCB's
 * validations under a limit are (shared/admin/nomination-limit.ts, docs/data-model.md pattern 13g),
 * under this pool instead of a country: ISO codes are two letters, so it never meets one.
 */
export const MISSION_POOL = 'MISSION';

/** Whether the application is still in the running: a withdrawn or rejected one's nomination goes no further. */
export const stillRunning = (application: Pick<Application, 'status'>): boolean => application.status !== 'withdrawn' && application.status !== 'rejected';

/**
 * A nomination holds one of the call's places until it is withdrawn, or its candidate withdraws or
 * is rejected before it is sent. One sent stays counted: the mission has it, and the unit may not
 * send more than the call allows.
 */
export const holdsPlace = (application: Application): boolean =>
  application.nomination !== undefined && (application.nomination.sent !== undefined || stillRunning(application));

export interface Nominated {
  /** The nominations item's revision the judgement was made on: the write is conditioned on it. */
  revision: number;
  /** The call's applications whose nomination holds a place now, besides the one being judged, oldest first. */
  holding: Application[];
}

/**
 * The nominations that hold a place now, `self` aside: those the item claims (so one made a moment
 * ago counts before the index shows it) and those the call's listing finds, each read again and
 * kept only while it still holds one.
 */
export const nominatedNow = async (store: Pick<ApplicationStore, 'nominations' | 'list' | 'get'>, vacancy: string, self: string): Promise<Nominated> => {
  const [claims, listed] = await Promise.all([store.nominations(vacancy, MISSION_POOL), listAll(store, { vacancy })]);
  const ids = new Set([...claims.validated, ...listed.filter(holdsPlace).map((application) => application.id)]);
  ids.delete(self);
  const current = await Promise.all([...ids].map((id) => store.get(id)));
  const holding = current
    .filter((application): application is Application => application !== undefined && application.vacancy === vacancy && holdsPlace(application))
    .sort((a, b) => (a.nomination?.nominatedAt ?? '').localeCompare(b.nomination?.nominatedAt ?? ''));
  return { revision: claims.revision, holding };
};
