import type { ApplicationStore } from '../../applications/store.js';
import { countryScope, type StaffPrincipal } from '../../staff/principal.js';
import type { ApplicationRow } from '../application-row.js';
import { columnsFor, type ColumnProfile, type SpreadsheetColumn } from './columns.js';
import type { ExportLog } from './export-log.js';
import { exportFileName, exportKey, type ExportFormat, type ExportQuery } from './export-query.js';
import { rowsToExport } from './export-rows.js';

/** Where export files of `Row`s go: written as a stream, fetched through a short-lived link. */
export interface SheetFiles<Row> {
  /** Writes the rows as one file of these columns at `key`, streaming; answers how many rows it wrote. */
  write(key: string, format: ExportFormat, rows: AsyncIterable<Row>, columns: readonly SpreadsheetColumn<Row>[]): Promise<number>;
  /** A download link that saves the file as `fileName`, valid for a few minutes from `now`. */
  downloadUrl(key: string, format: ExportFormat, fileName: string, now: Date): Promise<{ url: string; expiresAt: string }>;
}

/** The applications' export files. */
export type ExportFiles = SheetFiles<ApplicationRow>;

export interface ExportAnswer {
  url: string;
  expiresAt: string;
  rows: number;
  format: ExportFormat;
}

/**
 * An export of the grid's rows, by its filters or its selection: streamed to a file (100,000
 * rows do not fit in a Lambda answer), recorded (who, when, which filter, how many rows), and
 * answered with a short-lived link. Recorded only once the file is complete.
 */
export const exportApplications = async (
  deps: {
    store: ApplicationStore;
    files: ExportFiles;
    log: ExportLog;
    newId: () => string;
    /** The stage's profile: a sending unit's file has its applicants' status columns (absent: a receiving stage's, as before). */
    profile?: ColumnProfile;
  },
  principal: StaffPrincipal,
  query: ExportQuery,
  now: Date,
): Promise<ExportAnswer> => {
  const rows = await rowsToExport(deps.store, principal, query, now);
  const key = exportKey(now, deps.newId(), query.format);
  const count = await deps.files.write(key, query.format, rows, columnsFor(principal, deps.profile));
  const scope = countryScope(principal);
  await deps.log.record({
    at: now.toISOString(),
    by: principal.email,
    format: query.format,
    filter: {
      ...(query.vacancy !== undefined ? { vacancy: query.vacancy } : {}),
      ...(query.status !== undefined ? { status: query.status } : {}),
      ...((query.country ?? scope) !== undefined ? { country: query.country ?? scope } : {}),
      ...(query.ids ? { ids: query.ids.length } : {}),
    },
    rows: count,
    key,
  });
  const link = await deps.files.downloadUrl(key, query.format, exportFileName(query, scope, now), now);
  return { ...link, rows: count, format: query.format };
};
