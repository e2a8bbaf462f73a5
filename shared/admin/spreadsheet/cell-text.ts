import { looksLikeFormula, neutraliseFormula } from '../formula.js';
import type { ApplicationRow } from '../application-row.js';
import { spreadsheetColumns, type CellValue, type SpreadsheetColumn } from './columns.js';

const LEADING_APOSTROPHES = /^'+/;

/** A text already starting with apostrophes before a formula character: one more keeps it readable back. */
const apostrophesBeforeFormula = (text: string): boolean =>
  LEADING_APOSTROPHES.test(text) && looksLikeFormula(text.replace(LEADING_APOSTROPHES, ''));

/**
 * A text as a cell that never runs: the export's apostrophe before anything a spreadsheet would
 * take as a formula, and before apostrophes that already stand there, so every text reads back as it was.
 */
export const exportedText = (text: string): string => (apostrophesBeforeFormula(text) ? `'${text}` : neutraliseFormula(text));

/** A text cell as the importer reads it: the export's one neutralising apostrophe comes off again. */
export const readBackText = (text: string): string => (apostrophesBeforeFormula(text) ? text.slice(1) : text);

/** A row's cells in column order, every text made formula-safe: what both writers write. */
export const exportedCells = (row: ApplicationRow, columns: readonly SpreadsheetColumn[] = spreadsheetColumns): CellValue[] =>
  columns.map((column) => {
    const value = column.read(row);
    return typeof value === 'string' ? exportedText(value) : value;
  });
