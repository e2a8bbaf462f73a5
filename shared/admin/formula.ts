/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return is run as a formula by Excel, LibreOffice and Google Sheets. A
 * CSV opened with another list separator than the file's (Excel takes `;` in much of Europe), or
 * a text import splitting on a tab, a pipe or a line break, turns `Doe;=1+1` into a cell `=1+1`:
 * a text "starts" at its first character and after each of `,;\t|\r\n`.
 *
 * CELL_START: every place of the text where a spreadsheet could begin a cell.
 */
const CELL_START = String.raw`(?<=^|[,;\t|\r\n])`;

/** An apostrophe where a cell could begin before (apostrophes and) a formula start. */
const NEUTRALISE_AT = new RegExp(`${CELL_START}(?='*[=+\\-@\\t\\r])`, 'g');
/** The one apostrophe NEUTRALISE_AT put there. */
const NEUTRALISED_AT = new RegExp(`${CELL_START}'(?='*[=+\\-@\\t\\r])`, 'g');
/** NEUTRALISE_AT places an apostrophe only before one of these: a text with none is left as it is, sparing the slower look-behind. */
const FORMULA_CHARACTER = /[=+\-@\t\r]/;

/**
 * The text as a spreadsheet shows it as typed and never runs: an apostrophe wherever a cell could
 * begin (the start, or after a separator) with a formula character, or with apostrophes and then
 * one, so that the apostrophes typed there read back too. `'` before `=` is what a spreadsheet
 * takes as "text, not a formula".
 */
export const neutraliseFormula = (text: string): string => (FORMULA_CHARACTER.test(text) ? text.replace(NEUTRALISE_AT, "'") : text);

/** Exactly undoes neutraliseFormula: the apostrophe comes off wherever it put one, nowhere else. */
export const restoreFormula = (text: string): string => text.replace(NEUTRALISED_AT, '');
