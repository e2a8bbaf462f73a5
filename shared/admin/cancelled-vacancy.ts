import type { Application } from '../applications/application.js';
import { isFinal } from '../applications/status-machine.js';
import { StaleVersion, type ApplicationStore, type AuditEntry } from '../applications/store.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { mapBounded } from './bounded-parallel.js';

const PAGE = 500;
const PARALLEL = 8;

/** One open application ended: `rejected`, because the vacancy was cancelled; a stale read is read again. */
const endOne = async (store: ApplicationStore, principal: StaffPrincipal, first: Application, now: Date): Promise<boolean> => {
  let application: Application | undefined = first;
  while (application && !isFinal(application.status)) {
    const at = now.toISOString();
    const audit: AuditEntry = {
      at,
      by: principal.email,
      action: 'status-changed',
      changes: { status: { from: application.status, to: 'rejected' }, endedBecause: { from: null, to: 'vacancy-cancelled' } },
    };
    try {
      await store.update(application.id, application.version, { status: 'rejected', endedBecause: 'vacancy-cancelled', updatedAt: at }, audit, application);
      return true;
    } catch (error) {
      if (!(error instanceof StaleVersion)) throw error;
      application = await store.get(application.id);
    }
  }
  return false;
};

/**
 * A cancelled vacancy ends every application still open: each becomes `rejected` with the
 * reason `vacancy-cancelled` (the candidate's status page says so), in its own transaction with
 * its audit entry; an offer's post is freed as any ended offer's is. Idempotent: an application
 * already ended is left alone, so a save of the cancelled vacancy finishes a run cut short.
 * Answers how many it ended.
 */
export const endApplicationsOfCancelledVacancy = async (
  store: ApplicationStore,
  principal: StaffPrincipal,
  vacancy: string,
  now: Date,
): Promise<number> => {
  // One batch: the rows' transactions leave the vacancy's counter alone, which takes their sum once at the end.
  return store.batch(now.toISOString(), async (update) => {
    const rows = { ...store, update };
    let ended = 0;
    let cursor: string | undefined;
    do {
      const page = await store.list({ vacancy }, { limit: PAGE, ...(cursor ? { cursor } : {}) });
      const open = page.items.filter((application) => !isFinal(application.status));
      ended += (await mapBounded(open, PARALLEL, (application) => endOne(rows, principal, application, now))).filter(Boolean).length;
      cursor = page.nextCursor;
    } while (cursor);
    return ended;
  });
};
