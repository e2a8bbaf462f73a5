import { PassThrough, type Writable } from 'node:stream';
import type { ApplicationRow } from '#shared/admin/application-row.js';
import type { SpreadsheetColumn } from '#shared/admin/spreadsheet/columns.js';
import type { SheetFiles } from '#shared/admin/spreadsheet/export-applications.js';
import { exportContentTypes, type ExportFormat } from '#shared/admin/spreadsheet/export-query.js';
import type { ExportObjects } from '../../adapters/s3/export-objects.js';
import { writeCsv, writeCsvRows } from './csv-writer.js';
import { SHEET_NAME, writeSheet, writeXlsx } from './xlsx-writer.js';

/** A download link lasts five minutes: long enough to click, too short to forward usefully. */
export const EXPORT_LINK_SECONDS = 300;

export const exportWriters: Record<ExportFormat, (rows: AsyncIterable<ApplicationRow>, out: Writable, columns?: readonly SpreadsheetColumn[]) => Promise<number>> = {
  xlsx: writeXlsx,
  csv: writeCsv,
};

/**
 * Export files as the rules see them: the writer streams into the upload as it goes, so the
 * file is never whole in memory; if either side fails, both stop and the error is the answer.
 * The applications' by default; the roster's rows in a sheet of its own name.
 */
export const exportFiles = <Row = ApplicationRow>(objects: ExportObjects, sheetName = SHEET_NAME): SheetFiles<Row> => ({
  async write(key, format, rows, columns) {
    const writers = { xlsx: (out: Writable) => writeSheet(rows, out, columns, sheetName), csv: (out: Writable) => writeCsvRows(rows, out, columns) };
    const body = new PassThrough();
    const uploaded = objects.upload(key, exportContentTypes[format], body);
    // A failed upload must stop the writer rather than leave it writing into a full pipe.
    uploaded.catch((error: unknown) => body.destroy(error as Error));
    const [count] = await Promise.all([
      writers[format](body).catch((error: unknown) => {
        body.destroy(error as Error);
        throw error;
      }),
      uploaded,
    ]);
    return count;
  },

  downloadUrl: (key, format, fileName, now) =>
    objects.link(key, { contentType: exportContentTypes[format], fileName, expiresInSeconds: EXPORT_LINK_SECONDS, now }),
});
