import type { SheetTable } from '#shared/admin/spreadsheet/import-rows.js';
import { exportContentTypes } from '#shared/admin/spreadsheet/export-query.js';
import { readCsv } from './csv-reader.js';
import { readXlsx } from './xlsx-reader.js';

const XLSX = exportContentTypes.xlsx;

/** What an import may send: the two formats of the export. */
export const importMediaTypes = [XLSX, 'text/csv'] as const;

/**
 * 5 MB of file. An XLSX reaches Lambda base64-encoded, so on AWS one above about 4.4 MB already
 * meets Lambda's 6 MB request limit; both are far above the 5,000 rows an import takes (0.5 MB as XLSX, 1.3 MB as CSV).
 */
export const IMPORT_BODY_LIMIT = 5 * 1024 * 1024;

export const readSpreadsheet = (mediaType: string, bytes: Uint8Array): Promise<SheetTable> =>
  mediaType === XLSX ? readXlsx(bytes) : Promise.resolve(readCsv(bytes));
