import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { neutraliseFormula } from '#shared/admin/formula.js';
import type { FigureTable, TableCell } from '#shared/reports/tables.js';

/** A text cell that cannot start a formula in a spreadsheet (the grid's export does the same). */
const safe = (cell: TableCell): TableCell => (typeof cell === 'string' ? neutraliseFormula(cell) : cell);

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (title: string) => title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

/** The tables as a workbook, a sheet each: header frozen, counts as numbers, "fewer than 5" as text. */
export const reportWorkbook = async (tables: readonly FigureTable[], generatedAt: string): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(generatedAt);
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.columns).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map(safe));
    table.columns.forEach((column, index) => {
      sheet.getColumn(index + 1).width = Math.min(48, Math.max(10, column.length + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

/** One table as CSV (RFC 4180, CRLF, a BOM so Excel reads accents right, every text quoted), as the grid's export writes it. */
export const reportCsv = (table: FigureTable): string =>
  stringify([table.columns, ...table.rows.map((row) => row.map(safe))], { bom: true, record_delimiter: 'windows', quoted_string: true });
