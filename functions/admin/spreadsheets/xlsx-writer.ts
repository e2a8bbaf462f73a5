import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { applicationStatuses } from '#shared/applications/status-machine.js';
import { NOTE_MAX, SCORE_MAX, SCORE_MIN } from '#shared/admin/application-edit.js';
import type { ApplicationRow } from '#shared/admin/application-row.js';
import { cellsOf } from '#shared/admin/spreadsheet/cell-text.js';
import { spreadsheetColumns, type SpreadsheetColumn } from '#shared/admin/spreadsheet/columns.js';
import { compressorCaughtUp, ROWS_BETWEEN_LOOKS } from './zip-backlog.js';

export const SHEET_NAME = 'Applications';

/** Only the columns that differ from the default carry a style: cells are locked by default. */
const styleOf = (column: SpreadsheetColumn<never>): Partial<ExcelJS.Style> | undefined => {
  const style: Partial<ExcelJS.Style> = {
    ...(column.type === 'date' ? { numFmt: 'yyyy-mm-dd hh:mm' } : {}),
    ...(column.key === 'note' ? { alignment: { wrapText: true, vertical: 'top' } } : {}),
    // The sheet is protected: only what staff may change stays open to typing.
    ...(column.editable ? { protection: { locked: false } } : {}),
  };
  return Object.keys(style).length > 0 ? style : undefined;
};

/**
 * exceljs gives each cell a style object of its own, copied from its column, and at commit turns
 * every one it has not seen before into XML to find its style id: two thirds of the writer's own
 * time on 100,000 rows. One object per column (and value type, which can pick the number format)
 * is rendered once and found again by identity.
 */
const sharedCellStyles = () => {
  const shared: Partial<ExcelJS.Style>[] = [];
  // exceljs's value types are small numbers (0 to 10): one slot per column and type.
  return (column: number, type: ExcelJS.ValueType, style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> =>
    (shared[column * 16 + type] ??= style);
};

/** The editable columns' checks, as Excel shows them: a status dropdown, a score range, a note length. */
const validations: Readonly<Record<string, ExcelJS.DataValidation>> = {
  status: {
    type: 'list',
    allowBlank: false,
    formulae: [`"${applicationStatuses.join(',')}"`],
    showErrorMessage: true,
    errorTitle: 'Status',
    error: 'Pick a status from the list.',
  },
  score: {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [SCORE_MIN, SCORE_MAX],
    showErrorMessage: true,
    error: `A whole number from ${SCORE_MIN} to ${SCORE_MAX}.`,
  },
  note: {
    type: 'textLength',
    operator: 'lessThanOrEqual',
    allowBlank: true,
    formulae: [NOTE_MAX],
    showErrorMessage: true,
    error: `At most ${NOTE_MAX} characters.`,
  },
};

const addValidations = (sheet: ExcelJS.Worksheet, columns: readonly SpreadsheetColumn<never>[], lastRow: number) => {
  // exceljs has them on every worksheet (written at commit) but leaves them out of its types.
  const { dataValidations } = sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } };
  for (const column of columns) {
    const rule = validations[column.key];
    const { letter } = sheet.getColumn(column.key);
    if (rule) dataValidations.add(`${letter}2:${letter}${lastRow}`, rule);
  }
};

/**
 * The rows as a workbook, by exceljs's streaming writer: each row is committed (and leaves
 * memory) as it comes. Typed cells, a frozen header, the sheet protected with the editable columns
 * unlocked (an application's status, score and note; none of the roster's), and the hidden etag
 * the importer compares. Answers how many rows it wrote.
 */
export const writeSheet = async <Row>(rows: AsyncIterable<Row>, out: Writable, columns: readonly SpreadsheetColumn<Row>[], sheetName: string): Promise<number> => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => {
    const style = styleOf(column);
    return { key: column.key, width: column.width, hidden: column.hidden ?? false, ...(style ? { style } : {}) };
  });
  const header = sheet.addRow(columns.map((column) => column.header));
  header.eachCell((cell) => {
    cell.style = { font: { bold: true }, protection: { locked: true } };
  });
  header.commit();
  const sharedStyles = sharedCellStyles();
  // Each row has an (empty) style object of its own too, rendered the same way.
  const rowStyle: Partial<ExcelJS.Style> = {};
  let count = 0;
  for await (const row of rows) {
    const written = sheet.addRow(cellsOf(row, columns));
    (written as unknown as { style: Partial<ExcelJS.Style> }).style = rowStyle; // there, but not in exceljs's types
    for (let column = 1; column <= columns.length; column += 1) {
      const cell = written.findCell(column);
      if (cell) cell.style = sharedStyles(column, cell.type, cell.style);
    }
    written.commit();
    count += 1;
    if (count % ROWS_BETWEEN_LOOKS === 0) await compressorCaughtUp(sheet);
  }
  const lastRow = Math.max(count + 1, 2);
  addValidations(sheet, columns, lastRow);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastRow, column: columns.length } };
  // No password: protection guards against slips, not people; the server judges every change.
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, sort: true, autoFilter: true, formatColumns: false });
  sheet.commit();
  await workbook.commit();
  return count;
};

/** The applications as a workbook (the sheet the importer reads back). */
export const writeXlsx = (rows: AsyncIterable<ApplicationRow>, out: Writable, columns: readonly SpreadsheetColumn[] = spreadsheetColumns): Promise<number> =>
  writeSheet(rows, out, columns, SHEET_NAME);
