import type { Application } from '../applications/application.js';
import type { ApplicationStore } from '../applications/store.js';
import { ForbiddenTransition, NotFound, ValidationFailed } from '../errors.js';
import { PostsTaken } from './posts-taken.js';
import type { StaffPrincipal } from '../staff/principal.js';
import type { BulkEdit } from './application-edit.js';
import type { ApplicationRow } from './application-row.js';
import { rowOf, termsReader, type TermsOf } from './vacancy-terms-reader.js';
import { mapBounded } from './bounded-parallel.js';
import { EditConflict, editApplication } from './edit-application.js';

export type BulkOutcome = 'applied' | 'unchanged' | 'conflict' | 'invalid' | 'not-found';

/** What became of one row: the row as stored after it (or, for a conflict, as stored now). */
export interface BulkResult {
  id: string;
  outcome: BulkOutcome;
  row?: ApplicationRow;
  detail?: string;
}

/**
 * Rows in flight at once: each is its own transaction, and 500 rows one by one would not fit a
 * Lambda's 10 seconds; more at once would only queue in the SDK's connection pool (50 sockets).
 */
const PARALLEL_ROWS = 16;

/** One row's edit as a result; a failure of the row's own (stale, forbidden, unknown) is its outcome, not the request's. */
const editRow = async (
  store: ApplicationStore,
  principal: StaffPrincipal,
  row: BulkEdit['rows'][number],
  changes: BulkEdit['changes'],
  now: Date,
  termsOf: TermsOf,
): Promise<BulkResult & { application?: Application }> => {
  try {
    const { outcome, application } = await editApplication(store, principal, row.id, row.version, changes, now, undefined, termsOf);
    return { id: row.id, outcome, application };
  } catch (error) {
    if (error instanceof EditConflict) return { id: row.id, outcome: 'conflict', row: error.current as ApplicationRow, detail: error.message };
    // Every post held (maybe by an offer of this very batch): refused, with the row as it stands after the batch.
    if (error instanceof PostsTaken) {
      const current = await store.get(row.id);
      return { id: row.id, outcome: 'invalid', detail: error.message, ...(current ? { application: current } : {}) };
    }
    if (error instanceof ForbiddenTransition || error instanceof ValidationFailed) return { id: row.id, outcome: 'invalid', detail: error.message };
    if (error instanceof NotFound) return { id: row.id, outcome: 'not-found', detail: error.message };
    // Anything else (the table unavailable) is the request's failure: rows already applied stay applied.
    throw error;
  }
};

/**
 * `POST /admin/applications/bulk`: the same changes to many rows, each at the version its editor
 * saw and through the one edit path (status machine, version, audit). One bad row does not stop
 * the others; the answer has a result per row, in the order asked.
 */
export const bulkEdit = async (store: ApplicationStore, principal: StaffPrincipal, body: BulkEdit, now: Date): Promise<{ results: BulkResult[] }> => {
  // Each vacancy read once to judge its rows; posts are still enforced row by row in each write.
  const judging = termsReader(store);
  // Rows written as a batch: none of their transactions carries the vacancy's counter, which takes their sum once.
  const edited = await store.batch(now.toISOString(), (update) =>
    mapBounded(body.rows, PARALLEL_ROWS, (row) => editRow({ ...store, update }, principal, row, body.changes, now, judging)),
  );
  // The rows answered are judged on each vacancy as it stands after the whole batch (posts held by its offers).
  const after = termsReader(store);
  return {
    results: await Promise.all(
      edited.map(async ({ application, ...result }) => (application ? { ...result, row: await rowOf(store, application, principal, now, after) } : result)),
    ),
  };
};
