import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { ApplicationRow } from '#shared/admin/application-row.js';
import { cellsOf } from '#shared/admin/spreadsheet/cell-text.js';
import { spreadsheetColumns, type SpreadsheetColumn } from '#shared/admin/spreadsheet/columns.js';

/**
 * The rows as CSV (RFC 4180: CRLF, quotes doubled), UTF-8 with a BOM so Excel reads accents right,
 * the same columns as the workbook. Every text field is quoted, so a spreadsheet whose list
 * separator is not the comma (Excel's `;` in much of Europe) still keeps `Doe;=1+1` in one cell;
 * and the texts are neutralised wherever a cell could begin anyway (cell-text.ts). Streams with
 * back-pressure; answers how many rows it wrote.
 */
export const writeCsvRows = async <Row>(rows: AsyncIterable<Row>, out: Writable, columns: readonly SpreadsheetColumn<Row>[]): Promise<number> => {
  const csv = stringify({ bom: true, record_delimiter: 'windows', quoted_string: true, cast: { date: (value) => value.toISOString() } });
  const written = pipeline(csv, out);
  let count = 0;
  try {
    csv.write(columns.map((column) => column.header));
    for await (const row of rows) {
      if (!csv.write(cellsOf(row, columns))) await once(csv, 'drain');
      count += 1;
    }
    csv.end();
  } catch (error) {
    csv.destroy(error as Error);
  }
  await written;
  return count;
};

/** The applications as CSV, in the applications' columns unless told. */
export const writeCsv = (rows: AsyncIterable<ApplicationRow>, out: Writable, columns: readonly SpreadsheetColumn[] = spreadsheetColumns): Promise<number> =>
  writeCsvRows(rows, out, columns);
