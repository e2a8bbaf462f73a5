import type { ExportAnswer, SheetFiles } from '../admin/spreadsheet/export-applications.js';
import type { ExportLog } from '../admin/spreadsheet/export-log.js';
import { exportFormats, exportKey, exportQuerySchema } from '../admin/spreadsheet/export-query.js';
import { countryScope, type StaffPrincipal } from '../staff/principal.js';
import * as z from '../zod.js';
import type { RosterRow } from './roster.js';
import { rosterColumns } from './roster-columns.js';
import { readRoster } from './roster-read.js';
import type { SecondmentStore } from './store.js';

/** `GET /admin/secondments/roster/export`: the format, and the rows the grid shows (by id, in its order) when it filters. */
export const rosterExportQuerySchema = z.strictObject({
  format: z._default(z.enum(exportFormats), 'xlsx'),
  ids: exportQuerySchema.shape.ids,
});
export type RosterExportQuery = z.infer<typeof rosterExportQuerySchema>;

async function* each(rows: readonly RosterRow[]): AsyncIterable<RosterRow> {
  yield* rows;
}

/** The rows asked for, in the order asked (the grid's sort); an id not on the reader's roster is no row. */
const chosen = (rows: readonly RosterRow[], ids: readonly string[] | undefined): RosterRow[] => {
  if (!ids) return [...rows];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)).filter((row): row is RosterRow => row !== undefined);
};

const day = (now: Date) => now.toISOString().slice(0, 10);

/**
 * The roster as XLSX or CSV, as the applications' export: the file streamed to the exports
 * prefix, the export recorded (who, when, how many rows; never the rows), and a 5-minute link. An
 * NCB officer's file holds its own country's officers only, as its roster does.
 */
export const exportRoster = async (
  deps: { store: Pick<SecondmentStore, 'listNotEnded' | 'listEndingFrom' | 'listByCountry'>; files: SheetFiles<RosterRow>; log: ExportLog; newId: () => string },
  principal: StaffPrincipal,
  query: RosterExportQuery,
  now: Date,
): Promise<ExportAnswer> => {
  const { rows } = await readRoster(deps.store, principal, now);
  const key = exportKey(now, deps.newId(), query.format);
  const count = await deps.files.write(key, query.format, each(chosen(rows, query.ids)), rosterColumns);
  const country = countryScope(principal);
  await deps.log.record({
    at: now.toISOString(),
    by: principal.email,
    format: query.format,
    filter: { ...(country !== undefined ? { country } : {}), ...(query.ids ? { ids: query.ids.length } : {}) },
    sheet: 'roster',
    rows: count,
    key,
  });
  const link = await deps.files.downloadUrl(key, query.format, `roster-${country ?? 'all'}-${day(now)}.${query.format}`, now);
  return { ...link, rows: count, format: query.format };
};
