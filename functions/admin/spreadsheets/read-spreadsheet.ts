import type { SheetTable } from '#shared/admin/spreadsheet/import-rows.js';
import { exportContentTypes } from '#shared/admin/spreadsheet/export-query.js';
import { readCsv } from './csv-reader.js';
import { readXlsx } from './xlsx-reader.js';

const XLSX = exportContentTypes.xlsx;

/** What an import may send: the two formats of the export. */
export const importMediaTypes = [XLSX, 'text/csv'] as const;

/** An API Gateway body is at most 10 MB and a Lambda request 6 MB (base64 included): 5 MB of file. */
export const IMPORT_BODY_LIMIT = 5 * 1024 * 1024;

export const readSpreadsheet = (mediaType: string, bytes: Uint8Array): Promise<SheetTable> =>
  mediaType === XLSX ? readXlsx(bytes) : Promise.resolve(readCsv(bytes));
