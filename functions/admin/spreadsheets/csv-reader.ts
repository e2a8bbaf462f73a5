import { parse } from 'csv-parse/sync';
import { ValidationFailed } from '#shared/errors.js';
import type { SheetTable } from '#shared/admin/spreadsheet/import-rows.js';

/**
 * An edited CSV export (RFC 4180; a BOM is skipped; comma or, as Excel saves in much of Europe,
 * semicolon). Every cell is text here: the importer reads numbers from it.
 */
export const readCsv = (bytes: Uint8Array): SheetTable => {
  let text: string;
  try {
    // Excel's plain "CSV (Comma delimited)" is Windows-1252: read as UTF-8 its accents would
    // become U+FFFD, the etag would no longer match, and damaged notes would be applied.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationFailed(
      [{ path: 'file', message: 'The file is not UTF-8 text. In Excel, save it as "CSV UTF-8 (Comma delimited)", or import the XLSX.' }],
      'The file cannot be read as CSV.',
    );
  }
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ValidationFailed(
      [{ path: 'file', message: `Not readable as CSV${line ? ` near line ${line}` : ''}: ${error instanceof Error ? error.message : 'unreadable'}` }],
      'The file cannot be read as CSV.',
    );
  }
  const [header = [], ...rows] = records;
  return { header, rows: rows.map((cells, index) => ({ row: index + 2, cells })) };
};
