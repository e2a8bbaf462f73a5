import { mapBounded } from '../bounded-parallel.js';
import { ncbCountry, type Application } from '../../applications/application.js';
import type { ApplicationStore } from '../../applications/store.js';
import { DomainError } from '../../errors.js';
import { maySeeCountry, type StaffPrincipal } from '../../staff/principal.js';
import { applicationChangesSchema } from '../application-edit.js';
import { EditConflict, editApplication } from '../edit-application.js';
import { dryRunStore } from './dry-run-store.js';
import { editableValuesOf } from './columns.js';
import { etagOf, type EditableValues } from './etag.js';
import type { ImportRow } from './import-rows.js';
import { termsReader, type TermsOf } from '../vacancy-terms-reader.js';

export type ImportOutcome = 'applied' | 'unchanged' | 'conflict' | 'invalid';

export interface ImportResult {
  /** The 1-based row of the sheet (the header is row 1). */
  row: number;
  id?: string;
  outcome: ImportOutcome;
  detail?: string;
  /** What was (or, in a dry run, would be) changed. */
  changes?: Record<string, { from: unknown; to: unknown }>;
  /** With a conflict: the row's editable values and version as stored now. */
  current?: EditableValues & { version: number };
}

export interface ImportReport {
  dryRun: boolean;
  results: ImportResult[];
  counts: Record<ImportOutcome, number>;
}

/** Rows judged at once: each is a read and at most one transaction, and DynamoDB takes them in parallel. */
const CONCURRENCY = 8;

const changedFields = (before: Application, after: Application): ImportResult['changes'] => {
  const out: NonNullable<ImportResult['changes']> = {};
  for (const field of ['status', 'score', 'note'] as const) {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (from !== to) out[field] = { from, to };
  }
  return out;
};

const invalid = (row: ImportRow, detail: string): ImportResult => ({ row: row.row, ...(row.id ? { id: row.id } : {}), outcome: 'invalid', detail });

/**
 * One row: unreadable, unknown or another country's is invalid; an etag that still matches the
 * cells is unchanged whatever the version; an edit at a stale version is a conflict; any other
 * edit takes the same path as a PATCH (status machine, audit in the same transaction).
 */
const judgeRow = async (store: ApplicationStore, principal: StaffPrincipal, row: ImportRow, now: Date, termsOf: TermsOf): Promise<ImportResult> => {
  const { id, version, values } = row;
  if (row.problems.length > 0 || id === undefined || version === undefined || values === undefined) return invalid(row, row.problems.join(' '));
  const before = await store.get(id);
  if (!before || !maySeeCountry(principal, ncbCountry(before))) return invalid(row, 'There is no application with this id.');
  if (row.etag !== undefined && row.etag === etagOf(id, values)) return { row: row.row, id, outcome: 'unchanged' };
  const changes = applicationChangesSchema.safeParse(values);
  if (!changes.success) return invalid(row, changes.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join(' '));
  try {
    // `before` was read and checked for this principal above: the edit reuses it, one read a row.
    const { outcome, application } = await editApplication(store, principal, id, version, changes.data, now, before, termsOf);
    return { row: row.row, id, outcome, ...(outcome === 'applied' ? { changes: changedFields(before, application) } : {}) };
  } catch (error) {
    if (error instanceof EditConflict) {
      const { current } = error;
      return { row: row.row, id, outcome: 'conflict', detail: error.message, current: { ...editableValuesOf(current), version: current.version } };
    }
    // A move the status machine forbids, or a row that vanished meanwhile: this row only.
    if (error instanceof DomainError) return invalid(row, error.message);
    throw error;
  }
};

/** Each id once: a second row of the same application is refused, not applied over the first. */
const withoutRepeats = (rows: ImportRow[]): ImportRow[] => {
  const firstRow = new Map<string, number>();
  return rows.map((row) => {
    if (row.id === undefined) return row;
    const first = firstRow.get(row.id);
    if (first === undefined) {
      firstRow.set(row.id, row.row);
      return row;
    }
    return { ...row, problems: [...row.problems, `This application is already on row ${first}.`] };
  });
};

/**
 * An edited export, judged row by row; with `dryRun` every row is judged exactly as it would be
 * applied, and nothing is written.
 */
export const importApplications = async (
  store: ApplicationStore,
  principal: StaffPrincipal,
  rows: ImportRow[],
  options: { dryRun: boolean; now: Date },
): Promise<ImportReport> => {
  const judgedBy = options.dryRun ? dryRunStore(store) : store;
  const queue = withoutRepeats(rows);
  // Each vacancy's terms read once for the whole sheet, as a bulk edit does; the writes still judge posts.
  const termsOf = termsReader(judgedBy);
  // Rows written as a batch: none of their transactions carries the vacancy's counter, which takes their sum once.
  const results = await judgedBy.batch(options.now.toISOString(), (update) =>
    mapBounded(queue, CONCURRENCY, (row) => judgeRow({ ...judgedBy, update }, principal, row, options.now, termsOf)),
  );
  const counts: Record<ImportOutcome, number> = { applied: 0, unchanged: 0, conflict: 0, invalid: 0 };
  for (const result of results) counts[result.outcome] += 1;
  return { dryRun: options.dryRun, results, counts };
};
