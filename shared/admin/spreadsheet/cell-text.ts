import { neutraliseFormula, restoreFormula } from '../formula.js';
import type { ApplicationRow } from '../application-row.js';
import { spreadsheetColumns, type CellValue, type SpreadsheetColumn } from './columns.js';

/**
 * A text as a cell that never runs, in any locale: an apostrophe before anything a spreadsheet
 * would take as a formula wherever it could begin a cell (the start, and after `,` `;` tab `|` or a
 * line break), and before apostrophes that already stand there, so every text reads back as it was.
 */
export const exportedText = (text: string): string => neutraliseFormula(text);

/** A text cell as the importer reads it: the export's neutralising apostrophes come off again, exactly where they were put. */
export const readBackText = (text: string): string => restoreFormula(text);

/** A row's cells in column order, every text made formula-safe: what both writers write, whatever the sheet's rows. */
export const cellsOf = <Row>(row: Row, columns: readonly SpreadsheetColumn<Row>[]): CellValue[] =>
  columns.map((column) => {
    const value = column.read(row);
    return typeof value === 'string' ? exportedText(value) : value;
  });

/** An application's cells, in the applications' columns unless told. */
export const exportedCells = (row: ApplicationRow, columns: readonly SpreadsheetColumn[] = spreadsheetColumns): CellValue[] => cellsOf(row, columns);
