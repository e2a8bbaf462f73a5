import { applicationStatuses, type ApplicationStatus } from '../../applications/status-machine.js';
import { ValidationFailed } from '../../errors.js';
import { readBackText } from './cell-text.js';
import { columnNamed, importColumnKeys, spreadsheetColumns, type ImportColumnKey } from './columns.js';
import type { EditableValues } from './etag.js';

/** A cell the spreadsheet computes (an XLSX cell of formula type), with its formula: never a value the importer takes. */
export interface FormulaCell {
  formula: string;
}

/** A cell as a reader hands it over; a text that only looks like a formula (`- strong languages`) is a text. */
export type SheetCell = string | number | boolean | Date | null | FormulaCell;

const isFormula = (cell: SheetCell | undefined): cell is FormulaCell =>
  typeof cell === 'object' && cell !== null && !(cell instanceof Date);

/** A whole sheet: the header row, then the data rows with their 1-based sheet row numbers. */
export interface SheetTable {
  header: SheetCell[];
  rows: Array<{ row: number; cells: SheetCell[] }>;
}

/** One data row as the importer judges it: what it could read, and what it could not. */
export interface ImportRow {
  row: number;
  id?: string;
  version?: number;
  etag?: string;
  values?: EditableValues;
  problems: string[];
}

export const IMPORT_MAX_ROWS = 5000;

/** As a bulk edit's row id (shared/admin/application-edit.ts). */
const ID_MAX_LENGTH = 64;

const normalised = (cell: SheetCell): string => (cell === null || isFormula(cell) ? '' : String(cell)).trim().toLowerCase();

const wrongFile = (message: string) => new ValidationFailed([{ path: 'file.header', message }], `The file is not an export of the applications grid: ${message}`);

/** Where each column the importer needs is, found by its header's name (any case), not its position. */
export const matchHeader = (header: SheetCell[]): Record<ImportColumnKey, number> => {
  const names = header.map(normalised);
  const found: Partial<Record<ImportColumnKey, number>> = {};
  const missing: string[] = [];
  for (const key of importColumnKeys) {
    const wanted = columnNamed(key).header.toLowerCase();
    const at = names.indexOf(wanted);
    if (at < 0) missing.push(columnNamed(key).header);
    else if (names.indexOf(wanted, at + 1) >= 0) throw wrongFile(`the column ${columnNamed(key).header} appears twice.`);
    else found[key] = at;
  }
  if (missing.length > 0) throw wrongFile(`the header row has no ${missing.join(', ')} column; export again and edit that file.`);
  return found as Record<ImportColumnKey, number>;
};

const isBlank = (cell: SheetCell | undefined) => cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');

/** A formula cell reads as nothing here: readRow refuses it by name. */
const text = (cell: SheetCell | undefined): string | undefined => {
  if (isBlank(cell) || isFormula(cell)) return undefined;
  return cell instanceof Date ? cell.toISOString() : String(cell);
};

const wholeNumber = (cell: SheetCell | undefined): number | undefined | 'not-a-number' => {
  if (isBlank(cell) || isFormula(cell)) return undefined;
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : 'not-a-number';
  if (typeof cell === 'string' && /^\s*\d{1,9}\s*$/.test(cell)) return Number(cell);
  return 'not-a-number';
};

const statusOf = (cell: SheetCell | undefined): ApplicationStatus | undefined => {
  const value = normalised(cell ?? null);
  return (applicationStatuses as readonly string[]).includes(value) ? (value as ApplicationStatus) : undefined;
};

/** Reads one data row's id, version, etag and editable values; what is unreadable becomes a problem. */
const readRow = (at: Record<ImportColumnKey, number>, row: number, cells: SheetCell[]): ImportRow => {
  // A formula cell is what a spreadsheet runs: never taken, whatever it computes (a text that only looks like one is taken as typed).
  const problems: string[] = importColumnKeys
    .filter((key) => isFormula(cells[at[key]]))
    .map((key) => `The ${columnNamed(key).header} cell is a formula; type the value itself, as text.`);
  const cellId = text(cells[at.id])?.trim();
  // An exported id is a UUID; a longer cell is no id, and a DynamoDB key over 2,048 bytes is a ValidationException.
  const id = cellId !== undefined && cellId.length <= ID_MAX_LENGTH ? cellId : undefined;
  if (!cellId) problems.push('The Id cell is empty: this row is not one of the export.');
  else if (!id) problems.push(`The Id cell is not an id of the export (at most ${ID_MAX_LENGTH} characters).`);
  const version = wholeNumber(cells[at.version]);
  if (version === undefined || version === 'not-a-number' || version < 1) problems.push('The Version cell must be the whole number exported.');
  const status = statusOf(cells[at.status]);
  if (!status) problems.push(`Status must be one of ${applicationStatuses.join(', ')}.`);
  const score = wholeNumber(cells[at.score]);
  if (score === 'not-a-number') problems.push('Score must be a whole number from 0 to 100, or empty.');
  const rawNote = text(cells[at.note]);
  const etag = text(cells[at.etag])?.trim();
  const read: ImportRow = { row, problems, ...(id ? { id } : {}), ...(etag ? { etag } : {}) };
  if (typeof version === 'number' && version >= 1) read.version = version;
  if (status && score !== 'not-a-number') {
    read.values = { status, score: score ?? null, note: rawNote === undefined ? null : readBackText(rawNote) };
  }
  return read;
};

/**
 * The rows of an edited export, ready to be judged. A sheet without the columns the importer
 * needs is refused whole, naming them; empty rows (a spreadsheet's trailing ones) are skipped.
 */
export const readImportRows = (table: SheetTable): ImportRow[] => {
  const at = matchHeader(table.header);
  const rows = table.rows.filter(({ cells }) => !cells.every(isBlank));
  if (rows.length > IMPORT_MAX_ROWS) {
    throw new ValidationFailed([{ path: 'file', message: `At most ${IMPORT_MAX_ROWS} rows per import; this file has ${rows.length}.` }]);
  }
  return rows.map(({ row, cells }) => readRow(at, row, cells));
};

/** The headers a valid export has, in order: for messages and tests. */
export const exportHeaders = (): string[] => spreadsheetColumns.map((column) => column.header);
