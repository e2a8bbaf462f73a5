import ExcelJS from 'exceljs';
import { ValidationFailed } from '#shared/errors.js';
import type { SheetCell, SheetTable } from '#shared/admin/spreadsheet/import-rows.js';
import { zipEntryNames } from '#shared/documents/zip.js';
import { unpackedSize } from './unpacked-size.js';
import { SHEET_NAME } from './xlsx-writer.js';

const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

const unreadable = (message: string) => new ValidationFailed([{ path: 'file', message }], `The file cannot be read as an XLSX workbook: ${message}`);

/**
 * A cell's value as the importer reads it: rich text as its text, a link as its text, and a
 * formula cell as a formula (never its text), so that the importer refuses it. A text cell that
 * starts with `=` or `-` is a text, taken as typed.
 */
const cellOf = (value: ExcelJS.CellValue): SheetCell => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('formula' in value && typeof value.formula === 'string') return { formula: value.formula };
  if ('sharedFormula' in value && typeof value.sharedFormula === 'string') return { formula: value.sharedFormula };
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : String(value.hyperlink);
  if ('error' in value) return String(value.error);
  return null;
};

/** The applications sheet of an edited export (or the first sheet, if it was renamed). */
export const readXlsx = async (bytes: Uint8Array): Promise<SheetTable> => {
  const listing = zipEntryNames(bytes);
  if (!listing.ok) throw unreadable(`${listing.reason}.`);
  if (!listing.names.includes('xl/workbook.xml')) throw unreadable('it is a ZIP file but not a workbook.');
  // exceljs unpacks the whole workbook in memory: 5,000 rows unpack to a few MB, a ZIP bomb to GBs.
  if (listing.declaredBytes > MAX_UNPACKED_BYTES) throw unreadable(`it unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB.`);
  // The declared sizes can lie: what the entries really inflate to, capped, before exceljs inflates them all.
  const unpacked = unpackedSize(bytes, listing.entries, MAX_UNPACKED_BYTES);
  if (!unpacked.ok) throw unreadable(`${unpacked.reason}.`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw unreadable('its parts are damaged.');
  }
  const sheet = workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets[0];
  if (!sheet) throw unreadable('it has no sheet.');
  const table: SheetTable = { header: [], rows: [] };
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: SheetCell[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) cells.push(cellOf(row.getCell(column).value));
    if (number === 1) table.header = cells;
    else table.rows.push({ row: number, cells });
  });
  return table;
};
